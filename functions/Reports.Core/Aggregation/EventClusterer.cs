using System.Buffers;
using Reports.Core.Figures;
using Reports.Core.Places;

namespace Reports.Core.Aggregation;

/// <summary>
/// One figure offered for clustering: its article (and the article's index in the briefing's input), its event day,
/// and the smaller figures of the same kind, day and place in the same article that are parts of it ("5 killed,
/// including 2 children"). A value: a year's report handles hundreds of thousands of them.
/// </summary>
internal readonly record struct Candidate(StoredAnalysis Article, int ArticleIndex, Figure Figure, DateOnly Day, IReadOnlyList<Figure> Parts)
{
    /// <summary>True when nothing in the article dates the figure: its day is the publication day.</summary>
    public bool Undated { get; init; }

    /// <summary>
    /// A number the article marks as an earlier count that a later one replaces ("la cifra inicial de ocho"), 0 when
    /// none: no source's figure of that number is the event's headline.
    /// </summary>
    public long Superseded { get; init; }

    /// <summary>
    /// For a toll, the hours of the day its sentence gives its event (<see cref="Reports.Core.Articles.DayTimes"/>), 0 when
    /// it gives none: tolls whose times clearly differ are two events ("вранці" and "о 22:35" in one city).
    /// </summary>
    public int Hours { get; init; }

    /// <summary>
    /// True when its sentence says it is another attack's than the article's larger toll of its place ("In a separate
    /// attack, four villagers were killed"): it never joins an event that holds another toll of its article.
    /// </summary>
    public bool Separate { get; init; }

    /// <summary>
    /// True when its sentence says the toll counts several attacks ("in the two attacks on Saturday", "внаслідок двох
    /// ударів"): a day's sum whose event holds the place's other strikes of the day that it accounts for.
    /// </summary>
    public bool Sum { get; init; }
}

/// <summary>
/// Forms reported events (docs/aggregation.md, "Events"). Figures of one kind and event day are one event when their
/// places are compatible (equal, unknown, or one containing the other: a city's toll is inside a nationwide tally);
/// different places never merge, values do not decide identity (a toll that rises from 10 to 25 through the day is one
/// event). Figures are taken from the most general place to the most specific, unknown places last, so a regional
/// figure joins the nationwide tally that contains it. The headline follows one rule (<see cref="Headline"/>): for a
/// toll of people <b>the largest value any source states</b> (tolls only rise), for a weapons tally <b>the value
/// most sources state on the latest publication day</b> (the largest of equally stated ones); a figure that counts drones and missiles together is used only when
/// no source counts them apart; lower and upper span what the sources state.
/// </summary>
internal static partial class EventClusterer
{
    /// <summary>The events of <paramref name="count"/> candidates of one kind and day, from <paramref name="start"/>.</summary>
    public static List<ReportedEvent> Cluster(FigureKind kind, DateOnly day, Candidate[] candidates, int start, int count)
    {
        // Unknown places last, then from the most general place to the most specific, larger values first; the
        // article id (then the input order) breaks ties, so the result never depends on how the input was ordered.
        var items = ArrayPool<Ordered>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var c = candidates[start + i];
                items[i] = new Ordered(c, c.Figure.Place is null || SomewhereIn(c.Figure), Depth(c.Figure.Place), i);
            }

            items.AsSpan(0, count).Sort(static (x, y) => OrderedComparer.Instance.Compare(x, y));
            var groups = new List<Group>();
            for (var i = 0; i < count; i++)
            {
                var candidate = items[i].Candidate;
                var somewhere = SomewhereIn(candidate.Figure);
                Group? home = null;
                var nearest = long.MaxValue;
                foreach (var g in groups)
                {
                    if (g.Accepts(candidate))
                    {
                        if (somewhere)
                        {
                            // A toll somewhere in a country joins the event of that country whose sources state a number
                            // its range meets, else the one whose largest number is nearest its own (tolls rise: "eight"
                            // in Yemen the next day beside six in Hodeidah); an event of its own only when the country
                            // has none.
                            var distance = Math.Abs(g.Largest - candidate.Figure.Value);
                            if (distance < nearest)
                            {
                                (home, nearest) = (g, distance);
                            }
                        }
                        else
                        {
                            home ??= g;
                        }

                        if (!items[i].Unknown || g.Overlaps(candidate, candidates))
                        {
                            // A figure with no place fits every event of its day: it joins one whose sources state a
                            // number its range meets (the air force's 98 drones with no place, beside Ukraine's 98 and
                            // Russia's 53), else the first.
                            home = g;
                            break;
                        }
                    }
                }

                if (home is null)
                {
                    home = new Group();
                    groups.Add(home);
                }

                home.Add(candidate, start + items[i].Index, somewhere);
            }

