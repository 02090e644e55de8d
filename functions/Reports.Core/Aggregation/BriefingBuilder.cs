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
/// <item>Event figures of one kind, day, compatible place and side are one event (<see cref="EventClusterer"/>); its
/// headline follows <see cref="EventClusterer.Headline"/>, its range the span of the sources' ranges.</item>
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

        // Candidates per article and events per kind and day are independent: both run on every core for a long
        // period, and are put back in their order, so the result is the same as one by one.
        var perArticle = new (List<Candidate> Events, List<Candidate> Cumulative)[articles.Count];
        InParallel(articles.Count, (from, to) =>
        {
            var buffer = new List<(Figure Figure, DateOnly Day, bool Undated)>();
            for (var i = from; i < to; i++)
            {
                perArticle[i] = Candidates(articles[i], kindSet, buffer);
            }
        });
        var eventCandidates = perArticle.SelectMany(p => p.Events).ToList();
        var cumulativeCandidates = perArticle.SelectMany(p => p.Cumulative).ToList();

        var candidates = LaterReports(eventCandidates).OrderBy(c => c.Figure.Kind).ThenBy(c => c.Day).ToList();
        var runs = new List<(int Start, int Count)>();
        for (var i = 0; i < candidates.Count;)
        {
            var j = i + 1;
            while (j < candidates.Count && candidates[j].Figure.Kind == candidates[i].Figure.Kind && candidates[j].Day == candidates[i].Day)
            {
                j++;
            }

            runs.Add((i, j - i));
            i = j;
        }

        var perRun = new List<ReportedEvent>[runs.Count];
        InParallel(runs.Count, (from, to) =>
        {
            for (var r = from; r < to; r++)
            {
                var (first, count) = runs[r];
                perRun[r] = EventClusterer.Cluster(candidates[first].Figure.Kind, candidates[first].Day, candidates.GetRange(first, count));
            }
        });
        var clustered = perRun.SelectMany(r => r);

        var events = clustered
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

    /// <summary>Below this many items a loop is not worth splitting.</summary>
    private const int ParallelChunk = 2048;

    /// <summary>Runs <paramref name="body"/> over [0, count) in chunks, on every core when there are several chunks.</summary>
    private static void InParallel(int count, Action<int, int> body)
    {
        if (count <= ParallelChunk)
        {
            body(0, count);
            return;
        }

        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, count, ParallelChunk), range => body(range.Item1, range.Item2));
    }

    /// <summary>
    /// One article's candidates: each event figure grouped with the others of its kind and event day (the largest is
    /// the article's figure, the smaller ones its parts), and its running totals.
    /// </summary>
    private static (List<Candidate> Events, List<Candidate> Cumulative) Candidates(StoredAnalysis article, HashSet<FigureKind> kindSet, List<(Figure Figure, DateOnly Day, bool Undated)> ofArticle)
    {
        var events = new List<Candidate>();
        var cumulative = new List<Candidate>();
        var figures = Dated(article, kindSet);
        var newsDay = NewsDay(figures, article.Day);
        ofArticle.Clear();
        foreach (var f in figures)
        {
            var day = f.EventDateBasis == "publication" ? newsDay : f.EventDate!.Value;
            var undated = f.EventDateBasis == "publication" && newsDay == article.Day;
            if (f.Scope == FigureScope.Cumulative)
            {
                cumulative.Add(new Candidate(article, f, day, []));
            }
            else
            {
                ofArticle.Add((f, day, undated));
            }
        }

        // One run per kind and day: the article's figures of that event.
        StableSort(ofArticle, (a, b) => a.Figure.Kind != b.Figure.Kind ? a.Figure.Kind.CompareTo(b.Figure.Kind) : a.Day.CompareTo(b.Day));
        for (var i = 0; i < ofArticle.Count;)
        {
            var j = i + 1;
            while (j < ofArticle.Count && ofArticle[j].Figure.Kind == ofArticle[i].Figure.Kind && ofArticle[j].Day == ofArticle[i].Day)
            {
                j++;
            }

            var day = ofArticle[i].Day;
            var undated = day == article.Day;
            var run = new List<Figure>(j - i);
            for (var k = i; k < j; k++)
            {
                undated &= ofArticle[k].Undated;
                run.Add(ofArticle[k].Figure);
            }

            foreach (var candidate in ArticleEvents(article, day, run))
            {
                events.Add(undated ? candidate with { Undated = true } : candidate);
            }

            i = j;
        }

        return (events, cumulative);
    }

    /// <summary>
    /// A drone or missile tally nothing dates, published the day after a tally of its kind with a compatible place and
    /// side that states the same number the same way, is a later report of that night (the morning-after article
    /// repeating the air force's tally), and takes its day. Casualty counts are left alone: small equal tolls on two
    /// days are too often two events.
    /// </summary>
    internal static List<Candidate> LaterReports(List<Candidate> candidates)
    {
        static bool Tally(Candidate c) => !EventClusterer.IsToll(c.Figure.Kind);

        // Only a tally stating the same number the same way can be a later report: index the tallies by all four.
        var same = candidates.Where(Tally).ToLookup(c => (c.Figure.Kind, c.Day, c.Figure.Value, c.Figure.Qualifier));
        var result = new List<Candidate>(candidates.Count);
        foreach (var c in candidates)
        {
            if (!c.Undated || !Tally(c))
            {
                result.Add(c);
                continue;
            }

            var earlier = same[(c.Figure.Kind, c.Day.AddDays(-1), c.Figure.Value, c.Figure.Qualifier)].FirstOrDefault(o =>
                o.Article.ArticleId != c.Article.ArticleId
                && Places.Gazetteer.Compatible(o.Figure.Place, c.Figure.Place)
                && (o.Figure.Side is null || c.Figure.Side is null || o.Figure.Side == c.Figure.Side));
            result.Add(earlier is null ? c : c with { Day = earlier.Day });
        }

        return result;
    }

    /// <summary>
    /// The article's figures of the selected kinds, each with its event day: as stored at ingestion, else resolved
    /// now from its sentence (analyses stored before event days were, and the CLI's folder reader).
    /// </summary>
    private static IReadOnlyList<Figure> Dated(StoredAnalysis article, HashSet<FigureKind> kinds)
    {
        var all = true;
        var dated = true;
        foreach (var f in article.Figures)
        {
            all &= kinds.Contains(f.Kind);
            dated &= f.EventDate is not null && f.EventDateBasis is not null;
        }

        IReadOnlyList<Figure> figures = all ? article.Figures : [.. article.Figures.Where(f => kinds.Contains(f.Kind))];
        return dated ? figures : EventDates.Default.Date(figures, article.Language, article.Day);
    }

    /// <summary>
    /// The day an article's news is about: the date its figures' sentences state most often (the latest on a tie), when
    /// more than half of its figures state it, else its publication day (an article that recalls Monday's attack in
    /// one sentence is still about the night it reports). A figure whose own sentence dates nothing belongs to it: a report
    /// published the morning after ("the toll of the August 28 attack has risen; 35 are in hospital") is about the 28th.
    /// </summary>
    internal static DateOnly NewsDay(IReadOnlyList<Figure> figures, DateOnly published)
    {
        var best = (Day: published, Count: 0);
        foreach (var f in figures)
        {
            if (f.EventDateBasis == "publication" || f.EventDate is not { } day || (best.Count > 0 && day == best.Day))
            {
                continue;
            }

            var count = 0;
            foreach (var other in figures)
            {
                if (other.EventDateBasis != "publication" && other.EventDate == day)
                {
                    count++;
                }
            }

            if (count > best.Count || (count == best.Count && day > best.Day))
            {
                best = (day, count);
            }
        }

        return best.Count * 2 > figures.Count ? best.Day : published;
    }

    /// <summary>
    /// One article's figures of one kind and day, as event candidates: the largest is the article's figure; a smaller one
    /// is a part of it ("including two children", a region's share of a nationwide tally) unless both name places and
    /// the larger one is a city or region that does not contain the smaller one's ("3 killed in Kharkiv, 2 in Odesa":
    /// two events). A figure stated with a country or no place is taken as a tally that includes the others.
    /// </summary>
    internal static List<Candidate> ArticleEvents(StoredAnalysis article, DateOnly day, List<Figure> figures)
    {
        if (figures.Count == 1)
        {
            return [new Candidate(article, figures[0], day, [])];
        }

        StableSort(figures, (a, b) => a.Lower != b.Lower ? b.Lower.CompareTo(a.Lower) : b.Value.CompareTo(a.Value));
        var heads = new List<(Figure Figure, List<Figure> Parts)>();
        foreach (var f in figures)
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

        return heads.ConvertAll(h => new Candidate(article, h.Figure, day, h.Parts));
    }

    /// <summary>Insertion sort: stable, and quick on the few figures one article states.</summary>
    private static void StableSort<T>(List<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && compare(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
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
