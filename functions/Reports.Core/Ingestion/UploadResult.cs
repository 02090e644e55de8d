namespace Reports.Core.Ingestion;

/// <summary>An upload's outcome: the article id, the name it was uploaded under and its status.</summary>
public sealed record UploadResult(string ArticleId, string Name, string Status);
