using System.CommandLine;
using Reports.Cli.Briefs;
using Reports.Core.Briefings;

namespace Reports.Cli.Commands;

/// <summary>The command tree and its entry point, with output and error writers passed in (tests use StringWriter).</summary>
internal static class CliApp
{
    public const string AnalyzeUsage = "usage: reports analyze <file-or-folder>... [--format jsonl|text] [--sentences N] [--max-bytes N] [--analyzer builtin|azure-language]  (see --help)";

    /// <param name="renderers">The briefing formats on offer.</param>
    /// <param name="timeProvider">The clock of the briefing ("generated at").</param>
    /// <param name="settings">Reads a setting by name (ReportsAnalyzer, ReportsLanguage__*): the environment, or a test's lookup.</param>
    public static RootCommand CreateRoot(BriefingRenderers renderers, TimeProvider timeProvider, Func<string, string?> settings)
    {
        var root = new RootCommand("Reports: analyses war news articles (casualty and drone/missile figures) in many languages and makes briefings.");
        root.Subcommands.Add(new AnalyzeCommand(settings).Command);
        root.Subcommands.Add(new BriefCommand(renderers, timeProvider, settings).Command);
        return root;
    }

    /// <summary>The real CLI: the registered renderers, the system clock, settings from environment variables.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, BriefingRendererRegistry.Create(), TimeProvider.System, Environment.GetEnvironmentVariable, cancellationToken);

    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, BriefingRenderers renderers, TimeProvider timeProvider, Func<string, string?> settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(settings);

        var parseResult = CreateRoot(renderers, timeProvider, settings).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            var command = parseResult.CommandResult.Command.Name;
            if (command != "brief")
            {
                await error.WriteLineAsync(AnalyzeUsage.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            if (command != "analyze")
            {
                await error.WriteLineAsync(BriefCommand.Usage.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
