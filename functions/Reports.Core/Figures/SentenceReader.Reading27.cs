namespace Reports.Core.Figures;

/// <summary>Classes found on the twenty-seventh session's reading probes (ru, uk, es, fr, de, ar).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "погибли 12, ранены 40; в Брянской: погибли трое, ранены девять", "drei Tote, zehn Verletzte; im Gebiet Charkiw: ein
    /// Toter, zwei Verletzte": a killed (or injured) figure already paired with a figure of the other casualty kind before
    /// the would-be parts is one item of a list of places, not a total that a later killed and injured pair adds up to.
    /// </summary>
    private bool PairedBeforeParts(int total, int firstPart)
    {
        var kind = _found[total].Kind;
        if (total > 0 && _found[total - 1].Kind is FigureKind.Killed or FigureKind.Injured && _found[total - 1].Kind != kind &&
            _found[total - 1].Parent is null && _found[total - 1].Mention.End <= _found[total].Mention.QualifierStart)
        {
            // "En Donetsk murieron tres personas y siete resultaron heridas, mientras que en Járkov fallecieron dos y otras
            // cinco …": the pair may come before the would-be total too (7 = 2 + 5).
            return true;
        }

        for (var j = total + 1; j < firstPart; j++)
        {
            if (_found[j].Kind is FigureKind.Killed or FigureKind.Injured && _found[j].Kind != kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Entre los heridos, más de 40, figuran cinco menores", "Die Verletzten, mehr als 40, wurden ins Krankenhaus gebracht":
    /// a count set off by commas right after the victims' noun phrase (at the sentence's start, or an article, "of" or
    /// "among" before the casualty word, or an "including" term that ends in one: es "entre los heridos") restates their
    /// number. Read last, when nothing else
    /// took the number.
    /// </summary>
    private Candidate? ApposedToVictims(Mention m)
    {
        var q = m.QualifierStart;
        var tokens = sentence.Tokens;
        // Between two commas (or two dashes): "(40)" after a noun is read elsewhere.
        if (q < 2 || m.End >= tokens.Count || !tokens[q - 1].IsComma || tokens[m.End].Folded != tokens[q - 1].Folded || tokens[q - 1].Folded is "(" or ")")
        {
            return null;
        }

        var scratch = DayScratch();
        language.Keywords.MatchAt(tokens, q - 2, scratch);
        foreach (var t in scratch)
        {
            if (t.Tag is not (Tag.Killed or Tag.Injured) || t.End != q - 1)
            {
                continue;
            }

            // The casualty word is a noun with its article or "among" before it, or the end of an "including" term.
            if (sentence.EndingAt(q - 1) is { Tag: Tag.Including } including)
            {
                return new Candidate(CasualtyKind(t.Tag), m, including.Start, m.End, false, false);
            }

            if (sentence.EndingAt(q - 1) is { } noun && noun.Tag == t.Tag &&
                (noun.Start == 0 || sentence.EndingAt(noun.Start) is { Tag: Tag.Including or Tag.Of } ||
                 (sentence.EndingAt(noun.Start) is null && tokens[noun.Start - 1].IsWord && language.Stopwords.Contains(tokens[noun.Start - 1].Folded))))
            {
                return new Candidate(CasualtyKind(t.Tag), m, noun.Start, m.End, false, false);
            }
        }

        return null;
    }

    /// <summary>
    /// "Zwei der Raketen töteten fünf Menschen", "Две из ракет убили пять человек", "قتل صاروخان … خمسة أشخاص": a count of
    /// weapons is no count of victims, whatever casualty reading it took (the part "of the missiles" with the killing verb
    /// right after the weapon noun, or an Arabic dual that is its own weapon noun).
    /// </summary>
    private bool WeaponsAsVictims(Candidate c)
    {
        if (!IsCasualty(c.Kind))
        {
            return false;
        }

        var m = c.Mention;
        if (sentence.StartingAt(m.Start) is { Tag: Tag.Drone or Tag.Missile } own && own.End == m.End)
        {
            return true;
        }

        if (WeaponNounRightAfter(m))
        {
            // "قتلت ثلاث مسيرات سبعة مدنيين": the count of a weapon noun right after it, no people noun after that.
            return true;
        }

        if (m.End >= sentence.Count || sentence.StartingAt(m.End) is not { Tag: Tag.Of } of)
        {
            return false;
        }

        var k = of.End;
        if (k < sentence.Count && sentence.StartingAt(k) is null && sentence.Tokens[k].IsWord && language.Stopwords.Contains(sentence.Tokens[k].Folded))
        {
            k++;
        }

        if (k >= sentence.Count || sentence.StartingAt(k) is not { Tag: Tag.Drone or Tag.Missile } weapons)
        {
            return false;
        }

        // The weapons' own predicate right after them: a casualty verb ("… of the missiles killed", "… der Raketen töteten").
        return weapons.End < sentence.Count && sentence.StartingAt(weapons.End) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties };
    }

    /// <summary>A dash or colon at <paramref name="k"/> with a count right after it: what stands before labels that count.</summary>
    private bool LabelOfNextCount(int k) =>
        k + 1 < sentence.Count && sentence.Tokens[k].IsPunctuation && sentence.Tokens[k].Folded is "—" or "–" or "-" or ":" && StartsMention(k + 1);
}
