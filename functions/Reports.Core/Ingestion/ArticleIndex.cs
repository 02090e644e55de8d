using System.Text.Json;
using Reports.Core.Storage;

namespace Reports.Core.Ingestion;

/// <summary>The content-hash index: one small JSON blob per article id in the index container.</summary>
public sealed class ArticleIndex(IBlobStore store)
{
    public static string NameOf(string articleId) => articleId + ".json";

    /// <summary>The entry and its ETag, or null when the id is unknown.</summary>
    public async Task<(ArticleIndexEntry Entry, string ETag)?> ReadAsync(string articleId, CancellationToken cancellationToken)
    {
        var blob = await store.GetAsync(IngestContainers.Index, NameOf(articleId), cancellationToken).ConfigureAwait(false);
        if (blob is null)
        {
            return null;
        }

        var entry = JsonSerializer.Deserialize<ArticleIndexEntry>(blob.Content.Span, IngestJson.Options)
            ?? throw new InvalidDataException($"Index entry {articleId} is empty.");
        return (entry, blob.Properties.ETag);
    }

    /// <summary>Creates the entry only if there is none; false when one exists.</summary>
    public async Task<string?> TryCreateAsync(ArticleIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            var written = await store.PutAsync(IngestContainers.Index, NameOf(entry.Id), Serialize(entry), Options(BlobWriteOptions.CreateOnly), cancellationToken).ConfigureAwait(false);
            return written.ETag;
        }
        catch (BlobConditionFailedException)
        {
            return null;
        }
    }

    /// <summary>Replaces the entry if it still has <paramref name="etag"/>; null when it changed.</summary>
    public async Task<string?> TryReplaceAsync(ArticleIndexEntry entry, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            var options = Options(new BlobWriteOptions { Condition = BlobWriteCondition.IfMatch, ETag = etag });
            var written = await store.PutAsync(IngestContainers.Index, NameOf(entry.Id), Serialize(entry), options, cancellationToken).ConfigureAwait(false);
            return written.ETag;
        }
        catch (BlobConditionFailedException)
        {
            return null;
        }
    }

    /// <summary>Writes the entry whatever is there.</summary>
    public Task WriteAsync(ArticleIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return store.PutAsync(IngestContainers.Index, NameOf(entry.Id), Serialize(entry), Options(BlobWriteOptions.Overwrite), cancellationToken);
    }

    private static BlobWriteOptions Options(BlobWriteOptions options) => options with { ContentType = "application/json" };

    private static byte[] Serialize(ArticleIndexEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, IngestJson.Options);
}
