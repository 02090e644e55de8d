using System.Diagnostics;
using System.Text.Json;

namespace Reports.Deployment.Tests;

/// <summary>
/// `dotnet run --project functions/Reports.Functions` (the README's quick start) starts the app itself — the local
/// host — in the caller's folder. The Worker SDK would make it run `func start` instead, which fails where Core Tools
/// is not installed; the project overrides that.
/// </summary>
public sealed class LocalRunTests
{
    [Fact]
    public async Task DotnetRun_StartsTheAppInTheCallersFolder_NotCoreTools()
    {
        var caller = Path.Combine(Path.GetTempPath(), "reports-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(caller);
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList =
                {
                    "msbuild", RepoPaths.Combine("functions", "Reports.Functions", "Reports.Functions.csproj"), "-t:ComputeRunArguments", "-p:Configuration=Release",
                    "-getProperty:RunCommand", "-getProperty:RunArguments", "-getProperty:RunWorkingDirectory",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = caller,
            };
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(limit.Token);
            var text = await output;
            Assert.True(process.ExitCode == 0, text + await errors);

            using var json = JsonDocument.Parse(text[text.IndexOf('{', StringComparison.Ordinal)..]);
            var properties = json.RootElement.GetProperty("Properties");
            Assert.Equal("dotnet", properties.GetProperty("RunCommand").GetString());
            Assert.Contains("Reports.Functions.dll", properties.GetProperty("RunArguments").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("start", properties.GetProperty("RunArguments").GetString(), StringComparison.Ordinal);
            Assert.Equal(caller, properties.GetProperty("RunWorkingDirectory").GetString()!.TrimEnd(Path.DirectorySeparatorChar));
        }
        finally
        {
            Directory.Delete(caller, recursive: true);
        }
    }
}
