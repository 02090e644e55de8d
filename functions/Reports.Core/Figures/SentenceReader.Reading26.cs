namespace Reports.Core.Figures;

/// <summary>Clause mechanisms of the twenty-sixth session's reading helper (ru, uk, es, fr, de, ar probes).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many tokens a denied earlier value's aside may hold after its number ("comme annoncé dans un premier temps").</summary>
    private const int DeniedAsideReach = 10;

    /// <summary>
    /// "Tres civiles, y no dos como se informó, murieron", "Trois civils, et non deux comme annoncé, ont été tués", "Drei
    /// Zivilisten, nicht zwei wie zunächst gemeldet, sind getötet worden", "Пятеро жителей, а не четверо, как сообщалось,
    /// погибли": an aside opened by a denial (data <c>negations</c>; "and" or a function word before it at most) and the
    /// earlier value it denies, up to its closing comma (and a "as reported" clause of function words' opening after it),
    /// sets the count apart from no predicate. The token after the aside, or 0 when the comma at <paramref name="comma"/>
    /// opens no such aside.
    /// </summary>
    private int DeniedAsideAt(int comma)
    {
        var tokens = sentence.Tokens;
        var k = comma + 1;
        if (k < tokens.Count && sentence.StartingAt(k) is { Tag: Tag.And } and)
        {
            k = and.End;
        }
        else if (k < tokens.Count && FunctionWordAt(k) && !language.Negations.Contains(tokens[k].Folded))
        {
            k++;
        }

        if (k + 1 >= tokens.Count || !tokens[k].IsWord || sentence.StartingAt(k) is not null || !language.Negations.Contains(tokens[k].Folded) ||
            !(tokens[k + 1].IsNumber || NumberWordAt(k + 1)))
        {
            return 0;
        }

        var resume = AsideEnd(k + 2);
        if (resume == k + 3 && FunctionWordAt(resume) && AsideEnd(resume + 1) is var reported and > 0)
        {
            // ", а не четверо, как сообщалось ранее,": the clause that says where the earlier value came from.
            return reported;
        }

        return resume;
    }

    /// <summary>The token after the plain comma that ends an aside from <paramref name="from"/> (no figure word, no count), or 0.</summary>
    private int AsideEnd(int from)
    {
        var tokens = sentence.Tokens;
        for (var j = from; j < tokens.Count && j < from + DeniedAsideReach; j++)
        {
            var t = tokens[j];
            if (t.IsClauseBreak || (MentionStartingAt(j) is { End: > 0 } other && !other.Weak) ||
                sentence.StartingAt(j) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Launched or Tag.Downed or Tag.Including })
            {
                return 0;
            }

            if (t.IsComma)
            {
                return t.Folded is "," or "،" ? j + 1 : 0;
            }
        }

        return 0;
    }

    /// <summary>A function word (data <c>stopwords</c>) that begins no term stands at <paramref name="token"/>.</summary>
    private bool FunctionWordAt(int token) =>
        token < sentence.Count && sentence.Tokens[token].IsWord && sentence.StartingAt(token) is null && language.Stopwords.Contains(sentence.Tokens[token].Folded);

    /// <summary>How many tokens the place, time or cause phrase of a participle set off after its people may hold.</summary>
    /// (Thirty-first session: ten content words, "погибшими в результате удара украинского беспилотника по автомобилю аварийной
    /// бригады в четверг вечером"; the phrase still ends at a comma or the clause's end with no other figure's word in it.)
    /// (Thirty-second session: sixteen, "погибшими в результате удара украинского беспилотника по автомобилю аварийной бригады
    /// в четверг вечером" counts "в", "по" as words where they begin terms; a people word inside the phrase, "по пожарному
    /// расчету", names no count and no longer ends it.)
    private const int ParticiplePhraseReach = 16;

    /// <summary>
    /// "более 87 тысяч военных, погибших в Украине", "500 військових, загиблих на війні", "500 soldiers, killed in the war
    /// since 2022": after a casualty participle set off by a comma, a phrase opened by a function word (a preposition) that
    /// runs to a comma or the clause's end, with no count, denial or word of another figure, still leaves the participle the
    /// predicate of the people before it. Not in verb-first languages, where a verb after a comma opens a clause of its own.
    /// </summary>
    private bool ParticiplePhraseAfter(int end)
    {
        if (language.Profile.Figures.VerbFirst || language.Negations.Contains(sentence.Tokens[end].Folded))
        {
            return false;
        }

        // "двух бойцов, погибших в среду": a time phrase that is a term of its own opens the phrase as a preposition does.
        var opener = FunctionWordAt(end) ? end + 1 : sentence.StartingAt(end) is { Tag: Tag.EventTime or Tag.Weekday or Tag.Month } time ? time.End : -1;
        if (opener < 0)
        {
            return false;
        }

        var k = opener;
        for (var words = 0; k < sentence.Count && words < ParticiplePhraseReach; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsComma || t.IsClauseBreak)
            {
                return true;
            }

            // Function words are no distance ("во время атаки дронов на воинскую часть").
            words += FunctionWordAt(k) ? 0 : 1;
            if (sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile } weapon && !EndsMention(k))
            {
                // "погибших при атаке беспилотника": a weapon with no count of its own names the attack.
                k = weapon.End - 1;
                continue;
            }

            if (t.IsNumber || StartsMention(k) || (t.IsWord && language.Negations.Contains(t.Folded)) ||
                sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Including or Tag.Of or Tag.Others or
                    Tag.Drone or Tag.Missile or Tag.Downed or Tag.Act or Tag.Hypothetical or Tag.Speech or Tag.Relative or Tag.And })
            {
                return false;
            }
        }

        return k >= sentence.Count;
    }

    /// <summary>How far after a count of people harmed its "including N dead" may stand.</summary>
    private const int AffectedReach = 12;

    /// <summary>
    /// "Doce personas resultaron afectadas por el humo": people harmed with no dead among them are no casualty count (nor
    /// are the parts after them: "…, entre ellas dos niños").
    /// </summary>
    private bool AffectedWithoutDead(Candidate c) => Affected(c) && !DeadAmongTheInjured(c) && !CountedDeadAmong(c);

    /// <summary>The injured figure <paramref name="c"/> is read from a word for people harmed, killed and hurt alike (data <c>affected</c>).</summary>
    private bool Affected(Candidate c)
    {
        if (c.Kind != FigureKind.Injured)
        {
            return false;
        }

        for (var k = Math.Min(c.PhraseStart, c.Mention.QualifierStart); k < c.PhraseEnd && k < sentence.Count; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Injured, Value: CompiledLanguage.AffectedValue })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "26 personnes ont été touchées, dont quatre morts", "Veintitrés personas resultaron afectadas …, entre ellas dos
    /// fallecidas": after the injured figure <paramref name="c"/>, in its clause, an including term, then a count (two plain
    /// words before it at most) and a killed word within two words of it.
    /// </summary>
    private bool CountedDeadAmong(Candidate c)
    {
        var from = Math.Max(c.PhraseEnd, c.Mention.End);
        for (var k = from; k < sentence.Count && k < from + AffectedReach; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return false;
            }

            if (sentence.StartingAt(k) is not { Tag: Tag.Including } including)
            {
                continue;
            }

            // "entre ellas dos fallecidas": a pronoun or function word or two may stand before the count.
            var at = including.End;
            while (at < sentence.Count && at < including.End + 2 && sentence.Tokens[at].IsWord && sentence.StartingAt(at) is null && !StartsMention(at))
            {
                at++;
            }

            if (MentionStartingAt(at) is not { End: > 0 } dead)
            {
                return false;
            }

            for (var j = dead.End; j < sentence.Count && j <= dead.End + 2; j++)
            {
                if (sentence.StartingAt(j) is { Tag: Tag.Killed })
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// The comma at <paramref name="comma"/>, right after <paramref name="m"/>, is followed by an "of" term and a larger count
    /// of weapons ("30، من أصل 45 مسيرة", "30, out of 45 drones"): the part and its whole, as without the comma.
    /// </summary>
    private bool CommaBeforeWeaponsWhole(int comma, Mention m)
    {
        var tokens = sentence.Tokens;
        return tokens[comma].IsComma && tokens[comma].Folded is "," or "،" && comma + 1 < tokens.Count &&
               sentence.StartingAt(comma + 1) is { Tag: Tag.Of } of && MentionStartingAt(of.End) is { End: > 0 } whole && whole.Value > m.Value &&
               whole.End < tokens.Count && sentence.StartingAt(whole.End) is { Tag: Tag.Drone or Tag.Missile };
    }
}
