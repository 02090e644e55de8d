using Reports.Core.Storage;

namespace Reports.Core.Ingestion;

/// <summary>
/// Marks index entries left <c>pending</c> without their article as <see cref="ArticleStatus.UploadFailed"/>: uploads of
/// earlier versions wrote the pending entry first and the blob second, so a client that got an error (a storage
/// failure, a dropped connection, a crash between the two writes) could leave an entry that no blob will ever move on
/// (an upload now writes only its blob, <see cref="ArticleUploads"/>; a failed delivery still hands its claim back as
/// pending). An entry is marked when it has been pending for longer than <see cref="IngestOptions.PendingGrace"/> (on
/// the injected clock) and neither the upload by id nor a blob under its source name holds its content. The entry is
/// replaced, not deleted, by a small tombstone with the reason in plain words, so <c>GET /api/articles/{id}</c> says
/// the upload failed instead of "not found". The replace is conditional on the entry's ETag, so an entry that a
/// delivery claimed meanwhile is kept.
/// The same content can be uploaded afresh (its delivery takes the tombstone over); a blob of the same content under
/// another name is analysed as usual (its delivery claims the id).
/// </summary>
public sealed class PendingIndexReconciler(IBlobStore store, IngestOptions options, TimeProvider time)
{
    private readonly ArticleIndex _index = new(store);

    /// <summary>The reason code of a tombstone (<see cref="ArticleIndexEntry.Reason"/>).</summary>
    public const string UploadFailedReason = "upload_failed";

    /// <summary>One pass over the index; the ids it marked upload_failed.</summary>
    public async Task<IReadOnlyList<string>> ReconcileAsync(CancellationToken cancellationToken)
    {
        var marked = new List<string>();
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

            var tombstone = new ArticleIndexEntry(id, ArticleStatus.UploadFailed, entry.Source, time.GetUtcNow(), Reason: UploadFailedReason, Message: MessageOf(entry, options.PendingGrace));
            if (await _index.TryReplaceAsync(tombstone, etag, cancellationToken).ConfigureAwait(false) is not null)
            {
                marked.Add(id);
            }
        }

        return marked;
    }

    /// <summary>What happened, for people: the upload began and its content never arrived.</summary>
    public static string MessageOf(ArticleIndexEntry entry, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"The upload of '{entry.Source}' started at {entry.Since.UtcDateTime:yyyy-MM-dd HH:mm} UTC but its content was never stored (nothing arrived within {grace.TotalMinutes:0.#} minutes), so nothing was analysed. Upload the file again.");
    }

    /// <summary>
    /// Whether the article's content is stored: an upload by id (<see cref="ArticleUploads"/>), or the blob under the
    /// entry's source name (written straight in, or uploaded by an earlier version under that name).
    /// </summary>
    private async Task<bool> HoldsArticleAsync(ArticleIndexEntry entry, CancellationToken cancellationToken)
    {
        var upload = await store.GetPropertiesAsync(IngestContainers.Articles, ArticleUploads.BlobNameOf(entry.Id), cancellationToken).ConfigureAwait(false);
        if (upload is not null && ArticleUploads.Holds(upload.Metadata, entry.Id))
        {
            return true;
        }

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
