using Reports.Core.Places;

namespace Reports.Core.Aggregation;

internal static partial class EventClusterer
{
    /// <summary>
    /// "Загалом сьогодні в Харкові внаслідок двох ударів загинули 5 людей", "In all, five people were killed … in the two
    /// attacks on Saturday" beside a guided bomb's three in the morning and a missile's two in the evening: the day's sum
    /// of strikes has no time of its own, so it joined the first strike's event (its headline five) while the evening's
    /// two stayed an event of their own (7 for 5). A group holding such a sum (<see cref="Candidate.Sum"/>, stated for the
    /// group's own place) takes in the other groups of its place, or of places inside it, on its side, largest first,
    /// while its own largest single toll and theirs still fit in the sum: the sum is the event, its strikes its parts.
    /// Groups that would overfill it stay apart (a strike the sum does not count).
    /// </summary>
    private static void TakeStrikesIntoSums(List<Group> groups, Candidate[] candidates, int start, int count)
    {
        if (groups.Count < 2)
        {
            return;
        }

        var any = false;
        for (var i = start; i < start + count && !any; i++)
        {
            any = candidates[i].Sum;
        }

        if (!any)
        {
            return;
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var whole = groups[g];
            var (sum, single) = whole.SumAndSingle(candidates);
            if (sum == 0 || whole.Place is null)
            {
                continue;
            }

            var taken = single;
            while (true)
            {
                // The largest other group of the place that still fits.
                var best = -1;
                for (var h = 0; h < groups.Count; h++)
                {
                    var part = groups[h];
                    if (h == g || part.Place is null || part.HasSum(candidates) || part.Largest + taken > sum
                        || !(part.Place == whole.Place || Gazetteer.Contains(whole.Place, part.Place))
                        || (part.Side is not null && whole.Side is not null && part.Side != whole.Side)
                        || (best >= 0 && groups[best].Largest >= part.Largest))
                    {
                        continue;
                    }

                    best = h;
                }

                if (best < 0)
                {
                    break;
                }

                taken += groups[best].Largest;
                whole.Absorb(groups[best]);
                groups.RemoveAt(best);
                if (best < g)
                {
                    g--;
                }
            }
        }
    }

    private sealed partial class Group
    {
        /// <summary>The group's one side, when a member states it.</summary>
        public string? Side => side;

        /// <summary>
        /// The largest sum of several attacks its members state for the group's place (0 when none), and the largest
        /// toll of a single strike beside it (a member stating the sum's number is the sum, reported without its words:
        /// "Five people were killed in Russian attacks on Kharkiv").
        /// </summary>
        public (long Sum, long Single) SumAndSingle(Candidate[] candidates)
        {
            long sum = 0, single = 0;
            foreach (var m in members)
            {
                var f = candidates[m].Figure;
                if (candidates[m].Sum && (f.Place is null || f.Place == Place))
                {
                    sum = Math.Max(sum, f.Value);
                }
            }

            if (sum == 0)
            {
                return (0, 0);
            }

            foreach (var m in members)
            {
                var f = candidates[m].Figure;
                if (!candidates[m].Sum && f.Value != sum)
                {
                    single = Math.Max(single, f.Value);
                }
            }

            return (sum, single);
        }

        /// <summary>Whether a member is a sum of several attacks.</summary>
        public bool HasSum(Candidate[] candidates)
        {
            foreach (var m in members)
            {
                if (candidates[m].Sum)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Takes in another group's members (its place is this one's or inside it).</summary>
        public void Absorb(Group other)
        {
            members.AddRange(other.members);
            articles.AddRange(other.articles);
            separateArticles.AddRange(other.separateArticles);
            Largest = Math.Max(Largest, other.Largest);
            side ??= other.side;
        }
    }
}
