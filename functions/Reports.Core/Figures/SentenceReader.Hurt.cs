namespace Reports.Core.Figures;

internal sealed partial class SentenceReader
{
    /// <summary>How many tokens an including term may stand from the killed count it ties to the hurt.</summary>
    private const int HurtIncludingReach = 3;

    /// <summary>
    /// "пострадали 14 человек, в том числе трое погибших", "14 người bị thương, trong đó 3 người đã tử vong", "Fourteen were
    /// hurt, including three who died": people hurt whose breakdown counts dead among them are the attack's casualties,
    /// killed and injured together (the guideline's combined count), as they are when the dead are not counted
    /// (<see cref="DeadAmongTheInjured"/>); the dead are their killed part. An injured figure <paramref name="c"/> is
    /// followed in its clause (commas allowed, no other count between) by a smaller killed figure with an including term
    /// just before its count. A death told after the count ("three of them fatally", "before one of them died") is a later
    /// outcome of the injured: the injured figure stays.
    /// </summary>
    private bool HurtWithCountedDead(Candidate c)
    {
        if (c.Kind != FigureKind.Injured)
        {
            return false;
        }

        if (KilledBeforeInClause(c))
        {
            return false;
        }

        var from = Math.Max(c.PhraseEnd, c.Mention.End);
        foreach (var dead in _found)
        {
            var at = dead.Mention.QualifierStart;
            if (dead.Kind != FigureKind.Killed || at < from || at - from > AffectedReach || dead.Mention.Value >= c.Mention.Value)
            {
                continue;
            }

            if (ClauseBreakBetween(from, at) || MentionWithin(from, at - from))
            {
                continue;
            }

            for (var k = Math.Max(from, at - HurtIncludingReach); k < at; k++)
            {
                if (sentence.StartingAt(k) is { Tag: Tag.Including } including && including.End >= at - 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "156 civiles muertos y 703 heridos, entre ellos 12 niños fallecidos": a killed figure before the injured one in its
    /// clause; the dead counted after both belong to it, not to the injured.
    /// </summary>
    private bool KilledBeforeInClause(Candidate c)
    {
        var start = Math.Min(c.PhraseStart, c.Mention.QualifierStart);
        foreach (var killed in _found)
        {
            if (killed.Kind == FigureKind.Killed && killed.Mention.End <= start && !ClauseBreakBetween(killed.Mention.End, start))
            {
                return true;
            }
        }

        return false;
    }
}
