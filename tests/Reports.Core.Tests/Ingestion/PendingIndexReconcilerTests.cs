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
/// Index entries left pending by uploads whose blob was never stored are removed after the grace period, on the
/// fake clock, and nothing else is: run on the filesystem store and on Azure Blob Storage (Azurite).
/// </summary>
public abstract class PendingIndexReconcilerTests
{
    private static readonly byte[] Article = Encoding.UTF8.GetBytes("Drones hit the port\n\nAt least 12 people were killed when drones hit the port, officials said.");
    private static readonly byte[] Other = Encoding.UTF8.GetBytes("Shells hit the depot\n\nFive people were wounded when shells hit the depot, the governor said.");

    private readonly IngestOptions _options = new() { PendingGrace = TimeSpan.FromMinutes(15) };

    protected CancellationToken Token { get; } = new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    protected abstract IBlobStore Store { get; }

    protected abstract FakeTimeProvider Clock { get; }

    private PendingIndexReconciler Reconciler => new(Store, _options, Clock);

    private static string IdOf(byte[] content) => ArticleIds.FromHash(ArticleIds.ContentHash(content));

    /// <summary>
    /// A pending entry without a delivery behind it: what an earlier version's upload left when its blob was never
    /// stored (it wrote the entry first), or what a failed delivery hands back.
    /// </summary>
    private async Task<string> FailedUploadAsync(byte[] content, string name)
    {
        var id = IdOf(content);
        Assert.NotNull(await new ArticleIndex(Store).TryCreateAsync(new ArticleIndexEntry(id, ArticleStatus.Pending, name, Clock.GetUtcNow()), Token));
        return id;
    }

    [StoreFact]
    public async Task Reconcile_PendingWithoutItsBlob_IsKeptDuringTheGraceAndMarkedUploadFailedAfter()
    {
        await ResetAsync();
        var id = await FailedUploadAsync(Article, "port.txt");

        Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Empty(await Reconciler.ReconcileAsync(Token));
        Assert.Equal(ArticleStatus.Pending, (await new ArticleCatalog(Store).GetAsync(id, Token))!.Status);

        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal([id], await Reconciler.ReconcileAsync(Token));

        // A tombstone that says what happened, not an unknown id and no longer pending forever.
        var view = (await new ArticleCatalog(Store).GetAsync(id, Token))!;
        Assert.Equal((ArticleStatus.UploadFailed, PendingIndexReconciler.UploadFailedReason, "port.txt"), (view.Status, view.Reason, view.Source));
        Assert.Contains("'port.txt'", view.Message, StringComparison.Ordinal);
        Assert.Contains("never stored", view.Message, StringComparison.Ordinal);
        Assert.Contains("15 minutes", view.Message, StringComparison.Ordinal);
        Assert.Empty(await Reconciler.ReconcileAsync(Token)); // marked once

        // The same content uploaded again takes the id over and is analysed as usual.
        var upload = await new ArticleUploader(Store).UploadAsync("port.txt", Article, "text/plain", Token);
        Assert.Equal((id, ArticleStatus.Pending), (upload.ArticleId, upload.Status));
        Assert.Equal(ArticleStatus.Pending, (await new ArticleCatalog(Store).GetAsync(id, Token))!.Status);
        var blob = (await Store.GetAsync(IngestContainers.Articles, ArticleUploads.BlobNameOf(id), Token))!;
        var outcome = await new ArticleIngestor(Store, _options, new AnalyzerPool(), Clock)
            .IngestAsync("AnalyzeArticle", new ArticleBlob(blob.Properties.Name, blob.Properties.ETag, blob.Content, Clock.GetUtcNow(), ThroughUpload: true, Source: "port.txt"), Token);
        Assert.Equal(IngestResult.Analyzed, outcome.Result);
        Assert.Equal(ArticleStatus.Analyzed, (await new ArticleCatalog(Store).GetAsync(id, Token))!.Status);
    }

