using Reports.Core.Storage;

namespace Reports.Core.Ingestion;

/// <summary>
/// Stores an uploaded article in the articles container (where the blob trigger picks it up) under a name made from its
/// content (<see cref="ArticleUploads"/>), written only if absent: one storage call for content not uploaded before.
/// When that name is taken the content is known, and the index says how far it got (a read, only then).
/// </summary>
public sealed class ArticleUploader(IBlobStore store)
{
    public const string ContentHashMetadata = "contenthash";

    private readonly ArticleIndex _index = new(store);

    public async Task<UploadResult> UploadAsync(string name, ReadOnlyMemory<byte> content, string? contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var contentHash = ArticleIds.ContentHash(content.Span);
        var articleId = ArticleIds.FromHash(contentHash);
        var blobName = ArticleUploads.BlobNameOf(articleId);
        var options = new BlobWriteOptions
        {
            Condition = BlobWriteCondition.IfNotExists,
            ContentType = contentType,
            Metadata = ArticleUploads.MetadataOf(contentHash, name),
        };

        try
        {
            await store.PutAsync(IngestContainers.Articles, blobName, content, options, cancellationToken).ConfigureAwait(false);
            return new UploadResult(articleId, name, ArticleStatus.Pending);
        }
        catch (BlobConditionFailedException)
        {
            // Uploaded before (under this name or another): the same article.
        }

        return new UploadResult(articleId, name, await KnownStatusAsync(articleId, blobName, content, options, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The status of content whose upload blob exists: final (analyzed, rejected) as the index says, else pending (its
    /// delivery is coming or running). Two cases store the bytes again, so that a delivery comes: the article was given
    /// up after failed deliveries (a new upload is a new chance, as a new blob written straight in is), or the blob
    /// under the id's name holds other bytes (written there by another tool).
    /// </summary>
    private async Task<string> KnownStatusAsync(string articleId, string blobName, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
    {
        var found = await _index.ReadAsync(articleId, cancellationToken).ConfigureAwait(false);
        if (found is { Entry: var entry })
        {
            if (entry.Status == ArticleStatus.Rejected && entry.Reason == ArticleIngestor.FailedReason)
            {
                await store.PutAsync(IngestContainers.Articles, blobName, content, options with { Condition = BlobWriteCondition.None }, cancellationToken).ConfigureAwait(false);
                return ArticleStatus.Pending;
            }

            return ArticleStatus.IsFinal(entry.Status) ? entry.Status : ArticleStatus.Pending;
        }

        var properties = await store.GetPropertiesAsync(IngestContainers.Articles, blobName, cancellationToken).ConfigureAwait(false);
        if (properties is not null && !ArticleUploads.Holds(properties.Metadata, articleId))
        {
            try
            {
                await store.PutAsync(IngestContainers.Articles, blobName, content, options with { Condition = BlobWriteCondition.IfMatch, ETag = properties.ETag }, cancellationToken).ConfigureAwait(false);
            }
            catch (BlobConditionFailedException)
            {
                // Replaced meanwhile, by another upload of this content: its delivery is coming.
            }
        }
        else if (properties is null)
        {
            // Deleted since the refused create: store it again.
            await store.PutAsync(IngestContainers.Articles, blobName, content, options with { Condition = BlobWriteCondition.None }, cancellationToken).ConfigureAwait(false);
        }

        return ArticleStatus.Pending;
    }
}
