namespace Reports.Core.Figures;

/// <summary>Twenty-ninth session, English helper: a subject of no figure's kind before a downing verb, attacks at a rate.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Plain words an attack verb may take before its rate ("shelled Nikopol daily", "shelled almost daily").</summary>
    private const int AttackRateReach = 2;

    /// <summary>
    /// "Patriot batteries shot down 12", "air defence systems intercepted 12 of them": a thing no figure counts (data
    /// <c>exclusions</c>) right before the verb is the verb's subject when the number is its object, right after it ("all"
    /// may stand between); the number counts the weapons named before ("the number of systems it has sent to three" still
    /// counts systems).
    /// </summary>
    private bool ObjectRightAfter(TermMatch verb, Mention m) =>
        verb.End == m.QualifierStart || (verb.End < m.QualifierStart && sentence.StartingAt(verb.End) is { Tag: Tag.All } all && all.End == m.QualifierStart);

    /// <summary>
    /// "Nikopol district, shelled daily, accounted for 12 of the deaths", "a town attacked almost every night": an attack
    /// word with a rate right after it (data <c>rateAfter</c>; at most two plain words between) names a habit, no one attack.
    /// </summary>
    private bool AttackAtRate(TermMatch attack)
    {
        if (!language.HasRates)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var scratch = DayScratch();
        for (var k = attack.End; k < sentence.Count && k <= attack.End + AttackRateReach; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            scratch.Clear();
            language.RatesAfter.MatchAt(tokens, k, scratch);
            if (Longest(scratch) is { } rate)
            {
                return rate.Tag == Tag.Rate;
            }

            if (sentence.StartingAt(k) is not null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words a figure's place or time phrase may take between the figure and its parenthesis of parts.</summary>
    private const int PlacePhraseReach = 5;

    /// <summary>
    /// "186 civilian casualties in Zaporizhzhia region (32 killed, 154 injured), compared with 141 in September": the
    /// figure's place or time phrase (words only, at most five; no number, comma or figure word) may stand between it and
    /// the parenthesis of its parts, so that a value compared after the parenthesis is the whole's. With
    /// <paramref name="inPlaceName"/>, an "of" word may stand in it ("in der Region", "in the region of Kherson"): the
    /// parts' scope reads it so (<see cref="ParenthesisWhole"/>); a comparison does not, "N of the M (…)" being a part.
    /// </summary>
    private bool PlacePhraseBeforeParenthesis(int from, int open, bool inPlaceName = false)
    {
        if (open - from > PlacePhraseReach)
        {
            return false;
        }

        for (var k = from; k < open; k++)
        {
            if (!sentence.Tokens[k].IsWord || sentence.StartingAt(k) is
                { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Launched or Tag.Downed or Tag.Drone or Tag.Missile or Tag.People or Tag.Including } ||
                (!inPlaceName && sentence.StartingAt(k) is { Tag: Tag.Of }))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Plain words a cause's label may hold before its count ("artillery 12", "glide bombs 9").</summary>
    private const int CauseLabelWords = 2;

    /// <summary>
    /// "Short-range drones killed 31 civilians in November, missiles 14 and artillery 12", "Drones accounted for 31 deaths,
    /// missiles for 14": after a casualty figure whose clause opens with a weapon (or an attack's word) as its subject, a gapped item keeps the
    /// predicate with a cause of its own as the subject — a weapon noun or one or two plain lower-case words, after a comma or
    /// "and", a function word ("for") between, and only a place or a time after the number. The count is a part of the
    /// victims (the figure's kind and scope), not weapons launched.
    /// </summary>
    private Candidate? CauseItem(Mention m)
    {
        if (_found.Count == 0 || _found[^1] is not { } first || !IsCasualty(first.Kind) || m.Weak || m.QualifierStart < 3 ||
            first.Mention.End >= m.QualifierStart || !(EmptyRemainder(m.End) || GapRemainder(m.End)))
        {
            return null;
        }

        var tokens = sentence.Tokens;
        var k = m.QualifierStart - 1;
        if (tokens[k].IsWord && language.Stopwords.Contains(tokens[k].Folded) && sentence.StartingAt(k) is null)
        {
            k--;
        }

        var label = -1;
        if (k >= 0 && sentence.EndingAt(k + 1) is { } weapon && IsCauseTerm(weapon))
        {
            label = weapon.Start;
        }
        else
        {
            for (var words = 0; words < CauseLabelWords && k >= 0 && tokens[k].IsWord && !IsCapitalisedWord(k) && sentence.StartingAt(k) is null &&
                                sentence.EndingAt(k + 1) is null && !language.Stopwords.Contains(tokens[k].Folded); words++)
            {
                label = k--;
            }
        }

        if (label < 1 || !(tokens[label - 1].IsComma || sentence.EndingAt(label) is { Tag: Tag.And }))
        {
            return null;
        }

        for (var t = first.Mention.End; t < label - 1; t++)
        {
            if (tokens[t].IsClauseBreak && !tokens[t].IsComma)
            {
                return null;
            }
        }

        return WeaponSubjectBefore(first.Mention.QualifierStart) ? new Candidate(first.Kind, m, label, m.End, false, false) { Parent = first } : null;
    }

    /// <summary>A weapon noun, or an attack's word ("artillery", "shelling"), that may cause deaths.</summary>
    private static bool IsCauseTerm(TermMatch term) =>
        term.Tag is Tag.Drone or Tag.Missile || term is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue };

    /// <summary>
    /// A drone or missile noun, or an attack's word, opens the clause that ends at <paramref name="end"/> (only plain words
    /// before it), the subject of its verb. The clause starts after the last break before <paramref name="end"/>: "Of the 58
    /// civilians killed in November, drones killed 31, artillery 16" (thirty-first session).
    /// </summary>
    private bool WeaponSubjectBefore(int end)
    {
        var start = 0;
        for (var k = end - 1; k >= 0; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma)
            {
                start = k + 1;
                break;
            }
        }

        for (var k = start; k < end; k++)
        {
            if (sentence.Tokens[k].IsNumber)
            {
                return false;
            }

            switch (sentence.StartingAt(k))
            {
                case { } cause when IsCauseTerm(cause):
                    return true;
                case { } other when other.Tag is not (Tag.Month or Tag.EventTime or Tag.Period or Tag.Cumulative):
                    return false;
            }
        }

        return false;
    }

    /// <summary>Tokens a relative clause set off by commas may take.</summary>
    private const int SetAsideRelativeReach = 12;

    /// <summary>
    /// "Five civilians, who were queuing for water, were wounded": a relative clause after a count of people that holds no
    /// casualty, weapon or number word and closes with a comma is set aside; returns the token after that comma, else -1.
    /// </summary>
    private int SetAsideRelativeEnd(int from)
    {
        var tokens = sentence.Tokens;
        for (var k = from; k < tokens.Count && k < from + SetAsideRelativeReach; k++)
        {
            if (tokens[k].IsComma)
            {
                return k > from && k + 1 < tokens.Count ? k + 1 : -1;
            }

            if (tokens[k].IsClauseBreak || tokens[k].IsNumber || sentence.StartingAt(k) is
                { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Drone or Tag.Missile or Tag.Relative })
            {
                return -1;
            }
        }

        return -1;
    }
}
