using System.CommandLine;
using Reports.Cli.Briefs;
using Reports.Core.Briefings;

namespace Reports.Cli.Commands;

/// <summary>The command tree and its entry point, with output and error writers passed in (tests use StringWriter).</summary>
internal static class CliApp
{
    public const string AnalyzeUsage = "usage: reports analyze <file-or-folder>... [--format jsonl|text] [--sentences N] [--max-bytes N]  (see --help)";

    public static RootCommand CreateRoot(BriefingRenderers renderers, TimeProvider timeProvider)
    {
        var root = new RootCommand("Reports: analyses war news articles (casualty and drone/missile figures) in many languages and makes briefings.");
        root.Subcommands.Add(new AnalyzeCommand().Command);
        root.Subcommands.Add(new BriefCommand(renderers, timeProvider).Command);
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, BriefingRendererRegistry.Create(), TimeProvider.System, cancellationToken);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, BriefingRenderers renderers, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var parseResult = CreateRoot(renderers, timeProvider).Parse(args);
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
