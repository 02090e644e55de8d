using Reports.Core.Figures;
using Reports.Core.Places;

namespace Reports.Core.Aggregation;

/// <summary>One figure offered for clustering: its article, its event day, and the smaller figures of the same kind,
/// day and place in the same article that are parts of it ("5 killed, including 2 children").</summary>
internal sealed record Candidate(StoredAnalysis Article, Figure Figure, DateOnly Day, IReadOnlyList<Figure> Parts)
{
    /// <summary>True when nothing in the article dates the figure: its day is the publication day.</summary>
    public bool Undated { get; init; }
}

/// <summary>
/// Forms reported events (docs/aggregation.md, "Events"). Figures of one kind and event day are one event when their
/// places are compatible (equal, unknown, or one containing the other: a city's toll is inside a nationwide tally);
/// different places never merge, values do not decide identity (a toll that rises from 10 to 25 through the day is one
/// event). Figures are taken from the most general place to the most specific, unknown places last, so a regional
/// figure joins the nationwide tally that contains it. The headline follows one rule (<see cref="Headline"/>): for a
/// toll of people <b>the largest value any source states</b> (tolls only rise), for a weapons tally <b>the largest
/// value stated on the latest publication day</b>; a figure that counts drones and missiles together is used only when
/// no source counts them apart; lower and upper span what the sources state.
/// </summary>
internal static class EventClusterer
{
    public static List<ReportedEvent> Cluster(FigureKind kind, DateOnly day, IEnumerable<Candidate> candidates)
    {
        // Unknown places last, then from the most general place to the most specific, larger values first; the
        // article id (then the input order) breaks ties, so the result never depends on how the input was ordered.
        var items = candidates.Select((c, i) => (Candidate: c, Unknown: c.Figure.Place is null, Depth: Depth(c.Figure.Place), Index: i)).ToArray();
        Array.Sort(items, static (a, b) =>
            a.Unknown != b.Unknown ? a.Unknown.CompareTo(b.Unknown)
            : a.Depth != b.Depth ? a.Depth.CompareTo(b.Depth)
            : a.Candidate.Figure.Value != b.Candidate.Figure.Value ? b.Candidate.Figure.Value.CompareTo(a.Candidate.Figure.Value)
            : string.CompareOrdinal(a.Candidate.Article.ArticleId, b.Candidate.Article.ArticleId) is var byId and not 0 ? byId
            : a.Index.CompareTo(b.Index));
        var ordered = items.Select(x => x.Candidate);
        var groups = new List<Group>();
        foreach (var candidate in ordered)
        {
            var home = groups.Find(g => g.Accepts(candidate));
            if (home is null)
            {
                home = new Group();
                groups.Add(home);
            }

            home.Add(candidate);
        }

        return groups.ConvertAll(g => g.ToEvent(kind, day));
    }

    /// <summary>Whether two figures' ranges overlap (an unbounded upper is infinity).</summary>
    public static bool Overlap(Figure a, Figure b) =>
        a.Lower <= (b.Upper ?? long.MaxValue) && b.Lower <= (a.Upper ?? long.MaxValue);

    /// <summary>
    /// The headline rule: for a toll of people (killed, injured, casualties) the largest value any source states, since
    /// tolls only rise as reports come in and a smaller one is an earlier or partial count, whatever day an outlet
    /// published it; for a weapons tally the largest value stated on the latest publication day (the authority's tally
    /// as last repeated; a larger number elsewhere is more often a different count than a later one). Separate counts
    /// come before combined ones.
    /// </summary>
    public static Figure Headline(FigureKind kind, IReadOnlyList<(StoredAnalysis Article, Figure Figure)> members)
    {
        var separate = false;
        foreach (var m in members)
        {
            separate |= !m.Figure.Combined;
        }

        var toll = IsToll(kind);
        var latest = DateOnly.MinValue;
        if (!toll)
        {
            foreach (var m in members)
            {
                if ((!separate || !m.Figure.Combined) && m.Article.Day > latest)
                {
                    latest = m.Article.Day;
                }
            }
        }

        Figure? best = null;
        foreach (var (article, figure) in members)
        {
            if ((separate && figure.Combined) || (!toll && article.Day != latest))
            {
                continue;
            }

            if (best is null || figure.Value > best.Value || (figure.Value == best.Value && figure.Lower > best.Lower))
            {
                best = figure;
            }
        }

        return best!;
    }

