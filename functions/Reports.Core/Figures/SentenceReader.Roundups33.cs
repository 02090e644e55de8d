namespace Reports.Core.Figures;

/// <summary>Thirty-third session, roundups helper: statistical round-ups' totals.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A toll term (data <c>tolls</c>) earlier in <paramref name="m"/>'s clause, with no number or clause break between,
    /// when the next count is joined to <paramref name="m"/> by "and" and a casualty word follows that count ("jumlah korban
    /// tewas mencapai 69.455 orang dan 171.020 orang terluka", "the death toll has reached 69,455 and 171,020 people were
    /// injured": the verb after the next count is that count's own); null otherwise.
    /// </summary>
    private TermMatch? TollOverListedPredicate(Mention m)
    {
        var index = mentions.FindIndex(x => x.Start == m.Start);
        if (index < 0 || index + 1 >= mentions.Count)
        {
            return null;
        }

        var next = mentions[index + 1];
        if (!Joined(m.End, next.QualifierStart) || JoinMarks(m.End, next.QualifierStart) is not { And: true, Comma: false })
        {
            return null;
        }

        for (var k = m.QualifierStart - 1; k >= 0 && k >= m.QualifierStart - TollWindow; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || EndsMention(k + 1))
            {
                return null;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties } toll)
            {
                return Forward(next).Keyword is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } ? toll : null;
            }
        }

        return null;
    }
}
