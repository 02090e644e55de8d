namespace Reports.Core.Ingestion;

/// <summary>What one delivery of an article blob did.</summary>
public enum IngestResult
{
    /// <summary>Analysed and stored.</summary>
    Analyzed,

    /// <summary>Could not be analysed; stored in the rejected container with the reason.</summary>
    Rejected,

    /// <summary>The same content was already handled under another name (or an earlier delivery).</summary>
    Duplicate,

    /// <summary>This blob version has a receipt: nothing to do.</summary>
    AlreadyDone,

    /// <summary>Another invocation holds a fresh claim on the article: try again later.</summary>
    Busy,
}

/// <summary>The result of one delivery, with the article id and where its result is.</summary>
public sealed record IngestOutcome(IngestResult Result, string? ArticleId = null, string? Path = null, string? Reason = null);
