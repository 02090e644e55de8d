using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Testing;

namespace Reports.Benchmarks.Hostile;

/// <summary>
/// The hostile-input harness of issue 12 (not BenchmarkDotNet: it measures one process per input):
///   dotnet run -c Release --project tests/Reports.Benchmarks -- hostile [name-filter]
/// generates the inputs (<see cref="HostileInputs"/>), then analyses each in a fresh child process
/// (<c>hostile-one</c>) through the real ingest path (<see cref="ArticleIngestor"/> with the default limits and the
/// 60 s budget, on a temporary filesystem store), after one small warm-up article. The child reports the ingest's
/// elapsed time and its peak working set (VmHWM, the whole process: runtime, JIT and warm-up included; the warm-up
/// alone is the first row); the parent kills a child past 120 s. It prints a markdown table and the bar of the issue:
/// every input the limits admit under 512 MB peak and 10 s; the exit code is 1 when an admitted input breaks it.
/// </summary>
internal static class HostileMeasurement
{
    private const long MemoryBarBytes = 512L * 1024 * 1024;
    private static readonly TimeSpan TimeBar = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] == "hostile-one")
        {
            return await OneAsync(args[1], args[2]);
        }

        var filter = args.Length > 1 ? args[1] : null;
        using var folder = new TempFolder("reports-hostile");
        Console.WriteLine($"// hostile inputs, one process each; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {LoadAverage()}");
        Console.WriteLine("| input | upload | size | outcome | ms | peak MB | bar |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---|");
        var broken = 0;
        var inputs = new List<HostileInput> { new("warm-up only (baseline)", "baseline.txt", 0, "sentences", []) };
        inputs.AddRange(HostileInputs.All().Where(i => filter is null || i.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)));
        foreach (var input in inputs)
        {
            var path = Path.Combine(folder.Path, input.Name);
            await File.WriteAllBytesAsync(path, input.Bytes);
            var result = await RunChildAsync(path, input.Name);
            var admitted = result.Outcome == "analyzed" || result.Reason == ArticleIngestor.TooComplexReason && result.Message?.Contains("budget", StringComparison.Ordinal) == true;
            var within = result.PeakBytes < MemoryBarBytes && result.Elapsed < TimeBar;
            var bar = !admitted ? (within ? "refused in bounds" : "**refused, out of bounds**") : within ? "yes" : "**NO**";
            if (!within)
            {
                broken++;
            }

            var outcome = result.Outcome == "analyzed" ? "analysed" : $"{result.Outcome}: {result.Reason}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {input.Label} | {Size(input.Bytes.Length)} | {input.Units:N0} {input.Unit} | {outcome} | {result.Elapsed.TotalMilliseconds:N0} | {result.PeakBytes / (1024.0 * 1024):N0} | {bar} |"));
            if (result.Outcome is not ("analyzed" or "rejected"))
            {
                Console.WriteLine($"//   {input.Name}: {result.Message}");
            }
        }

        Console.WriteLine(broken == 0
            ? "// bar met: every input stayed under 512 MB peak working set and 10 s"
            : $"// bar NOT met for {broken} input(s)");
        return broken == 0 ? 0 : 1;
    }

    /// <summary>The child: a warm-up article, then the input through the ingest path; one JSON line on stdout.</summary>
    private static async Task<int> OneAsync(string path, string name)
    {
        using var folder = new TempFolder("reports-hostile-one");
        var store = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = false });
        foreach (var container in IngestContainers.All)
        {
            await store.EnsureContainerAsync(container, CancellationToken.None);
        }

        var ingestor = new ArticleIngestor(store, new IngestOptions(), new AnalyzerPool(), TimeProvider.System);
        var warmUp = System.Text.Encoding.UTF8.GetBytes(HostileInputs.FigureSentences(20));
        await ingestor.IngestAsync("Warmup", new ArticleBlob("warm-up.txt", "w1", warmUp, DateTimeOffset.UtcNow), CancellationToken.None);

        var bytes = await File.ReadAllBytesAsync(path);
        IngestOutcome? outcome = null;
        var clock = Stopwatch.StartNew();
        if (bytes.Length > 0)
        {
            outcome = await ingestor.IngestAsync("Hostile", new ArticleBlob(name, "e1", bytes, DateTimeOffset.UtcNow), CancellationToken.None);
        }

        clock.Stop();
        string? message = null;
        if (outcome is { Result: IngestResult.Rejected })
        {
            var reason = await store.GetAsync(IngestContainers.Rejected, outcome.ArticleId + "/reason.json", CancellationToken.None);
            using var document = JsonDocument.Parse(reason!.Content);
            message = document.RootElement.TryGetProperty("error", out var error) ? error.GetString() : null;
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(JsonSerializer.Serialize(new ChildResult(
            outcome is null ? "analyzed" : outcome.Result == IngestResult.Analyzed ? "analyzed" : "rejected",
            outcome?.Reason,
            message,
            clock.Elapsed.TotalMilliseconds,
            self.PeakWorkingSet64)));
        return 0;
    }

    private static async Task<Measured> RunChildAsync(string path, string name)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(HostileMeasurement).Assembly.Location);
        }

        foreach (var arg in new[] { "hostile-one", path, name })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var wall = Stopwatch.StartNew();
        using var watchdog = new CancellationTokenSource(Watchdog);
        try
        {
            // The parent's own watch (the child's report is more precise, but a child that dies reports nothing).
            while (!process.HasExited)
            {
                try
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.PeakWorkingSet64);
                }
                catch (InvalidOperationException)
                {
                    break;
                }

                await Task.Delay(50, watchdog.Token);
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Measured("killed", null, $"still running after {Watchdog.TotalSeconds:0} s", wall.Elapsed, peak);
        }

        await process.WaitForExitAsync();
        var line = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || line is null)
        {
            return new Measured("crashed", null, $"exit {process.ExitCode}: {(await stderr).Split('\n').FirstOrDefault()}", wall.Elapsed, peak);
        }

        var child = JsonSerializer.Deserialize<ChildResult>(line)!;
        return new Measured(child.Outcome, child.Reason, child.Message, TimeSpan.FromMilliseconds(child.Milliseconds), Math.Max(child.PeakBytes, 0));
    }

    private static string Size(long bytes) => bytes switch
    {
        0 => "—",
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:N0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):N1} MB"),
    };

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private sealed record ChildResult(string Outcome, string? Reason, string? Message, double Milliseconds, long PeakBytes);

    private sealed record Measured(string Outcome, string? Reason, string? Message, TimeSpan Elapsed, long PeakBytes);
}
