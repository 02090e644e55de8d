namespace Reports.Core.Ingestion;

/// <summary>
/// Where an upload through the API stores its article: under a name made from its content
/// (<c>articles/uploads/{articleId}</c>), written only if absent, with the name the uploader gave and the content hash
/// in its metadata. One write then answers both of the upload's questions: a refused create means the content was
/// uploaded before (its status is read then, only then), and <c>GET /api/articles/{id}</c> finds the blob from the id
/// alone while no delivery has claimed it yet (pending, no 404). Blobs written straight into the container keep any
/// name.
/// </summary>
public static class ArticleUploads
{
    /// <summary>The folder of the articles container that holds uploads by id.</summary>
    public const string Folder = "uploads/";

    /// <summary>The metadata that holds the name the uploader gave (percent-encoded: metadata is ASCII).</summary>
    public const string SourceMetadata = "source";

    /// <summary>The blob name of an uploaded article.</summary>
    public static string BlobNameOf(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return Folder + articleId;
    }

    /// <summary>The article id of an upload's blob name, or null for any other name.</summary>
    public static string? IdOf(string blobName)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        return blobName.StartsWith(Folder, StringComparison.Ordinal) && ArticleIds.IsValid(blobName[Folder.Length..])
            ? blobName[Folder.Length..]
            : null;
    }

    /// <summary>The metadata of an upload's blob.</summary>
    public static Dictionary<string, string> MetadataOf(string contentHash, string source) => new()
    {
        [ArticleUploader.ContentHashMetadata] = contentHash,
        [SourceMetadata] = Uri.EscapeDataString(source),
    };

    /// <summary>
    /// The name an upload's blob was uploaded under, read from its metadata; null when the blob is not an upload by id
    /// (or its metadata does not say).
    /// </summary>
    public static string? SourceOf(string blobName, IReadOnlyDictionary<string, string>? metadata)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        if (IdOf(blobName) is null || metadata is null)
        {
            return null;
        }

        foreach (var (key, value) in metadata)
        {
            if (string.Equals(key, SourceMetadata, StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                try
                {
                    return Uri.UnescapeDataString(value);
                }
                catch (UriFormatException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a blob's metadata says it holds the content of <paramref name="articleId"/>.</summary>
    public static bool Holds(IReadOnlyDictionary<string, string> metadata, string articleId)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        foreach (var (key, value) in metadata)
        {
            if (string.Equals(key, ArticleUploader.ContentHashMetadata, StringComparison.OrdinalIgnoreCase))
            {
                return value.StartsWith(articleId, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
