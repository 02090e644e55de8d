using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Tests.Articles;
using Reports.Functions.Tests.Support;
using Reports.Testing;
using Xunit.Abstractions;

namespace Reports.Functions.Tests.EndToEnd;

/// <summary>
/// The whole local runner over a real Kestrel on 127.0.0.1 and a real store: uploads through the HTTP API and blobs
/// written straight into the store, all analysed exactly once, across a restart too. Run once per store.
/// </summary>
public abstract class IngestScenarios(ITestOutputHelper output)
{
    private const int Uploads = 500;
    private const int Duplicates = 50;
    // Generous: the machine runs other test assemblies (a headless browser among them) at the same time; only a run
    // that never finishes should fail.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(240);

    /// <summary>The test's output (for measurements the subclasses print).</summary>
    protected ITestOutputHelper Output => output;

    protected abstract Task<IBlobStore> StoreAsync();

    [StoreFact]
    public async Task Ingest_500UploadsAtOnceThroughApiAndStore_EachAnalysedExactlyOnce()
    {
        var store = await StoreAsync();
        await using var app = new ReportsApp(store, kestrel: true);
        using var client = app.CreateKeyedClient();
        await WarmUpAsync(client);

        // Every even upload goes through the API, every odd one straight into the store; the last 50 repeat the
        // content of the first 50 under other names.
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(Enumerable.Range(0, Uploads).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await UploadAsync(client, store, i);
            }
            finally
            {
                gate.Release();
            }
        }));
        var uploaded = clock.Elapsed;

        // An upload through the API of content uploaded before through the API stores nothing (it is answered from the
        // index): the 25 even repeats add no blob; the 25 odd ones, written straight in, do.
        const int Blobs = Uploads - (Duplicates / 2);
        await WaitForReceiptsAsync(store, Blobs);
        var elapsed = clock.Elapsed;

        output.WriteLine($"{Uploads} uploads in {uploaded.TotalSeconds:0.00} s; all analysed after {elapsed.TotalSeconds:0.00} s: {Uploads / elapsed.TotalSeconds:0} articles/s end to end on {Environment.ProcessorCount} cores ({GetType().Name}).");
        await AssertExactlyOnceAsync(store, Blobs, Uploads - Duplicates);
    }

    [StoreFact]
    public async Task Ingest_AppStoppedHalfwayAndStarted_LosesAndDuplicatesNothing()
    {
        const int Count = 200;
        var store = await StoreAsync();
        var first = new ReportsApp(store, kestrel: true);
        using (var client = first.CreateKeyedClient())
        {
            await WarmUpAsync(client);
            await Task.WhenAll(Enumerable.Range(0, Count).Select(i => UploadAsync(client, store, i)));
            await StoreContents.WaitUntilAsync(async () => (await StoreContents.ListAsync(store, IngestContainers.Receipts)).Count >= Count / 3, Patience, "a third of the receipts");
        }

        await first.DisposeAsync();
        var atStop = (await StoreContents.ListAsync(store, IngestContainers.Receipts)).Count;
        output.WriteLine($"Stopped with {atStop} of {Count} blobs handled.");
        Assert.InRange(atStop, Count / 3, Count);

        // Uploads that arrive while nothing runs must be picked up too (and keep the restart meaningful on a machine
        // fast enough to finish the first batch before the stop lands).
        const int WhileStopped = 50;
        for (var i = 0; i < WhileStopped; i++)
        {
            await store.PutAsync(IngestContainers.Articles, $"stopped/{i:D4}.txt", TestArticles.Numbered(Count + i), BlobWriteOptions.CreateOnly, CancellationToken.None);
        }

        await using var second = new ReportsApp(store, kestrel: true);
        using (var client = second.CreateKeyedClient())
        {
            await WarmUpAsync(client);
            await WaitForReceiptsAsync(store, Count + WhileStopped);
        }

        await AssertExactlyOnceAsync(store, Count + WhileStopped, Count + WhileStopped);
    }

    private static async Task UploadAsync(HttpClient client, IBlobStore store, int i)
    {
        var content = TestArticles.Numbered(i < Uploads - Duplicates ? i : i - (Uploads - Duplicates));
        if (i % 2 == 0)
        {
            using var response = await ArticleApiTests.UploadAsync(client, $"http/{i:D4}.txt", content);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        else
        {
            await store.PutAsync(IngestContainers.Articles, $"direct/{i:D4}.txt", content, BlobWriteOptions.CreateOnly, CancellationToken.None);
        }
    }

    /// <summary>Starts the server and waits for the containers.</summary>
    private static async Task WarmUpAsync(HttpClient client)
    {
        using var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
    }

    private static Task WaitForReceiptsAsync(IBlobStore store, int count) =>
        StoreContents.WaitUntilAsync(async () => (await StoreContents.ListAsync(store, IngestContainers.Receipts)).Count >= count, Patience, $"{count} receipts");

    /// <summary>
    /// One receipt per blob, one analysis per distinct content (and one "Analyzed" outcome), every article final,
    /// nothing rejected.
    /// </summary>
    private static async Task AssertExactlyOnceAsync(IBlobStore store, int blobs, int articles)
    {
        Assert.Equal(blobs, (await StoreContents.ListAsync(store, IngestContainers.Articles)).Count);
        var receipts = await StoreContents.ListAsync(store, IngestContainers.Receipts);
        Assert.Equal(blobs, receipts.Count);
        var results = new List<string>();
        foreach (var receipt in receipts)
        {
            var body = await StoreContents.JsonAsync(store, IngestContainers.Receipts, receipt.Name);
            results.Add(body.GetProperty("result").GetString()!);
        }

        // A blob whose analysis was stored but whose receipt was not (stopped in between) is AlreadyDone on redelivery.
        Assert.Equal(articles, results.Count(r => r is nameof(IngestResult.Analyzed) or nameof(IngestResult.AlreadyDone)));
        Assert.Equal(blobs - articles, results.Count(r => r == nameof(IngestResult.Duplicate)));

        var analyses = await StoreContents.AnalysesAsync(store);
        Assert.Equal(articles, analyses.Count);
        Assert.Equal(articles, analyses.Select(a => a.GetProperty("articleId").GetString()).Distinct().Count());
        Assert.All(analyses, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("error").ValueKind));
        var index = await StoreContents.ListAsync(store, IngestContainers.Index);
        Assert.Equal(articles, index.Count);
        Assert.Empty(await StoreContents.ListAsync(store, IngestContainers.Rejected));
        foreach (var entry in index)
        {
            var json = await StoreContents.JsonAsync(store, IngestContainers.Index, entry.Name);
            Assert.Equal(ArticleStatus.Analyzed, json.GetProperty("status").GetString());
        }
    }
}

/// <summary>The scenarios on the filesystem store (the local default).</summary>
public sealed class FileSystemIngestTests(ITestOutputHelper output) : IngestScenarios(output), IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-e2e");

    protected override Task<IBlobStore> StoreAsync() => Task.FromResult<IBlobStore>(ReportsApp.FileStore(_folder.Path));

    public void Dispose() => _folder.Dispose();
}
