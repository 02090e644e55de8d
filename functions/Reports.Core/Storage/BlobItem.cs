namespace Reports.Core.Storage;

/// <summary>A blob's properties.</summary>
/// <param name="Container">The container.</param>
/// <param name="Name">The blob's name ("2025/03/27/abc.json").</param>
/// <param name="ETag">An opaque version tag, unquoted; changes on every write.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="LastModified">When it was last written.</param>
/// <param name="ContentType">The MIME type, if set.</param>
/// <param name="Metadata">User metadata (ASCII names and values).</param>
public sealed record BlobItem(
    string Container,
    string Name,
    string ETag,
    long Length,
    DateTimeOffset LastModified,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>A blob's bytes with its properties.</summary>
public sealed record BlobContent(BlobItem Properties, ReadOnlyMemory<byte> Content);
