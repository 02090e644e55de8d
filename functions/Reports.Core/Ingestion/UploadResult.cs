namespace Reports.Core.Ingestion;

/// <summary>An upload's outcome: the article id and its status, or a name conflict.</summary>
public sealed record UploadResult(string ArticleId, string Name, string? Status, bool Conflict);
