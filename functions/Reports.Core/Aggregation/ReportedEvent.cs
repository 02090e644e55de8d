using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

/// <summary>One article's statement of a figure: which article, which figure (with its sentence).</summary>
public sealed record FigureSource(string ArticleId, string Title, string Source, string Language, Figure Figure);

/// <summary>
/// One reported event: figures of one kind and day from one or more articles that agree or overlap, counted once.
/// The headline is the most conservative value (the ACLED rule); Lower/Upper span what the sources allow.
/// </summary>
public sealed record ReportedEvent(
    FigureKind Kind,
    DateOnly Day,
    FigureScope Scope,
    long Headline,
    long Lower,
    long? Upper,
    IReadOnlyList<FigureSource> Sources);

/// <summary>The total of one kind over the period: event figures summed, cumulative ones reported apart.</summary>
public sealed record KindTotal(FigureKind Kind, long Headline, long Lower, long? Upper, int Events, int Sources);

/// <summary>One kind's value on one day (sum of that day's event headlines).</summary>
public sealed record DailyPoint(DateOnly Day, FigureKind Kind, long Value);

/// <summary>What a briefing is about: the period and optional filters.</summary>
public sealed record BriefingFilter(Period Period, IReadOnlyList<string>? Languages = null, IReadOnlyList<FigureKind>? Kinds = null, string? SourceContains = null);
