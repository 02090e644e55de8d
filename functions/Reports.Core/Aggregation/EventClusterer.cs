using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

/// <summary>One article's figure offered for clustering; <see cref="Breakdown"/> marks a part of a larger figure.</summary>
internal readonly record struct Candidate(StoredAnalysis Article, Figure Figure, bool Breakdown);

/// <summary>
/// Groups figures of one kind and day into reported events. Two figures are the same event when their
/// [lower, upper] ranges overlap; a cluster only takes a figure that overlaps every member (the members' common
/// range stays non-empty), and never two figures of one article. Figures are taken in order of upper bound
/// (unbounded last) and each joins the first cluster that accepts it: the interval greedy that yields the fewest
/// events, so the count errs low, as the ACLED rule asks.
/// </summary>
internal static class EventClusterer
{
    public static List<ReportedEvent> Cluster(FigureKind kind, DateOnly day, IEnumerable<Candidate> candidates)
    {
        var ordered = candidates
            .OrderBy(c => c.Figure.Upper ?? long.MaxValue)
            .ThenBy(c => c.Figure.Lower)
            .ThenBy(c => c.Article.ArticleId, StringComparer.Ordinal)
            .ThenBy(c => c.Figure.Value);
        var clusters = new List<Group>();
        foreach (var candidate in ordered)
        {
            var home = clusters.Find(c => c.Accepts(candidate));
            if (home is null)
            {
                home = new Group();
                clusters.Add(home);
            }

            home.Add(candidate);
        }

        return clusters.ConvertAll(c => c.ToEvent(kind, day, FigureScope.Event));
    }

    /// <summary>Whether two figures' ranges overlap (an unbounded upper is infinity).</summary>
    public static bool Overlap(Figure a, Figure b) =>
        a.Lower <= (b.Upper ?? long.MaxValue) && b.Lower <= (a.Upper ?? long.MaxValue);

    /// <summary>The event built from figures taken as one: the lowest stated value, the span of the ranges.</summary>
    public static ReportedEvent ToEvent(FigureKind kind, DateOnly day, FigureScope scope, IReadOnlyList<Candidate> members, long headline)
    {
        var lower = Math.Min(headline, members.Min(m => m.Figure.Lower));
        long? upper = members.Any(m => m.Figure.Upper is null) ? null : Math.Max(headline, members.Max(m => m.Figure.Upper!.Value));
        var sources = members
            .OrderBy(m => m.Article.Day)
            .ThenBy(m => m.Article.Source, StringComparer.Ordinal)
            .ThenBy(m => m.Article.ArticleId, StringComparer.Ordinal)
            .Select(m => new FigureSource(m.Article.ArticleId, m.Article.Title, m.Article.Source, m.Article.Language, m.Figure))
            .ToList();
        return new ReportedEvent(kind, day, scope, headline, lower, upper, sources) { Counted = !members.Any(m => m.Breakdown) };
    }

    private sealed class Group
    {
        private readonly List<Candidate> members = [];
        private readonly HashSet<string> articles = new(StringComparer.Ordinal);
        private long low = long.MinValue;
        private long high = long.MaxValue;

        public bool Accepts(Candidate candidate) =>
            !articles.Contains(candidate.Article.ArticleId)
            && candidate.Figure.Lower <= high
            && (candidate.Figure.Upper ?? long.MaxValue) >= low;

        public void Add(Candidate candidate)
        {
            members.Add(candidate);
            articles.Add(candidate.Article.ArticleId);
            low = Math.Max(low, candidate.Figure.Lower);
            high = Math.Min(high, candidate.Figure.Upper ?? long.MaxValue);
        }

        public ReportedEvent ToEvent(FigureKind kind, DateOnly day, FigureScope scope) =>
            EventClusterer.ToEvent(kind, day, scope, members, members.Min(m => m.Figure.Value));
    }
}
