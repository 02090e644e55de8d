namespace Reports.Core.Figures;

/// <summary>Scope rules of the twenty-ninth session: a "since" clause starts a running total unless it names one day.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many tokens after its conjunction a "since" clause is searched for a day's time.</summary>
    private const int SinceClauseReach = 12;

    /// <summary>How many words (the figure's noun or verb) may stand between a figure and the parenthesis that lists its parts.</summary>
    private const int ParenthesisNounWords = 2;

    /// <summary>
    /// "depuis que le cessez-le-feu est entré en vigueur", "с тех пор как вступило в силу перемирие": a "since" clause (data
    /// <c>sinceClauses</c>) starts a running total. One that names one day's time before its clause ends ("desde que Teherán
    /// empezó a lanzar misiles este sábado por la mañana") gives no scope of its own: the day decides, one event.
    /// </summary>
    private FigureScope? SinceClauseScope(TermMatch since)
    {
        // "depuis qu'un missile a frappé un café, tuant 41 personnes": a clause led by a weak "one" (glued to the
        // conjunction's elided "que", or after it) names one strike, no start of a running total; the figures are its own.
        if (language.IsGluedWeakOne(sentence.Tokens[since.End - 1].Folded) ||
            (since.End < sentence.Count && language.WeakOnes.Contains(sentence.Tokens[since.End].Folded)))
        {
            return null;
        }

        var end = Math.Min(sentence.Count, since.End + SinceClauseReach);
        for (var k = since.End; k < end; k++)
        {
            var token = sentence.Tokens[k];
            if (token.IsClauseBreak || (token.IsComma && k > since.End))
            {
                break;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.EventTime })
            {
                return null;
            }
        }

        return FigureScope.Cumulative;
    }

    /// <summary>
    /// "Civilian casualties from January to June totalled 1,186 (183 killed and 1,003 injured)": the figure that ends right
    /// before the parenthesis that holds <paramref name="c"/> (its noun or verb, or its place or time phrase, between; no
    /// closing parenthesis or clause break), whose list
    /// is counted over that figure's time as a colon's is (<see cref="ColonWhole"/>). A signed increment ("(+1 050)") is
    /// what the last day added, no part.
    /// </summary>
    private Candidate? ParenthesisWhole(Candidate c)
    {
        if (Increment(c.Mention))
        {
            return null;
        }

        for (var k = c.Mention.QualifierStart - 1; k > 0; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || t.Folded == ")")
            {
                return null;
            }

            if (t.Folded != "(")
            {
                continue;
            }

            // Its noun or verb may stand between ("1186 осіб (", "۱۱۸۶ نفر رسید (").
            var from = k;
            while (from > 0 && k - from < ParenthesisNounWords && sentence.Tokens[from - 1].IsWord)
            {
                from--;
            }

            // Or, after its people noun, its place or time phrase, as the comparison after a closed parenthesis reads it
            // ("totalled 1,186 in Zaporizhzhia region (183 killed …)", "1.186 orang di wilayah Zaporizhzhia (…)").
            foreach (var f in _found)
            {
                var end = Math.Max(f.PhraseEnd, f.Mention.End);
                if (f.Mention != c.Mention && end <= k && (end >= from || PlacePhraseBeforeParenthesis(AfterPeopleNoun(end), k, inPlaceName: true)))
                {
                    return f;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>How many tokens (an article, a weapon) may stand between a recording verb and the one attack it records.</summary>
    private const int AttackObjectReach = 3;

    private List<TermMatch>? _attackObjectScratch;

    /// <summary>
    /// "Amnesty documented the attack on the hospital, in which 11 people died", "Monitors verified the strike on the
    /// market, which killed 14": a running-total word (en "documented", "verified", "recorded") whose object is one attack
    /// (data <c>oneAttack</c>, after function words or a weapon noun) records that attack's toll; it frames no running
    /// total. A "since" keeps its own rules ("since the attack"), and plural attacks keep the running total.
    /// </summary>
    private bool AttackObject(TermMatch kw)
    {
        if (language.SinceWords.Contains(sentence.Tokens[kw.Start].Folded))
        {
            return false;
        }

        // Its own scratch list: the cues are found while a caller may hold the day scratch.
        var scratch = _attackObjectScratch ??= new List<TermMatch>(4);
        var possessive = PossessiveWordAt(kw.End - 1);
        var end = Math.Min(sentence.Count, kw.End + AttackObjectReach + (possessive ? PossessedAdjectives : 0));
        for (var j = kw.End; j < end; j++)
        {
            if (OneAttackAt(j, scratch))
            {
                return true;
            }

            var t = sentence.Tokens[j];
            if (possessive && PossessedAttack(j) is { } possessed)
            {
                if (possessed == PossessedWord.ManyAttacks)
                {
                    return false;
                }

                continue;
            }

            if (!(t.IsWord && (language.Stopwords.Contains(t.Folded) || TermCovering(j) is { Tag: Tag.Drone or Tag.Missile } or { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue })))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The token after the people word that starts at <paramref name="k"/> (a count's noun: "people", "orang"), else <paramref name="k"/>.</summary>
    private int AfterPeopleNoun(int k) => k < sentence.Count && sentence.StartingAt(k) is { Tag: Tag.People } people ? people.End : k;
}
