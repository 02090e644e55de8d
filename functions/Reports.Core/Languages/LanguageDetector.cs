namespace Reports.Core.Languages;

/// <summary>
/// Tells the catalog's languages apart from text alone, deterministically and without per-character allocations.
/// Each profile scores the share of the text's words that are its stopwords, plus a capped bonus for its marker
/// letters, scaled by the share of letters written in its scripts. The answer is "und" (with the closest profile still
/// given) when the text is too short, when even the best profile covers few words, or when two profiles nearly tie.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Only the first characters are read; a few kilobytes settle the language.</summary>
    internal const int MaxChars = 6000;

    /// <summary>Fewer words than this is too little text to tell.</summary>
    internal const int MinWords = 5;

    /// <summary>Below this stopword share the text is in a language we have no profile for.</summary>
    internal const double MinStopwordShare = 0.1;

    /// <summary>Below this score (stopword share plus marker bonus) the text is in a language we have no profile for.</summary>
    internal const double MinScore = 0.22;

    /// <summary>Best and runner-up closer than this (relative) are a tie.</summary>
    internal const double MinMargin = 0.2;

    /// <summary>Weight of the marker bonus next to the stopword share.</summary>
    internal const double MarkerWeight = 0.2;

    /// <summary>Marker letters making up this share of all letters earn the full bonus.</summary>
    internal const double MarkerSaturation = 0.01;

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
            return new LanguageGuess(LanguageGuess.Undetermined, 0, null);
        }

        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        Span<int> stopHits = stackalloc int[n];
        Span<int> markerHits = stackalloc int[n];
        Span<int> scriptLetters = stackalloc int[WritingScripts.Count];
        Span<char> word = stackalloc char[MaxWordLength];
        stopHits.Clear();
        markerHits.Clear();
        scriptLetters.Clear();
        int words = 0, letters = 0, length = 0;
        var hash = WordHash.Start;
        var maxStopword = Math.Min(MaxWordLength, _index.MaxWordLength);
        for (var i = 0; i <= span.Length; i++)
        {
            var info = _index.Classify(i < span.Length ? span[i] : ' ');
            foreach (var p in _index.MarkersOf(info))
            {
                markerHits[p]++;
            }

            if ((info & DetectorIndex.WordChar) != 0)
            {
                if (length < MaxWordLength)
                {
                    word[length] = (char)(info & 0xFFFF);
                    hash = WordHash.Add(hash, word[length]);
                }

                length++;
                letters++;
                scriptLetters[(int)DetectorIndex.ScriptOf(info)]++;
                continue;
            }

            if (length > 0)
            {
                words++;
                if (length <= maxStopword)
                {
                    foreach (var p in _index.LanguagesOfWord(word[..length], WordHash.Finish(hash)))
                    {
                        stopHits[p]++;
                    }
                }

                length = 0;
            }

            hash = WordHash.Start;
        }

        foreach (var (marker, p) in _index.Sequences)
        {
            markerHits[p] += Count(span, marker);
        }

        return Decide(stopHits, markerHits, scriptLetters, words, letters);
    }

    private LanguageGuess Decide(ReadOnlySpan<int> stopHits, ReadOnlySpan<int> markerHits, ReadOnlySpan<int> scriptLetters, int words, int letters)
    {
        int best = -1, second = -1;
        double bestScore = 0, secondScore = 0;
        for (var p = 0; p < stopHits.Length; p++)
        {
            var score = Score(p, stopHits[p], markerHits[p], scriptLetters, words, letters);
            if (score > bestScore)
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (p, score);
            }
            else if (score > secondScore)
            {
                (second, secondScore) = (p, score);
            }
        }

        if (best < 0)
        {
            return new LanguageGuess(LanguageGuess.Undetermined, 0, null);
        }

        var closest = _index.Profiles[best];
        var margin = second < 0 ? 1 : (bestScore - secondScore) / bestScore;
        var share = (double)stopHits[best] / words;
        var confidence = Math.Clamp(margin * Math.Min(1, bestScore / (2 * MinScore)) * Math.Min(1, (double)words / (4 * MinWords)), 0, 1);
        var sure = words >= MinWords && share >= MinStopwordShare && bestScore >= MinScore && margin >= MinMargin;
        return new LanguageGuess(sure ? closest.Code : LanguageGuess.Undetermined, Math.Round(confidence, 3), closest);
    }

    private double Score(int p, int stopHits, int markerHits, ReadOnlySpan<int> scriptLetters, int words, int letters)
    {
        if (letters == 0 || words == 0)
        {
            return 0;
        }

        var inScript = 0;
        var scripts = _index.Scripts[p];
        for (var s = 0; s < scripts.Length; s++)
        {
            inScript += scripts[s] ? scriptLetters[s] : 0;
        }

        var scriptShare = (double)inScript / letters;
        if (scriptShare < 0.5)
        {
            return 0;
        }

        var markers = Math.Min(1, markerHits / (MarkerSaturation * letters));
        return scriptShare * (((double)stopHits / words) + (MarkerWeight * markers));
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
}
