namespace Reports.Core.Ingestion;

/// <summary>Where an article is in the pipeline; the wire names are lowercase.</summary>
public static class ArticleStatus
{
    /// <summary>Uploaded, not yet picked up.</summary>
    public const string Pending = "pending";

    /// <summary>Claimed by an invocation (a lease: stale after <see cref="IngestOptions.ClaimLease"/>).</summary>
    public const string Processing = "processing";

    /// <summary>Analysed; the analysis is stored.</summary>
    public const string Analyzed = "analyzed";

    /// <summary>Could not be analysed; the bytes and the reason are in the rejected container.</summary>
    public const string Rejected = "rejected";

    public static bool IsFinal(string status) => status is Analyzed or Rejected;
}
