using Reports.Core.Articles;
using Reports.Core.Briefings;
using Reports.Core.Figures;
using Reports.Core.Places;

namespace Reports.Core.Aggregation;

/// <summary>
/// Builds a <see cref="Briefing"/> from stored analyses. The rules (docs/aggregation.md):
/// <list type="number">
/// <item>Analyses with an error, outside the period (by <see cref="StoredAnalysis.Day"/>) or not matching the language
/// and source filters are left out; an article id seen twice is taken once. With places asked for, only the figures
/// placed in one of them (or inside one) are kept, and an article with none is left out.</item>
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
public sealed partial class BriefingBuilder(TimeProvider timeProvider)
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
        var articles = Select(analyses, filter);
        if (filter.Kinds is { Count: > 0 })
        {
            articles.RemoveAll(a => !a.Figures.Any(f => kindSet.Contains(f.Kind)));
        }

        // Candidates per article and events per kind and day are independent: both run on every core for a long
        // period, each chunk into its own lists, put back in order, so the result is the same as one by one. A year
        // makes hundreds of thousands of candidates: they are values in arrays, not objects.
        var chunks = Math.Max(1, (articles.Count + ParallelChunk - 1) / ParallelChunk);
        var perChunk = new (CandidateBuffer Events, CandidateBuffer Cumulative)[chunks];
        Candidate[] candidates, cumulativeCandidates;
        try
        {
            InParallel(articles.Count, (from, to) =>
            {
                var ofArticle = new List<(Figure Figure, DateOnly Day, bool Undated)>();
                var run = new List<Figure>();
                var events = new CandidateBuffer((to - from) * 5);
                var cumulative = new CandidateBuffer(16);
                perChunk[from / ParallelChunk] = (events, cumulative);
                for (var i = from; i < to; i++)
                {
                    Candidates(articles[i], i, kindSet, ofArticle, run, events, cumulative);
                }
            });
            candidates = Concat(perChunk, c => c.Events);
            cumulativeCandidates = Concat(perChunk, c => c.Cumulative);
        }
        finally
        {
            foreach (var chunk in perChunk)
            {
                chunk.Events?.Dispose();
                chunk.Cumulative?.Dispose();
            }
        }

        LaterReports(candidates);
        SortByKindAndDay(candidates);
        var runs = new List<(int Start, int Count)>();
        for (var i = 0; i < candidates.Length;)
        {
            var j = i + 1;
            while (j < candidates.Length && candidates[j].Figure.Kind == candidates[i].Figure.Kind && candidates[j].Day == candidates[i].Day)
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
                perRun[r] = EventClusterer.Cluster(candidates[first].Figure.Kind, candidates[first].Day, candidates, first, count);
            }
        });

        var events = new List<ReportedEvent>(perRun.Sum(r => r.Count));
        foreach (var ofRun in perRun)
        {
            foreach (var e in ofRun)
            {
                events.Add(filter.Period.Contains(e.Day) ? e : e with
                {
                    Counted = false,
                    NotCountedReason = $"took place on {e.Day:yyyy-MM-dd}, outside the period (recalled as background)",
                });
            }
        }

        // By day, kind and headline (largest first); the order above breaks ties.
        events = [.. events.OrderBy(e => e.Day).ThenBy(e => e.Kind).ThenByDescending(e => e.Headline)];
        var counted = events.FindAll(e => e.Counted);
        var totals = Totals(counted, kinds, showEmpty: filter.Kinds is { Count: > 0 }, articles.Count);
        var series = Series(counted, totals.Select(t => t.Kind), filter.Period);
        var cumulative = Cumulative(cumulativeCandidates);

        return new Briefing(filter, timeProvider.GetUtcNow(), totals, events, cumulative, series, articles);
    }

    /// <summary>Below this many items a loop is not worth splitting.</summary>
    private const int ParallelChunk = 2048;

    /// <summary>
    /// Runs <paramref name="body"/> over [0, count) in chunks of <see cref="ParallelChunk"/> (each starting at a
    /// multiple of it), on every core when there are several chunks.
    /// </summary>
    private static void InParallel(int count, Action<int, int> body)
    {
        if (count <= ParallelChunk)
        {
            body(0, count);
            return;
        }

        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, count, ParallelChunk), range => body(range.Item1, range.Item2));
    }

    private static Candidate[] Concat((CandidateBuffer Events, CandidateBuffer Cumulative)[] chunks, Func<(CandidateBuffer Events, CandidateBuffer Cumulative), CandidateBuffer> part)
    {
        var total = 0;
        foreach (var chunk in chunks)
        {
            total += part(chunk).Count;
        }

        var all = new Candidate[total];
        var at = 0;
        foreach (var chunk in chunks)
        {
            var list = part(chunk);
            list.CopyTo(all, at);
            at += list.Count;
        }

        return all;
    }

    /// <summary>Orders the candidates by kind, then day, keeping the order they came in otherwise (a stable sort).</summary>
    private static void SortByKindAndDay(Candidate[] candidates)
    {
        // The keys are unique (the position breaks ties), so sorting the candidates along with them is stable.
        var keys = System.Buffers.ArrayPool<(int Kind, int Day, int Index)>.Shared.Rent(candidates.Length);
        try
        {
            for (var i = 0; i < candidates.Length; i++)
            {
                keys[i] = ((int)candidates[i].Figure.Kind, candidates[i].Day.DayNumber, i);
            }

            Array.Sort(keys, candidates, 0, candidates.Length);
        }
        finally
        {
            System.Buffers.ArrayPool<(int, int, int)>.Shared.Return(keys);
        }
    }

    /// <summary>
    /// One article's candidates, appended to <paramref name="events"/> and <paramref name="cumulative"/>: each event
    /// figure grouped with the others of its kind and event day (the largest is the article's figure, the smaller ones
    /// its parts), and its running totals. <paramref name="ofArticle"/> and <paramref name="run"/> are scratch lists.
    /// </summary>
    private static void Candidates(StoredAnalysis article, int index, HashSet<FigureKind> kindSet, List<(Figure Figure, DateOnly Day, bool Undated)> ofArticle, List<Figure> run, CandidateBuffer events, CandidateBuffer cumulative)
    {
        var figures = Dated(article, kindSet);
        var newsDay = NewsDay(figures, article.Day, article.Title, article.Language);
        ofArticle.Clear();
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            var day = f.EventDateBasis == "publication" ? newsDay : f.EventDate!.Value;
            var undated = (f.EventDateBasis == "publication" && newsDay == article.Day) || ReportsPastDay(f, article);
            if (f.Scope == FigureScope.Cumulative)
            {
                cumulative.Add(new Candidate(article, index, f, day, []));
            }
            else
            {
                ofArticle.Add((f, day, undated));
            }
        }

        // One run per kind and day: the article's figures of that event.
        StableSort(ofArticle, static (a, b) => a.Figure.Kind != b.Figure.Kind ? ((int)a.Figure.Kind).CompareTo((int)b.Figure.Kind) : a.Day.CompareTo(b.Day));
        for (var i = 0; i < ofArticle.Count;)
        {
            var j = i + 1;
            while (j < ofArticle.Count && ofArticle[j].Figure.Kind == ofArticle[i].Figure.Kind && ofArticle[j].Day == ofArticle[i].Day)
            {
                j++;
            }

            var day = ofArticle[i].Day;
            var undated = day == article.Day;
            for (var k = i; k < j; k++)
            {
                undated &= ofArticle[k].Undated;
            }

            if (j - i == 1)
            {
                var only = ofArticle[i].Figure;
                events.Add(new Candidate(article, index, only, day, [])
                {
                    Undated = undated,
                    Superseded = !EventClusterer.IsToll(only.Kind) ? 0
                        : EventDates.Default.Earlier(only, article.Language) ? only.Value
                        : EventDates.Default.Replaced(only, article.Language),
                    Hours = Hours(only, article.Language),
                    Sum = SumOfAttacks(only, article.Language),
                });
            }
            else
            {
                run.Clear();
                for (var k = i; k < j; k++)
                {
                    run.Add(ofArticle[k].Figure);
                }

                ArticleEvents(article, index, day, run, undated, events);
            }

            i = j;
        }
    }

    /// <summary>
    /// "Gaza's health ministry said on Monday that 38 people had been killed … over the past 24 hours", "informó este lunes
    /// de 38 muertos … en las últimas 24 horas": a toll that counts the past day, dated by its sentence to the day it is
    /// published, is dated by its report, not by its event; it is read as undated (the past day it counts is judged by
    /// <see cref="LaterReports"/>, as for a tally that states no day).
    /// </summary>
    private static bool ReportsPastDay(Figure f, StoredAnalysis article) =>
        f.EventDateBasis is "weekday" or "stated" && f.EventDate == article.Day && EventClusterer.IsToll(f.Kind)
        && f.Scope == FigureScope.Event && EventDates.Default.PastDay(f.Evidence, article.Language);

    /// <summary>
    /// An article published the day after a night, whose undated figures repeat or update that night's, is a later report
    /// of it: its undated figures take the night's day. Undated figures are its later report when one of them is
    /// <list type="bullet">
    /// <item>a drone or missile tally stating the same number the same way as a tally of its kind, place and side the
    /// day before (the morning-after article repeating the air force's tally);</item>
    /// <item>a toll stating the same number the same way as a toll of its kind and place the day before, in an article
    /// that states the same running total as that toll's (the ministry's daily bulletin, "31 killed in the past 24 hours
    /// … 72,480 since the war began", repeated the next day) or repeats a second toll of that article's the same way
    /// ("31 killed and 97 wounded");</item>
    /// <item>a toll its sentence says rose ("ist auf vier gestiegen"), no smaller than a toll of its kind and city or region
    /// the day before — also when its only date is its own report's weekday ("… повідомив губернатор у вівторок");</item>
    /// <item>a toll its sentence says counts the past day ("за минулу добу", "over the past 24 hours") over a place that
    /// held tolls of its kind the day before and none of its own day (the region's bulletin filed the next morning).</item>
    /// </list>
    /// The article's other undated figures of that day (tallies and tolls) are that night's too. An equal casualty count
    /// alone does not make a later report: small equal tolls on two days are too often two events.
    /// Changes <paramref name="candidates"/> in place.
    /// </summary>
    internal static void LaterReports(Candidate[] candidates)
    {
        // Candidates stating the same number the same way are chained by kind, day, value and qualifier, each chain in
        // the order the candidates came in (the first that fits wins); tolls by kind and day too, for the rising ones.
        var first = new Dictionary<(FigureKind, DateOnly, long, Qualifier), int>();
        var tolls = new Dictionary<(FigureKind, DateOnly), int>();
        HashSet<(string, DateOnly)>? moved = null;
        var next = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, candidates.Length));
        var nextToll = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, candidates.Length));
        try
        {
            for (var i = candidates.Length - 1; i >= 0; i--)
            {
                ref readonly var c = ref candidates[i];
                var key = (c.Figure.Kind, c.Day, c.Figure.Value, c.Figure.Qualifier);
                next[i] = first.TryGetValue(key, out var head) ? head : -1;
                first[key] = i;
                if (EventClusterer.IsToll(c.Figure.Kind))
                {
                    nextToll[i] = tolls.TryGetValue((c.Figure.Kind, c.Day), out var t) ? t : -1;
                    tolls[(c.Figure.Kind, c.Day)] = i;
                }
            }

            // A candidate that moves keeps its chain: what it can be a later report of is judged by the days as they came.
            Dictionary<(string, string), bool>? risen = null;
            Dictionary<(string, string), bool>? pastDays = null;
            Dictionary<(string, string), bool>? previousDays = null;
            for (var i = 0; i < candidates.Length; i++)
            {
                var c = candidates[i];
                // "Кількість загиблих зросла до чотирьох, … повідомив Синєгубов вранці у вівторок", filed on Tuesday: a
                // toll whose only date is its own report's weekday can still be a risen toll of the day before.
                var reportDay = !c.Undated && StatedOnItsReportDay(c);
                if (!c.Undated && !reportDay)
                {
                    continue;
                }

                var toll = EventClusterer.IsToll(c.Figure.Kind);
                var found = false;
                if (!reportDay && first.TryGetValue((c.Figure.Kind, c.Day.AddDays(-1), c.Figure.Value, c.Figure.Qualifier), out var o))
                {
                    for (; o >= 0 && !found; o = next[o])
                    {
                        var earlier = candidates[o];
                        found = earlier.Article.ArticleId != c.Article.ArticleId && SameThing(earlier, c)
                            && (!toll || SameRunningTotal(earlier.Article, c.Article) || AnotherTollRepeated(candidates, i, earlier, first, next));
                    }
                }

                if (!found && toll && EventClusterer.Depth(c.Figure.Place) > 0 && tolls.TryGetValue((c.Figure.Kind, c.Day.AddDays(-1)), out var t))
                {
                    var updates = false;
                    for (; t >= 0 && !updates; t = nextToll[t])
                    {
                        var earlier = candidates[t];
                        updates = earlier.Article.ArticleId != c.Article.ArticleId && EventClusterer.Depth(earlier.Figure.Place) > 0
                            && SameThing(earlier, c) && earlier.Figure.Value <= c.Figure.Value;
                    }

                    // Read the sentence only for a toll that could update one (a year's report has many undated tolls).
                    if (updates)
                    {
                        risen ??= new Dictionary<(string, string), bool>();
                        if (!risen.TryGetValue((c.Figure.Evidence, c.Article.Language), out found))
                        {
                            found = risen[(c.Figure.Evidence, c.Article.Language)] = EventDates.Default.Risen(c.Figure.Evidence, c.Article.Language);
                        }
                    }
                }

                // "Харківська ОВА: за минулу добу … загинули 5 людей — 3 у Харкові та 2 у Вовчанську", filed the next
                // morning: a toll its sentence says counts the past day, over a place that held tolls of its kind the day
                // before and none of its own day (other outlets' past-day tallies aside), is the day before's tally.
                if (!found && !reportDay && toll && c.Figure.Place is { } region && tolls.TryGetValue((c.Figure.Kind, c.Day.AddDays(-1)), out var y)
                    && SaysPastDay(c, ref pastDays)
                    && TollInside(candidates, y, nextToll, c, region, strictly: false, ref pastDays)
                    && !(tolls.TryGetValue((c.Figure.Kind, c.Day), out var z) && TollInside(candidates, z, nextToll, c, region, strictly: true, ref pastDays)))
                {
                    found = true;
                }

                found = found || (toll && !reportDay && BulletinBeforeStrike(candidates, nextToll, tolls, c, ref pastDays, ref previousDays));
                if (found)
                {
                    (moved ??= []).Add((c.Article.ArticleId, c.Day));
                }
            }

            // The article is a later report of that night: its other undated figures of the same day ("18 drones, two
            // cruise missiles and one ballistic missile were shot down", where only the 18 repeat another outlet's
            // number; "19 Menschen wurden verletzt" after "die Zahl der Toten ist auf vier gestiegen") are that night's too.
            if (moved is not null)
            {
                for (var i = 0; i < candidates.Length; i++)
                {
                    var c = candidates[i];
                    if ((c.Undated || StatedOnItsReportDay(c)) && moved.Contains((c.Article.ArticleId, c.Day)))
                    {
                        candidates[i] = c with { Day = c.Day.AddDays(-1) };
                    }
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(next);
            System.Buffers.ArrayPool<int>.Shared.Return(nextToll);
        }
    }

    /// <summary>
    /// Whether a toll of another article in the chain from <paramref name="head"/> (candidates of one kind and day) lies
    /// inside <paramref name="region"/> (<paramref name="strictly"/>: in a place inside it) with a compatible side, and is no
    /// past-day tally itself: the ministry's bulletin of one day does not date the next day's ("126 deaths in the past
    /// 24 hours", then "147 … in the last 24 hours"), nor do two regional bulletins of one morning date each other.
    /// </summary>
    private static bool TollInside(Candidate[] candidates, int head, int[] nextToll, in Candidate c, string region, bool strictly, ref Dictionary<(string, string), bool>? pastDays)
    {
        for (var t = head; t >= 0; t = nextToll[t])
        {
            ref readonly var e = ref candidates[t];
            if (e.Article.ArticleId == c.Article.ArticleId || e.Figure.Place is not { } place || !Places.Gazetteer.Contains(region, place)
                || (e.Figure.Side is not null && c.Figure.Side is not null && e.Figure.Side != c.Figure.Side))
            {
                continue;
            }

            if ((!strictly || place != region) && !SaysPastDay(e, ref pastDays))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SaysPastDay(in Candidate c, ref Dictionary<(string, string), bool>? cache)
    {
        cache ??= new Dictionary<(string, string), bool>();
        var key = (c.Figure.Evidence, c.Article.Language);
        if (!cache.TryGetValue(key, out var says))
        {
            says = cache[key] = EventDates.Default.PastDay(c.Figure.Evidence, c.Article.Language);
        }

        return says;
    }

    /// <summary>
    /// Whether the later article repeats a second toll of the earlier one's, of another kind, the same way ("31 killed and
    /// 97 wounded" both again): two equal counts are one bulletin, not a coincidence.
    /// </summary>
    private static bool AnotherTollRepeated(Candidate[] candidates, int at, in Candidate earlier, Dictionary<(FigureKind, DateOnly, long, Qualifier), int> first, int[] next)
    {
        // An article's candidates stand together (they are made article by article, before any sort).
        var later = candidates[at];
        var from = at;
        while (from > 0 && ReferenceEquals(candidates[from - 1].Article, later.Article))
        {
            from--;
        }

        for (var i = from; i < candidates.Length && ReferenceEquals(candidates[i].Article, later.Article); i++)
        {
            var c = candidates[i];
            if (c.Article.ArticleId != later.Article.ArticleId || !c.Undated || c.Day != later.Day || c.Figure.Kind == later.Figure.Kind
                || !EventClusterer.IsToll(c.Figure.Kind)
                || !first.TryGetValue((c.Figure.Kind, c.Day.AddDays(-1), c.Figure.Value, c.Figure.Qualifier), out var o))
            {
                continue;
            }

            for (; o >= 0; o = next[o])
            {
                if (candidates[o].Article.ArticleId == earlier.Article.ArticleId && SameThing(candidates[o], c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Compatible places and sides: the two figures can count one thing.</summary>
    private static bool SameThing(in Candidate a, in Candidate b) =>
        Places.Gazetteer.Compatible(a.Figure.Place, b.Figure.Place)
        && (a.Figure.Side is null || b.Figure.Side is null || a.Figure.Side == b.Figure.Side);

    /// <summary>Whether the two articles state a running total of one kind with the same number (one bulletin's).</summary>
    private static bool SameRunningTotal(StoredAnalysis a, StoredAnalysis b)
    {
        foreach (var x in a.Figures)
        {
            if (x.Scope != FigureScope.Cumulative)
            {
                continue;
            }

            foreach (var y in b.Figures)
            {
                if (y.Scope == FigureScope.Cumulative && y.Kind == x.Kind && y.Value == x.Value)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The article's figures of the selected kinds, each with its event day: as stored at ingestion, else resolved
    /// now from its sentence (analyses stored before event days were, and the CLI's folder reader).
    /// </summary>
    private static IReadOnlyList<Figure> Dated(StoredAnalysis article, HashSet<FigureKind> kinds)
    {
        var all = true;
        var dated = true;
        for (var i = 0; i < article.Figures.Count; i++)
        {
            var f = article.Figures[i];
            all &= kinds.Contains(f.Kind);
            dated &= f.EventDate is not null && f.EventDateBasis is not null;
        }

        var figures = all ? article.Figures : OfKinds(article.Figures, kinds);
        return dated ? figures : EventDates.Default.Date(figures, article.Language, article.Day, article.Title);
    }

    // Apart from Dated: a lambda capturing its parameter would cost Dated an allocation on every call.
    private static Figure[] OfKinds(IReadOnlyList<Figure> figures, HashSet<FigureKind> kinds) => [.. figures.Where(f => kinds.Contains(f.Kind))];

    /// <summary>
    /// The day an article's news is about: the date its figures' sentences state most often (the latest on a tie), when
    /// more than half of its figures state it, else its publication day (an article that recalls Monday's attack in
    /// one sentence is still about the night it reports). A figure whose own sentence dates nothing belongs to it: a report
    /// published the morning after ("the toll of the August 28 attack has risen; 35 are in hospital") is about the 28th.
    /// The lead is the first figure of the body when the headline's figures date nothing (<paramref name="title"/>).
    /// </summary>
    internal static DateOnly NewsDay(IReadOnlyList<Figure> figures, DateOnly published, string? title = null, string? language = null)
    {
        var best = (Day: published, Count: 0);
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.EventDateBasis == "publication" || f.EventDate is not { } day || (best.Count > 0 && day == best.Day))
            {
                continue;
            }

            var count = 0;
            for (var k = 0; k < figures.Count; k++)
            {
                var other = figures[k];
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

        if (best.Count * 2 > figures.Count)
        {
            return best.Day;
        }

        // A report filed the morning after opens with the night it is about ("In der Nacht zum Dienstag wurden in
        // Charkiw fünf Menschen getötet", published Wednesday): when the article's first figure is dated by its own
        // sentence one or two days before publication, the sentences after it that date nothing are about that day.
        // A headline's figure that dates nothing ("Sudan: Dutzende Tote bei Angriffen in Darfur und Kordofan" over "Bei
        // Angriffen … sind am Sonntag … mindestens 38 Menschen getötet worden", published Monday) says nothing of the day:
        // the body's first figure leads.
        var lead = -1;
        for (var i = 0; i < figures.Count; i++)
        {
            if ((lead < 0 || figures[i].Offset < figures[lead].Offset) &&
                !(figures[i].EventDateBasis == "publication" && title is { Length: > 0 } && figures[i].Evidence == title))
            {
                lead = i;
            }
        }

        // "The number of people killed in Wednesday's airstrike on a village in Sagaing has risen to 23 … More than 30
        // people were wounded", filed on Sunday: a lead that says its toll rose is the article's news however many days
        // after the strike the news came (a week at most), and the wounded it goes on to count are that strike's.
        // A lead told by the place's local time on the day after publication ("early Sunday local time", filed on Saturday
        // by the outlet's clock) is the article's news day too: its "overnight" is that night.
        return lead >= 0 && figures[lead] is { EventDate: { } leadDay, EventDateBasis: "stated" or "weekday" or "relative" }
            && (leadDay == published.AddDays(1) || leadDay < published) && (leadDay >= published.AddDays(-LeadReach)
                || (leadDay >= published.AddDays(-RisenLeadReach) && language is not null && EventClusterer.IsToll(figures[lead].Kind)
                    && EventDates.Default.Risen(figures[lead].Evidence, language)))
            ? leadDay
            : published;
    }

    /// <summary>How many days before publication the lead's day can be the article's news day (not background).</summary>
    private const int LeadReach = 2;

    /// <summary>How many days before publication a lead that says its toll rose can be the article's news day.</summary>
    private const int RisenLeadReach = 7;

    /// <summary>
    /// One article's figures of one kind and day, as event candidates: the largest is the article's figure; a smaller one
    /// is a part of it ("including two children", a region's share of a nationwide tally) unless both name places and
    /// the larger one is a city or region that does not contain the smaller one's ("3 killed in Kharkiv, 2 in Odesa":
    /// two events). A figure stated with a country or no place is taken as a tally that includes the others.
    /// </summary>
    internal static void ArticleEvents(StoredAnalysis article, int index, DateOnly day, List<Figure> figures, bool undated, CandidateBuffer events)
    {
        AddAdditional(figures, article.Language);
        StableSort(figures, static (a, b) => a.Lower != b.Lower ? b.Lower.CompareTo(a.Lower) : b.Value.CompareTo(a.Value));

        // A count the article marks as replaced ("la cifra inicial de ocho") is no head: the count that replaces it is,
        // and the replaced number is kept to tell the event's other sources.
        long superseded = 0;
        if (EventClusterer.IsToll(figures[0].Kind))
        {
            var earlier = figures.FindAll(f => EventDates.Default.Earlier(f, article.Language));
            if (earlier.Count > 0 && earlier.Count < figures.Count)
            {
                superseded = earlier.Max(f => f.Value);
                figures.RemoveAll(earlier.Contains);
                figures.AddRange(earlier);
            }
            else if (earlier.Count > 0)
            {
                superseded = earlier.Max(f => f.Value);
            }

            // "загинули двоє людей, а не троє": the replaced count follows the figure and is no figure of its own.
            foreach (var f in figures)
            {
                superseded = Math.Max(superseded, EventDates.Default.Replaced(f, article.Language));
            }
        }

        var heads = new List<(Figure Figure, List<Figure>? Parts, int Hours, bool Separate)>();
        foreach (var f in figures)
        {
            // A smaller toll whose sentence gives a time of day that clearly differs from the larger one's is no part of
            // it: "вранці … загинули двоє" and "о 22:35 … загинула 1 людина" are two strikes. Nor is one whose sentence
            // says it is another attack's ("In a separate attack, four villagers were killed in Kazgil, south of El
            // Obeid" after seven killed in a village west of it), unless the larger one's place is wider than its own.
            var hours = Hours(f, article.Language);
            var separate = heads.Count > 0 && EventClusterer.IsToll(f.Kind) && EventDates.Default.Separate(f.Evidence, article.Language ?? "");
            var home = -1;
            for (var h = 0; h < heads.Count && home < 0; h++)
            {
                var place = heads[h].Figure.Place;
                if ((EventClusterer.Depth(place) <= 0 || Places.Gazetteer.Compatible(place, f.Place) || (AroundIt(place, f.Place) && !NamesItsOwnPlace(f, article.Language))) && !DayTimes.Differ(heads[h].Hours, hours) &&
                    !(separate && !Wider(place, f.Place)))
                {
                    home = h;
                }
            }

            if (home < 0)
            {
                heads.Add((f, null, hours, separate));
            }
            else
            {
                var parts = heads[home].Parts;
                if (parts is null)
                {
                    parts = [];
                    heads[home] = (heads[home].Figure, parts, heads[home].Hours, heads[home].Separate);
                }

                parts.Add(f);
            }
        }

        SplitDayTotals(heads, article.Language);
        foreach (var (figure, parts, hours, separate) in heads)
        {
            events.Add(new Candidate(article, index, figure, day, parts is null ? [] : parts) { Undated = undated, Superseded = superseded, Hours = hours, Separate = separate, Sum = SumOfAttacks(figure, article.Language) });
        }
    }

    /// <summary>
    /// "Russian attacks on Zaporizhzhia killed five people on Wednesday … two … in the morning, and in the evening … killing
    /// three": a toll with no time of its own whose parts are tolls of times that clearly differ is the day's sum of two
    /// strikes, each an event of its own (other outlets report them apart), not one strike's toll; it would take one of
    /// them and count the other again (7, not 5). Such a head is replaced by its parts, grouped as heads by time (and
    /// place, as above), when they account for it; the sum itself is left out. Changes <paramref name="heads"/> in place.
    /// </summary>
    private static void SplitDayTotals(List<(Figure Figure, List<Figure>? Parts, int Hours, bool Separate)> heads, string? language)
    {
        for (var h = heads.Count - 1; h >= 0; h--)
        {
            var (whole, parts, wholeHours, _) = heads[h];
            if (wholeHours != 0 || parts is not { Count: >= 2 } || !EventClusterer.IsToll(whole.Kind))
            {
                continue;
            }

            // The parts' times, read once; most days' parts give none or one.
            var times = new int[parts.Count];
            var differ = false;
            for (var i = 0; i < parts.Count; i++)
            {
                times[i] = Hours(parts[i], language);
                for (var k = 0; k < i && !differ; k++)
                {
                    differ = DayTimes.Differ(times[k], times[i]);
                }
            }

            if (!differ)
            {
                continue;
            }

            var split = new List<(Figure Figure, List<Figure>? Parts, int Hours, bool Separate)>();
            List<Figure>? untimed = null;
            for (var i = 0; i < parts.Count; i++)
            {
                var (part, hours) = (parts[i], times[i]);
                if (hours == 0)
                {
                    (untimed ??= []).Add(part);
                    continue;
                }

                var home = -1;
                for (var k = 0; k < split.Count && home < 0; k++)
                {
                    if (!DayTimes.Differ(split[k].Hours, hours) && (Places.Gazetteer.Compatible(split[k].Figure.Place, part.Place) || (AroundIt(split[k].Figure.Place, part.Place) && !NamesItsOwnPlace(part, language))))
                    {
                        home = k;
                    }
                }

                if (home < 0)
                {
                    split.Add((part, null, hours, false));
                    continue;
                }

                var own = split[home].Parts ?? [];
                own.Add(part);
                split[home] = (split[home].Figure, own, split[home].Hours, false);
            }

            long sum = 0;
            foreach (var s in split)
            {
                sum += s.Figure.Value;
            }

            if (split.Count < 2 || sum < whole.Lower)
            {
                continue;
            }

            if (untimed is not null)
            {
                // "including two children": a part of no time stays with the largest strike's.
                var own = split[0].Parts ?? [];
                own.AddRange(untimed);
                split[0] = (split[0].Figure, own, split[0].Hours, false);
            }

            heads.RemoveAt(h);
            heads.InsertRange(h, split);
        }
    }

    /// <summary>Whether <paramref name="larger"/> is a country, unknown, or a place that holds <paramref name="smaller"/> and is not it.</summary>
    private static bool Wider(string? larger, string? smaller) =>
        EventClusterer.Depth(larger) <= 0 || (smaller is not null && larger != smaller && Places.Gazetteer.Contains(larger!, smaller));

    /// <summary>
    /// Whether <paramref name="smaller"/> is near the town <paramref name="larger"/> is ("injured at least four people in
    /// successive attacks on the area [of Novorossiysk] … one person in a village south of Novorossiysk"): in one article,
    /// a smaller toll near a town beside the town's own is a part of the town's, which outlets count for its area.
    /// </summary>
    private static bool AroundIt(string? larger, string? smaller) =>
        larger is not null && smaller is not null && Places.Gazetteer.IsNear(smaller) && Places.Gazetteer.Base(smaller) == larger;

    /// <summary>The hours of the day a toll's sentence gives its event (<see cref="DayTimes"/>): as stored at ingestion, else
    /// read from the sentence now (analyses stored before the hours were, and the CLI's folder reader); for weapons
    /// tallies, the span or the night their sentence counts (<see cref="DayTimes.TallyHours"/>).</summary>
    private static int Hours(Figure figure, string? language) =>
        !EventClusterer.IsToll(figure.Kind) ? DayTimes.Default.TallyHours(figure, language) : figure.Hours ?? DayTimes.Default.Hours(figure, language);

    /// <summary>
    /// "Shot down 58 drones, and another 72 were lost": a figure the text adds to an earlier one of its kind (same
    /// article, kind, day and a compatible place) is summed into it — the article's count is 130, not 72 with a part
    /// of 58. It is summed into the figure right before it in the text when their places fit. The sum keeps the earlier
    /// figure's sentence; an unbounded or qualified part makes the sum so.
    /// Changes <paramref name="figures"/> in place (same kind and day). A toll the earlier figure's sentence says rose
    /// ("Кількість загиблих … зросла до семи. Ще одна людина померла в лікарні", "the death toll has risen to seven; another
    /// person died in hospital") already holds the one more that explains the rise: it is not added again, and the one
    /// stays a part of the seven.
    /// </summary>
    internal static void AddAdditional(List<Figure> figures, string? language = null)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var extra = figures[i];
            if (!extra.Additional)
            {
                continue;
            }

            // The figure right before it in the text; "…, два — над Волгоградской областью. Еще один — над Азовским морем"
            // adds to a list of parts by place, not to a tally: a place that does not fit leaves the count apart.
            var into = -1;
            for (var k = 0; k < figures.Count; k++)
            {
                var f = figures[k];
                if (k != i && f.Offset < extra.Offset && (into < 0 || f.Offset > figures[into].Offset))
                {
                    into = k;
                }
            }

            if (into < 0 || !Places.Gazetteer.Compatible(figures[into].Place, extra.Place))
            {
                continue;
            }

            if (language is not null && EventClusterer.IsToll(extra.Kind) && figures[into].Evidence is { Length: > 0 } evidence && EventDates.Default.Risen(evidence, language))
            {
                figures[i] = extra with { Additional = false };
                continue;
            }

            var base_ = figures[into];
            var qualifier = base_.Qualifier != Qualifier.Exact ? base_.Qualifier : extra.Qualifier;
            figures[into] = base_ with
            {
                Value = base_.Value + extra.Value,
                Lower = base_.Lower + extra.Lower,
                Upper = base_.Upper is { } a && extra.Upper is { } b ? a + b : null,
                Qualifier = qualifier,
                Additional = base_.Additional,
            };
            figures.RemoveAt(i);
            i = -1;
        }
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

    /// <summary>The analyses the filter keeps, once per article id (the first seen), by day, source and id.</summary>
    internal static List<StoredAnalysis> Select(IEnumerable<StoredAnalysis> analyses, BriefingFilter filter)
    {
        var languages = filter.Languages is { Count: > 0 } list ? list.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
        var places = filter.Places is { Count: > 0 } named ? named.Select(p => PlaceFilter.Parse(p)).ToArray() : null;
        // Not sized from the input: a day's report over a year of analyses keeps a few hundred of them.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<StoredAnalysis>();
        foreach (var a in analyses)
        {
            if (a.Error is null
                && filter.Period.Contains(a.Day)
                && (languages is null || languages.Contains(a.Language))
                && (string.IsNullOrEmpty(filter.SourceContains) || a.Source.Contains(filter.SourceContains, StringComparison.OrdinalIgnoreCase))
                && seen.Add(a.ArticleId))
            {
                if (places is null)
                {
                    kept.Add(a);
                }
                else if (InPlaces(a, places) is { } placed)
                {
                    kept.Add(placed);
                }
            }
        }

        // Ids are unique now, so the order is total and an unstable sort gives the one result.
        kept.Sort(static (a, b) =>
            a.Day != b.Day ? a.Day.CompareTo(b.Day)
            : string.CompareOrdinal(a.Source, b.Source) is var bySource and not 0 ? bySource
            : string.CompareOrdinal(a.ArticleId, b.ArticleId));
        return kept;
    }

    /// <summary>
    /// The analysis with only its figures placed in one of <paramref name="places"/> (or inside one); itself when all are,
    /// null when none is.
    /// </summary>
    private static StoredAnalysis? InPlaces(StoredAnalysis a, PlaceFilter[] places)
    {
        bool In(Figure f) => Array.Exists(places, p => p.Matches(f.Place));
        return a.Figures.All(In) ? (a.Figures.Count > 0 ? a : null)
            : a.Figures.Any(In) ? a with { Figures = [.. a.Figures.Where(In)] }
            : null;
    }

    private static List<KindTotal> Totals(List<ReportedEvent> counted, IEnumerable<FigureKind> kinds, bool showEmpty, int articleCount)
    {
        // Distinct articles per kind: each source knows its article's position in the input, so a stamp per article
        // does what a set of ids would, without one.
        var stamps = new int[articleCount];
        var stamp = 0;
        var totals = new List<KindTotal>();
        foreach (var kind in kinds)
        {
            var ofKind = counted.FindAll(e => e.Kind == kind);
            if (ofKind.Count == 0 && !showEmpty)
            {
                continue;
            }

            stamp++;
            var sources = 0;
            long headline = 0, lower = 0, upper = 0;
            var bounded = true;
            HashSet<string>? others = null;
            foreach (var e in ofKind)
            {
                headline += e.Headline;
                lower += e.Lower;
                bounded &= e.Upper is not null;
                upper += e.Upper ?? 0;
                for (var k = 0; k < e.Sources.Count; k++)
                {
                    var s = e.Sources[k];
                    if (s.ArticleIndex >= 0 && s.ArticleIndex < articleCount)
                    {
                        if (stamps[s.ArticleIndex] != stamp)
                        {
                            stamps[s.ArticleIndex] = stamp;
                            sources++;
                        }
                    }
                    else
                    {
                        (others ??= new HashSet<string>(StringComparer.Ordinal)).Add(s.ArticleId);
                    }
                }
            }

            totals.Add(new KindTotal(kind, headline, lower, bounded ? upper : null, ofKind.Count, sources + (others?.Count ?? 0)));
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
    private static List<ReportedEvent> Cumulative(Candidate[] candidates) =>
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
                    .ToArray();
                return EventClusterer.ToEvent(g.Key.Kind, latestDay, FigureScope.Cumulative, members, g.Key.Place.Length == 0 ? null : g.Key.Place);
            })];
}