    [StoreFact]
    public async Task Reconcile_UploadFailed_ThenTheContentArrivesUnderAnotherName_IsAnalysedUnderThatName()
    {
        await ResetAsync();
        var id = await FailedUploadAsync(Article, "port.txt");
        Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal([id], await Reconciler.ReconcileAsync(Token));

        // Copied into the container by another tool (no upload through the API): its delivery claims the tombstone.
        await Store.PutAsync(IngestContainers.Articles, "copied/port.txt", Article, BlobWriteOptions.CreateOnly, Token);
        var blob = (await Store.GetAsync(IngestContainers.Articles, "copied/port.txt", Token))!;
        var outcome = await new ArticleIngestor(Store, _options, new AnalyzerPool(), Clock)
            .IngestAsync("AnalyzeArticle", new ArticleBlob("copied/port.txt", blob.Properties.ETag, blob.Content, Clock.GetUtcNow()), Token);

        Assert.Equal(IngestResult.Analyzed, outcome.Result);
        var entry = (await new ArticleIndex(Store).ReadAsync(id, Token))!.Value.Entry;
        Assert.Equal((ArticleStatus.Analyzed, "copied/port.txt"), (entry.Status, entry.Source));
    }

    [StoreFact]
    public async Task Reconcile_EntryRefreshedMeanwhile_IsNotMarked()
    {
        await ResetAsync();
        var id = await FailedUploadAsync(Article, "port.txt");
        Clock.Advance(TimeSpan.FromMinutes(16));

        // The pass read the entry; before it writes, a delivery claims it (the ETag changes): the tombstone must not win.
        var reconciler = new PendingIndexReconciler(new ClaimingBeforeReplaceStore(Store, id, Clock), _options, Clock);
        Assert.Empty(await reconciler.ReconcileAsync(Token));
        Assert.Equal(ArticleStatus.Processing, (await new ArticleIndex(Store).ReadAsync(id, Token))!.Value.Entry.Status);
    }

    [StoreFact]
    public async Task Reconcile_PendingWithItsUploadStoredById_IsKept()
    {
        await ResetAsync();
        var upload = await new ArticleUploader(Store).UploadAsync("port.txt", Article, "text/plain", Token);

        // A delivery that failed gave its claim back as pending; the blob is there, the next delivery moves it on.
        await FailedUploadAsync(Article, "port.txt");
        Clock.Advance(TimeSpan.FromHours(2));

        Assert.Empty(await Reconciler.ReconcileAsync(Token));
        Assert.Equal(ArticleStatus.Pending, (await new ArticleCatalog(Store).GetAsync(upload.ArticleId, Token))!.Status);
    }

    [StoreFact]
    public async Task Reconcile_PendingWithItsBlobUnderItsSourceName_IsKept()
    {
        await ResetAsync();
        var id = await FailedUploadAsync(Article, "port.txt"); // an earlier version's upload: entry first, then the blob
        await Store.PutAsync(IngestContainers.Articles, "port.txt", Article, BlobWriteOptions.CreateOnly, Token);

        Clock.Advance(TimeSpan.FromHours(2)); // not delivered yet (the watcher or Event Grid is behind): not an orphan

        Assert.Empty(await Reconciler.ReconcileAsync(Token));
        Assert.Equal(ArticleStatus.Pending, (await new ArticleCatalog(Store).GetAsync(id, Token))!.Status);
    }

    [StoreFact]
    public async Task Reconcile_SourceNameHoldsOtherContent_IsAnOrphan()
    {
        await ResetAsync();
        await Store.PutAsync(IngestContainers.Articles, "port.txt", Other, BlobWriteOptions.CreateOnly, Token);
        await new ArticleUploader(Store).UploadAsync("other.txt", Other, "text/plain", Token); // by id: not Article's
        var id = await FailedUploadAsync(Article, "port.txt"); // lost the name to other content

        Clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal([id], await Reconciler.ReconcileAsync(Token));
    }

