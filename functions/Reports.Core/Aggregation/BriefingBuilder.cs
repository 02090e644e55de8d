using Reports.Core.Articles;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

/// <summary>
/// Builds a <see cref="Briefing"/> from stored analyses. The rules (docs/aggregation.md):
/// <list type="number">
/// <item>Analyses with an error, outside the period (by <see cref="StoredAnalysis.Day"/>) or not matching the language
/// and source filters are left out; an article id seen twice is taken once.</item>
/// <item>Within one article, event figures of one kind: the largest (by lower bound, then value) is the article's
/// figure; the smaller ones are breakdowns ("5 killed, including 2 children") and never add to a total.</item>
/// <item>Event figures of one kind and day whose ranges overlap are one event (<see cref="EventClusterer"/>); its
/// headline is the lowest stated value, its range the span of the sources' ranges. An event that holds a breakdown
/// is shown but not counted.</item>
/// <item>Cumulative figures are never added: per kind, the latest day's largest stated total is reported, with the
/// sources that agree with it.</item>
/// <item>Totals per kind sum the counted events' headlines, lowers and uppers (null when any is unbounded); the series
/// gives, per kind and day of the period, the sum of that day's counted headlines.</item>
/// </list>
/// </summary>
public sealed class BriefingBuilder(TimeProvider timeProvider)
{
    public BriefingBuilder()
        : this(TimeProvider.System)
    {
    }

    public Briefing Build(IEnumerable<StoredAnalysis> analyses, BriefingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(filter);

        var kinds = filter.Kinds is { Count: > 0 } selected ? selected.Distinct().Order().ToList() : [.. Enum.GetValues<FigureKind>()];
        var kindSet = kinds.ToHashSet();
        var articles = Select(analyses, filter)
            .Where(a => filter.Kinds is not { Count: > 0 } || a.Figures.Any(f => kindSet.Contains(f.Kind)))
            .ToList();

        var eventCandidates = new List<Candidate>();
        var cumulativeCandidates = new List<Candidate>();
        foreach (var article in articles)
        {
            var ofArticle = new List<(Figure Figure, DateOnly Day, bool Undated)>();
            var dated = article.Figures.Where(f => kindSet.Contains(f.Kind))
                .Select(f => (Figure: f, Date: EventDates.Default.Resolve(f.Evidence, article.Language, article.Day)))
                .ToList();
            var newsDay = NewsDay(dated.Select(d => d.Date), article.Day);
            foreach (var (f, (resolved, basis)) in dated)
            {
                var day = basis == "publication" ? newsDay : resolved;
                var undated = basis == "publication" && newsDay == article.Day;
                if (f.Scope == FigureScope.Cumulative)
                {
                    cumulativeCandidates.Add(new Candidate(article, f, day, []));
                }
                else
                {
                    ofArticle.Add((f, day, undated));
                }
            }

            foreach (var group in ofArticle.GroupBy(x => (x.Figure.Kind, x.Day)))
            {
                var undated = group.Key.Day == article.Day && group.All(x => x.Undated);
                eventCandidates.AddRange(ArticleEvents(article, group.Key.Day, [.. group.Select(x => x.Figure)]).Select(c => c with { Undated = undated }));
            }
        }

        var events = LaterReports(eventCandidates)
            .GroupBy(c => (c.Figure.Kind, c.Day))
            .SelectMany(g => EventClusterer.Cluster(g.Key.Kind, g.Key.Day, g))
            .Select(e => filter.Period.Contains(e.Day) ? e : e with
            {
                Counted = false,
                NotCountedReason = $"took place on {e.Day:yyyy-MM-dd}, outside the period (recalled as background)",
            })
            .OrderBy(e => e.Day)
            .ThenBy(e => e.Kind)
            .ThenByDescending(e => e.Headline)
            .ToList();
        var counted = events.Where(e => e.Counted).ToList();
        var totals = Totals(counted, kinds, showEmpty: filter.Kinds is { Count: > 0 });
        var series = Series(counted, totals.Select(t => t.Kind), filter.Period);
        var cumulative = Cumulative(cumulativeCandidates);

        return new Briefing(filter, timeProvider.GetUtcNow(), totals, events, cumulative, series, articles);
    }

    /// <summary>
    /// A drone or missile tally nothing dates, published the day after a tally of its kind with a compatible place and
    /// side that states the same number the same way, is a later report of that night (the morning-after article
    /// repeating the air force's tally), and takes its day. Casualty counts are left alone: small equal tolls on two
    /// days are too often two events.
    /// </summary>
    internal static IEnumerable<Candidate> LaterReports(List<Candidate> candidates)
    {
        var byKindDay = candidates.ToLookup(c => (c.Figure.Kind, c.Day));
        foreach (var c in candidates)
        {
            if (!c.Undated || c.Figure.Kind is FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties)
            {
                yield return c;
                continue;
            }

            var earlier = byKindDay[(c.Figure.Kind, c.Day.AddDays(-1))].FirstOrDefault(o =>
                o.Article.ArticleId != c.Article.ArticleId
                && Places.Gazetteer.Compatible(o.Figure.Place, c.Figure.Place)
                && (o.Figure.Side is null || c.Figure.Side is null || o.Figure.Side == c.Figure.Side)
                && o.Figure.Value == c.Figure.Value
                && o.Figure.Qualifier == c.Figure.Qualifier);
            yield return earlier is null ? c : c with { Day = earlier.Day };
        }
    }

