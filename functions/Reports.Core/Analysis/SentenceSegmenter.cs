using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Splits normalised text into sentences, each the verbatim substring at its offset. Line breaks always end a sentence
/// (headlines, paragraphs, list items). A terminator (<c>. ! ? ؟ …</c>) ends one only when whitespace follows it, after
/// any closing quotes or brackets, and the next word does not start in lower case; a full stop also does not end one
/// after the profile's abbreviations ("Mr.", "TP.") or after initials ("J. R. Smith", "U.S").
/// Dots inside tokens (3.5, 5.9.2024, example.com, z.B.) never split; commas and the Arabic ، ؛ never do.
/// </summary>
public sealed class SentenceSegmenter
{
    /// <summary>
    /// Longer runs without a sentence end are cut (at a clause break, comma or space): no news sentence comes near it,
    /// and reading one sentence costs more than its length.
    /// </summary>
    public const int MaxSentenceLength = 1500;

    /// <summary>
    /// Longer runs of numbers are cut too (at a clause break, comma or space before the next number): the densest news
    /// sentences hold about 15 (a ministry's tally of regions, dates and times), while one sentence listing thousands of
    /// items ("Nga phóng 12 UAV và 15 UAV và 9 UAV và …") made every item's rules look at all the others.
    /// </summary>
    public const int MaxSentenceNumbers = 64;

    /// <summary>
    /// Shorter runs are not counted: they cannot hold enough numbers to cost much, and counting every sentence of 400
    /// characters and more made the analysis of news articles ~2 % slower (analyze-pair); almost none is this long.
    /// </summary>
    private const int MinCountedLength = 1000;

    /// <summary>Characters per sentence the result list is first sized for (shorter than most news sentences).</summary>
    private const int ExpectedSentenceLength = 64;

    /// <summary>The digits a number may be written in: ASCII, Arabic-Indic and Persian.</summary>
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹");

    private static readonly ConditionalWeakTable<LanguageProfile, FrozenSet<string>> Abbreviations = [];

    /// <summary>Where <see cref="Split"/> looks: the line breaks and the terminators (<see cref="Punctuation.Terminators"/>).</summary>
    internal static readonly SearchValues<char> Stops = SearchValues.Create("\n\r\u2028\u2029" + Punctuation.Terminators);

    public IReadOnlyList<Sentence> Split(string text, LanguageProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(text);
        var abbreviations = profile is null
            ? FrozenSet<string>.Empty
            : Abbreviations.GetValue(profile, static p => p.Abbreviations.ToFrozenSet(StringComparer.Ordinal));
        // Room for a sentence every 64 characters, set once: a list grown from empty copied itself at each doubling
        // (about 6 KB per benchmark pass); news sentences are longer, so one allocation nearly always suffices.
        var result = new List<Sentence>((text.Length / ExpectedSentenceLength) + 4);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // The characters before the next line break or terminator decide nothing: one vectorised search passes them.
            var skipped = text.AsSpan(i).IndexOfAny(Stops);
            if (skipped < 0)
            {
                break;
            }

            i += skipped;
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                Add(text, start, i, result);
                start = ++i;
                continue;
            }

            var runEnd = i;
            while (runEnd < text.Length && Punctuation.IsTerminator(text[runEnd]))
            {
                runEnd++;
            }

            var end = runEnd;
            while (end < text.Length && Punctuation.IsCloser(text[end]))
            {
                end++;
            }

            if (EndsSentence(text, i, runEnd, end, abbreviations, profile?.Figures.Months))
            {
                Add(text, start, end, result);
                start = end;
            }

