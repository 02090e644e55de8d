using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
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

    public void Dispose() => _folder.Dispose();

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
