namespace Reports.Core.Figures;

/// <summary>Thirty-first session, reading helper: a second place's pair of counts after a killed/injured pair.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Les bombardements ont tué quatre personnes et en ont blessé 15 autres à Donetsk, ainsi que deux personnes à Kharkiv,
    /// où six blessés ont été recensés", "mataron a seis personas e hirieron a 25 en Donetsk, y a otras dos, con cuatro
    /// heridos, en Jersón": after a pair of the dead and the wounded, a count that shares the wounded's predicate and is
    /// followed by a count naming the wounded itself repeats the pair for a second place: it counts the dead. The count
    /// took the kind of the verb nearest before it; the wounded named after it say which of the pair it is not.
    /// </summary>
    private void SecondPair()
    {
        if (_found.Count < 4)
        {
            return;
        }

        var order = _found.ToArray();
        Array.Sort(order, (a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        for (var i = 2; i + 1 < order.Length; i++)
        {
            var (first, shared, item, named) = (order[i - 2], order[i - 1], order[i], order[i + 1]);
            if (item.Kind is not (FigureKind.Killed or FigureKind.Injured) || shared.Kind != item.Kind || named.Kind != item.Kind ||
                first.Kind is not (FigureKind.Killed or FigureKind.Injured) || first.Kind == item.Kind)
            {
                continue;
            }

            // The item names no kind of its own (no casualty word in its segment: it took the kind of a verb before it or of
            // the count after it); the count after it names its kind with a word of its own after the number.
            var sharesPredicate = !CasualtyWordInSegment(item, named);
            var namesItself = named.Parent is null && named.PhraseStart >= named.Mention.QualifierStart && named.PhraseEnd > named.Mention.End;
            if (!sharesPredicate || !namesItself || shared.Mention.Start <= first.Mention.Start || !AttachedToItem(item, named))
            {
                continue;
            }

            var at = _found.IndexOf(item);
            _found[at] = item with { Kind = first.Kind };
            order[i] = _found[at];
        }
    }

    /// <summary>
    /// The count after the item belongs to the item's place ("à Kharkiv, où six blessés", "con cuatro heridos"): no clause
    /// break, "and" or "others" word between them ("…, and 6 more were injured in Sumy" is an item of its own).
    /// </summary>
    private bool AttachedToItem(Candidate item, Candidate named)
    {
        for (var k = item.Mention.End; k < named.Mention.QualifierStart; k++)
        {
            // (The item's own "others" word right after it, "two more", "zwei weitere", "dos más", is no new item.)
            if (sentence.Tokens[k].IsClauseBreak || sentence.StartingAt(k) is { Tag: Tag.And } || (k > item.Mention.End && sentence.StartingAt(k) is { Tag: Tag.Others }))
            {
                return false;
            }
        }

        return named.Mention.End >= sentence.Count || sentence.StartingAt(named.Mention.End) is not { Tag: Tag.Others };
    }

    /// <summary>
    /// A casualty word between the comma or clause break before <paramref name="item"/> and the count after it ("and
    /// wounded two in Kharkiv, where …", "two wounded soldiers in Kharkiv, where …"): the item names its own kind.
    /// </summary>
    private bool CasualtyWordInSegment(Candidate item, Candidate named)
    {
        var start = item.Mention.QualifierStart;
        while (start > 0 && !sentence.Tokens[start - 1].IsComma && !sentence.Tokens[start - 1].IsClauseBreak)
        {
            start--;
        }

        for (var k = start; k < named.Mention.QualifierStart; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a intercepté les deux missiles balistiques tirés depuis le Yémen", "derribaron los siete misiles de crucero que Rusia
    /// lanzó": a definite article (data <c>wholeArticles</c>) right before a downed count makes it the whole launched, as
    /// "all" does ("shot down all 27 drones").
    /// </summary>
    /// "Les deux", "los dos" (both, one number term) open with the article themselves.
    private bool WholeArticleBefore(Mention m)
    {
        var first = m.QualifierStart;
        if (language.WholeArticles.Count == 0 || first >= m.End)
        {
            return false;
        }

        return (m.End - first > 1 && language.WholeArticles.Contains(sentence.Tokens[first].Folded)) ||
               (first == m.Start && first > 0 && sentence.Tokens[first - 1].IsWord && language.WholeArticles.Contains(sentence.Tokens[first - 1].Folded));
    }

    /// <summary>
    /// "Російська армія за тиждень запустила 1 120 дронів і 64 ракети. Сили ППО знищили відповідно 980 і 51.": the items of a
    /// "respectively" list that count the weapons of the sentence before restate that sentence's time (a running total
    /// there is one here), unless their own clause names one.
    /// </summary>
    private void RespectiveScopes()
    {
        if (context.WeaponList is null || context.WeaponListSentence != context.SentenceIndex - 1)
        {
            return;
        }

        for (var i = 0; i < _found.Count; i++)
        {
            var c = _found[i];
            if (c.Restates is null && !c.Combined &&
                c.Kind is FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned &&
                RespectiveWeapon(c.Mention, out var fromBefore) is not null && fromBefore)
            {
                _found[i] = c with { Restates = context.WeaponListScope };
            }
        }
    }
}