            i = end;
        }

        Add(text, start, text.Length, result);
        return result;
    }

    /// <summary>Whether the terminators at [<paramref name="run"/>, <paramref name="runEnd"/>) and closers up to <paramref name="end"/> end a sentence.</summary>
    private static bool EndsSentence(string text, int run, int runEnd, int end, FrozenSet<string> abbreviations, IReadOnlyList<string>? months)
    {
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return text[run] == '\u3002';
        }

        var next = end;
        while (next < text.Length && (char.IsWhiteSpace(text[next]) || Punctuation.IsOpener(text[next])))
        {
            next++;
        }

        if (next == text.Length || text[next] is '\n' or '\r')
        {
            return true;
        }

        if (char.IsLower(text[next]))
        {
            return false;
        }

        return runEnd - run > 1 || text[run] != '.' || !(IsAbbreviation(text, run, abbreviations) || (months is not null && OrdinalDate(text, run, next, months)));
    }

    /// <summary>
    /// "am 26. August", "den 3. März": a day number (1–31) with a full stop before a month name of the language is an
    /// ordinal date, not the end of a sentence.
    /// </summary>
    private static bool OrdinalDate(string text, int dot, int next, IReadOnlyList<string> months)
    {
        var digits = 0;
        while (dot - digits - 1 >= 0 && char.IsAsciiDigit(text[dot - digits - 1]))
        {
            digits++;
        }

        if (digits is < 1 or > 2 || (dot - digits - 1 >= 0 && !char.IsWhiteSpace(text[dot - digits - 1])) ||
            int.Parse(text.AsSpan(dot - digits, digits)) is < 1 or > 31)
        {
            return false;
        }

        var wordEnd = next;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text.AsSpan(next, wordEnd - next);
        foreach (var month in months)
        {
            var stem = month.AsSpan().TrimEnd('*');
            if (month.Contains(' ') || stem.Length == 0)
            {
                continue;
            }

            if (month.EndsWith('*') ? word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) : word.Equals(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word before the full stop at <paramref name="dot"/> is an abbreviation or initials.</summary>
    private static bool IsAbbreviation(string text, int dot, FrozenSet<string> abbreviations)
    {
        var from = dot;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]) && !Punctuation.IsOpener(text[from - 1]))
        {
            from--;
        }

        var word = text.AsSpan(from, dot + 1 - from);
        return word.Length > 1 && (IsInitials(word) || abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
    }

    /// <summary>"J." or "U.S." or "J.R.": single capitals each followed by a dot.</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        for (var k = 0; k < word.Length; k += 2)
        {
            if (k + 1 >= word.Length || !char.IsUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(string text, int start, int stop, List<Sentence> result)
    {
        // A run of more numbers than any real sentence holds (a list of hundreds of items) is cut into pieces of at most
        // MaxSentenceNumbers numbers, each at its last clause break, comma or space before the number that would pass it.
        while (NumberCut(text, start, stop) is { } cut)
        {
            AddBounded(text, start, cut, result);
            start = cut;
        }

        AddBounded(text, start, stop, result);
    }

    /// <summary>
    /// Where the run [<paramref name="start"/>, <paramref name="stop"/>), if longer than <see cref="MinCountedLength"/>
    /// characters, is cut when it holds more than <see cref="MaxSentenceNumbers"/> numbers (a number is a run of digits, "1,000" and "3.5" one each): the last break
    /// before the first number past the limit, after the first half of them; null when it holds no more.
    /// </summary>
    private static int? NumberCut(string text, int start, int stop)
    {
        if (stop - start <= MinCountedLength)
        {
            return null;
        }

        var count = 0;
        var half = start;
        var i = start;
        while (i < stop)
        {
            var at = text.AsSpan(i, stop - i).IndexOfAny(Digits);
            if (at < 0)
            {
                return null;
            }

            i += at;
            if (++count == (MaxSentenceNumbers / 2) + 1)
            {
                half = i;
            }
            else if (count > MaxSentenceNumbers)
            {
                foreach (var breaks in (ReadOnlySpan<string>)[";:؛", ",،", " "])
                {
                    var cut = text.AsSpan(half, i - half).LastIndexOfAny(breaks);
                    if (cut >= 0)
                    {
                        return half + cut + 1;
                    }
                }

                return i;
            }

            // The number's digits, with the group and decimal marks between them.
            while (i < stop && (Digits.Contains(text[i]) || (text[i] is ',' or '.' or '٬' or '٫' && i + 1 < stop && Digits.Contains(text[i + 1]))))
            {
                i++;
            }
        }

        return null;
    }

    private static void AddBounded(string text, int start, int stop, List<Sentence> result)
    {
        while (start < stop && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (stop > start && char.IsWhiteSpace(text[stop - 1]))
        {
            stop--;
        }

        // A "sentence" longer than any real one (a page without punctuation, a list run together) is cut at its last
        // clause break (; : ،) or comma, else space, before the limit, so the work per sentence stays bounded.
        while (stop - start > MaxSentenceLength)
        {
            var cut = LastBreak(text, start, start + MaxSentenceLength);
            result.Add(new Sentence(text[start..cut].TrimEnd(), start));
            start = cut;
            while (start < stop && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (stop > start)
        {
            result.Add(new Sentence(text[start..stop], start));
        }
    }

    private static int LastBreak(string text, int start, int limit)
    {
        foreach (var breaks in (ReadOnlySpan<string>)[";:؛", ",،", " "])
        {
            var at = text.AsSpan(start + (MaxSentenceLength / 2), limit - start - (MaxSentenceLength / 2)).LastIndexOfAny(breaks);
            if (at >= 0)
            {
                return start + (MaxSentenceLength / 2) + at + 1;
            }
        }

        return limit;
    }
}
