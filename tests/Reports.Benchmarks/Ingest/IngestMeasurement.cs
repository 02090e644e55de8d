using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Reports.Adapters.Storage;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Hosting;
using Reports.Testing.Azurite;

namespace Reports.Benchmarks.Ingest;

/// <summary>
/// Ingest through the local host on Azurite against the SDK's raw upload of the same blobs (issue 13's ratio), as a
/// console report, not a test: timing never decides a test.
///   dotnet run -c Release --project tests/Reports.Benchmarks -- ingest-ratio [rounds] [articles]
/// Each round measures, in an order that rotates from round to round, each on a freshly started Azurite:
/// <list type="bullet">
/// <item><c>raw</c>: the articles uploaded straight through the SDK (<c>UploadBlobAsync</c>), 32 at a time;</item>
/// <item><c>host</c>: the local host (real Kestrel on 127.0.0.1, the watcher scanning every 0.1 s as in the end-to-end
/// tests) takes the same articles, even ones through <c>POST /api/articles</c>, odd ones written straight into the
/// store, 32 at a time, while it is already analysing; the upload phase, then the time until every blob has its
/// receipt;</item>
/// <item><c>host-nowatch</c>: the same upload phase with the watcher off (what the uploads cost on their own);</item>
/// <item><c>host-api</c>: every article through <c>POST /api/articles</c>, the watcher off;</item>
/// <item><c>host-1write</c>: <c>host</c> with the uploads' pending index entries answered without a call
/// (<see cref="WithoutPendingEntries"/>): measured what one write per API upload would give before uploads made one
/// write (2026-12-05); uploads now write no such entry, so it measures what <c>host</c> measures.</item>
/// </list>
/// A third argument picks the variants (comma-separated; <c>raw</c> is always measured: the ratios are against it).
/// One unreported warm-up run of each variant comes first (JIT, first connections); every run starts on a fresh Azurite
/// warmed with 200 puts elsewhere and waits until this process is idle. Every SDK request of the measured
/// clients is logged (<see cref="StorageCallLog"/>), so the report shows the storage
/// calls per upload and what they cost, the CPU this process and Azurite used, and the load average.
/// </summary>
internal static class IngestMeasurement
{
    private const int Concurrency = 32;
    private const int Duplicates = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 1 ? Math.Clamp(int.Parse(args[1], CultureInfo.InvariantCulture), 1, 20) : 5;
        var articles = args.Length > 2 ? Math.Clamp(int.Parse(args[2], CultureInfo.InvariantCulture), 100, 5000) : 500;
        if (!AzuriteLocator.IsAvailable)
        {
            Console.WriteLine(AzuriteLocator.InstallHint);
            return 2;
        }

        string[] variants = args.Length > 3
            ? ["raw", .. args[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(v => v != "raw")]
            : ["raw", "host", "host-1write", "host-nowatch", "host-api"];
        if (variants.FirstOrDefault(v => v is not ("raw" or "host" or "host-1write" or "host-nowatch" or "host-api")) is { } unknown)
        {
            Console.WriteLine($"Unknown variant '{unknown}': raw, host, host-1write, host-nowatch, host-api.");
            return 2;
        }

        var results = new List<Run>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {articles} articles, {Concurrency} at a time; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine("| round | variant | upload phase s | all analysed s | this process CPU s | Azurite CPU s | storage calls | load avg (1 min) |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var variant in variants)
        {
            // Not reported: the first run of each path in this process pays for its JIT and first connections.
            await MeasureAsync(0, variant, 100);
        }

        for (var round = 1; round <= rounds; round++)
        {
            for (var k = 0; k < variants.Length; k++)
            {
                var variant = variants[(k + round - 1) % variants.Length];
                var run = await MeasureAsync(round, variant, articles);
                results.Add(run);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {round} | {variant} | {run.Upload.TotalSeconds:0.00} | {(run.Analysed is { } a ? a.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) : "-")} | {run.OwnCpu.TotalSeconds:0.00} | {run.AzuriteCpu.TotalSeconds:0.00} | {run.Calls.Count} | {run.Load:0.0} |"));
            }
        }

        Summarize(results, rounds, articles);
        return 0;
    }

