namespace Reports.Core.Figures;

/// <summary>Statistical round-ups: gapped items named by a place, and a change's size before its new value.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Words a gapped item's place name may hold ("Kherson", "Kharkiv Oblast", "New York").</summary>
    private const int PlaceSubjectWords = 3;

    /// <summary>
    /// "…, Kherson for 13 and Kharkiv for 9", "…, Kherson Oblast 13 and Kharkiv Oblast 9", "…, auf Cherson 13": the gapped
    /// clause keeps its subject, a place's name (one to three capitalised words ending at <paramref name="k"/>, a function
    /// word or two before them), after a comma or "and". Returns the index of that comma or "and", else -1.
    /// </summary>
    private int GappedPlaceSubject(int k)
    {
        if (k > 0 && PlaceKindWordEndingAt(k + 1) is var kindWord and > 0)
        {
            // "…, Sumy region 13 and Odesa region 9": a lower-case word of the place's kind after its name.
            k = kindWord - 1;
        }

        var start = k;
        while (start >= 0 && k - start < PlaceSubjectWords && IsCapitalisedWord(start) && sentence.StartingAt(start) is null)
        {
            start--;
        }

        if (start == k || start < 0)
        {
            return -1;
        }

        // "…, auf Cherson 13", "…, на Херсонскую 13": a function word or two may stand before the name.
        for (var words = 0; words < 2 && start > 0 && sentence.Tokens[start].IsWord && language.Stopwords.Contains(sentence.Tokens[start].Folded) &&
             sentence.StartingAt(start) is null; words++)
        {
            start--;
        }

        if (sentence.Tokens[start].Folded is "," or "،")
        {
            return start;
        }

        return sentence.EndingAt(start + 1) is { Tag: Tag.And } and ? and.Start : -1;
    }

    /// <summary>Tokens a change's new value may stand after its size ("rose by nine in November compared with October, to 27").</summary>
    private const int ChangeSizeGap = 9;

    /// <summary>
    /// "Civilian deaths in Kherson region rose by nine", "were up by nine": a change's size, after a change verb (data
    /// <c>numbers.changeVerbs</c>) and its "by" (data <c>changeBy</c>), counts what the casualty noun heading the clause names.
    /// </summary>
    private bool ChangeSize(Mention m) =>
        m.QualifierStart >= 2 && language.ChangeBy.Contains(sentence.Tokens[m.QualifierStart - 1].Folded) &&
        sentence.Tokens[m.QualifierStart - 2].IsWord && language.ChangeVerbs.Contains(sentence.Tokens[m.QualifierStart - 2].Folded);

    /// <summary>
    /// "rose by nine in November compared with October, to 27", "increased by eight …, reaching 26": a change's size (see
    /// <see cref="ChangeSize"/>) and its new value after "to" or a toll verb, a time phrase and a comma between, no other number.
    /// </summary>
    private bool ChangeSizeThenValue(Mention x, Mention y)
    {
        if (y.QualifierStart <= x.End || y.QualifierStart > x.End + ChangeSizeGap + 1 || !ChangeSize(x) ||
            !(language.ChangeTo.Contains(sentence.Tokens[y.QualifierStart - 1].Folded) || TollVerbEndingAt(y.QualifierStart)))
        {
            return false;
        }

        for (var k = x.End; k < y.QualifierStart - 1; k++)
        {
            var t = sentence.Tokens[k];
            if ((t.IsClauseBreak && !t.IsComma) || t.IsNumber)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A weapon noun (<paramref name="weapon"/>) right before a casualty noun ("drone deaths", "missile victims", "drone
    /// strike casualties": an attack word may stand between) that is no verb: no number, people or "others" after it.
    /// </summary>
    private bool WeaponModifiesVictims(TermMatch weapon)
    {
        var k = weapon.End;
        if (k < sentence.Count && sentence.StartingAt(k) is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue } attack)
        {
            k = attack.End;
        }

        if (k >= sentence.Count || sentence.StartingAt(k) is not { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } victims)
        {
            return false;
        }

        return victims.End >= sentence.Count ||
            !(StartsMention(victims.End) || sentence.StartingAt(victims.End) is { Tag: Tag.People or Tag.Others } || sentence.Tokens[victims.End].IsNumber);
    }

    /// <summary>
    /// A count right after a verb of tending or an act (data <c>tended</c>, <c>acts</c>: evacuated, treated, moved), its
    /// injured word <paramref name="attribute"/> standing beside its people noun ("wounded soldiers", "soldats blessés"): the
    /// object of care.
    /// </summary>
    private bool TendedObject(Mention m, TermMatch attribute) =>
        attribute.Tag == Tag.Injured && m.QualifierStart > 0 &&
        (sentence.StartingAt(attribute.End) is { Tag: Tag.People } ||
         (sentence.StartingAt(m.End) is { Tag: Tag.People } noun && noun.End == attribute.Start && AttributeClosesPhrase(attribute.End)) ||
         (attribute.Start == m.End && BareAttributeClosesPhrase(attribute.End))) &&
        (TendedOrActEndingAt(m.QualifierStart) || (m.QualifierStart > 1 && sentence.Tokens[m.QualifierStart - 1].IsWord &&
            language.Stopwords.Contains(sentence.Tokens[m.QualifierStart - 1].Folded) && TendedOrActEndingAt(m.QualifierStart - 1)));

    /// <summary>
    /// After an injured word that follows its people noun ("soldats blessés"), the phrase ends (a clause break, a comma,
    /// "and", a time): "people wounded in strikes" names victims by their wounding, no attribute of the people carried.
    /// </summary>
    private bool AttributeClosesPhrase(int k) =>
        k >= sentence.Count || sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma ||
        sentence.StartingAt(k) is { Tag: Tag.And or Tag.Cumulative or Tag.Period or Tag.Month or Tag.EventTime };

    /// <summary>A verb of tending or an act ending right before <paramref name="end"/> ("evacuated", "evacuado" before "a").</summary>
    private bool TendedOrActEndingAt(int end) =>
        TermEndingAt(language.Aside, Tag.Tended, end, 3) || sentence.EndingAt(end) is { Tag: Tag.Act };

    /// <summary>Words a count's people may take before the comma of its "all killed" ("nine of his parishioners").</summary>
    private const int AllOfThemReach = 6;

    /// <summary>
    /// "nine of his parishioners, all killed by Russian drones", "nine members of his parish, every one of them killed": a
    /// count of people (an "of" and plain words may stand before its people noun), a comma, "all" (data <c>all</c>) and
    /// function words, then a killed or injured word: that word's term, else null.
    /// </summary>
    private TermMatch? AllOfThemAfter(Mention m)
    {
        var tokens = sentence.Tokens;
        var people = false;
        var k = m.End;
        for (; k < tokens.Count && k <= m.End + AllOfThemReach; k++)
        {
            if (tokens[k].IsComma)
            {
                break;
            }

            if (tokens[k].IsClauseBreak || tokens[k].IsNumber || StartsMention(k))
            {
                return null;
            }

            if (sentence.StartingAt(k) is { } term)
            {
                if (term.Tag is not (Tag.People or Tag.Of))
                {
                    return null;
                }

                people |= term.Tag == Tag.People;
                k = term.End - 1;
            }
        }

        if (!people || k >= tokens.Count || tokens[k].Folded != "," || k + 1 >= tokens.Count || sentence.StartingAt(k + 1) is not { Tag: Tag.All } all)
        {
            return null;
        }

        for (var j = all.End; j < tokens.Count && j <= all.End + 2; j++)
        {
            switch (sentence.StartingAt(j))
            {
                case { Tag: Tag.Killed or Tag.Injured } victims:
                    return victims;
                case null when tokens[j].IsWord && language.Stopwords.Contains(tokens[j].Folded):
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "destroyed 43 drones, including 2 flying towards Moscow": a part after "including" of the downed weapons just before
    /// it, whose flight or launching verb follows it, describes weapons that were downed, not launched.
    /// </summary>
    private bool IncludedInDowned(Mention m, Tag weapon, TermMatch verb)
    {
        if (verb.Tag != Tag.Launched || verb.Start < m.End || IncludingBefore(m) is null || _found.Count == 0)
        {
            return false;
        }

        var whole = _found[^1];
        return whole.Mention.End <= m.QualifierStart && whole.Mention.Value > m.Value &&
            whole.Kind == (weapon == Tag.Drone ? FigureKind.DronesDowned : FigureKind.MissilesDowned);
    }

    /// <summary>
    /// A plain word at <paramref name="k"/> (no term, no function word, lower case: no name) whose next words are function
    /// words (an auxiliary) and then a killed or injured word ("bakers was killed", "drivers were wounded"), or that word
    /// ending its clause ("cousins died.").
    /// </summary>
    private bool PlainNounOfVictims(int k)
    {
        if (k >= sentence.Count || !sentence.Tokens[k].IsWord || language.Stopwords.Contains(sentence.Tokens[k].Folded) || IsCapitalisedWord(k))
        {
            return false;
        }

        for (var j = k + 1; j < sentence.Count && j <= k + 3; j++)
        {
            switch (sentence.StartingAt(j))
            {
                case { Tag: Tag.Killed or Tag.Injured } victims:
                    // "One of the shells killed a woman": a verb with an object after it is the noun's act, no fate.
                    return j > k + 1 || victims.End >= sentence.Count || sentence.Tokens[victims.End].IsComma || sentence.Tokens[victims.End].IsClauseBreak;
                case null when sentence.Tokens[j].IsWord && language.Stopwords.Contains(sentence.Tokens[j].Folded):
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A count with no noun of its own right before a preposition and a relative ("6 in which", "3 during which", fr "6 au
    /// cours desquels" where the data list it): it counts the incidents or places the clause tells of, no people or weapons.
    /// </summary>
    private bool IncidentsInWhich(Mention m)
    {
        var k = m.End;
        if (k + 1 >= sentence.Count || sentence.StartingAt(k) is not null || !sentence.Tokens[k].IsWord || !language.Stopwords.Contains(sentence.Tokens[k].Folded))
        {
            return false;
        }

        return sentence.StartingAt(k + 1) is { Tag: Tag.Relative };
    }
}
