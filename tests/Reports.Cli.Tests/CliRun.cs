using Reports.Cli.Commands;
using Reports.Core.Briefings;

namespace Reports.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with a chosen renderer set and clock.</summary>
    public static async Task<CliRun> InvokeAsync(BriefingRenderers renderers, TimeProvider timeProvider, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(args, output, error, renderers, timeProvider, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
