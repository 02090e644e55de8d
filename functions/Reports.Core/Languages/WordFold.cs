namespace Reports.Core.Languages;

/// <summary>
/// The form words are compared in: lower case, with the Arabic letters Persian writers often type in place of their
/// own (ي ى ك) folded to the Persian ones, so one stopword list serves both keyboards.
/// </summary>
internal static class WordFold
{
    /// <summary>In a <see cref="Classify"/> value: the character is inside a word (<see cref="IsWordChar"/>).</summary>
    public const uint WordLetter = 1u << 16;

    /// <summary>In a <see cref="Classify"/> value: the character is a decimal digit (<see cref="char.IsDigit(char)"/>).</summary>
    public const uint Digit = 1u << 17;

    // Lower-casing a non-ASCII character asks ICU each time, which cost a quarter of an article's analysis: the
    // class of each block of 256 characters (folded form and flags) is computed once, when a character of it is first seen.
    private static readonly uint[]?[] Blocks = new uint[]?[256];

    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return (char)(Classify(c) & 0xFFFF);
    }

    /// <summary>The folded character (low 16 bits) with <see cref="WordLetter"/> and <see cref="Digit"/>, from one table look-up.</summary>
    public static uint Classify(char c)
    {
        var block = Blocks[c >> 8] ?? Fill(c >> 8);
        return block[c & 0xFF];
    }

    private static uint[] Fill(int high)
    {
        // Two threads may fill the same block; both write the same values.
        var block = new uint[256];
        for (var low = 0; low < 256; low++)
        {
            var c = (char)((high << 8) | low);
            block[low] = Compute(c) | (IsLetterOrMark(c) ? WordLetter : 0) | (char.IsDigit(c) ? Digit : 0);
        }

        Blocks[high] = block;
        return block;
    }

    private static char Compute(char c) => c switch
    {
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        _ => char.ToLowerInvariant(c),
    };

    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                span[i] = Fold(w[i]);
            }
        });
    }

    /// <summary>True for characters inside a word: letters and combining marks (not ZWNJ, which splits Persian affixes).</summary>
    public static bool IsWordChar(char c) => (Classify(c) & WordLetter) != 0;

    private static bool IsLetterOrMark(char c) =>
        char.IsLetter(c) || (c >= '\u0300' && c <= '\u036F') || (c >= '\u064B' && c <= '\u065F');
}
