using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Time.Testing;
using Reports.Adapters.Storage;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Testing;
using Reports.Testing.Azurite;

namespace Reports.Core.Tests.Ingestion;

/// <summary>
/// An upload through the API makes one storage call for content not uploaded before, and keeps both of its answers:
/// content already known is said at once, and the id answers pending from the moment the upload is accepted. Run on
/// the filesystem store and on Azure Blob Storage (Azurite).
/// </summary>
public abstract class ArticleUploaderTests
{
    private const string Function = "AnalyzeArticle";
    private static readonly byte[] Article = Encoding.UTF8.GetBytes("Drones hit the port\n\nAt least 12 people were killed when drones hit the port, officials said.");
    private static readonly byte[] Other = Encoding.UTF8.GetBytes("Shells hit the depot\n\nFive people were wounded when shells hit the depot, the governor said.");

    protected CancellationToken Token { get; } = new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    protected abstract IBlobStore Store { get; }

    protected abstract FakeTimeProvider Clock { get; }

    private static string IdOf(byte[] content) => ArticleIds.FromHash(ArticleIds.ContentHash(content));

    private ArticleIngestor Ingestor => new(Store, new IngestOptions(), new AnalyzerPool(), Clock);

    [StoreFact]
    public async Task UploadAsync_NewContent_IsOneWriteAndItsIdIsPendingAtOnce()
    {
        await ResetAsync();
        var counting = new CountingStore(Store);

        var upload = await new ArticleUploader(counting).UploadAsync("desk/Київ 3.txt", Article, "text/plain", Token);

        Assert.Equal((IdOf(Article), ArticleStatus.Pending, "desk/Київ 3.txt"), (upload.ArticleId, upload.Status, upload.Name));
        Assert.Equal(["PUT articles/" + ArticleUploads.BlobNameOf(upload.ArticleId) + " IfNotExists"], counting.Calls);
        Assert.Null(await new ArticleIndex(Store).ReadAsync(upload.ArticleId, Token)); // no second object

        // No delivery has claimed it yet: the id is pending, with the name it was uploaded under (no 404 window).
        var view = await new ArticleCatalog(Store).GetAsync(upload.ArticleId, Token);
        Assert.Equal((ArticleStatus.Pending, "desk/Київ 3.txt"), (view!.Status, view.Source));
    }

    [StoreFact]
    public async Task UploadAsync_ContentAnalysedBefore_AnswersAnalyzedAtOnceAndStoresNothing()
    {
        await ResetAsync();
        var first = await new ArticleUploader(Store).UploadAsync("first.txt", Article, "text/plain", Token);
        Assert.Equal(IngestResult.Analyzed, (await DeliverAsync(first.ArticleId)).Result);
        var counting = new CountingStore(Store);

        var second = await new ArticleUploader(counting).UploadAsync("second.txt", Article, "text/plain", Token);

        Assert.Equal((first.ArticleId, ArticleStatus.Analyzed), (second.ArticleId, second.Status));
        Assert.Equal(2, counting.Calls.Count); // the refused create, then the index read
        Assert.Single(await NamesAsync(IngestContainers.Articles));
        var entry = (await new ArticleIndex(Store).ReadAsync(first.ArticleId, Token))!.Value.Entry;
        Assert.Equal("first.txt", entry.Source);
    }

    [StoreFact]
    public async Task UploadAsync_ContentRejectedBefore_AnswersRejected()
    {
        await ResetAsync();
        var empty = Array.Empty<byte>();
        var first = await new ArticleUploader(Store).UploadAsync("empty.txt", empty, "text/plain", Token);
        Assert.Equal(IngestResult.Rejected, (await DeliverAsync(first.ArticleId)).Result);

        var again = await new ArticleUploader(Store).UploadAsync("empty-again.txt", empty, "text/plain", Token);

        Assert.Equal(ArticleStatus.Rejected, again.Status);
    }

    [StoreFact]
    public async Task UploadAsync_SameContentAgainBeforeItsDelivery_IsPendingAndStoredOnce()
    {
        await ResetAsync();
        var first = await new ArticleUploader(Store).UploadAsync("a.txt", Article, "text/plain", Token);

        // The same file again (a client that lost the answer retries), and under another name.
        var retried = await new ArticleUploader(Store).UploadAsync("a.txt", Article, "text/plain", Token);
        var renamed = await new ArticleUploader(Store).UploadAsync("b.txt", Article, "text/plain", Token);

        Assert.All([retried, renamed], u => Assert.Equal((first.ArticleId, ArticleStatus.Pending), (u.ArticleId, u.Status)));
        Assert.Single(await NamesAsync(IngestContainers.Articles));
        Assert.Equal(IngestResult.Analyzed, (await DeliverAsync(first.ArticleId)).Result);
        Assert.Equal("a.txt", (await new ArticleIndex(Store).ReadAsync(first.ArticleId, Token))!.Value.Entry.Source);
    }