    [StoreFact]
    public async Task Reconcile_FinalEntriesAndEntriesWithoutStatusMetadata()
    {
        await ResetAsync();
        var upload = await new ArticleUploader(Store).UploadAsync("port.txt", Article, "text/plain", Token);
        var blob = (await Store.GetAsync(IngestContainers.Articles, ArticleUploads.BlobNameOf(upload.ArticleId), Token))!;
        await new ArticleIngestor(Store, _options, new AnalyzerPool(), Clock)
            .IngestAsync("AnalyzeArticle", new ArticleBlob(blob.Properties.Name, blob.Properties.ETag, blob.Content, Clock.GetUtcNow(), ThroughUpload: true, Source: "port.txt"), Token);

        // An entry written before entries carried their status in metadata is read and reconciled too.
        var legacyId = IdOf(Other);
        var legacy = Encoding.UTF8.GetBytes($$"""{"id":"{{legacyId}}","status":"pending","source":"gone.txt","since":"{{Clock.GetUtcNow():O}}"}""");
        await Store.PutAsync(IngestContainers.Index, ArticleIndex.NameOf(legacyId), legacy, BlobWriteOptions.Overwrite, Token);

        Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal([legacyId], await Reconciler.ReconcileAsync(Token));
        Assert.Equal(ArticleStatus.Analyzed, (await new ArticleCatalog(Store).GetAsync(upload.ArticleId, Token))!.Status);
    }

    /// <summary>
    /// A store that, on the first conditional write to the index entry of <c>id</c>, lets a delivery claim the entry
    /// just before (as if it raced the reconciler), then passes the write on with the ETag the reconciler read.
    /// </summary>
    private sealed class ClaimingBeforeReplaceStore(IBlobStore inner, string id, TimeProvider clock) : IBlobStore
    {
        private bool _claimed;

        public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) => inner.EnsureContainerAsync(container, cancellationToken);

        public Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken) => inner.GetPropertiesAsync(container, name, cancellationToken);

        public Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken) => inner.GetAsync(container, name, cancellationToken);

        public async Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
        {
            if (!_claimed && container == IngestContainers.Index && name == ArticleIndex.NameOf(id) && options.Condition == BlobWriteCondition.IfMatch)
            {
                _claimed = true;
                var index = new ArticleIndex(inner);
                var (entry, etag) = (await index.ReadAsync(id, cancellationToken))!.Value;
                Assert.NotNull(await index.TryReplaceAsync(entry with { Status = ArticleStatus.Processing, Since = clock.GetUtcNow(), Owner = "delivery" }, etag, cancellationToken));
            }

            return await inner.PutAsync(container, name, content, options, cancellationToken);
        }

        public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken) => inner.DeleteAsync(container, name, cancellationToken);

        public IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, CancellationToken cancellationToken) => inner.ListAsync(container, prefix, cancellationToken);
    }

    /// <summary>Empties the pipeline's containers (a shared Azurite keeps them between tests).</summary>
    private async Task ResetAsync()
    {
        foreach (var container in IngestContainers.All)
        {
            await Store.EnsureContainerAsync(container, Token);
            var names = new List<string>();
            await foreach (var item in Store.ListAsync(container, null, Token))
            {
                names.Add(item.Name);
            }

            foreach (var name in names)
            {
                await Store.DeleteAsync(container, name, Token);
            }
        }
    }
}

public sealed class FileSystemPendingIndexReconcilerTests : PendingIndexReconcilerTests, IDisposable
{
    private readonly TempFolder _folder = new("reports-reconcile");

    public FileSystemPendingIndexReconcilerTests()
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
public sealed class AzurePendingIndexReconcilerTests : PendingIndexReconcilerTests
{
    public AzurePendingIndexReconcilerTests(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);

        // Azurite dates the blobs by its own clock: the fake one starts at the real time and only moves forward.
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Store = new AzureSdkBlobStore(new BlobServiceClient(azurite.ConnectionString, AzureBlobClients.Options(TimeSpan.FromSeconds(10), maxRetries: 2)));
    }

    protected override IBlobStore Store { get; }

    protected override FakeTimeProvider Clock { get; }
}
