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

    /// <summary>
    /// The upload never completed: its index entry waited longer than <see cref="IngestOptions.PendingGrace"/> for a
    /// blob that was never stored, and <see cref="PendingIndexReconciler"/> marked it so (a small tombstone with the
    /// reason, so the id says what happened instead of reading as unknown). Not final: uploading the same content
    /// again, or a blob of it arriving under another name, takes the id over as usual.
    /// </summary>
    public const string UploadFailed = "upload_failed";

    public static bool IsFinal(string status) => status is Analyzed or Rejected;
}
