namespace Reports.Core.Figures;

/// <summary>Thirty-second session, roundups helper: statistical round-ups' lists.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Junta air strikes killed civilians at a growing pace in the second quarter: 212 in April, 247 in May and 305 in June":
    /// a casualty verb with no count of its own names the colon's list from further off than a label does, when only plain
    /// words (its object, a manner, places, times) stand between it and the colon — no number, comma, clause break or other
    /// figure's word — and the item is gapped (its number followed only by a time or a place, see <see cref="GapRemainder"/>).
    /// </summary>
    private bool VerbLabelOfGappedItems(TermMatch found, int colon, Mention m)
    {
        if (found.Tag is not (Tag.Killed or Tag.Injured or Tag.Casualties) || m.QualifierStart != colon + 1 || !GapRemainder(m.End))
        {
            return false;
        }

        for (var k = found.End; k < colon; k++)
        {
            var t = sentence.Tokens[k];
            // "à un rythme croissant", "a un ritmo creciente": an article before a noun that counts nothing is no number.
            if (t.IsClauseBreak || t.IsComma || ((t.IsNumber || StartsMention(k)) && ArticleOne(k) is null) || sentence.StartingAt(k) is
                { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Drone or Tag.Missile or
                    Tag.Launched or Tag.Downed or Tag.Hit or Tag.Supplied or Tag.Including or Tag.And or Tag.Relative or Tag.Speech })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A label's verb <paramref name="kw"/> ("Shot down", "Збито або подавлено") ends at most <see cref="WeaponLabelWindow"/>
    /// tokens before a colon, and <paramref name="m"/> opens an item of the list after it right after a semicolon, with no
    /// clause break between but that colon and the items' semicolons.
    /// </summary>
    private bool LabelOfSemicolonItems(TermMatch kw, Mention m)
    {
        if (m.QualifierStart < 1 || !IsSemicolon(sentence.Tokens[m.QualifierStart - 1]))
        {
            return false;
        }

        var colon = -1;
        for (var k = kw.End; k < m.QualifierStart; k++)
        {
            var t = sentence.Tokens[k];
            if (!t.IsClauseBreak)
            {
                continue;
            }

            if (t.Folded == ":" && colon < 0 && k - kw.End <= WeaponLabelWindow)
            {
                colon = k;
            }
            else if (colon < 0 || !IsSemicolon(t))
            {
                return false;
            }
        }

        return colon >= 0;
    }
}
