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
    IReadOnlyList<StoredAnalysis> Articles)
{
    /// <summary>
    /// The events added to the totals. Every format states this count (and lists the rest with their reason), so a
    /// total is always the sum of the counted events listed under it.
    /// </summary>
    public IEnumerable<ReportedEvent> CountedEvents => Events.Where(e => e.Counted);

    /// <summary>How many events the totals add up: the one event count every format shows.</summary>
    public int EventCount => Events.Count(e => e.Counted);
}
