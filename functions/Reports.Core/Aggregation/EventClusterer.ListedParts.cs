using Reports.Core.Figures;
using Reports.Core.Places;

namespace Reports.Core.Aggregation;

internal static partial class EventClusterer
{
    /// <summary>
    /// A toll kept apart whose place and number another event lists as one of its places ("Israeli strikes on south
    /// and east Lebanon killed seven … In the eastern Bekaa valley, a strike near Baalbek killed two": the nationwide
    /// seven, filed under the south, lists Baalbek's two; "In another strike in the south, three people were killed"
    /// with no town beside another outlet's "three in a tent in al-Mawasi" inside Gaza's nine) is that part of the
    /// larger event: it is taken in (the event keeps its place: a country's sum of its parts would count a town and "near" the town twice). Only tolls, only a part
    /// named at a place of its own (not "including two children" at the whole's place), only an exact value; a part at a place the event could have held joins only when its sentence kept it apart
    /// ("another strike"): one the region's own tally could not also hold (its parts overfill it) stays apart.
    /// </summary>
    private static void TakeListedPartsIn(List<Group> groups, Candidate[] candidates)
    {
        if (groups.Count < 2)
        {
            return;
        }

        for (var h = 0; h < groups.Count; h++)
        {
            var part = groups[h];
            if (part.Place is not { } at || !IsToll(part.Kind(candidates)) || part.HasSum(candidates))
            {
                continue;
            }

            for (var g = 0; g < groups.Count; g++)
            {
                var whole = groups[g];
                if (g == h || whole.Place is not { } wp || whole.Largest <= part.Largest
                    || wp[..Country(wp)] != at[..Country(at)]
                    || (part.Side is not null && whole.Side is not null && part.Side != whole.Side)
                    || (Gazetteer.Compatible(wp, at) && !part.HasSeparate)
                    || !whole.ListsPart(candidates, at, part.Largest))
                {
                    continue;
                }

                whole.Absorb(part);
                groups.RemoveAt(h);
                h--;
                break;
            }
        }
    }

    private static int Country(string place)
    {
        var slash = place.IndexOf('/');
        return slash < 0 ? place.Length : slash;
    }

    private sealed partial class Group
    {
        /// <summary>Whether a member's sentence says it is another attack ("In another strike in the south, …").</summary>
        public bool HasSeparate => separateArticles.Count > 0;

        /// <summary>The kind of the group's first member.</summary>
        public FigureKind Kind(Candidate[] candidates) => candidates[members[0]].Figure.Kind;

        /// <summary>
        /// Whether a member's listed part (at a place of its own, not the member's; a member of its own at a town is no
        /// list and may be the strike a region's tally cannot also hold) states
        /// <paramref name="value"/> at <paramref name="place"/> (or near it, or inside it).
        /// </summary>
        public bool ListsPart(Candidate[] candidates, string place, long value)
        {
            foreach (var m in members)
            {
                var c = candidates[m];
                foreach (var p in c.Parts)
                {
                    if (p.Value == value && p.Place is { } pp && pp != c.Figure.Place && Matches(pp, place))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Matches(string stated, string place) =>
            Gazetteer.Base(stated) == Gazetteer.Base(place) || Gazetteer.Contains(place, stated);
    }
}
