using System.Text.Json.Serialization;

namespace Reports.Core.Storage.FileSystem;

/// <summary>The properties stored at the start of every blob file, ahead of its bytes.</summary>
internal sealed record BlobFileHeader(
    string ETag,
    DateTimeOffset LastModified,
    string ContentType,
    long Length,
    Dictionary<string, string> Metadata)
{
    public BlobItem ToItem(string container, string name) =>
        new(container, name, ETag, Length, LastModified, ContentType, new Dictionary<string, string>(Metadata, StringComparer.OrdinalIgnoreCase));
}

[JsonSerializable(typeof(BlobFileHeader))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class BlobFileJsonContext : JsonSerializerContext;
