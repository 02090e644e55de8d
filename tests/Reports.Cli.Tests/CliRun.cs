using Reports.Cli.Briefs;
using Reports.Cli.Commands;
using Reports.Core.Briefings;

namespace Reports.Cli.Tests;

/// <summary>
/// Runs the CLI in-process with captured output. Settings (ReportsAnalyzer, ReportsLanguage__*) come from the
/// dictionary given, never from the process's environment, so tests neither see nor set environment variables.
/// </summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs with no settings: the built-in analyzer.</summary>
    public static Task<CliRun> InvokeAsync(params string[] args) =>
        InvokeAsync(BriefingRendererRegistry.Create(), TimeProvider.System, new Dictionary<string, string>(), args);

    /// <summary>Runs with these settings, as if they were environment variables.</summary>
    public static Task<CliRun> InvokeAsync(IReadOnlyDictionary<string, string> settings, params string[] args) =>
        InvokeAsync(BriefingRendererRegistry.Create(), TimeProvider.System, settings, args);

    /// <summary>Runs with a chosen renderer set and clock.</summary>
    public static Task<CliRun> InvokeAsync(BriefingRenderers renderers, TimeProvider timeProvider, params string[] args) =>
        InvokeAsync(renderers, timeProvider, new Dictionary<string, string>(), args);

    public static async Task<CliRun> InvokeAsync(BriefingRenderers renderers, TimeProvider timeProvider, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(args, output, error, renderers, timeProvider, name => settings.GetValueOrDefault(name), CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
