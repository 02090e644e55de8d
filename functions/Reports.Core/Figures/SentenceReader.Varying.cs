namespace Reports.Core.Figures;

/// <summary>Bounds of a varying measure (twenty-sixth session, asian helper).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many tokens a word of varying may stand after the bounds it governs ("بین ۰ تا ۱۲ نفر در نوسان بود").</summary>
    private const int VaryingAfterReach = 4;

    /// <summary>
    /// "Số người chết mỗi ngày dao động từ 0 đến 12 người", "The daily toll ranged from 0 to 12", "شمار کشته‌های روزانه بین ۰ تا
    /// ۱۲ نفر در نوسان بود": a number after a word of varying (data <c>varying</c>) in its clause, or a few tokens before one,
    /// with no comma between, bounds a value that varies (a daily toll), and is no figure.
    /// </summary>
    private bool VaryingBound(Mention m)
    {
        if (!language.HasVarying || !sentence.Has(Tag.Varying))
        {
            // (Both scans below answer true only at a varying term the tagger found: with none in the sentence, false.)
            return false;
        }

        var tokens = sentence.Tokens;
        for (var k = m.QualifierStart - 1; k >= 0 && !tokens[k].IsClauseBreak && !tokens[k].IsComma; k--)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Varying })
            {
                return true;
            }
        }

        for (var k = m.End; k < tokens.Count && k < m.End + VaryingAfterReach && !tokens[k].IsClauseBreak && !tokens[k].IsComma; k++)
        {
            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.Varying }:
                    return true;
                case { Tag: not (Tag.People or Tag.Others) }:
                    // "40 missiles ranging from Kh-101 to Iskander": the number has a noun of its own.
                    return false;
            }
        }

        return false;
    }
}
