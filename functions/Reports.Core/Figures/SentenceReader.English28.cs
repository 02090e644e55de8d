namespace Reports.Core.Figures;

/// <summary>Twenty-eighth session, English helper: round-ups' place items and subjects, negated wholes, copula tolls.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Words a place subject and its verb may take between an "of the victims" clause's comma and the count.</summary>
    private const int OfVictimsSubjectReach = 6;

    /// <summary>
    /// "Sumy region 13", "Pokrovsk district 12": a lower-case word ending at <paramref name="end"/> (plain, or a unit the
    /// exclusions list: "region") after a capitalised name names the place's kind. Returns the start of that word, else -1.
    /// </summary>
    private int PlaceKindWordEndingAt(int end)
    {
        var k = end - 1;
        if (k < 1 || !sentence.Tokens[k].IsWord || IsCapitalisedWord(k) || language.Stopwords.Contains(sentence.Tokens[k].Folded) ||
            !IsCapitalisedWord(k - 1) || sentence.EndingAt(k) is not null)
        {
            return -1;
        }

        return sentence.StartingAt(k) is not { } term || (term.Tag == Tag.Exclusion && term.End == end) ? k : -1;
    }

    /// <summary>
    /// "None of the 60 people on board was injured", "Not one of the 25 children was hurt", fr "Aucun des 40 passagers",
    /// es "Ninguno de los 40 pasajeros", de "Keiner der 40 Passagiere": a count right after a partitive that opens with a
    /// negation (data <c>partitives</c>, <c>negations</c>) is the whole that nobody of was hurt; unless its own noun names
    /// victims or weapons ("none of the 12 dead has been identified").
    /// </summary>
    private bool NegatedWhole(Mention m)
    {
        if (m.QualifierStart < 1 || sentence.EndingAt(m.QualifierStart) is not { Tag: Tag.Partitive } part ||
            !sentence.Tokens[part.Start].IsWord || !language.Negations.Contains(sentence.Tokens[part.Start].Folded))
        {
            return false;
        }

        return m.End >= sentence.Count || sentence.StartingAt(m.End) is not
            { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Drone or Tag.Missile };
    }

    /// <summary>
    /// "Civilian deaths in November were 37": a copula (data <c>copulas</c>) right before the count, with nothing counted
    /// after it, states the toll of the casualty noun heading the clause as a toll verb does.
    /// </summary>
    private bool CopulaToll(Mention m) =>
        m.QualifierStart > 1 && sentence.Tokens[m.QualifierStart - 1].IsWord && language.Copulas.Contains(sentence.Tokens[m.QualifierStart - 1].Folded) &&
        (m.End >= sentence.Count || sentence.Tokens[m.End].IsClauseBreak || sentence.Tokens[m.End].IsComma);

    /// <summary>
    /// "Of the civilians killed by glide bombs in October, Zaporizhzhia region accounted for 24, …": the comma of an "of
    /// the victims" clause when a place's name (capitalised) opens the words after it and a verb of plain words leads to
    /// the count, no number or figure word between. Returns the comma, else -1.
    /// </summary>
    private int OfVictimsPlaceSubject(Mention m)
    {
        for (var k = m.QualifierStart - 1; k > 0 && k >= m.QualifierStart - OfVictimsSubjectReach; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsComma)
            {
                // "…, the Donetsk region recorded 24": an article may stand before the name.
                var name = k + 1 < m.QualifierStart && FunctionWordAt(k + 1) ? k + 2 : k + 1;
                return t.Folded == "," && name < m.QualifierStart - 1 && IsCapitalisedWord(name) ? k : -1;
            }

            if (!t.IsWord || StartsMention(k) || sentence.StartingAt(k) is
                { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Drone or Tag.Missile or
                    Tag.Launched or Tag.Downed or Tag.People or Tag.Others or Tag.Supplied or Tag.Act or Tag.Hit or Tag.Of or Tag.Including or Tag.Relative })
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "…, Sumy region 13 and Odesa region 9": a unit the exclusions list ("region") that names a place's kind after its
    /// capitalised name, right before a bare count (a comma, "and" or the clause's end after it), is the item's place, no
    /// unit of the count ("Military Region 5", capitalised, stays a name).
    /// </summary>
    private bool PlaceKindItem(TermMatch unit, Mention m) =>
        unit.End == m.QualifierStart && PlaceKindWordEndingAt(unit.End) == unit.Start &&
        (m.End >= sentence.Count || sentence.Tokens[m.End].IsClauseBreak || sentence.Tokens[m.End].IsComma || sentence.StartingAt(m.End) is { Tag: Tag.And });

    /// <summary>A word that ends in a possessive ending of the language (data <c>possessiveEndings</c>: "company's", "workers'").</summary>
    private bool PossessiveWordAt(int k)
    {
        var t = sentence.Tokens[k];
        if (!t.IsWord)
        {
            return false;
        }

        foreach (var ending in language.PossessiveEndings)
        {
            if (t.Folded.Length > ending.Length && t.Folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After a bare injured noun right after a tended count ("has carried more than 2,000 wounded."), the sentence or clause
    /// ends, or "and" or a running-total time follows; a day or an attack after it ("treated 40 injured in the strike")
    /// names victims of that attack.
    /// </summary>
    private bool BareAttributeClosesPhrase(int k) =>
        k >= sentence.Count || sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma ||
        sentence.StartingAt(k) is { Tag: Tag.And or Tag.Cumulative or Tag.Period };

    /// <summary>Tokens the time phrase of a change's old value may take before its "to" ("from 33 in October to 37").</summary>
    private const int ChangeFromTimeReach = 4;

    /// <summary>
    /// "The number of civilians killed rose from 33 in October to 37 in November", de "stieg von 33 im Oktober auf 37": a
    /// count after a change's "to" (data <c>changeTo</c>) whose old value stands before it after its "from" (data
    /// <c>changeFrom</c>), only its time phrase between (a month, a day, function words), is the new value of that figure.
    /// Returns the old value's figure, else null.
    /// </summary>
    private Candidate? ChangedFromTo(Mention m, Candidate?[] byMention, int index)
    {
        var to = m.QualifierStart - 1;
        if (index < 1 || to < 3 || byMention[index - 1] is not { } old || !sentence.Tokens[to].IsWord || !language.ChangeTo.Contains(sentence.Tokens[to].Folded) ||
            old.Mention.QualifierStart < 1 || !sentence.Tokens[old.Mention.QualifierStart - 1].IsWord ||
            !language.ChangeFrom.Contains(sentence.Tokens[old.Mention.QualifierStart - 1].Folded) ||
            old.Mention.End >= to || to - old.Mention.End > ChangeFromTimeReach)
        {
            return null;
        }

        var time = false;
        for (var k = old.Mention.End; k < to; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Month or Tag.EventTime or Tag.Period } term)
            {
                time = true;
                k = term.End - 1;
            }
            else if (k == old.Mention.End && sentence.StartingAt(k) is { Tag: Tag.People or Tag.Counter } noun)
            {
                // "از ۱۶۴ نفر در ماه مارس به ۱۳۴ نفر", "from 164 people in March to 134": the old value's own noun.
                k = noun.End - 1;
            }
            else if (!FunctionWordAt(k))
            {
                return null;
            }
        }

        return time ? old : null;
    }

    /// <summary>
    /// es "aumentaron en nueve en noviembre, hasta 27", fr "a augmenté de neuf, jusqu'à 27": an "up to" after a change's size
    /// (see <see cref="ChangeSize"/>; a time and a comma may stand between, no other number or clause break) opens the
    /// change's new value, no "up to".
    /// </summary>
    private bool ChangeSizeBefore(Mention m)
    {
        for (var k = m.QualifierStart; k > 0 && k >= m.QualifierStart - ChangeSizeGap - 1; k--)
        {
            if (MentionEndingAt(k) is { } size)
            {
                return ChangeSize(size);
            }

            var t = sentence.Tokens[k - 1];
            if (t.IsNumber || (t.IsClauseBreak && !t.IsComma))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Tokens a list of bare counts may take on either side of a count before its "respectively".</summary>
    private const int RespectiveReach = 8;

    /// <summary>
    /// "12 missiles and 90 drones targeted Ukraine; 9 and 72 respectively were shot down": a bare count in a list that
    /// "respectively" (data <c>respectively</c>) closes counts the weapon of the item at its place in the last list of
    /// weapon counts before it in the sentence, as many items as the bare list has. Null when there is no such list.
    /// </summary>
    private Tag? RespectiveWeapon(Mention m) => RespectiveWeapon(m, out _);

    /// <summary>As <see cref="RespectiveWeapon(Mention)"/>; <paramref name="fromBefore"/> says the weapons are the sentence before's.</summary>
    private Tag? RespectiveWeapon(Mention m, out bool fromBefore)
    {
        fromBefore = false;
        var after = 0;
        var closed = false;
        for (var k = m.End; k < sentence.Count && k <= m.End + RespectiveReach; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Respectively } respectively)
            {
                // "3690 respektive 131": the word may join the items too.
                closed = true;
                if (!(respectively.End < sentence.Count && StartsMention(respectively.End)))
                {
                    break;
                }

                k = respectively.End - 1;
                continue;
            }

            if (MentionStartingAt(k) is { End: > 0 } item && item.Start == k)
            {
                after++;
                k = item.End - 1;
            }
            else if (sentence.StartingAt(k) is { Tag: Tag.And } and)
            {
                // "101 respektive sechs davon": a joining word that maps the items in order.
                closed |= and.End == k + 1 && language.RespectivelyJoining.Contains(sentence.Tokens[k].Folded);
            }
            else if (!sentence.Tokens[k].IsComma)
            {
                break;
            }
        }

        var before = 0;
        var start = m.QualifierStart;
        for (var k = m.QualifierStart - 1; k >= 0 && k >= m.QualifierStart - RespectiveReach; k--)
        {
            if (MentionEndingAt(k + 1) is { } item)
            {
                before++;
                start = item.QualifierStart;
                k = item.QualifierStart;
            }
            else if (sentence.EndingAt(k + 1) is { Tag: Tag.Respectively } joining && joining.Start > 0 && MentionEndingAt(joining.Start) is not null)
            {
                closed = true;
                k = joining.Start;
            }
            else if (sentence.EndingAt(k + 1) is { Tag: Tag.And } and)
            {
                closed |= and.Start == k && language.RespectivelyJoining.Contains(sentence.Tokens[k].Folded);
            }
            else if (!sentence.Tokens[k].IsComma)
            {
                break;
            }
        }

        // "уничтожила соответственно 3690 и 131", "abattu respectivement 3 690 et 131": the word may open the list.
        closed |= sentence.EndingAt(start) is { Tag: Tag.Respectively };
        if (!closed)
        {
            return null;
        }

        var count = before + 1 + after;
        if (count < 2)
        {
            return null;
        }

        // The weapon nouns of the counts before the bare list, the last `count` of them.
        Span<Tag> nouns = stackalloc Tag[8];
        var found = 0;
        for (var k = 0; k < start; k++)
        {
            if (MentionStartingAt(k) is { End: > 0 } counted && counted.Start == k)
            {
                if (Forward(counted).Noun is { Tag: Tag.Drone or Tag.Missile } noun)
                {
                    nouns[found % nouns.Length] = noun.Tag;
                    found++;
                }

                k = counted.End - 1;
            }
        }

        fromBefore = found == 0;
        return found >= count && count <= nouns.Length ? nouns[(found - count + before) % nouns.Length]
            : found == 0 ? RespectiveWeaponBefore(count, before) : null;
    }

    /// <summary>
    /// A list item of weapons in a list that "respectively" closes ("9 and 72 respectively were shot down" after "12
    /// missiles and 90 drones"): the item takes the weapon at its place (see <see cref="RespectiveWeapon(Mention)"/>), not its
    /// neighbour's.
    /// </summary>
    private Candidate? RespectiveItem(Candidate? c)
    {
        if (c is null || c.Kind is not (FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned) ||
            RespectiveWeapon(c.Mention) is not { } weapon)
        {
            return c;
        }

        var kind = Kind(weapon, c.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned, false);
        return kind == c.Kind ? c : c with { Kind = kind, Combined = false };
    }
}
