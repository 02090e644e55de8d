namespace Reports.Core.Figures;

/// <summary>
/// The folded words of the texts read on this thread, each kept as one string: a word seen before (most words of an
/// article, and of the articles before it) is returned without allocating. The table is per thread, so no lock is
/// taken, and bounded: when it holds <see cref="MaxWords"/> words it starts again, so hostile input cannot grow it.
/// </summary>
internal static class FoldedWords
{
    /// <summary>How many distinct words a thread keeps before it forgets them all.</summary>
    public const int MaxWords = 50_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _words;

    /// <summary>The string of these (already folded) characters, shared when they were seen before.</summary>
    public static string Get(ReadOnlySpan<char> folded)
    {
        var words = _words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(folded, out var known))
        {
            return known;
        }

        if (words.Count >= MaxWords)
        {
            words.Clear();
        }

        var word = new string(folded);
        words[word] = word;
        return word;
    }

    /// <summary>The <see cref="TextFold"/> form of <paramref name="word"/>, as a shared string.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return Get(buffer[..TextFold.FoldInto(word, buffer)]);
    }

    /// <summary>How many words this thread keeps now (for tests).</summary>
    internal static int Count => _words?.Count ?? 0;
}
