using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

/// <summary>
/// One article's statement of a figure: which article, which figure (with its sentence). A briefing's sources refer to
/// their stored analysis instead of copying its strings: a year's report holds hundreds of thousands of them.
/// </summary>
public sealed record FigureSource
{
    private readonly StoredAnalysis article;

    public FigureSource(string ArticleId, string Title, string Source, string Language, Figure Figure)
    {
        article = new StoredAnalysis(ArticleId, Source, Language, Title, [], [], null, default);
        this.Figure = Figure;
    }

    /// <summary>The figure as <paramref name="article"/> states it; the article's index in the briefing's input.</summary>
    internal FigureSource(StoredAnalysis article, Figure figure, int articleIndex, bool part)
    {
        this.article = article;
        Figure = figure;
        ArticleIndex = articleIndex;
        Part = part;
    }

    // Setting one (with { Title = … }) gives the source its own copy of the article; the article itself is not changed.
    public string ArticleId { get => article.ArticleId; init => article = article with { ArticleId = value }; }

    public string Title { get => article.Title; init => article = article with { Title = value }; }

    public string Source { get => article.Source; init => article = article with { Source = value }; }

    public string Language { get => article.Language; init => article = article with { Language = value }; }

    public Figure Figure { get; init; }

    /// <summary>
    /// True when the figure is a part of a larger figure of the same kind, day and place in the same article
    /// ("including two children", a region's share of a nationwide tally): shown with its event, never counted.
    /// </summary>
    public bool Part { get; init; }

    /// <summary>The article's position among the analyses a briefing was built from, or -1 when not built so.</summary>
    internal int ArticleIndex { get; init; } = -1;

    /// <summary>The article that states the figure (for a source made from strings alone, one holding just them).</summary>
    internal StoredAnalysis Article => article;

    public bool Equals(FigureSource? other) =>
        other is not null
        && ArticleId == other.ArticleId && Title == other.Title && Source == other.Source && Language == other.Language
        && Equals(Figure, other.Figure) && Part == other.Part;

    public override int GetHashCode() => HashCode.Combine(ArticleId, Title, Source, Language, Figure, Part);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"ArticleId = {ArticleId}, Title = {Title}, Source = {Source}, Language = {Language}, Figure = {Figure}, Part = {Part}");
        return true;
    }
}

/// <summary>
/// One reported event: figures of one kind and day from one or more articles that agree or overlap, counted once.
/// The headline follows one rule (for a toll the largest value any source states, for a weapons tally the largest
/// stated on the latest publication day among its sources, see <see cref="EventClusterer"/>); Lower/Upper span what the sources allow together, by the qualifiers' ranges
/// ("more than 1,100" allows 1,101–∞, so its headline 1,100 can sit just below its range).
/// </summary>
public sealed record ReportedEvent(
    FigureKind Kind,
    DateOnly Day,
    FigureScope Scope,
    long Headline,
    long Lower,
    long? Upper,
    IReadOnlyList<FigureSource> Sources)
{
    /// <summary>
    /// False when the event is a breakdown: one of its sources states it as the smaller of two figures of the same
    /// kind and day in one article ("5 killed, including 2 children"). It is shown, but not added to totals.
    /// </summary>
    public bool Counted { get; init; } = true;

    /// <summary>Why the event is not counted in the totals, or null when it is.</summary>
    public string? NotCountedReason { get; init; }

    /// <summary>The most general place its sources name (a gazetteer id), or null when none names one.</summary>
    public string? Place { get; init; }

    /// <summary>The side its sources name (who launched the weapons, whose people), or null when none does.</summary>
    public string? Side { get; init; }
}

/// <summary>The total of one kind over the period: event figures summed, cumulative ones reported apart.</summary>
public sealed record KindTotal(FigureKind Kind, long Headline, long Lower, long? Upper, int Events, int Sources);

/// <summary>One kind's value on one day (sum of that day's event headlines).</summary>
public sealed record DailyPoint(DateOnly Day, FigureKind Kind, long Value);

/// <summary>What a briefing is about: the period and optional filters.</summary>
public sealed record BriefingFilter(Period Period, IReadOnlyList<string>? Languages = null, IReadOnlyList<FigureKind>? Kinds = null, string? SourceContains = null)
{
    /// <summary>
    /// Places asked for (names in any language the gazetteer knows, or place ids; <see cref="Reports.Core.Places.PlaceFilter"/>):
    /// only the figures placed in one of them, or inside one, count, and an article with none of them is left out.
    /// Null or empty: every place. Every format names them in its header.
    /// </summary>
    public IReadOnlyList<string>? Places { get; init; }
}
