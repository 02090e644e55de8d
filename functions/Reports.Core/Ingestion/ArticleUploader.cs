using Reports.Core.Storage;

namespace Reports.Core.Ingestion;

/// <summary>
/// Stores an uploaded article in the articles container (where the blob trigger picks it up) and marks its id
/// pending in the index so it can be asked about at once (both writes sent together). A name already holding other
/// content is a conflict; the same content under the same name again is the same upload.
/// </summary>
public sealed class ArticleUploader(IBlobStore store, TimeProvider time)
{
    public const string ContentHashMetadata = "contenthash";

    private readonly ArticleIndex _index = new(store);

    public async Task<UploadResult> UploadAsync(string name, ReadOnlyMemory<byte> content, string? contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var contentHash = ArticleIds.ContentHash(content.Span);
        var articleId = ArticleIds.FromHash(contentHash);
        var pending = new ArticleIndexEntry(articleId, ArticleStatus.Pending, name, time.GetUtcNow());
        var options = new BlobWriteOptions
        {
            Condition = BlobWriteCondition.IfNotExists,
            ContentType = contentType,
            Metadata = new Dictionary<string, string> { [ContentHashMetadata] = contentHash },
        };

        // The pending entry and the blob are written at once: one round trip of waiting instead of two. Either order
        // of arrival is safe: a delivery that finds no entry creates its claim (the pending entry then yields to it),
        // a blob that is never stored leaves a pending entry that is forgotten below or reconciled later.
        var entryWrite = _index.TryCreateAsync(pending, cancellationToken);
        Exception? failure = null;
        var nameTaken = false;
        try
        {
            await store.PutAsync(IngestContainers.Articles, name, content, options, cancellationToken).ConfigureAwait(false);
        }
        catch (BlobConditionFailedException)
        {
            nameTaken = true;
        }
        catch (Exception e)
        {
            failure = e;
        }

        var created = await entryWrite.ConfigureAwait(false) is not null;
        if (failure is not null)
        {
            // The upload failed: a pending entry without its blob would stay pending until reconciled.
            await ForgetAsync(created, articleId).ConfigureAwait(false);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        if (nameTaken && !await HoldsAsync(name, contentHash, cancellationToken).ConfigureAwait(false))
        {
            await ForgetAsync(created, articleId).ConfigureAwait(false);
            return new UploadResult(articleId, name, null, Conflict: true);
        }

        var existing = created ? null : await _index.ReadAsync(articleId, cancellationToken).ConfigureAwait(false);
        if (existing is { Entry.Status: ArticleStatus.UploadFailed, ETag: var tombstone })
        {
            // An earlier upload of this content failed: this one takes the id over.
            existing = await _index.TryReplaceAsync(pending, tombstone, cancellationToken).ConfigureAwait(false) is not null
                ? null
                : await _index.ReadAsync(articleId, cancellationToken).ConfigureAwait(false);
        }

        // A delivery may already hold the claim (the blob can arrive first): that is still pending to the client.
        var status = existing?.Entry.Status is { } known && known != ArticleStatus.Processing ? known : ArticleStatus.Pending;
        return new UploadResult(articleId, name, status, Conflict: false);
    }

    /// <summary>Removes the pending entry this upload created; best effort.</summary>
    private async Task ForgetAsync(bool created, string articleId)
    {
        if (!created)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await store.DeleteAsync(IngestContainers.Index, ArticleIndex.NameOf(articleId), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Left pending: the next upload of the same content replaces it.
        }
    }

    private async Task<bool> HoldsAsync(string name, string contentHash, CancellationToken cancellationToken)
    {
        var properties = await store.GetPropertiesAsync(IngestContainers.Articles, name, cancellationToken).ConfigureAwait(false);
        if (properties?.Metadata.TryGetValue(ContentHashMetadata, out var stored) == true)
        {
            return stored == contentHash;
        }

        var blob = await store.GetAsync(IngestContainers.Articles, name, cancellationToken).ConfigureAwait(false);
        return blob is not null && ArticleIds.ContentHash(blob.Content.Span) == contentHash;
    }
}
