using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Reports.Cli.Analyzers;
using Reports.Cli.Batches;
using Reports.Cli.Output;
using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Cli.Commands;

/// <summary>
/// <c>analyze &lt;file-or-folder&gt;... [--format jsonl|text] [--sentences N] [--max-bytes N] [--analyzer builtin|azure-language]</c>:
/// parses the options, picks the analyzer (<see cref="CliAnalyzer"/>: a wrong or missing setting is exit code 2 with
/// one line naming it), runs <see cref="ArticleBatchAnalyzer"/> and prints each result. Exit code 1 when any input
/// failed, else 0.
/// </summary>
internal sealed class AnalyzeCommand
{
    private readonly Func<string, string?> settings;

    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Article files (.txt, .md, .html, .htm, .docx) or folders (searched recursively).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "Output: jsonl (one JSON object per file and line) or text (for people).",
        DefaultValueFactory = _ => OutputFormat.JsonLines,
    };

    private readonly Option<int> _sentences = new("--sentences")
    {
        Description = "Summary length in sentences (0 = no summary).",
        DefaultValueFactory = _ => ArticleAnalyzer.DefaultSummarySentences,
    };

    private readonly Option<long> _maxBytes = new("--max-bytes")
    {
        Description = "Largest file accepted, in bytes (default 5 MB).",
        DefaultValueFactory = _ => ArticleReaderOptions.DefaultMaxBytes,
    };

    private readonly Option<string?> _analyzer = AnalyzerOption.Create();

    /// <param name="settings">Reads a setting (ReportsAnalyzer, ReportsLanguage__*): the environment, or a test's lookup.</param>
    public AnalyzeCommand(Func<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
        _format.AcceptOnlyFromAmong(OutputFormat.JsonLines, OutputFormat.Text);
        _sentences.CustomParser = result => (int)ParseWhole(result, "--sentences", 0, int.MaxValue, "a whole number, 0 or more");
        _maxBytes.CustomParser = result => ParseWhole(result, "--max-bytes", 1, long.MaxValue, "a positive number of bytes");

        Command = new Command("analyze", "Analyse articles: language, title, summary and casualty/drone/missile figures. With --analyzer azure-language the language and summary come from Azure AI Language (each line then has an \"analyzers\" object saying which analyzer gave what, with notes on fallbacks).")
        {
            _paths,
            _format,
            _sentences,
            _maxBytes,
            _analyzer,
        };
        Command.SetAction(RunAsync);
    }

    public Command Command { get; }

    /// <summary>Parses a whole number within bounds and says what is wrong (not numeric, out of range) instead of throwing.</summary>
    private static long ParseWhole(ArgumentResult result, string option, long minimum, long maximum, string expected)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            result.AddError($"{option} must be {expected}, not '{token}'.");
            return minimum;
        }

        return value;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var paths = parseResult.GetRequiredValue(_paths);
        var format = parseResult.GetRequiredValue(_format);
        var sentences = parseResult.GetRequiredValue(_sentences);
        var maxBytes = parseResult.GetRequiredValue(_maxBytes);
        var error = parseResult.InvocationConfiguration.Error;
        CliAnalyzer analyzer;
        try
        {
            analyzer = CliAnalyzer.Create(parseResult.GetValue(_analyzer), settings, error);
        }
        catch (FormatException e)
        {
            await error.WriteLineAsync($"error: {e.Message.ReplaceLineEndings(" ")}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var service = analyzer;
        var writer = OutputFormat.CreateWriter(format, parseResult.InvocationConfiguration.Output);
        var batch = new ArticleBatchAnalyzer(new ArticleReaderOptions { MaxBytes = maxBytes }, analyzer.Service);
        var failed = 0;
        await foreach (var result in batch.AnalyzeAsync(InputEnumerator.Expand(paths), sentences, cancellationToken).ConfigureAwait(false))
        {
            failed += result.Failed ? 1 : 0;
            await writer.WriteAsync(result, cancellationToken).ConfigureAwait(false);
        }

        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
