using Reports.Core.Storage;

namespace Reports.Core.Ingestion;

/// <summary>
/// Removes index entries left <c>pending</c> without their article: an upload writes the pending entry first and the
/// blob second, so a client that got an error (a storage failure, a dropped connection, a crash between the two
/// writes) can leave an entry that no blob will ever move on. An entry is removed when it has been pending for longer
/// than <see cref="IngestOptions.PendingGrace"/> (on the injected clock) and no blob under its source name holds its
/// content. The delete is conditional on the entry's ETag, so an entry that a delivery claimed or an upload refreshed
/// meanwhile is kept. After removal the article id is unknown (404) and the same content can be uploaded afresh; a
/// blob of the same content under another name is analysed as usual (its delivery creates the entry again).
/// </summary>
public sealed class PendingIndexReconciler(IBlobStore store, IngestOptions options, TimeProvider time)
{
    private readonly ArticleIndex _index = new(store);

    /// <summary>One pass over the index; the entries it removed.</summary>
    public async Task<IReadOnlyList<string>> ReconcileAsync(CancellationToken cancellationToken)
    {
        var removed = new List<string>();
        var cutoff = time.GetUtcNow() - options.PendingGrace;
        var candidates = new List<string>();
        await foreach (var item in store.ListAsync(IngestContainers.Index, null, cancellationToken).ConfigureAwait(false))
        {
            // Entries say their status in their metadata: only pending ones (or entries written before it was there)
            // older than the grace period are read.
            var status = item.Metadata.TryGetValue(ArticleIndex.StatusMetadata, out var s) ? s : null;
            if ((status is null || status == ArticleStatus.Pending) && item.LastModified <= cutoff && ArticleIndex.IdOf(item.Name) is { } id)
            {
                candidates.Add(id);
            }
        }

        foreach (var id in candidates)
        {
            var found = await _index.ReadAsync(id, cancellationToken).ConfigureAwait(false);
            if (found is not { Entry: var entry, ETag: var etag } || entry.Status != ArticleStatus.Pending || entry.Since > cutoff)
            {
                continue;
            }

            if (await HoldsArticleAsync(entry, cancellationToken).ConfigureAwait(false))
            {
                continue; // Uploaded: its delivery will move it on (or has failed and released it for a retry).
            }

            if (await store.DeleteIfMatchAsync(IngestContainers.Index, ArticleIndex.NameOf(id), etag, cancellationToken).ConfigureAwait(false))
            {
                removed.Add(id);
            }
        }

        return removed;
    }

    /// <summary>Whether the blob under the entry's source name exists and holds the entry's content.</summary>
    private async Task<bool> HoldsArticleAsync(ArticleIndexEntry entry, CancellationToken cancellationToken)
    {
        BlobItem? properties;
        try
        {
            properties = await store.GetPropertiesAsync(IngestContainers.Articles, entry.Source, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            return false; // A name no store accepts: no blob can hold it.
        }

        if (properties is null)
        {
            return false;
        }

        if (properties.Metadata.TryGetValue(ArticleUploader.ContentHashMetadata, out var hash))
        {
            return hash.StartsWith(entry.Id, StringComparison.Ordinal);
        }

        var blob = await store.GetAsync(IngestContainers.Articles, entry.Source, cancellationToken).ConfigureAwait(false);
        return blob is not null && ArticleIds.FromHash(ArticleIds.ContentHash(blob.Content.Span)) == entry.Id;
    }
}
