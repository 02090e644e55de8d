using System.Text.Json;
using Reports.Core.Storage;

namespace Reports.Core.Ingestion;

/// <summary>The content-hash index: one small JSON blob per article id in the index container.</summary>
public sealed class ArticleIndex(IBlobStore store)
{
    /// <summary>
    /// The blob metadata that repeats the entry's status, so a listing tells pending entries from the rest without
    /// reading them (<see cref="PendingIndexReconciler"/>).
    /// </summary>
    public const string StatusMetadata = "status";

    public static string NameOf(string articleId) => articleId + ".json";

    /// <summary>The article id of an index blob's name, or null for a blob that is not an entry.</summary>
    public static string? IdOf(string name) =>
        name.EndsWith(".json", StringComparison.Ordinal) && ArticleIds.IsValid(name[..^5]) ? name[..^5] : null;

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
            var written = await store.PutAsync(IngestContainers.Index, NameOf(entry.Id), Serialize(entry), Options(BlobWriteOptions.CreateOnly, entry), cancellationToken).ConfigureAwait(false);
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
            var options = Options(new BlobWriteOptions { Condition = BlobWriteCondition.IfMatch, ETag = etag }, entry);
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
        return store.PutAsync(IngestContainers.Index, NameOf(entry.Id), Serialize(entry), Options(BlobWriteOptions.Overwrite, entry), cancellationToken);
    }

    private static BlobWriteOptions Options(BlobWriteOptions options, ArticleIndexEntry entry) =>
        options with { ContentType = "application/json", Metadata = new Dictionary<string, string> { [StatusMetadata] = entry.Status } };

    private static byte[] Serialize(ArticleIndexEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, IngestJson.Options);
}
