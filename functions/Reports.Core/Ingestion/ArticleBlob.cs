namespace Reports.Core.Ingestion;

/// <summary>An article blob as a trigger delivers it.</summary>
/// <param name="Name">The blob name in the articles container.</param>
/// <param name="ETag">The blob's version, when the trigger says it; else the content stands for it.</param>
/// <param name="Content">The bytes.</param>
/// <param name="UploadedAt">When the blob was written.</param>
/// <param name="ThroughUpload">
/// True when the blob carries the upload API's content-hash metadata (<see cref="ArticleUploader.ContentHashMetadata"/>:
/// a pending index entry was written with it), false when its metadata has none (written straight into the container,
/// so its article usually has no entry yet and the claim is tried as a create first: one storage call instead of a read
/// and a create), null when the trigger did not say.
/// </param>
public sealed record ArticleBlob(string Name, string? ETag, ReadOnlyMemory<byte> Content, DateTimeOffset UploadedAt, bool? ThroughUpload = null);
