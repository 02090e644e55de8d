namespace Reports.Core.Figures;

/// <summary>The thirty-second session's English-area rules (english helper).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many more words (a name's adjective, a weapon's) may stand after a period's possessive before the attack ("last week's Russian ballistic missile attack").</summary>
    private const int PossessedAdjectives = 2;

    /// <summary>What a word after a past period's possessive ("last week's") is to the thing it possesses.</summary>
    private enum PossessedWord
    {
        /// <summary>A name or a name's adjective ("Russian", "Israeli"): the head is further on.</summary>
        Adjective,

        /// <summary>A plural attack noun ("strikes", "attacks"): many attacks, the period's total.</summary>
        ManyAttacks,
    }

    /// <summary>
    /// "Last week's Russian missile strike on Dnipro killed 8", "last week's Russian ballistic missile attack on the city
    /// centre, which killed 35": after a period's possessive (a running-total word ending in a possessive ending of data
    /// <c>possessiveEndings</c>), a capitalised name's adjective may stand before the one attack's head, as function words
    /// and weapon nouns may. A plural (data <c>pluralAttacks</c>: "last month's Russian attacks") keeps the period's total.
    /// Null for any other word.
    /// </summary>
    private PossessedWord? PossessedAttack(int j)
    {
        var t = sentence.Tokens[j];
        if (!t.IsWord || t.IsNumber)
        {
            return null;
        }

        if (language.PluralAttacks.Contains(t.Folded))
        {
            return PossessedWord.ManyAttacks;
        }

        return char.IsUpper(sentence.Text[t.Start]) && !language.Stopwords.Contains(t.Folded) ? PossessedWord.Adjective : null;
    }

    /// <summary>
    /// The part downed of a part pair whose whole is <paramref name="whole"/> ("shot down 58 of 73 drones", "26 drones out
    /// of 28"): the figure read just before it, a downed kind of the same weapons, with only an "of" term (and the part's
    /// noun) between them. Null when <paramref name="whole"/> is no launched whole of such a pair.
    /// </summary>
    private Candidate? PartOfWhole(Candidate whole)
    {
        if (whole.Kind is not (FigureKind.DronesLaunched or FigureKind.MissilesLaunched) || _found.Count < 2 || !ReferenceEquals(_found[^1], whole) ||
            _found[^2] is not { Kind: FigureKind.DronesDowned or FigureKind.MissilesDowned } part ||
            (part.Kind == FigureKind.DronesDowned) != (whole.Kind == FigureKind.DronesLaunched) ||
            sentence.EndingAt(whole.Mention.QualifierStart) is not { Tag: Tag.Of } of ||
            part.Mention.End > of.Start || of.Start - part.Mention.End > NounWindow)
        {
            return null;
        }

        return part;
    }

    /// <summary>
    /// "two Kalibr cruise missiles launched by Russia", "two Iskander-K cruise missiles": a weapon's type name before the
    /// noun of the same weapons is one phrase with it, so a participle after the noun describes the weapons as it does
    /// right after a plain noun. The end of the last term of <paramref name="weapon"/> that follows <paramref name="end"/>
    /// with nothing between (no count starting there); the figure's own phrase is not widened.
    /// </summary>
    private int TypedNounEnd(int end, Tag weapon)
    {
        while (end < sentence.Count && sentence.StartingAt(end) is { } same && same.Tag == weapon && !StartsMention(end))
        {
            end = same.End;
        }

        return end;
    }

    /// <summary>How far before a count of interceptors its launching verb may stand ("fired about 120 SM-2 missiles, 80 SM-6 and 20 ESSM interceptors").</summary>
    private const int FiredUnitReach = 16;

    /// <summary>
    /// An excluded unit of data <c>firedUnits</c> ("interceptor", "interceptors") whose count a launching verb (no attack's
    /// word) before it in its clause governs: "The US Navy has fired more than 220 interceptor missiles". A supplying or
    /// downing word nearer, or none, keeps the unit excluded ("received 40 interceptor missiles").
    /// </summary>
    private bool FiredUnit(TermMatch unit, Mention m)
    {
        if (language.FiredUnits.Count == 0 || !language.FiredUnits.Contains(sentence.Tokens[unit.End - 1].Folded))
        {
            return false;
        }

        for (var k = m.QualifierStart - 1; k >= 0 && k >= m.QualifierStart - FiredUnitReach; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return false;
            }

            switch (sentence.EndingAt(k + 1))
            {
                case { Tag: Tag.Launched } fired when fired.Value != CompiledLanguage.AttackValue:
                    return true;
                case { Tag: Tag.Supplied or Tag.Downed or Tag.Relative or Tag.ClauseOpener }:
                    return false;
            }
        }

        return false;
    }
}
