namespace Reports.Core.Figures;

/// <summary>Thirty-third session, reading helper: a number word with the article after its definite weapon noun; a count set off by commas after a superlative.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "أسقطت المدمرة الطائرات المسيرة الثلاث التي أطلقها الحوثيون" (the destroyer downed the three drones the Houthis
    /// launched), "اعترضت الصواريخ الباليستية الأربعة": a number word that carries the definite article itself (data
    /// <c>numbers.definiteArticles</c> glued to a word of <c>numbers.words</c>) right after a drone or missile noun counts that
    /// noun, as the article glued to digits does ("الطائرات المسيرة الـ25"). A word that only starts like the article ("آلاف")
    /// is no such number.
    /// </summary>
    private TermMatch? ArticledNumberAfterNoun(Mention m)
    {
        var k = m.QualifierStart;
        if (k < 1 || k != m.Start || !sentence.Tokens[k].IsWord || sentence.EndingAt(k) is not { Tag: Tag.Drone or Tag.Missile } noun)
        {
            return null;
        }

        var folded = sentence.Tokens[k].Folded;
        foreach (var article in language.DefiniteArticles)
        {
            if (folded.Length > article.Length && folded.StartsWith(article, StringComparison.Ordinal) &&
                language.Numbers.OneWordTag(folded.AsSpan(article.Length), Tag.NumberWord, Tag.NumberWord) is not null)
            {
                return noun;
            }
        }

        return null;
    }

    /// <summary>
    /// "Больше всего, 25, сбито над Брянской областью", "Найбільше, 12, збито над Київщиною": a number set off by commas right
    /// after a superlative (data <c>superlatives</c>) whose closing comma is followed at once by a downing, launching or
    /// casualty verb.
    /// </summary>
    private bool SuperlativeAside(Mention m)
    {
        var open = m.QualifierStart - 1;
        return open > 0 && m.End + 1 < sentence.Count && sentence.Tokens[open].IsComma && sentence.Tokens[m.End].IsComma &&
               sentence.EndingAt(open) is { Tag: Tag.Superlative } &&
               sentence.StartingAt(m.End + 1) is { Tag: Tag.Downed or Tag.Launched or Tag.Killed or Tag.Injured };
    }
}
