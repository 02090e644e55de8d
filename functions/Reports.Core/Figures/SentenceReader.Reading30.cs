namespace Reports.Core.Figures;

/// <summary>The reading helper's thirtieth-session classes (ru, uk, es, fr, de, ar).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Un de ses cuisiniers est mort", "Einer seiner Kellner starb", "Una de las vecinas murió": a weak "one" right before
    /// an "of" word (data <c>of</c>) is no article (an article never stands before "of"), it is the pronoun "one of", a
    /// tally of its own.
    /// </summary>
    private bool OneOfAGroup(Candidate c) =>
        c.Mention.End < sentence.Count && IsCasualty(c.Kind) && sentence.StartingAt(c.Mention.End) is { Tag: Tag.Of };

    /// <summary>
    /// "чоловіки 44, 52 та 67 років", "мужчины 44, 52 и 67 лет", "aged 44, 52 and 67 years": bare numbers joined by commas
    /// and a closing "and" share the unit after the last one (data <c>exclusions</c>: years, kilometres); each is excluded as
    /// the last is. A bare "and" must close the list, so "погибли 12, 3 года назад" keeps its 12.
    /// </summary>
    private bool UnitAfterBareList(Mention m)
    {
        var tokens = sentence.Tokens;
        if (m.Spelled || m.End >= tokens.Count || !(tokens[m.End].IsComma || sentence.StartingAt(m.End) is { Tag: Tag.And }))
        {
            return false;
        }

        var k = m.End;
        for (var items = 0; items < 6; items++)
        {
            var and = false;
            if (k < tokens.Count && tokens[k].IsComma)
            {
                k++;
            }

            if (k < tokens.Count && sentence.StartingAt(k) is { Tag: Tag.And } join)
            {
                and = true;
                k = join.End;
            }

            if (k == m.End || MentionStartingAt(k) is not { End: > 0 } next || next.QualifierStart != k || next.Start != k)
            {
                return false;
            }

            k = next.End;
            if (and)
            {
                return k < tokens.Count && sentence.ExcludesAt(k) && sentence.StartingAt(k) is { Tag: Tag.Exclusion };
            }
        }

        return false;
    }

    /// <summary>
    /// "погибли охранник, сварщик и водитель — всего три человека", "murieron un guardia, un soldador y un conductor, en total
    /// tres personas", "ont été tués, au total trois personnes": a count right after a total word (data <c>tableTotals</c>)
    /// set off by a comma or a dash, with people or nothing after it, totals the victims named before it, and takes the
    /// casualty verb of that list (in its clause, no other count between but a weak "one").
    /// </summary>
    private Candidate? TotalOfNamed(Mention m, Scan forward)
    {
        if (m.Weak || forward.Keyword is not null || forward.Noun is not null || forward.Excluded || (forward.NextIsContent && !forward.People) ||
            m.QualifierStart < 4)
        {
            return null;
        }

        var scratch = DayScratch();
        var total = -1;
        for (var k = m.QualifierStart - 3; k < m.QualifierStart && total < 0; k++)
        {
            scratch.Clear();
            language.Totals.MatchAt(sentence.Tokens, k, scratch);
            foreach (var t in scratch)
            {
                total = t.Tag == Tag.Total && t.End == m.QualifierStart ? k : total;
            }
        }

        if (total < 2 || !sentence.Tokens[total - 1].IsComma)
        {
            return null;
        }

        for (var k = total - 2; k >= 0 && k >= total - TollWindow; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || (t.IsNumber && !language.WeakOnes.Contains(t.Folded)) || (EndsMention(k + 1) && !language.WeakOnes.Contains(t.Folded)))
            {
                return null;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured } verb)
            {
                return new Candidate(VictimsKind(verb), m, m.QualifierStart, m.End, false, forward.Counter) { NamedTotal = true };
            }
        }

        return null;
    }

    /// <summary>
    /// "Ein Mensch ist getötet worden. Vier weitere wurden verletzt.", "Un homme a été tué. Trois autres personnes ont été
    /// blessées.": a weak "one" right before its people noun or casualty word, with a casualty verb, that stood alone in its
    /// sentence is kept for the next one; when the next sentence's first count is a casualty figure beside an "others" word
    /// (data <c>others</c>: "weitere", "autres", "otras"), the one is a tally set against it.
    /// </summary>
    private void WeakOneBeforeOthers(List<Candidate> result)
    {
        if (context.WeakOne is { } kept && kept.Sentence == context.SentenceIndex - 1 && result.Count > 0 && mentions.Count > 0 &&
            result[0].Mention.Start == mentions[0].Start && IsCasualty(result[0].Kind) && OthersBeside(result[0].Mention))
        {
            context.WeakOneTaken = kept;
        }

        context.WeakOne = null;
        if (result.Count > 0)
        {
            return;
        }

        foreach (var c in _found)
        {
            if (c.Mention.Weak && IsCasualty(c.Kind) && c.Mention.End < sentence.Count && _found.Count == 1 &&
                sentence.StartingAt(c.Mention.End) is { Tag: Tag.People or Tag.Killed or Tag.Injured })
            {
                context.WeakOne = (c with { Scope = ScopeOf(c, 0), Mention = c.Mention with { Qualifier = QualifierOf(c) } }, context.SentenceIndex);
            }
        }
    }
}
