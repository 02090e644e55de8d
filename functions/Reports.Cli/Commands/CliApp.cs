using System.CommandLine;

namespace Reports.Cli.Commands;

/// <summary>The command tree and its entry point, with output and error writers passed in (tests use StringWriter).</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Reports: analyses war news articles (casualty and drone/missile figures) in many languages.");
        root.Subcommands.Add(new AnalyzeCommand().Command);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var parseResult = CreateRoot().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            await error.WriteLineAsync("usage: reports analyze <file-or-folder>... [--format jsonl|text] [--sentences N] [--max-bytes N]  (see --help)".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
