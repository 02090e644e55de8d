using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Splits a sentence into folded words and keeps the content words (not the profile's stopwords), as ids in a
/// <see cref="WordTable"/>: words are folded into a reused buffer and looked up by span, so no string is made per word.
/// </summary>
internal sealed class ContentWords
{
    private static readonly ConditionalWeakTable<LanguageProfile, FrozenSet<string>> Stopwords = [];
    private static readonly FrozenSet<string> NoStopwords = FrozenSet.Create<string>(StringComparer.Ordinal);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwords;
    private readonly WordTable _words;
    private char[] _buffer = new char[64];

    public ContentWords(LanguageProfile? profile, WordTable words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var stopwords = profile is null
            ? NoStopwords
            : Stopwords.GetValue(profile, static p => p.Stopwords.Select(WordFold.Fold).ToFrozenSet(StringComparer.Ordinal));
        _stopwords = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words;
    }

    /// <summary>The table the content words' ids refer to.</summary>
    public WordTable Table => _words;

    /// <summary>Appends the ids of the sentence's content words, in order, to <paramref name="content"/>; returns its word count.</summary>
    public int Read(string text, List<int> content)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(content);
        var total = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            total++;
            var length = i - start;
            if (length > _buffer.Length)
            {
                _buffer = new char[Math.Max(length, _buffer.Length * 2)];
            }

            var word = _buffer.AsSpan(0, length);
            for (var k = 0; k < length; k++)
            {
                word[k] = WordFold.Fold(text[start + k]);
            }

            if ((word.Length > 1 || char.IsDigit(word[0])) && !_stopwords.Contains(word))
            {
                content.Add(_words.GetOrAdd(word));
            }
        }

        return total;
    }

    private static bool IsWordChar(char c) => WordFold.IsWordChar(c) || char.IsDigit(c);
}
