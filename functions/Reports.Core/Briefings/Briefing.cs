using Reports.Core.Aggregation;

namespace Reports.Core.Briefings;

/// <summary>
/// Everything a briefing shows, whatever its format (PDF, HTML, JSON, CSV): the period and filters, totals per kind,
/// the de-duplicated events with their sources, the latest cumulative totals, a daily series, and the articles.
/// </summary>
public sealed record Briefing(
    BriefingFilter Filter,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<KindTotal> Totals,
    IReadOnlyList<ReportedEvent> Events,
    IReadOnlyList<ReportedEvent> Cumulative,
    IReadOnlyList<DailyPoint> Series,
    IReadOnlyList<StoredAnalysis> Articles);
