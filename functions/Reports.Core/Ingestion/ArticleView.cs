namespace Reports.Core.Ingestion;

/// <summary>One article's state; <paramref name="Analysis"/> is the stored document when analysed.</summary>
public sealed record ArticleView(string ArticleId, string Status, string Source, string? Reason, string? Message, ReadOnlyMemory<byte>? Analysis);
