namespace Reports.Core.Ingestion;

/// <summary>An article blob as a trigger delivers it.</summary>
/// <param name="Name">The blob name in the articles container.</param>
/// <param name="ETag">The blob's version, when the trigger says it; else the content stands for it.</param>
/// <param name="Content">The bytes.</param>
/// <param name="UploadedAt">When the blob was written.</param>
public sealed record ArticleBlob(string Name, string? ETag, ReadOnlyMemory<byte> Content, DateTimeOffset UploadedAt);
