namespace Reports.Core.Figures;

/// <summary>The thirty-second session's scope rules (scope helper).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Misi PBB mencatat 164 serangan … pada bulan Maret.", "در ماه نوامبر ۱۴۰ حمله … ثبت شده است": a number right before an
    /// attack word (data <c>attacks</c>, <c>pluralAttacks</c>) counts attacks, a statistic of the period as a unit of
    /// <c>exclusions</c> ("times", "attacks") is (<see cref="CountedOverMonth"/>, <see cref="CountedOverPeriod"/>).
    /// </summary>
    private bool AnyMentionCountsAttacks()
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var end = mentions[k].End;
            if (end >= sentence.Count)
            {
                continue;
            }

            if (sentence.StartingAt(end) is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue } ||
                (sentence.Tokens[end].IsWord && language.PluralAttacks.Contains(sentence.Tokens[end].Folded)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The mission recorded 164 attacks in March. Most of them took place in Donetsk and Kharkiv regions. Ninety-eight
    /// civilians were killed …": one sentence with no number, no time, no weapon, no hit and no attack named in the singular,
    /// right after a sentence that framed a period (<see cref="ArticleContext.PeriodSentence"/>), keeps that frame for the
    /// sentence after it (once: a second such sentence ends it).
    /// </summary>
    private bool BridgesPeriod()
    {
        if (context.PeriodSentence != context.SentenceIndex - 1 || context.PeriodBridged == context.SentenceIndex - 1 || mentions.Count > 0 ||
            sentence.HasAny(Tag.EventTime, Tag.Hit) || sentence.HasAny(Tag.Drone, Tag.Missile) || Cues().Count > 0)
        {
            return false;
        }

        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue } attack)
            {
                if (!PluralBefore(i) && !language.PluralAttacks.Contains(sentence.Tokens[attack.End - 1].Folded))
                {
                    // "A missile strike hit the market." names one attack, whose toll may follow.
                    return false;
                }

                i = attack.End - 1;
            }
        }

        return true;
    }

    /// <summary>
    /// "Các cuộc tấn công này …" (these attacks): a plural marker of data <c>pluralMarkers</c> ending inside the eventTime term's
    /// first word ("các cuộc" before "cuộc tấn công này") makes its attacks plural, and a demonstrative that closes the phrase
    /// after it (data <c>backDemonstratives</c>: "này", "itu") names them back (<see cref="TheseAttacksOfAPeriod"/>).
    /// </summary>
    private bool PluralTheseAttacks(TermMatch kw) =>
        (PluralBefore(kw.Start) || (kw.End - kw.Start > 1 && PluralBefore(kw.Start + 1))) &&
        language.BackDemonstratives.Contains(sentence.Tokens[kw.End - 1].Folded);

    /// <summary>
    /// "die Zahl der Toten seit dem 7. Oktober 2023 auf 44.550": the full stop of an ordinal day right before its month's
    /// name is part of the date, no end of a clause, between a toll and its count.
    /// </summary>
    private bool DateDot(int k) => k + 1 < sentence.Count && OrdinalDot(k) && sentence.Tokens[k - 1].Number is >= 1 and <= 31 && NamedMonthAt(k + 1);

    /// <summary>Keeps the largest event count and the smallest running total of the sentence's figures.</summary>
    private void KeepScopeSizes(Candidate c)
    {
        var v = c.Mention.Value;
        if (c.Scope == FigureScope.Cumulative)
        {
            context.LastCumulativeMin = context.LastCumulativeMin == 0 ? v : Math.Min(context.LastCumulativeMin, v);
        }
        else
        {
            context.LastEventMax = Math.Max(context.LastEventMax, v);
        }
    }

    /// <summary>
    /// "Russia lost 1,120 soldiers over the past day, bringing its total losses since the invasion to about 1,046,200.
    /// Ukrainian forces also shot down 142 drones over the same period": after a sentence whose figures are both one day's
    /// count and a running total, "the same period" (data <c>samePeriod</c>) is the time of the one whose size the count
    /// shares: the day's when the count is below the geometric mean of the largest event count and the smallest running
    /// total, the running total's above it ("… to 44,502. The ministry said 105,454 people had been wounded over the same
    /// period"). Null for any other cue, or when the sentence before had figures of one scope only.
    /// </summary>
    private FigureScope? SamePeriodBySize(int cue, Mention m)
    {
        if (context.LastEventMax <= 0 || context.LastCumulativeMin <= 0 || context.FigureSentence < context.SentenceIndex - 2 ||
            context.FigureSentence >= context.SentenceIndex ||
            sentence.StartingAt(cue) is not { Tag: Tag.Cumulative, Value: CompiledLanguage.SamePeriodValue })
        {
            return null;
        }

        return (double)m.Value * m.Value < (double)context.LastEventMax * context.LastCumulativeMin ? FigureScope.Event : FigureScope.Cumulative;
    }
}
