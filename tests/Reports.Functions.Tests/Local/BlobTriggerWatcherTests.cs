using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.LocalHost;
using Reports.Functions.Tests.Articles;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Local;

/// <summary>The local blob trigger: retries, then gives up loudly; nothing is dropped.</summary>
public sealed class BlobTriggerWatcherTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-tests");

    [Fact]
    public async Task Watcher_StoreFailsTwiceThenRecovers_AnalysesTheBlobOnce()
    {
        var store = new FaultyBlobStore(ReportsApp.FileStore(_folder.Path)) { FailPutsTo = IngestContainers.Analyses, Failures = 2 };
        using var app = new ReportsApp(store);
        using var client = app.CreateKeyedClient();

        var id = await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, "flaky.txt", TestArticles.Numbered(3)));

        await ArticleApiTests.WaitForAsync(client, id, "analyzed");
        Assert.Single(await StoreContents.ListAsync(store, IngestContainers.Analyses));
    }

    [Fact]
    public async Task Watcher_DeliveriesKeepFailing_RecordsTheBlobAsRejected()
    {
        var store = new FaultyBlobStore(ReportsApp.FileStore(_folder.Path)) { FailPutsTo = IngestContainers.Analyses, Failures = int.MaxValue };
        using var app = new ReportsApp(store, settings: new Dictionary<string, string?> { ["ReportsMaxDeliveryAttempts"] = "3" });
        using var client = app.CreateKeyedClient();

        var id = await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, "doomed.txt", TestArticles.Numbered(4)));

        var rejected = await ArticleApiTests.WaitForAsync(client, id, "rejected");
        Assert.Equal(ArticleIngestor.FailedReason, rejected.GetProperty("reason").GetString());
        Assert.Contains("3 failed deliveries", rejected.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotNull(await store.GetPropertiesAsync(IngestContainers.Rejected, $"{id}/content.txt", CancellationToken.None));
        // The receipt follows the rejection (index first): under load it may land a moment after GET says rejected.
        await StoreContents.WaitUntilAsync(async () => (await StoreContents.ListAsync(store, IngestContainers.Receipts)).Count > 0, TimeSpan.FromSeconds(10), "the receipt");
        Assert.Single(await StoreContents.ListAsync(store, IngestContainers.Receipts));
    }

    [Fact]
    public async Task Watcher_SlowArticleThenASmallOne_TheSmallOneIsAnalysedWhileTheSlowOneWaits()
    {
        var gated = new GatedAnalyzer("GATE-7Q");
        using var app = new ReportsApp(ReportsApp.FileStore(_folder.Path))
        {
            ExtraServices = services =>
            {
                services.RemoveAll<IArticleAnalysisService>();
                services.AddSingleton<IArticleAnalysisService>(gated);
            },
        };
        using var client = app.CreateKeyedClient();

        var slow = await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, "slow.txt", TestArticles.Bytes("Held back\n\nGATE-7Q Four people were killed in the strike.")));
        await gated.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var small = await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, "small.txt", TestArticles.Numbered(5)));

        // The small article does not wait for the slow one, which is still being analysed.
        await ArticleApiTests.WaitForAsync(client, small, "analyzed");
        Assert.False(gated.Release.Task.IsCompleted);
        using (var pending = await client.GetAsync(new Uri($"/api/articles/{slow}", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, pending.StatusCode);
        }

        gated.Release.SetResult();
        await ArticleApiTests.WaitForAsync(client, slow, "analyzed");
    }

    /// <summary>A started app whose watcher does not run on its own and whose analysis waits on <paramref name="gated"/>.</summary>
    private static ReportsApp GatedApp(IBlobStore store, GatedAnalyzer gated, int concurrency)
    {
        var settings = new Dictionary<string, string?> { ["ReportsRunWatcher"] = "false", ["ReportsWatchConcurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var app = new ReportsApp(store, settings: settings)
        {
            ExtraServices = services =>
            {
                services.RemoveAll<IArticleAnalysisService>();
                services.AddSingleton<IArticleAnalysisService>(gated);
            },
        };
        using (app.CreateClient())
        {
            // Started: the watcher exists but does not run on its own.
        }

        return app;
    }

    private static BlobTriggerWatcher.BlobTrigger ArticlesTrigger() =>
        new(Reports.Functions.Articles.AnalyzeArticleFunction.Name, IngestContainers.Articles, string.Empty);

    [Fact]
    public async Task ScanAsync_EverySlotBusy_ListsNothingUntilASlotFrees()
    {
        var gated = new GatedAnalyzer("GATE-3K");
        var store = new ListCountingStore(ReportsApp.FileStore(_folder.Path));
        using var app = GatedApp(store, gated, concurrency: 1);
        var sut = app.Services.GetRequiredService<BlobTriggerWatcher>();
        var trigger = ArticlesTrigger();
        await store.PutAsync(IngestContainers.Articles, "held.txt", TestArticles.Bytes("Held back\n\nGATE-3K Two people were killed in the strike."), BlobWriteOptions.CreateOnly, CancellationToken.None);
        await sut.ScanAsync(trigger, CancellationToken.None);
        await gated.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await store.PutAsync(IngestContainers.Articles, "later.txt", TestArticles.Numbered(8), BlobWriteOptions.CreateOnly, CancellationToken.None);
        var listed = store.Lists;

        // The one slot is held: a scan now would only find what must wait.
        await sut.ScanAsync(trigger, CancellationToken.None);
        Assert.Equal(listed, store.Lists);

        gated.Release.SetResult();
        await StoreContents.WaitUntilAsync(() => Task.FromResult(sut.InFlight == 0), TimeSpan.FromSeconds(30), "the held delivery to finish");
        await sut.ScanAsync(trigger, CancellationToken.None);
        Assert.True(store.Lists > listed);
        await StoreContents.WaitUntilAsync(async () => (await StoreContents.ListAsync(store, IngestContainers.Receipts)).Count == 2, TimeSpan.FromSeconds(30), "both receipts");
    }

    [Fact]
    public async Task ScanAsync_UploadsBeingServed_DeliversOneAtATimeUntilTheyEnd()
    {
        var gated = new GatedAnalyzer("GATE-5W");
        var store = ReportsApp.FileStore(_folder.Path);
        using var app = GatedApp(store, gated, concurrency: 4);
        var sut = app.Services.GetRequiredService<BlobTriggerWatcher>();
        var trigger = ArticlesTrigger();
        await store.PutAsync(IngestContainers.Articles, "held.txt", TestArticles.Bytes("Held back\n\nGATE-5W Three people were killed in the strike."), BlobWriteOptions.CreateOnly, CancellationToken.None);
        await sut.ScanAsync(trigger, CancellationToken.None);
        await gated.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // An upload is being served and one delivery runs: the next one waits, though slots are free.
        var upload = app.Services.GetRequiredService<UploadTraffic>().Begin();
        await store.PutAsync(IngestContainers.Articles, "later.txt", TestArticles.Numbered(9), BlobWriteOptions.CreateOnly, CancellationToken.None);
        await sut.ScanAsync(trigger, CancellationToken.None);
        await StoreContents.WaitUntilAsync(() => Task.FromResult(sut.Yielding == 1), TimeSpan.FromSeconds(30), "the second delivery to wait for the upload");
        Assert.Empty(await StoreContents.ListAsync(store, IngestContainers.Receipts));

        // The upload ends: the waiting delivery goes ahead while the held one still runs.
        upload.Dispose();
        await StoreContents.WaitUntilAsync(async () => (await StoreContents.ListAsync(store, IngestContainers.Receipts)).Count == 1, TimeSpan.FromSeconds(30), "the later article's receipt");
        Assert.False(gated.Release.Task.IsCompleted);

        gated.Release.SetResult();
        await StoreContents.WaitUntilAsync(async () => (await StoreContents.ListAsync(store, IngestContainers.Receipts)).Count == 2, TimeSpan.FromSeconds(30), "both receipts");
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Counts listings; everything else passes through.</summary>
    private sealed class ListCountingStore(IBlobStore inner) : IBlobStore
    {
        private int _lists;

        public int Lists => Volatile.Read(ref _lists);

        public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) => inner.EnsureContainerAsync(container, cancellationToken);

        public Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken) => inner.GetPropertiesAsync(container, name, cancellationToken);

        public Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken) => inner.GetAsync(container, name, cancellationToken);

        public Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken) =>
            inner.PutAsync(container, name, content, options, cancellationToken);

        public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken) => inner.DeleteAsync(container, name, cancellationToken);

        public Task<bool> DeleteIfMatchAsync(string container, string name, string etag, CancellationToken cancellationToken) =>
            inner.DeleteIfMatchAsync(container, name, etag, cancellationToken);

        public IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _lists);
            return inner.ListAsync(container, prefix, cancellationToken);
        }
    }

    /// <summary>The built-in analyzer, except that an article holding the marker waits until the test releases it.</summary>
    private sealed class GatedAnalyzer(string marker) : IArticleAnalysisService
    {
        private readonly AnalyzerPool _pool = new();

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "gated";

        public int PreferredBatchSize => 1;

        public async Task<IReadOnlyList<ArticleAnalysis>> AnalyzeAsync(IReadOnlyList<ArticleText> articles, int summarySentences, CancellationToken cancellationToken)
        {
            if (articles.Any(a => a.Text.Contains(marker, StringComparison.Ordinal)))
            {
                Entered.TrySetResult();
                await Release.Task.WaitAsync(cancellationToken);
            }

            return await _pool.AnalyzeAsync(articles, summarySentences, cancellationToken);
        }
    }
}
