namespace Reports.Core.Figures;

/// <summary>Classes found on the twenty-ninth session's reading probes (ru, uk, es, fr, de, ar).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The token at <paramref name="k"/> is a weak "one" (an article) right before a weapon noun: "tötete eine Rakete 35
    /// Menschen", the weapon is the killing verb's subject, no count.
    /// </summary>
    private bool WeaponSubjectOne(int k)
    {
        if (k < 0)
        {
            return false;
        }

        var one = MentionStartingAt(k);
        return one.End == k + 1 && one.Weak && one.QualifierStart == k && WeaponNounAt(one.End);
    }

    /// <summary>
    /// The count noun at <paramref name="k"/> is a word of the toll verb that ends at <paramref name="end"/> ("Les morts sont
    /// désormais au nombre de neuf"): the verb's noun counts nothing of its own.
    /// </summary>
    private bool InTollVerbEndingAt(int k, int end) => TermMatchEndingAt(language.Aside, Tag.TollVerb, end, 3) is { } verb && verb.Start <= k;

    /// <summary>
    /// "Потери противника в зоне группировки «Центр» составили до 2 110 военнослужащих. Группировка «Юг» — до 1 560
    /// военнослужащих, «Восток» — до 1 340.": a sentence with no figure word of its own whose first count follows a label
    /// and a dash, its noun a people word or none, goes on the casualty figure of the sentence before; the gapped items after
    /// it follow that first one.
    /// </summary>
    private Candidate? DashedPartOfSentenceBefore(Mention m, Scan forward)
    {
        if (_found.Count > 0 || mentions[0].Start != m.Start || m.Weak || context.LastCasualty is not { } kind ||
            context.CasualtySentence != context.SentenceIndex - 1 || m.QualifierStart < 2 || !(forward.People || !forward.NextIsContent))
        {
            return null;
        }

        // "— до 1 560": a change's "to" read as no qualifier may stand between the dash and the count.
        var dash = m.QualifierStart - (FunctionWordAt(m.QualifierStart - 1) ? 2 : 1);
        if (dash < 1 || sentence.Tokens[dash].Folded is not ("—" or "–"))
        {
            return null;
        }

        // The label names a group, a place or a time: a name after the sentence's first word, a quotation, a time term
        // ("Среди задержанных — 11 человек" names none).
        var named = false;
        for (var k = 0; k < dash; k++)
        {
            var t = sentence.Tokens[k];
            named |= (k > 0 && IsCapitalisedWord(k)) || t.Folded is "«" or "\"" or "“" or "„" ||
                     sentence.StartingAt(k) is { Tag: Tag.Cumulative or Tag.EventTime or Tag.Weekday or Tag.Month };
            if (t.IsNumber || t.IsClauseBreak || StartsMention(k) || sentence.StartingAt(k) is
                { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Drone or
                    Tag.Missile or Tag.Launched or Tag.Downed or Tag.Hit or Tag.Supplied or Tag.Act or Tag.Including or Tag.Others })
            {
                return null;
            }
        }

        if (!named)
        {
            return null;
        }

        // The part is counted over the time of the figure before, unless its own sentence names one ("Загалом з початку
        // вторгнення — близько 985 000").
        return new Candidate(kind, m, m.QualifierStart, m.End, false, forward.Counter) { Restates = NearestCue(m).Scope is null ? context.LastScope : null };
    }

    /// <summary>
    /// <paramref name="m"/> opens its sentence or clause: "Uno de sus cocineros murió", the casualty verb after the people is
    /// the count's predicate, where "Era uno de los civiles muertos" singles one out of the victims.
    /// </summary>
    private bool OpensItsClause(Mention m) =>
        m.QualifierStart == 0 || sentence.Tokens[m.QualifierStart - 1].IsClauseBreak || sentence.Tokens[m.QualifierStart - 1].IsComma;
}