    /// <summary>
    /// The day an article's news is about: the date its figures' sentences state most often (the latest on a tie), when
    /// more than half of its figures state it, else its publication day (an article that recalls Monday's attack in
    /// one sentence is still about the night it reports). A figure whose own sentence dates nothing belongs to it: a report
    /// published the morning after ("the toll of the August 28 attack has risen; 35 are in hospital") is about the 28th.
    /// </summary>
    internal static DateOnly NewsDay(IEnumerable<(DateOnly Day, string Basis)> dates, DateOnly published)
    {
        var all = dates.ToList();
        var top = all.Where(d => d.Basis != "publication")
            .GroupBy(d => d.Day)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .FirstOrDefault();
        return top is not null && top.Count() * 2 > all.Count ? top.Key : published;
    }

    /// <summary>
    /// One article's figures of one kind and day, as event candidates: the largest is the article's figure; a smaller one
    /// is a part of it ("including two children", a region's share of a nationwide tally) unless both name places and
    /// the larger one is a city or region that does not contain the smaller one's ("3 killed in Kharkiv, 2 in Odesa":
    /// two events). A figure stated with a country or no place is taken as a tally that includes the others.
    /// </summary>
    internal static IEnumerable<Candidate> ArticleEvents(StoredAnalysis article, DateOnly day, List<Figure> figures)
    {
        var ordered = figures.OrderByDescending(f => f.Lower).ThenByDescending(f => f.Value).ToList();
        var heads = new List<(Figure Figure, List<Figure> Parts)>();
        foreach (var f in ordered)
        {
            var home = heads.FindIndex(h => EventClusterer.Depth(h.Figure.Place) <= 0 || Places.Gazetteer.Compatible(h.Figure.Place, f.Place));
            if (home >= 0)
            {
                heads[home].Parts.Add(f);
            }
            else
            {
                heads.Add((f, []));
            }
        }

        return heads.Select(h => new Candidate(article, h.Figure, day, h.Parts));
    }

    /// <summary>The analyses the filter keeps, once per article id, by day, source and id.</summary>
    internal static IEnumerable<StoredAnalysis> Select(IEnumerable<StoredAnalysis> analyses, BriefingFilter filter)
    {
        var languages = filter.Languages is { Count: > 0 } list ? list.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
        return analyses
            .Where(a => a.Error is null
                && filter.Period.Contains(a.Day)
                && (languages is null || languages.Contains(a.Language))
                && (string.IsNullOrEmpty(filter.SourceContains) || a.Source.Contains(filter.SourceContains, StringComparison.OrdinalIgnoreCase)))
            .DistinctBy(a => a.ArticleId, StringComparer.Ordinal)
            .OrderBy(a => a.Day)
            .ThenBy(a => a.Source, StringComparer.Ordinal)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal);
    }

    private static List<KindTotal> Totals(List<ReportedEvent> counted, IEnumerable<FigureKind> kinds, bool showEmpty)
    {
        var totals = new List<KindTotal>();
        foreach (var kind in kinds)
        {
            var ofKind = counted.Where(e => e.Kind == kind).ToList();
            if (ofKind.Count == 0 && !showEmpty)
            {
                continue;
            }

            long? upper = ofKind.Any(e => e.Upper is null) ? null : ofKind.Sum(e => e.Upper!.Value);
            var sources = ofKind.SelectMany(e => e.Sources).Select(s => s.ArticleId).Distinct(StringComparer.Ordinal).Count();
            totals.Add(new KindTotal(kind, ofKind.Sum(e => e.Headline), ofKind.Sum(e => e.Lower), upper, ofKind.Count, sources));
        }

        return totals;
    }

    private static List<DailyPoint> Series(List<ReportedEvent> counted, IEnumerable<FigureKind> kinds, Period period)
    {
        var byKindDay = counted.GroupBy(e => (e.Kind, e.Day)).ToDictionary(g => g.Key, g => g.Sum(e => e.Headline));
        return [.. kinds.SelectMany(kind => period.EachDay().Select(day => new DailyPoint(day, kind, byKindDay.GetValueOrDefault((kind, day)))))];
    }

    /// <summary>
    /// Per kind, place and side, the largest total stated on the latest day, with the sources whose ranges agree with it:
    /// one side's running total ("Israeli soldiers killed since the ground operation began") never hides the other's.
    /// </summary>
    private static List<ReportedEvent> Cumulative(List<Candidate> candidates) =>
        [.. candidates
            .GroupBy(c => (c.Figure.Kind, Place: c.Figure.Place ?? string.Empty, Side: c.Figure.Side ?? string.Empty))
            .OrderBy(g => g.Key.Kind)
            .ThenBy(g => g.Key.Place, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Side, StringComparer.Ordinal)
            .Select(g =>
            {
                var latestDay = g.Max(c => c.Article.Day);
                var latest = g.Where(c => c.Article.Day == latestDay).ToList();
                var chosen = latest.MaxBy(c => (c.Figure.Value, c.Figure.Lower))!;
                var members = latest
                    .Where(c => EventClusterer.Overlap(c.Figure, chosen.Figure))
                    .GroupBy(c => c.Article.ArticleId, StringComparer.Ordinal)
                    .Select(a => a.Any(c => ReferenceEquals(c.Figure, chosen.Figure)) ? chosen : a.MaxBy(c => c.Figure.Value)!)
                    .Select(c => (c.Article, c.Figure))
                    .ToList();
                return EventClusterer.ToEvent(g.Key.Kind, latestDay, FigureScope.Cumulative, members, [], g.Key.Place.Length == 0 ? null : g.Key.Place);
            })];
}
