using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>Splits a sentence into folded words and keeps the content words (not the profile's stopwords).</summary>
internal sealed class ContentWords(LanguageProfile? profile)
{
    private static readonly ConditionalWeakTable<LanguageProfile, FrozenSet<string>> Stopwords = [];

    private readonly FrozenSet<string> _stopwords = profile is null
        ? FrozenSet<string>.Empty
        : Stopwords.GetValue(profile, static p => p.Stopwords.Select(WordFold.Fold).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The sentence's word count and its content words, in order.</summary>
    public SentenceWords Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var content = new List<string>();
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
            var word = WordFold.Fold(text[start..i]);
            if ((word.Length > 1 || char.IsDigit(word[0])) && !_stopwords.Contains(word))
            {
                content.Add(word);
            }
        }

        return new SentenceWords(total, content);
    }

    private static bool IsWordChar(char c) => WordFold.IsWordChar(c) || char.IsDigit(c);
}