    /// <summary>Whether a kind counts people (a toll that rises as reports come in) rather than weapons.</summary>
    internal static bool IsToll(FigureKind kind) => kind is FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties;

    /// <summary>The event built from figures taken as one.</summary>
    public static ReportedEvent ToEvent(FigureKind kind, DateOnly day, FigureScope scope, IReadOnlyList<(StoredAnalysis Article, Figure Figure)> members, IEnumerable<(StoredAnalysis Article, Figure Figure)> parts, string? place)
    {
        var headline = Headline(kind, members);
        var lower = members.Min(m => m.Figure.Lower);
        long? upper = members.Any(m => m.Figure.Upper is null) ? null : Math.Max(headline.Value, members.Max(m => m.Figure.Upper!.Value));
        var listed = new List<(StoredAnalysis Article, Figure Figure, bool Part, int Index)>(members.Count);
        foreach (var (article, figure) in members)
        {
            listed.Add((article, figure, false, listed.Count));
        }

        foreach (var (article, figure) in parts)
        {
            listed.Add((article, figure, true, listed.Count));
        }

        // By day, source and article; an article's own figure before its parts, larger values first.
        listed.Sort(static (a, b) =>
            a.Article.Day != b.Article.Day ? a.Article.Day.CompareTo(b.Article.Day)
            : string.CompareOrdinal(a.Article.Source, b.Article.Source) is var bySource and not 0 ? bySource
            : string.CompareOrdinal(a.Article.ArticleId, b.Article.ArticleId) is var byId and not 0 ? byId
            : a.Part != b.Part ? a.Part.CompareTo(b.Part)
            : a.Figure.Value != b.Figure.Value ? b.Figure.Value.CompareTo(a.Figure.Value)
            : a.Index.CompareTo(b.Index));
        var sources = listed.ConvertAll(m => new FigureSource(m.Article.ArticleId, m.Article.Title, m.Article.Source, m.Article.Language, m.Figure) { Part = m.Part });
        var side = members.Select(m => m.Figure.Side).FirstOrDefault(s => s is not null);
        return new ReportedEvent(kind, day, scope, headline.Value, lower, upper, sources) { Place = place, Side = side };
    }

    internal static int Depth(string? place) => place is null ? -1 : place.Count(c => c == '/');

    private sealed class Group
    {
        private readonly List<Candidate> members = [];

        // The members' distinct places and their one side: what Accepts checks, kept as members join so a group of
        // hundreds of reports is checked in a few steps.
        private readonly HashSet<string> places = new(StringComparer.Ordinal);
        private string? place;
        private string? side;

        public bool Accepts(Candidate candidate)
        {
            var p = candidate.Figure.Place;
            if (!Gazetteer.Compatible(place, p))
            {
                return false;
            }

            // Sides must agree: "nine Israeli soldiers" and a toll of Palestinians are two events in one place.
            if (candidate.Figure.Side is { } s && side is not null && side != s)
            {
                return false;
            }

            // Below a country-wide tally every place of the country fits; below a city or region, only its own parts.
            if (Depth(place) <= 0 || p is null)
            {
                return true;
            }

            foreach (var other in places)
            {
                if (!Gazetteer.Compatible(other, p))
                {
                    return false;
                }
            }

            return true;
        }

        public void Add(Candidate candidate)
        {
            members.Add(candidate);
            var p = candidate.Figure.Place;
            if (p is not null)
            {
                places.Add(p);
                if (place is null || Gazetteer.Contains(p, place))
                {
                    place = p;
                }
            }

            side ??= candidate.Figure.Side;
        }

        public ReportedEvent ToEvent(FigureKind kind, DateOnly day) =>
            EventClusterer.ToEvent(
                kind,
                day,
                FigureScope.Event,
                [.. members.Select(m => (m.Article, m.Figure))],
                members.SelectMany(m => m.Parts.Select(p => (m.Article, p))),
                place);
    }
}
