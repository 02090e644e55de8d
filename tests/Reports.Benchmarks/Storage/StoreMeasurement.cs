using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using Reports.Adapters.Storage;
using Reports.Core.Storage;
using Reports.Testing;
using Reports.Testing.Azurite;

namespace Reports.Benchmarks.Storage;

/// <summary>
/// Bounded console measurements of the blob stores (not BenchmarkDotNet: they need a server and a warm data folder).
///   dotnet run -c Release --project tests/Reports.Benchmarks -- store-put [count] [concurrency...]
///   dotnet run -c Release --project tests/Reports.Benchmarks -- store-list [blobs]
/// store-put writes `count` 2 KB blobs per run with N concurrent writers to the filesystem store (with and without
/// fsync) and to a real Azurite started on a free loopback port (or AZURITE_BLOB_ENDPOINT). store-list fills a
/// filesystem store with `blobs` small blobs spread over one year of day folders and times prefix listings.
/// </summary>
internal static class StoreMeasurement
{
    private const int BlobBytes = 2048;

    public static async Task<int> RunAsync(string[] args)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        var token = timeout.Token;
        switch (args[0])
        {
            case "store-put":
                var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
                int[] levels = args.Length > 2 ? args[2..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 8, 32];
                await PutAsync(Math.Clamp(count, 1, 20_000), levels.Select(l => Math.Clamp(l, 1, 128)).ToArray(), token);
                return 0;
            case "store-list":
                await ListAsync(Math.Clamp(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000, 1, 200_000), token);
                return 0;
            default:
                Console.Error.WriteLine("usage: store-put [count] [concurrency...] | store-list [blobs]");
                return 2;
        }
    }

    private static async Task PutAsync(int count, int[] levels, CancellationToken token)
    {
        Console.WriteLine($"// {count} puts of {BlobBytes} B per run; {Environment.ProcessorCount} cores; {RuntimeName()}");
        Console.WriteLine("| store | writers | puts/s | p50 ms | p99 ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var fsync in (bool[])[true, false])
        {
            using var folder = new TempFolder("reports-bench-fs");
            var store = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = fsync });
            await RunLevelsAsync(fsync ? "filesystem (fsync)" : "filesystem (no fsync)", store, count, levels, token);
        }

        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            if (!azurite.IsRunning)
            {
                Console.WriteLine($"| azurite | - | skipped: {AzuriteLocator.InstallHint} | | |");
                return;
            }

            var store = new AzureSdkBlobStore(new BlobServiceClient(azurite.ConnectionString, AzureBlobClients.Options()));
            await RunLevelsAsync($"azurite {azurite.BlobEndpoint.Authority} (Azure.Storage.Blobs, Shared Key)", store, count, levels, token);
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static async Task RunLevelsAsync(string label, IBlobStore store, int count, int[] levels, CancellationToken token)
    {
        var payload = new byte[BlobBytes];
        Random.Shared.NextBytes(payload);
        foreach (var writers in levels)
        {
            var container = "bench-" + Guid.NewGuid().ToString("N")[..12];
            await store.EnsureContainerAsync(container, token);
            await PutManyAsync(store, container, "warmup", Math.Min(200, count), writers, payload, token);
            var (elapsed, latencies) = await PutManyAsync(store, container, "run", count, writers, payload, token);
            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {writers} | {count / elapsed.TotalSeconds:0} | {latencies[latencies.Count / 2]:0.00} | {latencies[(int)(latencies.Count * 0.99)]:0.00} |"));
        }
    }

    private static async Task<(TimeSpan Elapsed, List<double> LatenciesMs)> PutManyAsync(
        IBlobStore store, string container, string run, int count, int writers, byte[] payload, CancellationToken token)
    {
        var next = -1;
        var latencies = new double[count];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                await store.PutAsync(container, $"{run}/2025/03/27/{i:d6}.json", payload, BlobWriteOptions.CreateOnly, token);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }, token)));
        return (clock.Elapsed, latencies.ToList());
    }

    private static async Task ListAsync(int blobs, CancellationToken token)
    {
        using var folder = new TempFolder("reports-bench-list");
        var store = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = false });
        await store.EnsureContainerAsync("analyses", token);
        var payload = new byte[100];
        var day0 = new DateOnly(2025, 1, 1);
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < blobs)
            {
                var day = day0.AddDays(i % 365);
                await store.PutAsync("analyses", $"{day:yyyy/MM/dd}/{i:d7}.json", payload, BlobWriteOptions.Overwrite, token);
            }
        }, token)));
        Console.WriteLine($"// filled {blobs} blobs over 365 day folders in {clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine("| prefix | blobs listed | ms (best of 5) |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var prefix in (string[])["2025/03/27/", "2025/03/", "2025/03/2", ""])
        {
            var best = double.MaxValue;
            var listed = 0;
            for (var round = 0; round < 5; round++)
            {
                var started = Stopwatch.GetTimestamp();
                listed = 0;
                await foreach (var _ in store.ListAsync("analyses", prefix, token))
                {
                    listed++;
                }

                best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (prefix.Length == 0)
                {
                    break; // The full listing is the slow reference; once is enough.
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| \"{prefix}\" | {listed} | {best:0.0} |"));
        }
    }

    private static string RuntimeName() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
}