    private static void Summarize(List<Run> results, int rounds, int articles)
    {
        Console.WriteLine();
        // Wall time depends on what else the machine runs; the CPU both processes spend on the upload phase (Azurite's and
        // this one's: the work) much less. On a dedicated machine the two ratios meet where the work is CPU-bound.
        var rawWork = Median(results.Where(r => r.Variant == "raw").Select(r => (r.OwnCpu + r.AzuriteCpu).TotalSeconds));
        Console.WriteLine("| variant | median upload s | median ratio (raw / variant, same round) | ratios | median all analysed s | median CPU s (Azurite + this process) | CPU ratio (raw / variant) |");
        Console.WriteLine("| --- | ---: | ---: | --- | ---: | ---: | ---: |");
        foreach (var variant in results.Select(r => r.Variant).Distinct())
        {
            var runs = results.Where(r => r.Variant == variant).ToList();
            var ratios = runs.Select(r => results.Single(x => x.Round == r.Round && x.Variant == "raw").Upload / r.Upload).ToList();
            var analysed = runs.Where(r => r.Analysed is not null).Select(r => r.Analysed!.Value.TotalSeconds).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {variant} | {Median(runs.Select(r => r.Upload.TotalSeconds)):0.00} | {Median(ratios):0.00}x | {string.Join(", ", ratios.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))} | {(analysed.Count > 0 ? Median(analysed).ToString("0.00", CultureInfo.InvariantCulture) : "-")} | {Median(runs.Select(r => (r.AzuriteCpu + r.OwnCpu).TotalSeconds)):0.00} ({Median(runs.Select(r => r.AzuriteCpu.TotalSeconds)):0.00} + {Median(runs.Select(r => r.OwnCpu.TotalSeconds)):0.00}) | {rawWork / Median(runs.Select(r => (r.OwnCpu + r.AzuriteCpu).TotalSeconds)):0.00}x |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Storage calls during the upload phase, per run (mean over {rounds} rounds; {articles} articles, half of them over HTTP in the host variants):");
        Console.WriteLine("| variant | call | calls per run | mean ms | p50 ms | p90 ms |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var group in results.GroupBy(r => r.Variant))
        {
            var calls = group.SelectMany(r => r.Calls).ToList();
            foreach (var kind in calls.GroupBy(c => c.Kind).OrderByDescending(g => g.Count()))
            {
                var ms = kind.Select(c => c.Milliseconds).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {group.Key} | {kind.Key} | {kind.Count() / (double)rounds:0} | {ms.Average():0.0} | {ms[ms.Count / 2]:0.0} | {ms[(int)(ms.Count * 0.9)]:0.0} |"));
            }
        }

        Console.WriteLine();
        foreach (var variant in results.Where(r => r.AllCalls.Count > 0).Select(r => r.Variant).Distinct())
        {
            Console.WriteLine($"Storage calls of {variant} from the first upload until every blob had its receipt, per article ({articles} articles, {articles - Duplicates} distinct):");
            Console.WriteLine("| call | per article | mean ms |");
            Console.WriteLine("| --- | ---: | ---: |");
            var whole = results.Where(r => r.Variant == variant).SelectMany(r => r.AllCalls).ToList();
            foreach (var kind in whole.GroupBy(c => c.Kind).OrderByDescending(g => g.Count()))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {kind.Key} | {kind.Count() / (double)rounds / articles:0.00} | {kind.Average(c => c.Milliseconds):0.0} |"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {whole.Count / (double)rounds / articles:0.00} | |"));
            Console.WriteLine();
        }

