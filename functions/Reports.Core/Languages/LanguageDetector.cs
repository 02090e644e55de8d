using System.Numerics;

namespace Reports.Core.Languages;

/// <summary>
/// Tells the catalog's languages apart from text alone, deterministically and without per-character allocations, by
/// evidence, script first:
/// <list type="number">
/// <item>The script holding most letters picks the candidates (the profiles written in it): Arabic → ar, fa; Cyrillic →
/// uk, ru; Latin → the rest. A script no profile uses is "und".</item>
/// <item>Among them, each word is evidence: one point per stopword or detection word of a language, one per word holding
/// a marker letter of it (і ї є ґ, ы э ъ ё, پ چ ژ گ ی ک, ة ى, ñ, ß, ơ ư đ …), a quarter per word holding only a weak
/// marker (the Arabic ي ك that Persian writers also type). All lists are in the profiles' data files.</item>
/// <item>The most evidence wins by at least half a point. When nothing does, the words' prefixes and suffixes listed in
/// the data files (Indonesian me-/-kan, Arabic ال-, Russian -ой, Ukrainian -ння) add half a point each; still nothing,
/// or a tie, is "und". A longer text must look
/// like the language, not only hold a few of its words: its evidence covers a share of its words, and its letters
/// belong to the language's alphabet (so Italian, Tagalog, Urdu stay "und").</item>
/// </list>
/// <see cref="LanguageGuess.Outcome"/> says why an answer is "und".
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Only the first characters are read; a few kilobytes settle the language.</summary>
    internal const int MaxChars = 3000;

    /// <summary>Fewer letters than this is nothing to read.</summary>
    public const int MinLetters = 3;

    /// <summary>The best language must lead the runner-up by this much evidence (a marker word or a word is 1).</summary>
    internal const double MinLead = 0.5;

    /// <summary>A word holding only a weak marker letter counts this much.</summary>
    internal const double WeakMarkerWeight = 0.25;

    /// <summary>A word with one of a candidate's detection prefixes or suffixes counts this much (read only when undecided).</summary>
    internal const double AffixWeight = 0.5;

    /// <summary>From this many words on, a text must look like the language, not only hold some of its words.</summary>
    internal const int LongTextWords = 12;

    /// <summary>In a long text, evidence per word below this is a language we have no profile for…</summary>
    internal const double MinScore = 0.22;

    /// <summary>
    /// …unless it is at least this much, all of it for one language (the runner-up at most half) and from two or more
    /// different words: a name-heavy sentence of a known language, not one word of ours repeated in another language.
    /// </summary>
    internal const double MinLoneScore = 0.1;

    /// <summary>In a long text whose words are this rarely the language's, the letters are checked against its alphabet.</summary>
    internal const double MinWordShare = 0.1;

    /// <summary>Words holding letters outside the alphabet, from this share of the words (and two), mean another language.</summary>
    internal const double MaxForeignShare = 0.1;

    private const int MaxWordLength = 48;
    private readonly DetectorIndex _index;

    public LanguageDetector(LanguageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _index = new DetectorIndex(catalog.All);
    }

    public LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = _index.Profiles.Count;
        if (n == 0)
        {
            return new LanguageGuess(LanguageGuess.Undetermined, 0, null, DetectionOutcome.UnsupportedScript);
        }

        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        Span<int> wordHits = stackalloc int[n];
        Span<int> markerWords = stackalloc int[n];
        Span<int> weakWords = stackalloc int[n];
        Span<int> scriptLetters = stackalloc int[WritingScripts.Count];
        Span<char> word = stackalloc char[MaxWordLength];
        wordHits.Clear();
        markerWords.Clear();
        weakWords.Clear();
        scriptLetters.Clear();
        int words = 0, letters = 0, length = 0;
        ulong strong = 0, weak = 0;
        var hash = WordHash.Start;
        var maxWord = Math.Min(MaxWordLength, _index.MaxWordLength);

        // The letters of a run in one script are counted in a register and added to their script when the script changes:
        // a counter in memory raised at every letter made each letter wait for the last one's store.
        var script = 0;
        var run = 0;
        for (var i = 0; i <= span.Length; i++)
        {
            var info = _index.Classify(i < span.Length ? span[i] : ' ');
            if (DetectorIndex.IsMarker(info))
            {
                // Most characters are no language's marker: their (empty) marker sets are not read.
                strong |= _index.StrongMarkersOf(info);
                weak |= _index.WeakMarkersOf(info);
            }

            if ((info & DetectorIndex.WordChar) != 0)
            {
                if (length < MaxWordLength)
                {
                    var folded = (char)(info & 0xFFFF);
                    word[length] = folded;
                    hash = WordHash.Add(hash, folded);
                }

                length++;
                var letterScript = (int)DetectorIndex.ScriptOf(info);
                if (letterScript != script)
                {
                    scriptLetters[script] += run;
                    (script, run) = (letterScript, 0);
                }

                run++;
                continue;
            }

            if (length > 0)
            {
                words++;
                if (length <= maxWord)
                {
                    Count(_index.LanguagesOfWord(word[..length], WordHash.Finish(hash)), wordHits);
                }

                length = 0;
            }

            if ((strong | weak) != 0)
            {
                // A word counts once per language however many of its marker letters it holds.
                Count(strong, markerWords);
                Count(weak & ~strong, weakWords);
                strong = weak = 0;
            }

            hash = WordHash.Start;
        }

        scriptLetters[script] += run;
        foreach (var letter in scriptLetters)
        {
            letters += letter;
        }

        foreach (var (marker, p) in _index.Sequences)
        {
            markerWords[p] += Count(span, marker);
        }

        return Decide(span, wordHits, markerWords, weakWords, scriptLetters, words, letters);
    }

    private LanguageGuess Decide(
        ReadOnlySpan<char> text, ReadOnlySpan<int> wordHits, ReadOnlySpan<int> markerWords, ReadOnlySpan<int> weakWords, ReadOnlySpan<int> scriptLetters, int words, int letters)
    {
        if (letters == 0)
        {
            return new LanguageGuess(LanguageGuess.Undetermined, 0, null, DetectionOutcome.NoLetters);
        }

        // A profile not written in the text's script is no candidate (NaN).
        Span<double> scores = stackalloc double[wordHits.Length];
        var candidates = 0;
        for (var p = 0; p < wordHits.Length; p++)
        {
            var candidate = InScript(p, scriptLetters, letters);
            candidates += candidate ? 1 : 0;
            scores[p] = candidate ? wordHits[p] + markerWords[p] + (WeakMarkerWeight * weakWords[p]) : double.NaN;
        }

        if (candidates == 0)
        {
            return new LanguageGuess(LanguageGuess.Undetermined, 0, null, DetectionOutcome.UnsupportedScript);
        }

        var guess = Choose(text, scores, wordHits, words, letters);
        if (guess.Outcome is DetectionOutcome.Tie or DetectionOutcome.NoEvidence or DetectionOutcome.UnknownLanguage && AddAffixes(text, scores))
        {
            guess = Choose(text, scores, wordHits, words, letters);
        }

        return guess;
    }

    private LanguageGuess Choose(ReadOnlySpan<char> text, ReadOnlySpan<double> scores, ReadOnlySpan<int> wordHits, int words, int letters)
    {
        int best = -1, second = -1;
        double bestScore = 0, secondScore = 0;
        for (var p = 0; p < scores.Length; p++)
        {
            var score = scores[p];
            if (double.IsNaN(score))
            {
                continue;
            }

            if (best < 0 || score > bestScore)
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (p, score);
            }
            else if (second < 0 || score > secondScore)
            {
                (second, secondScore) = (p, score);
            }
        }

        if (bestScore <= 0)
        {
            return new LanguageGuess(LanguageGuess.Undetermined, 0, null, letters < MinLetters ? DetectionOutcome.TooFewLetters : DetectionOutcome.NoEvidence);
        }

        var closest = _index.Profiles[best];
        var lead = bestScore - secondScore;
        var confidence = Math.Round(Math.Clamp(lead / bestScore * Math.Min(1, bestScore / 4), 0, 1), 3);
        var outcome = letters < MinLetters ? DetectionOutcome.TooFewLetters
            : lead < MinLead ? DetectionOutcome.Tie
            : words >= LongTextWords && !LooksLike(text, best, bestScore, lead, wordHits[best], words) ? DetectionOutcome.UnknownLanguage
            : DetectionOutcome.Detected;
        return new LanguageGuess(outcome == DetectionOutcome.Detected ? closest.Code : LanguageGuess.Undetermined, confidence, closest, outcome);
    }

    /// <summary>
    /// Adds <see cref="AffixWeight"/> to a candidate's score per word with one of its detection prefixes or suffixes.
    /// Read only when words and letters left the text undecided (short texts, mostly); false when nothing was added.
    /// </summary>
    private bool AddAffixes(ReadOnlySpan<char> text, Span<double> scores)
    {
        var added = false;
        var words = new FoldedWords(_index, text, stackalloc char[MaxWordLength]);
        while (words.Next(out var word))
        {
            for (var p = 0; p < scores.Length; p++)
            {
                if (!double.IsNaN(scores[p]) && HasAffix(word, p))
                {
                    scores[p] += AffixWeight;
                    added = true;
                }
            }
        }

        return added;
    }

    private bool HasAffix(ReadOnlySpan<char> word, int profile)
    {
        foreach (var prefix in _index.Prefixes[profile])
        {
            if (word.Length >= prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var suffix in _index.Suffixes[profile])
        {
            if (word.Length >= suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a long text reads as the best profile's language rather than one we have no profile for.</summary>
    private bool LooksLike(ReadOnlySpan<char> text, int best, double score, double lead, int wordHits, int words)
    {
        var perWord = score / words;
        if (perWord < MinScore && !(perWord >= MinLoneScore && lead >= score / 2 && DistinctWords(text, best) >= 2))
        {
            return false;
        }

        // Few of its words but many of its marker letters (Urdu written with Persian letters): check the alphabet.
        return (double)wordHits / words >= MinWordShare || ForeignWords(text, best) < Math.Max(2, MaxForeignShare * words);
    }

    /// <summary>How many different words of the text are the profile's (stopwords or detection words). Rarely needed.</summary>
    private int DistinctWords(ReadOnlySpan<char> text, int profile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new FoldedWords(_index, text, stackalloc char[MaxWordLength]);
        while (words.Next(out var word))
        {
            if ((_index.LanguagesOfWord(word) & (1UL << profile)) != 0)
            {
                seen.Add(word.ToString());
            }
        }

        return seen.Count;
    }

    /// <summary>How many words hold a letter of the profile's scripts that its alphabet lacks. Rarely needed.</summary>
    private int ForeignWords(ReadOnlySpan<char> text, int profile)
    {
        var alphabet = _index.Alphabets[profile];
        if (alphabet.Length == 0)
        {
            return 0;
        }

        var scripts = _index.Scripts[profile];
        var foreign = 0;
        var counted = false;
        foreach (var c in text)
        {
            var info = _index.Classify(c);
            if ((info & DetectorIndex.WordChar) == 0)
            {
                counted = false;
                continue;
            }

            if (!counted && char.IsLetter(c) && scripts[(int)DetectorIndex.ScriptOf(info)] && !alphabet.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
            {
                foreign++;
                counted = true;
            }
        }

        return foreign;
    }

    private bool InScript(int p, ReadOnlySpan<int> scriptLetters, int letters)
    {
        var inScript = 0;
        var scripts = _index.Scripts[p];
        for (var s = 0; s < scripts.Length; s++)
        {
            inScript += scripts[s] ? scriptLetters[s] : 0;
        }

        return 2 * inScript >= letters;
    }

    private static void Count(ulong profiles, Span<int> counts)
    {
        while (profiles != 0)
        {
            counts[BitOperations.TrailingZeroCount(profiles)]++;
            profiles &= profiles - 1;
        }
    }

    private static int Count(ReadOnlySpan<char> text, string marker)
    {
        var count = 0;
        var rest = text;
        int at;
        while ((at = rest.IndexOf(marker, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            count++;
            rest = rest[(at + marker.Length)..];
        }

        return count;
    }

    /// <summary>
    /// The folded words of a text, one at a time (words longer than the buffer are skipped): the reading shared by the
    /// rarely needed passes (affixes, distinct words).
    /// </summary>
    private ref struct FoldedWords(DetectorIndex index, ReadOnlySpan<char> text, Span<char> buffer)
    {
        private readonly DetectorIndex _index = index;
        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<char> _buffer = buffer;
        private int _next;

        public bool Next(out ReadOnlySpan<char> word)
        {
            var length = 0;
            for (; _next <= _text.Length; _next++)
            {
                var info = _index.Classify(_next < _text.Length ? _text[_next] : ' ');
                if ((info & DetectorIndex.WordChar) != 0)
                {
                    if (length < _buffer.Length)
                    {
                        _buffer[length] = (char)(info & 0xFFFF);
                    }

                    length++;
                    continue;
                }

                if (length > 0 && length <= _buffer.Length)
                {
                    _next++;
                    word = _buffer[..length];
                    return true;
                }

                length = 0;
            }

            word = default;
            return false;
        }
    }
}