    [StoreFact]
    public async Task UploadAsync_SameNameOtherContent_IsAnotherArticle()
    {
        await ResetAsync();

        var first = await new ArticleUploader(Store).UploadAsync("same.txt", Article, "text/plain", Token);
        var second = await new ArticleUploader(Store).UploadAsync("same.txt", Other, "text/plain", Token);

        Assert.NotEqual(first.ArticleId, second.ArticleId);
        Assert.Equal(IngestResult.Analyzed, (await DeliverAsync(first.ArticleId)).Result);
        Assert.Equal(IngestResult.Analyzed, (await DeliverAsync(second.ArticleId)).Result);
        foreach (var id in new[] { first.ArticleId, second.ArticleId })
        {
            Assert.Equal("same.txt", (await new ArticleIndex(Store).ReadAsync(id, Token))!.Value.Entry.Source);
        }
    }

    [StoreFact]
    public async Task UploadAsync_ContentKnownOnlyFromABlobWrittenStraightIn_IsPendingThenItsDeliveryIsADuplicate()
    {
        await ResetAsync();
        await Store.PutAsync(IngestContainers.Articles, "direct.txt", Article, BlobWriteOptions.CreateOnly, Token);
        var direct = (await Store.GetAsync(IngestContainers.Articles, "direct.txt", Token))!;
        Assert.Equal(IngestResult.Analyzed, (await Ingestor.IngestAsync(Function, new ArticleBlob("direct.txt", direct.Properties.ETag, direct.Content, Clock.GetUtcNow(), ThroughUpload: false), Token)).Result);

        // The one write cannot see the index: the answer is pending (the weak spot), and the content is analysed once.
        var upload = await new ArticleUploader(Store).UploadAsync("uploaded.txt", Article, "text/plain", Token);

        Assert.Equal(ArticleStatus.Pending, upload.Status);
        Assert.Equal(IngestResult.Duplicate, (await DeliverAsync(upload.ArticleId)).Result);
        Assert.Single(await NamesAsync(IngestContainers.Analyses));
        var view = (await new ArticleCatalog(Store).GetAsync(upload.ArticleId, Token))!;
        Assert.Equal((ArticleStatus.Analyzed, "direct.txt"), (view.Status, view.Source));
    }

    [StoreFact]
    public async Task UploadAsync_ContentGivenUpAfterFailedDeliveries_IsStoredAgainForANewDelivery()
    {
        await ResetAsync();
        var first = await new ArticleUploader(Store).UploadAsync("a.txt", Article, "text/plain", Token);
        var blob = (await Store.GetAsync(IngestContainers.Articles, ArticleUploads.BlobNameOf(first.ArticleId), Token))!;
        await Ingestor.GiveUpAsync(Function, new ArticleBlob(blob.Properties.Name, blob.Properties.ETag, blob.Content, Clock.GetUtcNow(), Source: "a.txt"), "storage kept failing", Token);
        Assert.Equal(ArticleStatus.Rejected, (await new ArticleCatalog(Store).GetAsync(first.ArticleId, Token))!.Status);

        var again = await new ArticleUploader(Store).UploadAsync("a.txt", Article, "text/plain", Token);

        Assert.Equal(ArticleStatus.Pending, again.Status);
        Assert.NotEqual(blob.Properties.ETag, (await Store.GetPropertiesAsync(IngestContainers.Articles, blob.Properties.Name, Token))!.ETag);
        Assert.Equal(IngestResult.Analyzed, (await DeliverAsync(first.ArticleId)).Result);
    }

    [StoreFact]
    public async Task UploadAsync_IdsNameHoldsOtherBytes_StoresTheContentOverThemAndIsPending()
    {
        await ResetAsync();
        var name = ArticleUploads.BlobNameOf(IdOf(Article));
        await Store.PutAsync(IngestContainers.Articles, name, Other, BlobWriteOptions.CreateOnly, Token); // another tool
        Assert.Null(await new ArticleCatalog(Store).GetAsync(IdOf(Article), Token)); // not this article's content

        var upload = await new ArticleUploader(Store).UploadAsync("port.txt", Article, "text/plain", Token);

        Assert.Equal(ArticleStatus.Pending, upload.Status);
        Assert.Equal(Article, (await Store.GetAsync(IngestContainers.Articles, name, Token))!.Content.ToArray());
        Assert.Equal("port.txt", (await new ArticleCatalog(Store).GetAsync(upload.ArticleId, Token))!.Source);
    }