        Console.WriteLine("Per upload (ms): an HTTP upload's whole request as the client saw it and as the host served it (ASP.NET Core's");
        Console.WriteLine("http.server.request.duration), its storage calls, a direct store put, a raw SDK put:");
        Console.WriteLine("| variant | HTTP upload p50 | p90 | served by the host p50 | p90 | PUT articles p50 | PUT index p50 | direct put p50 | raw put p50 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in results.GroupBy(r => r.Variant))
        {
            var http = group.SelectMany(r => r.HttpMs).Order().ToList();
            var served = group.SelectMany(r => r.ServerMs).Order().ToList();
            var direct = group.SelectMany(r => r.DirectMs).Order().ToList();
            var calls = group.SelectMany(r => r.Calls).ToList();
            var articlePuts = calls.Where(c => c.Kind == "PUT articles").Select(c => c.Milliseconds).Order().ToList();
            var indexPuts = calls.Where(c => c.Kind == "PUT index").Select(c => c.Milliseconds).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} | {P(http, 0.5)} | {P(http, 0.9)} | {P(served, 0.5)} | {P(served, 0.9)} | {P(articlePuts, 0.5)} | {P(indexPuts, 0.5)} | {(group.Key == "raw" ? "-" : P(direct, 0.5))} | {(group.Key == "raw" ? P(direct, 0.5) : "-")} |"));
        }
    }

    private static string P(List<double> sorted, double q) =>
        sorted.Count == 0 ? "-" : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * q))].ToString("0.0", CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<Run> MeasureAsync(int round, string variant, int articles)
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            var log = new StorageCallLog();
            var options = AzureBlobClients.Options();
            options.AddPolicy(log, HttpPipelinePosition.PerRetry);
            var service = new BlobServiceClient(azurite.ConnectionString, options);
            await WarmUpAsync(service);
            await SettleAsync();
            log.Clear();
            return variant == "raw"
                ? await RawAsync(round, service, log, articles)
                : await HostAsync(round, variant, azurite.ConnectionString, service, log, articles);
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    /// <summary>
    /// A fresh Azurite's first requests are slow (Node compiles its code as it goes): 200 puts into a container no
    /// variant measures, through the measured client, before either side starts.
    /// </summary>
    private static async Task WarmUpAsync(BlobServiceClient service)
    {
        var container = service.GetBlobContainerClient("warmup");
        await container.CreateIfNotExistsAsync();
        await ForEachAsync(200, i => container.UploadBlobAsync($"w/{i:D4}.txt", BinaryData.FromBytes(Article(i))));
    }

    /// <summary>
    /// Waits (at most 10 s) until this process is idle for a quarter of a second: the previous run's host shutting down
    /// and the runtime's background recompilation otherwise land in the next measurement (seen: 1.3 s of CPU in a raw
    /// run right after the warm-ups, which normally takes 0.2 s).
    /// </summary>
    private static async Task SettleAsync()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        for (var i = 0; i < 40; i++)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            await Task.Delay(250);
            if (Process.GetCurrentProcess().TotalProcessorTime - before < TimeSpan.FromMilliseconds(25))
            {
                return;
            }
        }
    }

    private static async Task<Run> RawAsync(int round, BlobServiceClient service, StorageCallLog log, int articles)
    {
        var container = service.GetBlobContainerClient("rawupload");
        await container.CreateIfNotExistsAsync();
        await container.UploadBlobAsync("warmup.txt", BinaryData.FromBytes(Article(0)));
        var puts = new double[articles];
        var meter = Meter.Start(log);
        await ForEachAsync(articles, async i =>
        {
            var started = Stopwatch.GetTimestamp();
            await container.UploadBlobAsync($"raw/{i:D4}.txt", BinaryData.FromBytes(Article(ContentOf(i, articles))));
            puts[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        var window = meter.Stop();
        return new Run(round, "raw", window.Elapsed, null, window.OwnCpu, window.AzuriteCpu, window.Calls, window.Load, [], [.. puts]);
    }

    private static async Task<Run> HostAsync(int round, string variant, string connectionString, BlobServiceClient service, StorageCallLog log, int articles)
    {
        var store = new AzureSdkBlobStore(service);
        var watched = variant is "host" or "host-1write";
        var settings = new Dictionary<string, string?>
        {
            ["ReportsStorage"] = connectionString,
            ["ReportsApiKey"] = "bench-write-key-0123456789",
            ["ReportsReadKey"] = "bench-read-key-0123456789",
            ["ReportsWatchIntervalSeconds"] = "0.1",
            ["ReportsClaimLeaseSeconds"] = "5",
            ["ReportsRunWatcher"] = watched ? "true" : "false",
            ["ReportsRunTimers"] = "false",
            ["urls"] = "http://127.0.0.1:0",
        };
        if (Environment.GetEnvironmentVariable("REPORTS_BENCH_LOG") is not { Length: > 0 } level)
        {
            // As a quiet production host: the app's own Information lines (one per upload and per analysis) cost CPU
            // that the raw side does not spend; REPORTS_BENCH_LOG=Information measures with them.
            settings["Logging:LogLevel:Default"] = "Warning";
        }
        else
        {
            settings["Logging:LogLevel:Default"] = level;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddReportsFunctions();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.RemoveAll<IBlobStore>();
        builder.Services.AddSingleton<IBlobStore>(variant == "host-1write" ? new WithoutPendingEntries(store) : store);
        await using var app = builder.Build();
        app.MapReportsFunctions();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("x-functions-key", settings["ReportsApiKey"]);
        using (var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative)))
        {
            health.EnsureSuccessStatusCode();
        }

        var http = new List<double>();
        var direct = new List<double>();
        using var server = new ServerDurations();
        var meter = Meter.Start(log);
        await ForEachAsync(articles, async i =>
        {
            var content = Article(ContentOf(i, articles));
            var started = Stopwatch.GetTimestamp();
            if (i % 2 == 0 || variant == "host-api")
            {
                using var body = new ByteArrayContent(content);
                body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                using var response = await client.PostAsync(new Uri($"/api/articles?name=http/{i:D4}.txt", UriKind.Relative), body);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"Upload {i} answered {(int)response.StatusCode}.");
                }
            }
            else
            {
                await store.PutAsync(IngestContainers.Articles, $"direct/{i:D4}.txt", content, BlobWriteOptions.CreateOnly, CancellationToken.None);
            }

            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (http)
            {
                (i % 2 == 0 || variant == "host-api" ? http : direct).Add(ms);
            }
        });
        var window = meter.Stop();
        var served = server.Milliseconds;
        TimeSpan? analysed = null;
        List<StorageCallLog.Call> all = [];
        if (watched)
        {
            // Watched through a client of its own, so the polling is not counted among the host's calls.
            // An upload of content already uploaded stores nothing, so there are fewer blobs than uploads: one receipt each.
            var probe = new AzureSdkBlobStore(new BlobServiceClient(connectionString, AzureBlobClients.Options()));
            var blobs = await CountAsync(probe, IngestContainers.Articles);
            analysed = await WaitForReceiptsAsync(probe, blobs, meter) ?? throw new TimeoutException("Not every blob was handled within 4 minutes.");
            all = log.Between(meter.Started, long.MaxValue);
            await CheckAsync(probe, articles);
        }

        await app.StopAsync();
        return new Run(round, variant, window.Elapsed, analysed, window.OwnCpu, window.AzuriteCpu, window.Calls, window.Load, http, direct) { AllCalls = all, ServerMs = served };
    }

    private static async Task<TimeSpan?> WaitForReceiptsAsync(IBlobStore store, int count, Meter meter)
    {
        while (meter.Elapsed < TimeSpan.FromMinutes(4))
        {
            if (await CountAsync(store, IngestContainers.Receipts) >= count)
            {
                return meter.Elapsed;
            }

            await Task.Delay(200);
        }

        return null;
    }

    /// <summary>Not a test, but a run that lost or doubled work measured the wrong thing: say so loudly.</summary>
    private static async Task CheckAsync(IBlobStore store, int articles)
    {
        var analyses = await CountAsync(store, IngestContainers.Analyses);
        var index = await CountAsync(store, IngestContainers.Index);
        if (analyses != articles - Duplicates || index != articles - Duplicates)
        {
            throw new InvalidOperationException($"Expected {articles - Duplicates} analyses and index entries; found {analyses} and {index}.");
        }
    }

    private static async Task<int> CountAsync(IBlobStore store, string container)
    {
        var n = 0;
        await foreach (var _ in store.ListAsync(container, null, CancellationToken.None))
        {
            n++;
        }

        return n;
    }

    private static async Task ForEachAsync(int count, Func<int, Task> upload)
    {
        using var gate = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await upload(i);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>The last 50 repeat the first 50 (as in the end-to-end test).</summary>
    private static int ContentOf(int i, int articles) => i < articles - Duplicates ? i : i - (articles - Duplicates);

    /// <summary>A distinct short English article per number (own text).</summary>
    private static byte[] Article(int n) => new UTF8Encoding(false).GetBytes(string.Create(CultureInfo.InvariantCulture, $"""
        Flooding number {n} on the northern coast

        At least {n + 4} people were killed and {n + 11} injured when the river broke its banks near Vell {n} overnight, the coast guard said.
        Rescuers pulled {n % 30 + 3} people from the water before dawn.
        """));

    private sealed record Run(
        int Round, string Variant, TimeSpan Upload, TimeSpan? Analysed, TimeSpan OwnCpu, TimeSpan AzuriteCpu,
        List<StorageCallLog.Call> Calls, double Load, List<double> HttpMs, List<double> DirectMs)
    {
        /// <summary>Every call of the host from the first upload until every blob had its receipt.</summary>
        public List<StorageCallLog.Call> AllCalls { get; init; } = [];

        /// <summary>The host's own duration of each upload request (ASP.NET Core's metric).</summary>
        public List<double> ServerMs { get; init; } = [];
    }

    /// <summary>Wall clock, this process's CPU and its children's (Azurite's) CPU over a window.</summary>
    private sealed class Meter
    {
        private readonly StorageCallLog _log;
        private readonly long _started = Stopwatch.GetTimestamp();

        public long Started => _started;
        private readonly TimeSpan _ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly TimeSpan _childCpu = ChildrenCpu();

        private Meter(StorageCallLog log) => _log = log;

        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

        public static Meter Start(StorageCallLog log) => new(log);

        public Window Stop()
        {
            var now = Stopwatch.GetTimestamp();
            return new Window(
                Stopwatch.GetElapsedTime(_started, now),
                Process.GetCurrentProcess().TotalProcessorTime - _ownCpu,
                ChildrenCpu() - _childCpu,
                _log.Between(_started, now),
                LoadAverage());
        }

        /// <summary>User + system CPU of this process's child processes (Azurite's node), from /proc; zero elsewhere.</summary>
        private static TimeSpan ChildrenCpu()
        {
            if (!OperatingSystem.IsLinux())
            {
                return TimeSpan.Zero;
            }

            var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            long ticks = 0;
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    if (fields[1] == self)
                    {
                        ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
                {
                    // Not a process folder, or gone.
                }
            }

            return TimeSpan.FromSeconds(ticks / 100.0);
        }

        private static double LoadAverage() =>
            File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;
    }

    private sealed record Window(TimeSpan Elapsed, TimeSpan OwnCpu, TimeSpan AzuriteCpu, List<StorageCallLog.Call> Calls, double Load);
}
