namespace Reports.Core.Languages;

/// <summary>
/// The form words are compared in: lower case, with the Arabic letters Persian writers often type in place of their
/// own (ي ى ك) folded to the Persian ones, so one stopword list serves both keyboards.
/// </summary>
internal static class WordFold
{
    public static char Fold(char c) => c switch
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
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || (c >= '\u0300' && c <= '\u036F') || (c >= '\u064B' && c <= '\u065F');
}
