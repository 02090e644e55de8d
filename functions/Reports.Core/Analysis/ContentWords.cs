using System.Runtime.CompilerServices;
using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Splits a sentence into folded words and keeps the content words (not the profile's stopwords), as ids in a
/// <see cref="WordTable"/>: words are folded into a reused buffer and looked up by span, so no string is made per word.
/// </summary>
internal sealed class ContentWords
{
    private const uint WordOrDigit = WordFold.WordLetter | WordFold.Digit;
    private static readonly ConditionalWeakTable<LanguageProfile, HashedWords<bool>> Stopwords = [];
    private static readonly HashedWords<bool> NoStopwords = new([]);

    private readonly HashedWords<bool> _stopwords;
    private readonly WordTable _words;
    private char[] _buffer = new char[64];

    public ContentWords(LanguageProfile? profile, WordTable words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _stopwords = profile is null
            ? NoStopwords
            : Stopwords.GetValue(profile, static p => new HashedWords<bool>(p.Stopwords.Select(WordFold.Fold).Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true))));
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
        var buffer = _buffer;
        while (i < text.Length)
        {
            var info = WordFold.Classify(text[i]);
            if ((info & WordOrDigit) == 0)
            {
                i++;
                continue;
            }

            // Fold the word into the buffer and hash it on the way.
            var length = 0;
            var hash = WordHash.Start;
            do
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                    buffer = _buffer;
                }

                var folded = (char)(info & 0xFFFF);
                buffer[length++] = folded;
                hash = WordHash.Add(hash, folded);
            }
            while (++i < text.Length && ((info = WordFold.Classify(text[i])) & WordOrDigit) != 0);

            total++;
            var word = buffer.AsSpan(0, length);
            hash = WordHash.Finish(hash);
            if ((word.Length > 1 || char.IsDigit(word[0])) && !_stopwords.TryGetValue(word, hash, out _))
            {
                content.Add(_words.GetOrAdd(word, hash));
            }
        }

        return total;
    }
}
