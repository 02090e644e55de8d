namespace Reports.Core.Ingestion;

/// <summary>An article blob as a trigger delivers it.</summary>
/// <param name="Name">The blob name in the articles container.</param>
/// <param name="ETag">The blob's version, when the trigger says it; else the content stands for it.</param>
/// <param name="Content">The bytes.</param>
/// <param name="UploadedAt">When the blob was written.</param>
/// <param name="ThroughUpload">
/// True when the blob carries the upload API's content-hash metadata (<see cref="ArticleUploader.ContentHashMetadata"/>),
/// false when its metadata has none (written straight into the container), null when the trigger did not say. A blob
/// written straight in, or an upload stored by id (<see cref="ArticleUploads"/>), usually has no index entry yet, so
/// its claim is tried as a create first: one storage call instead of a read and a create. (Uploads stored under the
/// uploader's name by earlier versions wrote a pending entry first: their claim reads it.)
/// </param>
/// <param name="Source">
/// The name the article was uploaded under, when the blob is an upload stored by id (from its metadata,
/// <see cref="ArticleUploads.SourceOf"/>); null: the blob name is the article's name.
/// </param>
public sealed record ArticleBlob(string Name, string? ETag, ReadOnlyMemory<byte> Content, DateTimeOffset UploadedAt, bool? ThroughUpload = null, string? Source = null)
{
    /// <summary>The article's name: where it came from, and what its extension says about its format.</summary>
    public string SourceName => Source ?? Name;
}
