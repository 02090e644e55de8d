namespace Reports.Core.Ingestion;

/// <summary>What the pipeline knows of an article besides its analysis.</summary>
public sealed record ArticleMetadata(string Source, string ArticleId, string ContentHash, DateTimeOffset UploadedAt, DateOnly? PublishedOn);
