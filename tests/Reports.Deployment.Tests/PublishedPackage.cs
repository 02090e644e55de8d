using System.Diagnostics;

namespace Reports.Deployment.Tests;

/// <summary>
/// Runs scripts/publish.sh once (framework-dependent, as deployed; about a minute from cold, the Worker SDK restores and
/// builds the host extensions) into a temporary folder and
/// shares the output with the package tests.
/// </summary>
public sealed class PublishedPackage : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reports-publish-" + Guid.NewGuid().ToString("N"));

    public PublishedPackage()
    {
        Folder = Path.Combine(_root, "out");
        ZipPath = Path.Combine(_root, "reports-functions.zip");
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { RepoPaths.Combine("scripts", "publish.sh"), Folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        // Build into a private artifacts folder: the nested publish must not rewrite the repository's obj/bin
        // (project.assets.json, Reports.Core.dll) while other test projects build or run in parallel.
        start.Environment["REPORTS_PUBLISH_ARGS"] = "--artifacts-path " + Path.Combine(_root, "artifacts");
        // The nested build must not hand work to (or keep alive) the test run's MSBuild nodes.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung publish, not a speed bar: on a host busy with other builds the publish alone has taken
        // over five minutes.
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("scripts/publish.sh took over 15 minutes");
        }

        Output = stdout.Result + stderr.Result;
        ExitCode = process.ExitCode;
    }

    public string Folder { get; }

    public string ZipPath { get; }

    public int ExitCode { get; }

    public string Output { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
