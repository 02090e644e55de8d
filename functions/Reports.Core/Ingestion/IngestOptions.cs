using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Ingestion;

/// <summary>Limits and timings of the ingest pipeline.</summary>
public sealed class IngestOptions
{
    /// <summary>Articles larger than this are refused (HTTP 413) or rejected as too_large. Default 5 MB.</summary>
    public long MaxArticleBytes { get; set; } = ArticleReaderOptions.DefaultMaxBytes;

    /// <summary>How long a claim on an article holds before another invocation may take it over. Default 2 minutes.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Analyses of one article that may start before it is rejected as <c>analysis_failed</c> with the attempts and the
    /// last error: an article that kills the process (or never finishes) every time ends here instead of being retried
    /// forever. Default 5, as the Functions blob trigger's poison threshold.
    /// </summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// How long one article's analysis may take (setting <c>ReportsAnalysisBudgetSeconds</c>, default 60 s, below the
    /// claim lease): past it the analysis stops and the article is rejected as <c>too_complex</c>, its upload kept.
    /// </summary>
    public TimeSpan AnalysisBudget { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long an index entry may stay pending without its uploaded blob before <see cref="PendingIndexReconciler"/>
    /// marks it <see cref="ArticleStatus.UploadFailed"/> (its upload failed after the entry was written), and how often
    /// the app looks (setting <c>ReportsPendingGraceMinutes</c>). Default 15 minutes: far longer than an upload can take
    /// with the store's timeouts and retries, so an upload in progress is never taken for a failed one.
    /// </summary>
    public TimeSpan PendingGrace { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Summary length in sentences. Default 3.</summary>
    public int SummarySentences { get; set; } = ArticleAnalyzer.DefaultSummarySentences;

    /// <summary>Rejected uploads larger than this many times <see cref="MaxArticleBytes"/> keep only the reason.</summary>
    public int KeepRejectedFactor { get; set; } = 4;
}
