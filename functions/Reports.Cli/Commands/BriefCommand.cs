using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using Reports.Cli.Analyzers;
using Reports.Cli.Briefs;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Cli.Commands;

/// <summary>
/// <c>brief &lt;folder&gt; [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--language xx]... [--kind k]... [--place p]... -o &lt;file&gt; [--format pdf|json|csv|html] [--analyzer builtin|azure-language]</c>:
/// validates the options (exit 2 on a bad one), runs <see cref="BriefingService"/> and prints one line saying what
/// was written. Exit code 1 when some articles could not be analysed (the briefing is still written), else 0.
/// </summary>
internal sealed partial class BriefCommand
{
    public const string Usage = "usage: reports brief <folder-of-articles-or-data-folder> [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--language xx]... [--kind k]... [--place p]... -o <file> [--format pdf|json|csv|html] [--analyzer builtin|azure-language]";

    private readonly BriefingRenderers renderers;
    private readonly TimeProvider timeProvider;
    private readonly Func<string, string?> settings;

    private readonly Argument<string> _input = new("input")
    {
        Description = "A folder of articles (analysed now), or a data folder with an 'analyses' subfolder (stored analyses).",
    };

    private readonly Option<string?> _from = new("--from") { Description = "First day (yyyy-MM-dd). Default: the first day of the input." };

    private readonly Option<string?> _to = new("--to") { Description = "Last day (yyyy-MM-dd). Default: the last day of the input." };

    private readonly Option<string[]> _languages = new("--language")
    {
        Description = "Keep only articles in this language (ISO 639-1, e.g. fa); repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> _kinds = new("--kind")
    {
        Description = "Keep only this kind of figure; repeat for several: " + string.Join(", ", Enum.GetValues<FigureKind>().Select(FigureNames.Of)) + ".",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> _places = new("--place")
    {
        Description = "Keep only the figures placed here or inside it: a place name in any supported language (Kyiv, Київ, Kharkiv region) or a place id (ua/kharkiv-oblast); repeat or comma-separate for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _output = new("--output", "-o") { Description = "The file to write.", Required = true };

    private readonly Option<string?> _format = new("--format") { Description = "pdf, json, csv or html. Default: from the output's extension, else pdf." };

    private readonly Option<string?> _analyzer = AnalyzerOption.Create();

    /// <param name="renderers">The formats on offer.</param>
    /// <param name="timeProvider">The briefing's clock.</param>
    /// <param name="settings">Reads a setting (ReportsAnalyzer, ReportsLanguage__*): the environment, or a test's lookup.</param>
    public BriefCommand(BriefingRenderers renderers, TimeProvider timeProvider, Func<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.renderers = renderers;
        this.timeProvider = timeProvider;
        this.settings = settings;
        _analyzer.Description = "For a folder of articles: " + _analyzer.Description + " Ignored for a data folder (its stored analyses are used as they are).";
        _format.AcceptOnlyFromAmong([.. BriefFormats.All]);

        Command = new Command("brief", "Make a briefing (PDF, HTML, JSON or CSV) from articles or stored analyses: totals per kind, de-duplicated events with their sources, running totals.")
        {
            _input,
            _from,
            _to,
            _languages,
            _kinds,
            _places,
            _output,
            _format,
            _analyzer,
        };
        Command.Validators.Add(Validate);
        Command.SetAction(RunAsync);
    }

    public Command Command { get; }

    /// <summary>The day an option gives (yyyy-MM-dd), or null when absent or malformed (the validator reports it).</summary>
    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private void Validate(CommandResult result)
    {
        var from = Day(result.GetValue(_from));
        var to = Day(result.GetValue(_to));
        foreach (var (option, text, day) in new[] { ("--from", result.GetValue(_from), from), ("--to", result.GetValue(_to), to) })
        {
            if (text is not null && day is null)
            {
                result.AddError($"{option} must be a date as yyyy-MM-dd, not '{text}'.");
            }
        }

        if (from is { } f && to is { } t)
        {
            if (t < f)
            {
                result.AddError($"--from {f:yyyy-MM-dd} is after --to {t:yyyy-MM-dd}.");
            }
            else if (t.DayNumber - f.DayNumber + 1 > BriefRequest.MaxDays)
            {
                result.AddError($"The period {f:yyyy-MM-dd} – {t:yyyy-MM-dd} is {t.DayNumber - f.DayNumber + 1} days, over the {BriefRequest.MaxDays}-day limit.");
            }
        }

        foreach (var kind in result.GetValue(_kinds) ?? [])
        {
            if (!FigureNames.TryParseKind(kind, out _))
            {
                result.AddError($"Unknown kind '{kind}'; use one of {string.Join(", ", Enum.GetValues<FigureKind>().Select(FigureNames.Of))}.");
            }
        }

        foreach (var place in Places(result.GetValue(_places)))
        {
            if (place.Length > MaxPlaceLength)
            {
                result.AddError($"--place takes a place name or id of at most {MaxPlaceLength} characters.");
            }
        }

        foreach (var language in result.GetValue(_languages) ?? [])
        {
            if (!LanguageCode().IsMatch(language))
            {
                result.AddError($"--language must be an ISO 639-1 code such as fa or vi, not '{language}'.");
            }
        }
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.GetRequiredValue(_output);
        var error = parseResult.InvocationConfiguration.Error;
        var format = parseResult.GetValue(_format) ?? BriefFormats.FromPath(output);
        var analyzer = parseResult.GetValue(_analyzer);
        if (!renderers.TryGet(format, out var renderer))
        {
            var available = string.Join(", ", renderers.Formats);
            await error.WriteLineAsync($"error: {format} renderer not available in this build; use --format {available}.".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var request = new BriefRequest(
            parseResult.GetRequiredValue(_input),
            Day(parseResult.GetValue(_from)),
            Day(parseResult.GetValue(_to)),
            [.. (parseResult.GetValue(_languages) ?? []).Select(l => l.ToLowerInvariant()).Distinct()],
            [.. (parseResult.GetValue(_kinds) ?? []).Select(k => FigureNames.TryParseKind(k, out var kind) ? kind : default).Distinct()],
            output,
            renderer,
            warnings => CliAnalyzer.Create(analyzer, settings, warnings))
        {
            Places = Places(parseResult.GetValue(_places)),
        };

        BriefOutcome outcome;
        try
        {
            outcome = await new BriefingService(timeProvider, error).CreateAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BriefException e)
        {
            await error.WriteLineAsync($"error: {e.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return e.ExitCode;
        }

        foreach (var failure in outcome.Failures)
        {
            await error.WriteLineAsync($"warning: {failure}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        var b = outcome.Briefing;
        var line = $"{output}: {renderer.Format}, {b.Filter.Period}, {b.Articles.Count} articles, {b.EventCount} events"
            + (outcome.Failures.Count > 0 ? $", {outcome.Failures.Count} inputs failed" : string.Empty);
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        return outcome.Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    /// <summary>The longest place name or id <c>--place</c> takes.</summary>
    private const int MaxPlaceLength = 200;

    /// <summary>The places of every <c>--place</c>, comma-separated ones split, each once.</summary>
    private static List<string> Places(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];

    [GeneratedRegex("^(?:[A-Za-z]{2}|und)$")]
    private static partial Regex LanguageCode();
}
