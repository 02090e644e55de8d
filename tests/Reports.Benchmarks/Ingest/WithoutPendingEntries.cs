using Reports.Core.Ingestion;
using Reports.Core.Storage;

namespace Reports.Benchmarks.Ingest;

/// <summary>
/// The <c>host-1write</c> variant's store: what an upload through the API would cost if it wrote only the article
/// blob. The upload's pending index entry (a create-only write to the index container carrying the status
/// <c>pending</c>) is answered as created without reaching the store; every other call goes through. The uploader then
/// neither reads the index nor waits for the second write, and a delivery finds no entry and creates its claim, as for
/// a blob written straight in. Measurement only: it gives up what the pending entry is for (an id that answers
/// "pending" from the moment the upload is accepted, and the upload's answer for content already known).
/// Since 2026-12-05 an upload writes no pending entry (<see cref="ArticleUploads"/>: one write, both answers kept), so
/// this wrapper finds nothing to skip and the variant measures the product as <c>host</c> does: a second sample of it
/// in the same rounds, kept so the ninth session's <c>host-1write</c> numbers can be compared with the product's.
/// </summary>
internal sealed class WithoutPendingEntries(IBlobStore inner) : IBlobStore
{
    private int _skipped;

    /// <summary>Pending entries answered without a call.</summary>
    public int Skipped => _skipped;

    public Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (container == IngestContainers.Index
            && options.Condition == BlobWriteCondition.IfNotExists
            && options.Metadata?.GetValueOrDefault(ArticleIndex.StatusMetadata) == ArticleStatus.Pending)
        {
            Interlocked.Increment(ref _skipped);
            var now = DateTimeOffset.UtcNow;
            return Task.FromResult(new BlobItem(container, name, "skipped-" + now.Ticks, content.Length, now, options.ContentType, options.Metadata));
        }

        return inner.PutAsync(container, name, content, options, cancellationToken);
    }

    public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) => inner.EnsureContainerAsync(container, cancellationToken);

    public Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken) => inner.GetPropertiesAsync(container, name, cancellationToken);

    public Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken) => inner.GetAsync(container, name, cancellationToken);

    public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken) => inner.DeleteAsync(container, name, cancellationToken);

    public Task<bool> DeleteIfMatchAsync(string container, string name, string etag, CancellationToken cancellationToken) => inner.DeleteIfMatchAsync(container, name, etag, cancellationToken);

    public IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, CancellationToken cancellationToken) => inner.ListAsync(container, prefix, cancellationToken);

    public IAsyncEnumerable<string> ListNamesAsync(string container, string? prefix, CancellationToken cancellationToken) => inner.ListNamesAsync(container, prefix, cancellationToken);
}
