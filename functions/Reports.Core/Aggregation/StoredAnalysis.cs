using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

/// <summary>
/// One article's analysis as stored in <c>analyses/{yyyy}/{MM}/{dd}/{articleId}.json</c>: the CLI's JSON line
/// (source, language, title, summary, figures, error) plus the article's identity and dates.
/// </summary>
/// <param name="ArticleId">Stable id derived from the content hash.</param>
/// <param name="Source">The uploaded name or path.</param>
/// <param name="Language">ISO 639-1 code or "und".</param>
/// <param name="Title">The article's title.</param>
/// <param name="Summary">Summary sentences, verbatim.</param>
/// <param name="Figures">The figures, once per (kind, value).</param>
/// <param name="PublishedOn">The publication date the article states, if any.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
public sealed record StoredAnalysis(
    string ArticleId,
    string Source,
    string Language,
    string Title,
    IReadOnlyList<string> Summary,
    IReadOnlyList<Figure> Figures,
    DateOnly? PublishedOn,
    DateTimeOffset UploadedAt)
{
    /// <summary>SHA-256 of the uploaded bytes (64 hex digits), when known.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The analyzer (name/version) that produced the analysis, when known.</summary>
    public string? Analyzer { get; init; }

    /// <summary>
    /// Who wrote the summary when it was not the built-in analyzer (the stored <c>analyzers.summary</c>, e.g.
    /// azure-language/abstractive), else null.
    /// </summary>
    public string? SummaryBy { get; init; }

    /// <summary>Why the article could not be analysed, or null. Failed analyses are left out of briefings.</summary>
    public string? Error { get; init; }

    /// <summary>The day the article's events are filed under: its publication date, else its upload date (UTC).</summary>
    public DateOnly Day => PublishedOn ?? DateOnly.FromDateTime(UploadedAt.UtcDateTime);
}
