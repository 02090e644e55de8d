namespace Reports.Core.Figures;

/// <summary>Thirty-second session, reading helper: victims set beside the wounded.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Les victimes de la frappe sont désormais au nombre de sept, tandis que 38 personnes ont été blessées", "Die Zahl der
    /// Opfer stieg auf neun, 40 Menschen wurden verletzt": a count of victims (data <c>victims</c>) in a sentence that counts
    /// the wounded apart, and no dead, counts the dead; "victims" alone stay a combined count (GUIDELINE), and a wounded part
    /// of them ("40 victimes, dont 12 blessés") leaves them so.
    /// </summary>
    private void VictimsBesideWounded()
    {
        if (language.Victims.Count == 0 || _found.Count < 2)
        {
            return;
        }

        Candidate? wounded = null;
        foreach (var c in _found)
        {
            if (c.Kind == FigureKind.Killed)
            {
                return;
            }

            if (c.Kind == FigureKind.Injured && c.Parent is null)
            {
                wounded ??= c;
            }
        }

        if (wounded is null)
        {
            return;
        }

        for (var i = 0; i < _found.Count; i++)
        {
            var c = _found[i];
            if (c.Kind == FigureKind.Casualties && c.Parent is null && NamedByVictims(c) && !PartBetween(c, wounded))
            {
                _found[i] = c with { Kind = FigureKind.Killed };
            }
        }
    }

    /// <summary>A victims word in the count's phrase, or earlier in its clause before it.</summary>
    private bool NamedByVictims(Candidate c)
    {
        var end = Math.Max(c.PhraseEnd, c.Mention.End);
        var start = Math.Min(c.PhraseStart, c.Mention.QualifierStart);
        while (start > 0 && !sentence.Tokens[start - 1].IsComma && !sentence.Tokens[start - 1].IsClauseBreak)
        {
            start--;
        }

        for (var k = start; k < end && k < sentence.Count; k++)
        {
            // "عدد الضحايا" (the number of victims): the victims word may stand anywhere in its term.
            if (sentence.StartingAt(k) is { Tag: Tag.Casualties or Tag.TollCasualties } term)
            {
                for (var w = k; w < term.End; w++)
                {
                    if (language.Victims.Contains(sentence.Tokens[w].Folded))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>An including term between the victims and the wounded: the wounded are a part of them.</summary>
    private bool PartBetween(Candidate victims, Candidate wounded)
    {
        var (from, to) = victims.Mention.Start < wounded.Mention.Start
            ? (victims.Mention.End, wounded.Mention.QualifierStart)
            : (wounded.Mention.End, victims.Mention.QualifierStart);
        for (var k = from; k < to && k < sentence.Count; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Including or Tag.Of })
            {
                return true;
            }
        }

        return false;
    }
}
