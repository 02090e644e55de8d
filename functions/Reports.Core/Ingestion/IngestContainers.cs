namespace Reports.Core.Ingestion;

/// <summary>The containers the ingest pipeline reads and writes.</summary>
public static class IngestContainers
{
    /// <summary>Uploaded articles, the blob trigger's input.</summary>
    public const string Articles = "articles";

    /// <summary>One analysis per article at <c>{yyyy}/{MM}/{dd}/{articleId}.json</c>.</summary>
    public const string Analyses = "analyses";

    /// <summary>Articles that could not be analysed: <c>{articleId}/content{ext}</c> and <c>{articleId}/reason.json</c>.</summary>
    public const string Rejected = "rejected";

    /// <summary>One receipt per (function, blob name, ETag) once the blob has been handled.</summary>
    public const string Receipts = "receipts";

    /// <summary>One entry per article id (the content-hash index): its status and where its result is.</summary>
    public const string Index = "index";

    public static IReadOnlyList<string> All { get; } = [Articles, Analyses, Rejected, Receipts, Index];
}