    [StoreFact]
    public async Task Ingest_UploadStoredById_IsFiledUnderItsUploadName()
    {
        await ResetAsync();
        var upload = await new ArticleUploader(Store).UploadAsync("reports/port.html", Encoding.UTF8.GetBytes("<html><body><h1>Drones hit the port</h1><p>At least 12 people were killed, officials said.</p></body></html>"), "text/html", Token);

        // Delivered without its metadata (a trigger that does not pass it): the ingestor reads the name from the blob,
        // and its extension says how to read it (the blob's own name has none: it would be unsupported_format).
        var outcome = await DeliverAsync(upload.ArticleId, withSource: false);

        Assert.Equal(IngestResult.Analyzed, outcome.Result);
        var analysis = (await new ArticleCatalog(Store).GetAsync(upload.ArticleId, Token))!;
        using var document = System.Text.Json.JsonDocument.Parse(analysis.Analysis!.Value);
        Assert.Equal("reports/port.html", document.RootElement.GetProperty("source").GetString());
        Assert.Single(await NamesAsync(IngestContainers.Receipts));
    }

    /// <summary>Delivers the upload blob of <paramref name="id"/> as the trigger would, with its metadata's name.</summary>
    private async Task<IngestOutcome> DeliverAsync(string id, bool withSource = true)
    {
        var blob = (await Store.GetAsync(IngestContainers.Articles, ArticleUploads.BlobNameOf(id), Token))!;
        var source = withSource ? ArticleUploads.SourceOf(blob.Properties.Name, blob.Properties.Metadata) : null;
        return await Ingestor.IngestAsync(Function, new ArticleBlob(blob.Properties.Name, blob.Properties.ETag, blob.Content, Clock.GetUtcNow(), ThroughUpload: true, Source: source), Token);
    }

    private async Task<List<string>> NamesAsync(string container)
    {
        var names = new List<string>();
        await foreach (var item in Store.ListAsync(container, null, Token))
        {
            names.Add(item.Name);
        }

        return names;
    }

    /// <summary>Empties the pipeline's containers (a shared Azurite keeps them between tests).</summary>
    private async Task ResetAsync()
    {
        foreach (var container in IngestContainers.All)
        {
            await Store.EnsureContainerAsync(container, Token);
            foreach (var name in await NamesAsync(container))
            {
                await Store.DeleteAsync(container, name, Token);
            }
        }
    }

    /// <summary>Every call that reaches the store, in order.</summary>
    private sealed class CountingStore(IBlobStore inner) : IBlobStore
    {
        public List<string> Calls { get; } = [];

        public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) => inner.EnsureContainerAsync(container, cancellationToken);

        public Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken)
        {
            Calls.Add($"HEAD {container}/{name}");
            return inner.GetPropertiesAsync(container, name, cancellationToken);
        }

        public Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken)
        {
            Calls.Add($"GET {container}/{name}");
            return inner.GetAsync(container, name, cancellationToken);
        }

        public Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
        {
            Calls.Add($"PUT {container}/{name} {options.Condition}");
            return inner.PutAsync(container, name, content, options, cancellationToken);
        }

        public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken)
        {
            Calls.Add($"DELETE {container}/{name}");
            return inner.DeleteAsync(container, name, cancellationToken);
        }

        public IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, CancellationToken cancellationToken)
        {
            Calls.Add($"LIST {container}/{prefix}");
            return inner.ListAsync(container, prefix, cancellationToken);
        }
    }
}

public sealed class FileSystemArticleUploaderTests : ArticleUploaderTests, IDisposable
{
    private readonly TempFolder _folder = new("reports-upload");

    public FileSystemArticleUploaderTests()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.Zero));
        Store = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = _folder.Path, FlushToDisk = false }, Clock);
    }

    protected override IBlobStore Store { get; }

    protected override FakeTimeProvider Clock { get; }

    public void Dispose() => _folder.Dispose();
}

[Collection(AzuriteCollection.Name)]
[RequiresAzurite]
public sealed class AzureArticleUploaderTests : ArticleUploaderTests
{
    public AzureArticleUploaderTests(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Store = new AzureSdkBlobStore(new BlobServiceClient(azurite.ConnectionString, AzureBlobClients.Options(TimeSpan.FromSeconds(10), maxRetries: 2)));
    }

    protected override IBlobStore Store { get; }

    protected override FakeTimeProvider Clock { get; }
}