            TakeStrikesIntoSums(groups, candidates, start, count);
            TakeListedPartsIn(groups, candidates);
            var events = new List<ReportedEvent>(groups.Count);
            var members = ArrayPool<Candidate>.Shared.Rent(count);
            try
            {
                foreach (var g in groups)
                {
                    var n = g.CopyMembers(candidates, members);
                    events.Add(ToEvent(kind, day, FigureScope.Event, members.AsSpan(0, n), g.Place));
                }
            }
            finally
            {
                ArrayPool<Candidate>.Shared.Return(members, clearArray: true);
            }

            return events;
        }
        finally
        {
            ArrayPool<Ordered>.Shared.Return(items, clearArray: true);
        }
    }

    /// <summary>Whether two figures' ranges overlap (an unbounded upper is infinity).</summary>
    public static bool Overlap(Figure a, Figure b) =>
        a.Lower <= (b.Upper ?? long.MaxValue) && b.Lower <= (a.Upper ?? long.MaxValue);

    /// <summary>
    /// The headline rule: for a toll of people (killed, injured, casualties) the largest value any source states, since
    /// tolls only rise as reports come in and a smaller one is an earlier or partial count, whatever day an outlet
    /// published it; for a weapons tally the value most sources state on the latest publication day, the largest of
    /// equally stated ones (the authority's tally as last repeated; a larger number elsewhere is more often a different
    /// count, or the launcher's own claim, than a later one). Separate counts
    /// come before combined ones, and for weapons counted numbers before orders of magnitude ("dozens of missiles": the
    /// authority's count is a number; for tolls the largest stated still wins, "dozens killed" being at least 12).
    /// </summary>
    public static Figure Headline(FigureKind kind, ReadOnlySpan<Candidate> members)
    {
        var separate = false;
        var counted = false;
        foreach (var m in members)
        {
            separate |= !m.Figure.Combined;
            counted |= !m.Figure.Vague;
        }

        var toll = IsToll(kind);

        // A toll corrected down ("siete muertos … corrigieron a la baja la cifra inicial de ocho"): the replaced number is
        // no headline, whoever stated it, unless every source states it.
        HashSet<long>? superseded = null;
        foreach (var m in members)
        {
            if (toll && m.Superseded > 0)
            {
                (superseded ??= []).Add(m.Superseded);
            }
        }

        if (superseded is not null)
        {
            var others = false;
            foreach (var m in members)
            {
                others |= !superseded.Contains(m.Figure.Value);
            }

            superseded = others ? superseded : null;
        }

        var latest = DateOnly.MinValue;
        if (!toll)
        {
            foreach (var m in members)
            {
                if ((!separate || !m.Figure.Combined) && (!counted || !m.Figure.Vague) && m.Article.Day > latest)
                {
                    latest = m.Article.Day;
                }
            }
        }

        Figure? best = null;
        foreach (var m in members)
        {
            var figure = m.Figure;
            if ((separate && figure.Combined) || (!toll && counted && figure.Vague) || (!toll && m.Article.Day != latest)
                || (superseded is not null && superseded.Contains(figure.Value)))
            {
                continue;
            }

            if (best is null)
            {
                best = figure;
                continue;
            }

            // A weapons tally: the number most of the latest day's sources state ("around 110" in three outlets beside
            // the launcher's own claim of 130), the largest of equally stated ones; a toll: the largest.
            var more = toll ? 0 : Stating(members, figure.Value, latest, separate, counted) - Stating(members, best.Value, latest, separate, counted);
            if (more > 0 || (more == 0 && (figure.Value > best.Value || (figure.Value == best.Value && figure.Lower > best.Lower))))
            {
                best = figure;
            }
        }

        return best!;
    }

    /// <summary>How many of the members published on <paramref name="latest"/> state <paramref name="value"/> (as the headline counts them).</summary>
    private static int Stating(ReadOnlySpan<Candidate> members, long value, DateOnly latest, bool separate, bool counted)
    {
        var n = 0;
        foreach (var m in members)
        {
            n += m.Figure.Value == value && m.Article.Day == latest && !(separate && m.Figure.Combined) && !(counted && m.Figure.Vague) ? 1 : 0;
        }

        return n;
    }

    /// <summary>Whether a kind counts people (a toll that rises as reports come in) rather than weapons.</summary>
    /// <summary>
    /// Whether the figure is a toll of people placed in a country only because the article names that country most
    /// (<c>placeBasis: article</c>): its sentence names no place the gazetteer knows ("at least five killed in Kryvy Rih"
    /// with a spelling it lacks, "in the town of Bara"), so it happened somewhere in the country, not country-wide. Such a
    /// toll is clustered like a figure with no place, among that country's events: it does not hold the country's town
    /// events as its parts (before, "nine killed" in an unknown town of Sudan made a country event that took El Fasher's
    /// five as a part).
    /// </summary>
    internal static bool SomewhereIn(Figure figure) =>
        figure.Place is { } p && IsToll(figure.Kind) && p.IndexOf('/') < 0 && figure.PlaceBasis == "article";

    internal static bool IsToll(FigureKind kind) => kind is FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties;

    /// <summary>
    /// The event built from figures taken as one (<paramref name="members"/>) and the parts their articles state
    /// beside them (each member's <see cref="Candidate.Parts"/>).
    /// </summary>
    public static ReportedEvent ToEvent(FigureKind kind, DateOnly day, FigureScope scope, ReadOnlySpan<Candidate> members, string? place)
    {
        var headline = Headline(kind, members);
        var value = headline.Value;

        // A country's toll is at least what its disjoint parts add up to: "at least 12 killed across Sudan, nine of them in
        // El Obeid" beside five killed in Kadugli and six near El Fasher is 20, not 12 (an early count the parts outgrew).
        if (scope == FigureScope.Event && IsToll(kind) && place is not null && Depth(place) == 0)
        {
            value = Math.Max(value, PartsSum(members, place));
        }

        var lower = long.MaxValue;
        var bounded = true;
        var upper = value;
        string? side = null;
        var listed = members.Length;
        foreach (var m in members)
        {
            lower = Math.Min(lower, m.Figure.Lower);
            if (m.Figure.Upper is { } u)
            {
                upper = Math.Max(upper, u);
            }
            else
            {
                bounded = false;
            }

            side ??= m.Figure.Side;
            listed += m.Parts.Count;
        }

        // By day, source and article; an article's own figure before its parts, larger values first; the order they
        // were listed in breaks ties.
        var order = ArrayPool<Listed>.Shared.Rent(listed);
        try
        {
            var n = 0;
            foreach (var m in members)
            {
                order[n] = new Listed(new FigureSource(m.Article, m.Figure, m.ArticleIndex, part: false), n);
                n++;
            }

            foreach (var m in members)
            {
                for (var k = 0; k < m.Parts.Count; k++)
                {
                    order[n] = new Listed(new FigureSource(m.Article, m.Parts[k], m.ArticleIndex, part: true), n);
                    n++;
                }
            }

            order.AsSpan(0, n).Sort(static (x, y) => ListedComparer.Instance.Compare(x, y));
            var sources = new FigureSource[n];
            for (var i = 0; i < n; i++)
            {
                sources[i] = order[i].Source;
            }

            return new ReportedEvent(kind, day, scope, value, lower, bounded ? upper : null, sources) { Place = place, Side = side };
        }
        finally
        {
            ArrayPool<Listed>.Shared.Return(order, clearArray: true);
        }
    }

    /// <summary>
    /// What the places below <paramref name="root"/> that the members (and the parts their articles list) name add up to:
    /// each place counts the largest value stated for it, or the sum of the places directly inside it when that is more
    /// (a region's own toll holds its cities'; two cities of one region add up). 0 when fewer than two places below the
    /// root are named. A number an article says was replaced ("двоє, а не троє") counts for no place, nor does a figure
    /// that states as much as the whole (the whole filed under a place of it).
    /// </summary>
    internal static long PartsSum(ReadOnlySpan<Candidate> members, string root)
    {
        // What the whole states; a figure below it that states as much is the whole filed under its most named place
        // ("14 Menschen wurden verletzt" in an article about Kherson, the country's 14), not a part.
        long whole = 0;
        foreach (var m in members)
        {
            whole = m.Figure.Place == root ? Math.Max(whole, m.Figure.Value) : whole;
        }

        List<(string Place, long Value)>? named = null;
        foreach (var m in members)
        {
            Name(ref named, m.Figure, root, whole, members);
            for (var k = 0; k < m.Parts.Count; k++)
            {
                Name(ref named, m.Parts[k], root, whole, members);
            }
        }

        if (named is null || named.Count < 2)
        {
            return 0;
        }

        return Sum(named, root, -1);

        static void Name(ref List<(string Place, long Value)>? named, Figure f, string root, long whole, ReadOnlySpan<Candidate> members)
        {
            if (f.Place is not { } p || p == root || f.Value >= whole || !Gazetteer.Contains(root, p))
            {
                return;
            }

            foreach (var m in members)
            {
                if (m.Superseded > 0 && m.Superseded == f.Value)
                {
                    return;
                }
            }

            named ??= [];
            for (var i = 0; i < named.Count; i++)
            {
                if (named[i].Place == p)
                {
                    named[i] = (p, Math.Max(named[i].Value, f.Value));
                    return;
                }
            }

            named.Add((p, f.Value));
        }

        // The value of a place (index at, or the root when -1): its own largest, or its direct parts' sum when more.
        static long Sum(List<(string Place, long Value)> named, string place, int at)
        {
            long own = at >= 0 ? named[at].Value : 0, parts = 0;
            for (var i = 0; i < named.Count; i++)
            {
                if (i == at || !Gazetteer.Contains(place, named[i].Place) || named[i].Place == place)
                {
                    continue;
                }

                var direct = true;
                for (var j = 0; j < named.Count && direct; j++)
                {
                    direct = j == i || j == at || named[j].Place == place || named[j].Place == named[i].Place
                        || !Gazetteer.Contains(place, named[j].Place) || !Gazetteer.Contains(named[j].Place, named[i].Place);
                }

                if (direct)
                {
                    parts += Sum(named, named[i].Place, i);
                }
            }

            return Math.Max(own, parts);
        }
    }

    internal static int Depth(string? place) => place is null ? -1 : place.AsSpan().Count('/');

    private readonly record struct Ordered(Candidate Candidate, bool Unknown, int Depth, int Index);

    private sealed class OrderedComparer : IComparer<Ordered>
    {
        public static readonly OrderedComparer Instance = new();

        public int Compare(Ordered a, Ordered b) =>
            a.Unknown != b.Unknown ? a.Unknown.CompareTo(b.Unknown)
            : a.Depth != b.Depth ? a.Depth.CompareTo(b.Depth)
            : a.Candidate.Figure.Value != b.Candidate.Figure.Value ? b.Candidate.Figure.Value.CompareTo(a.Candidate.Figure.Value)
            : string.CompareOrdinal(a.Candidate.Article.ArticleId, b.Candidate.Article.ArticleId) is var byId and not 0 ? byId
            : a.Index.CompareTo(b.Index);
    }

    private readonly record struct Listed(FigureSource Source, int Index);

    private sealed class ListedComparer : IComparer<Listed>
    {
        public static readonly ListedComparer Instance = new();

        public int Compare(Listed x, Listed y)
        {
            var (a, b) = (x.Source, y.Source);
            var (da, db) = (a.Article.Day, b.Article.Day);
            return da != db ? da.CompareTo(db)
                : string.CompareOrdinal(a.Source, b.Source) is var bySource and not 0 ? bySource
                : string.CompareOrdinal(a.ArticleId, b.ArticleId) is var byId and not 0 ? byId
                : a.Part != b.Part ? a.Part.CompareTo(b.Part)
                : a.Figure.Value != b.Figure.Value ? b.Figure.Value.CompareTo(a.Figure.Value)
                : x.Index.CompareTo(y.Index);
        }
    }

    private sealed partial class Group
    {
        // The members, as positions in the candidates being clustered.
        private readonly List<int> members = [];

        // The members' articles (their indexes in the briefing's input), and those of members their article says are
        // another attack's (Candidate.Separate).
        private readonly List<int> articles = [];
        private readonly List<int> separateArticles = [];

        // The members' distinct places (rarely more than two or three) and their one side: what Accepts checks, kept
        // as members join so a group of hundreds of reports is checked in a few steps.
        private readonly List<string> places = [];

        // The largest value each of those places states (same positions as places).
        private readonly List<long> largest = [];
        private string? side;

        // The distinct times of day that members stating the event's own place (or no place of their own) give; 0,
        // unknown, left out. A part below the place (a city's strike inside a region's day) adds none.
        private readonly List<int> hours = [];

        // Whether a member states the group's most general place itself (a region's own tally, not only its cities').
        private bool ownTally;

        /// <summary>The most general place its members name.</summary>
        public string? Place { get; private set; }

        /// <summary>The largest value a member states.</summary>
        public long Largest { get; private set; }

        public bool Accepts(in Candidate candidate)
        {
            // Two tolls one article tells apart ("In a separate attack, …") are two events.
            if (separateArticles.Contains(candidate.ArticleIndex) || (candidate.Separate && articles.Contains(candidate.ArticleIndex)))
            {
                return false;
            }

            var p = candidate.Figure.Place;
            var weapons = !IsToll(candidate.Figure.Kind);
            if (!Gazetteer.Compatible(Place, p) && !(weapons && OffItsCoast(Place, p, candidate.Figure.Side ?? side)))
            {
                return false;
            }

            // Sides must agree: "nine Israeli soldiers" and a toll of Palestinians are two events in one place.
            if (candidate.Figure.Side is { } s && side is not null && side != s)
            {
                return false;
            }

            // So must times of day: a morning strike and a night strike on one city are two events; an unknown time
            // fits any, and a tally of a wider place whose own reports give no time holds strikes of any hour.
            if (candidate.Hours != 0)
            {
                foreach (var h in hours)
                {
                    if (Reports.Core.Articles.DayTimes.Differ(h, candidate.Hours))
                    {
                        return false;
                    }
                }
            }

            // A toll stated for a region holds its parts only while they fit in it: "six injured in the Kharkiv region"
            // cannot also hold five in a town near Kharkiv and four in the city, so the second part is an event of its own.
            // (A country's toll is left alone: a nationwide toll filed under its most named region is common.)
            if (p is not null && ownTally && Depth(Place) >= 1 && p != Place && IsToll(candidate.Figure.Kind) && Gazetteer.Contains(Place!, p) && Overfills(p, candidate.Figure.Value))
            {
                return false;
            }

            // Below a country-wide tally every place of the country fits, and below a region's own tally every place of
            // the region ("seven killed in southern Lebanon", with four in Nabatieh and three in Tyre); below a city, or
            // below a region that only its cities' reports name, only its own parts.
            if (Depth(Place) <= 0 || p is null || (ownTally && Gazetteer.Contains(Place!, p)))
            {
                return true;
            }

            foreach (var other in places)
            {
                if (!Gazetteer.Compatible(other, p) && !(weapons && OffItsCoast(other, p, candidate.Figure.Side ?? side)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// "intercepted two drones launched from Yemen before they reached Eilat" and "… au-dessus de la mer Rouge": drones
        /// and missiles downed off a coastal town (below country level) over its sea, when that sea is counted by the town's
        /// enemy (the Red Sea is Yemen's, at war with Israel), are the enemy's weapons launched at the town, so the town's
        /// tally and the sea's are one — unless the weapons are the town's own side's (Russia's tally of Ukrainian drones
        /// over the Black Sea is no Odesa tally). A sea no enemy of the town counts is left apart (Port Sudan's downed drones
        /// and CENTCOM's over the Red Sea). Tolls are left apart too: a ship's crew at sea and people hurt in the port are
        /// two events.
        /// </summary>
        private static bool OffItsCoast(string? a, string? b, string? weaponsSide)
        {
            if (a is null || b is null)
            {
                return false;
            }

            var gazetteer = Gazetteer.Default;
            var (town, sea) = Depth(a) >= 1 && gazetteer.SeaOf(a) == b ? (a, b)
                : Depth(b) >= 1 && gazetteer.SeaOf(b) == a ? (b, a)
                : (null, null);
            if (town is null || sea is null)
            {
                return false;
            }

            var country = town[..town.IndexOf('/', StringComparison.Ordinal)];
            return weaponsSide != country && gazetteer.CountedByEnemyOf(sea, country);
        }

        /// <summary>
        /// Whether a part at <paramref name="p"/> (a new place inside the group's own tally) with <paramref name="value"/>,
        /// added to the largest values of the parts already in it, exceeds the largest value stated for the whole. A part
        /// whose place fits one already in (a toll rising in the same city) and the first part (the whole may be an earlier
        /// count) always fit.
        /// </summary>
        private bool Overfills(string p, long value)
        {
            long whole = 0, parts = value;
            var other = false;
            for (var i = 0; i < places.Count; i++)
            {
                if (places[i] == Place)
                {
                    whole = Math.Max(whole, largest[i]);
                }
            }

            for (var i = 0; i < places.Count; i++)
            {
                if (places[i] == Place)
                {
                    continue;
                }

                if (Gazetteer.Compatible(places[i], p))
                {
                    return false;
                }

                // A place that states as much as the whole is the whole filed under its most named place ("38 Tote binnen
                // 24 Stunden" in an article about a school in Gaza City, the Strip's 38), not a part that fills it.
                if (largest[i] != whole)
                {
                    parts += largest[i];
                    other = true;
                }
            }

            return other && parts > whole;
        }

        public void Add(in Candidate candidate, int position, bool somewhere)
        {
            members.Add(position);
            articles.Add(candidate.ArticleIndex);
            if (candidate.Separate)
            {
                separateArticles.Add(candidate.ArticleIndex);
            }

            Largest = Math.Max(Largest, candidate.Figure.Value);
            var p = candidate.Figure.Place;

            // A toll somewhere in the country does not widen an event of one of its places to the whole country.
            if (p is not null && !(somewhere && Place is not null))
            {
                var at = places.IndexOf(p);
                if (at < 0)
                {
                    places.Add(p);
                    largest.Add(candidate.Figure.Value);
                }
                else
                {
                    largest[at] = Math.Max(largest[at], candidate.Figure.Value);
                }

                if (Place is null || Gazetteer.Contains(p, Place))
                {
                    if (Place != p)
                    {
                        // Times are those of the event's own place: a wider tally (the region's day) holds a morning and
                        // an evening strike on one of its cities alike.
                        hours.Clear();
                    }

                    Place = p;
                }

                ownTally |= p == Place;
            }

            side ??= candidate.Figure.Side;
            if (candidate.Hours != 0 && (p is null || somewhere || p == Place) && !hours.Contains(candidate.Hours))
            {
                hours.Add(candidate.Hours);
            }
        }

        /// <summary>Whether the candidate's range meets a member's.</summary>
        public bool Overlaps(in Candidate candidate, Candidate[] candidates)
        {
            foreach (var m in members)
            {
                if (Overlap(candidates[m].Figure, candidate.Figure))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Copies the members, in the order they joined, into <paramref name="into"/>; returns how many.</summary>
        public int CopyMembers(Candidate[] candidates, Candidate[] into)
        {
            for (var i = 0; i < members.Count; i++)
            {
                into[i] = candidates[members[i]];
            }

            return members.Count;
        }
    }
}
