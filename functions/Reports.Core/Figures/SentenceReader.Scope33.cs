namespace Reports.Core.Figures;

/// <summary>Scope classes of the thirty-third session (scope helper).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many commas may stand between a "since" and the count whose strike it dates ("since, as a missile hit a cafe, killing 59").</summary>
    private const int SinceCommas = 2;

    /// <summary>
    /// "a Russian missile struck", "un misil ruso impactó", "ракета влучила", "أصاب صاروخ": the weapon starting at
    /// <paramref name="k"/> (before <paramref name="to"/>), marked as one (an indefinite article or a weak "one" before it, or
    /// a singular form, data <c>singleWeapons</c>), with a verb of hitting, killing or wounding right after it or a verb of hitting right before it — one strike. Counted weapons ("3
    /// ракети влучили") are none.
    /// </summary>
    private bool SingleWeaponHitAt(int k, int to)
    {
        if (SingleWeaponAt(k, to) is not { } weapon)
        {
            return false;
        }

        if (HitEndingAt(k))
        {
            return true;
        }

        // "a Russian drone campaign killed 45": a noun after the weapon makes it a modifier; the verb must follow the weapon.
        return StrikesRightAfter(weapon.End, to);
    }

    /// <summary>
    /// The weapon term starting at <paramref name="k"/> (ending by <paramref name="to"/>) when it is marked as one: an
    /// indefinite article or a weak "one" before it, or a singular form (data <c>singleWeapons</c>). Counted weapons ("3
    /// ракети") are none.
    /// </summary>
    private TermMatch? SingleWeaponAt(int k, int to)
    {
        if (sentence.StartingAt(k) is not { Tag: Tag.Drone or Tag.Missile } weapon || weapon.End > to)
        {
            return null;
        }

        var tokens = sentence.Tokens;
        var weakOne = k > 0 && language.WeakOnes.Contains(tokens[k - 1].Folded);
        if (k > 0 && (tokens[k - 1].IsNumber || EndsMention(k)) && !weakOne)
        {
            return null;
        }

        return weakOne || ArticleBeforeWeapon(k) || SingularWeaponForm(weapon) ? weapon : null;
    }

    /// <summary>How many tokens a verb of hitting before its weapon may span ("أصاب صاروخ", "سقطت على").</summary>
    private const int HitVerbTokens = 3;

    /// <summary>
    /// A verb of hitting (data <c>hits</c>) ending right before token <paramref name="k"/>, even where another term of the
    /// same words wins the tagging (Arabic "أصاب" is a wounding verb too).
    /// </summary>
    private bool HitEndingAt(int k) => TermEndingAt(language.Keywords, Tag.Hit, k, HitVerbTokens);

    /// <summary>A word of the weapon term in a singular form (data <c>singleWeapons</c>).</summary>
    private bool SingularWeaponForm(TermMatch weapon)
    {
        for (var j = weapon.Start; j < weapon.End; j++)
        {
            if (language.SingleWeapons.Contains(sentence.Tokens[j].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "marked one year since a Russian missile struck a cafe, killing 59 people", "se cumple un año desde que un misil ruso
    /// impactó en una cafetería, matando a 59 personas", "минув рік відтоді, як ракета влучила в кафе, вбивши 59 людей": a
    /// "since" (data <c>sinceDate</c>, <c>sinceClauses</c>) whose clause opens with one weapon that hit
    /// (<see cref="SingleWeaponHitAt"/>, within <see cref="SinceAttackReach"/> tokens, after a comma and a conjunction at
    /// most), with a casualty verb between that weapon and the count, in the count's clause (at most
    /// <see cref="SinceCommas"/> commas between) — the strike's own toll, one event; the "since" dates the anniversary, as
    /// <see cref="SinceAttackOwnsCount"/> reads "since the missile strike that killed 33". No other running-total term may
    /// stand between.
    /// </summary>
    private bool SinceWeaponHitOwnsCount(Candidate c)
    {
        var to = c.Mention.QualifierStart;
        var commas = 0;
        var since = -1;
        var sinceEnd = -1;
        for (var k = to - 1; k >= 0; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || (t.IsComma && ++commas > SinceCommas))
            {
                return false;
            }

            if (sentence.EndingAt(k + 1) is { Tag: Tag.Cumulative } term)
            {
                var oneWord = term.End == term.Start + 1 && language.SinceWords.Contains(sentence.Tokens[term.Start].Folded);
                if (!oneWord && term.Value != CompiledLanguage.SinceClauseValue)
                {
                    return false;
                }

                since = term.Start;
                sinceEnd = term.End;
                break;
            }
        }

        if (since < 0)
        {
            return false;
        }

        var from = sinceEnd;
        if (from + 1 < to && sentence.Tokens[from].IsComma && language.Stopwords.Contains(sentence.Tokens[from + 1].Folded))
        {
            // "с тех пор, как …", "відтоді, як …": the conjunction after the comma opens the clause.
            from += 2;
        }

        for (var head = from; head <= from + SinceAttackReach && head < to; head++)
        {
            if (sentence.Tokens[head].IsPunctuation)
            {
                return false;
            }

            if (SingleWeaponAt(head, to) is null)
            {
                continue;
            }

            for (var k = head + 1; k < to; k++)
            {
                if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties })
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// "Die Zahl der Toten ist seit Oktober 2023 auf 44.550 gestiegen", "im Jahr 2024": a year in digits at
    /// <paramref name="k"/> right after a month's name or a time term (a running-total, period, event-time or month term)
    /// ends that time; it is no number between a toll and its count.
    /// </summary>
    private bool YearOfATime(int k) =>
        k > 0 && YearAt(k) && (MonthNameEndsAt(k) || sentence.EndingAt(k) is { Tag: Tag.Cumulative or Tag.Period or Tag.EventTime or Tag.Month });
}
