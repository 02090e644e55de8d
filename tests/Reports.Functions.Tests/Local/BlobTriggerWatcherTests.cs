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

    public void Dispose() => _folder.Dispose();
}
