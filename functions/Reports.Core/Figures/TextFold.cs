using Reports.Core.Languages;

namespace Reports.Core.Figures;

/// <summary>
/// Folds a word to the form the lexicons are matched in: <see cref="WordFold"/> (lower case, ي/ى→ی, ك→ک) plus
/// أ/إ/آ→ا, Arabic diacritics, tatweel and ZWNJ removed, ё→е, typographic apostrophes unified.
/// Applied alike to the text's words and to the data files' terms, so the two always meet.
/// </summary>
internal static class TextFold
{
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(buffer[..FoldInto(word, buffer)]);
    }

    /// <summary>Writes the folded word into <paramref name="buffer"/> (at least as long as the word); returns its length.</summary>
    /// <remarks>Each character folds on its own (to one character or none), through <see cref="TokenChars"/>' table.</remarks>
    public static int FoldInto(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c < 0x80)
            {
                buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                continue;
            }

            var v = TokenChars.Classify(c);
            if ((v & TokenChars.Dropped) == 0)
            {
                buffer[n++] = (char)(v & 0xFFFF);
            }
        }

        return n;
    }

    /// <summary>The folded form of one character, or -1 when folding drops it (the rule <see cref="TokenChars"/>' table is filled from).</summary>
    internal static int FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        switch (c)
        {
            case '\u0623' or '\u0625' or '\u0622' or '\u0671':
                return '\u0627';
            case '\u0640' or '\u200C' or '\u200D' or '\u00AD':
                return -1;
            case >= '\u064B' and <= '\u065F':
            case '\u0670':
                return -1;
            case '\u2019' or '\u2018' or '\u02BC':
                return '\'';
            case '\u2010' or '\u2011':
                return '-';
            default:
                // Lower case and ي/ى→ی, ك→ک, as the detector folds (WordFold), then ё→е.
                var lower = WordFold.Fold(c);
                return lower == 'ё' ? 'е' : lower;
        }
    }
}
