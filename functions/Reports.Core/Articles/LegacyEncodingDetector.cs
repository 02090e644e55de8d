using System.Globalization;
using System.Text;

namespace Reports.Core.Articles;

/// <summary>
/// Tells which legacy Windows code page non-UTF-8 text is in: windows-1251 (Cyrillic), windows-1256 (Arabic, Persian),
/// windows-1252 (Western Latin) or windows-1258 (Vietnamese). Every candidate decodes any bytes, so each decoding is
/// judged by how its words look: the words with non-ASCII letters must all be in the candidate's script with sane
/// letter case, and Latin text must be mostly ASCII letters. Only a single clear winner is accepted.
/// </summary>
internal static class LegacyEncodingDetector
{
    private const double MinimumPlausibility = 0.95;
    private const int MinimumEvidenceWords = 3;

    private static readonly Lazy<IReadOnlyList<Candidate>> Candidates = new(CreateCandidates);

    private enum Script
    {
        Latin,
        Cyrillic,
        Arabic,
        Other,
    }

    /// <summary>Decodes when exactly one code page reads the bytes plausibly.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encodingName)
    {
        var readings = new List<(Candidate Candidate, string Text)>();
        foreach (var candidate in Candidates.Value)
        {
            try
            {
                readings.Add((candidate, candidate.Encoding.GetString(bytes).Normalize(NormalizationForm.FormC)));
            }
            catch (DecoderFallbackException)
            {
                // A byte this code page does not define: not this one.
            }
        }

        // Text whose only non-ASCII bytes are typography common to all code pages (curly quotes, dashes) reads the same in each.
        var winners = readings.Count > 0 && readings.All(r => r.Text == readings[0].Text)
            ? readings
            : readings.Where(r => Plausibility(r.Text, r.Candidate) >= MinimumPlausibility).ToList();

        if (winners.Count > 0 && winners.All(w => w.Text == winners[0].Text))
        {
            text = winners[0].Text;
            encodingName = winners[0].Candidate.Encoding.WebName;
            return true;
        }

        text = string.Empty;
        encodingName = string.Empty;
        return false;
    }

    /// <summary>The share of words with non-ASCII letters that look like real words of the candidate's script.</summary>
    private static double Plausibility(string text, Candidate candidate)
    {
        var script = candidate.Script;
        int words = 0, plausible = 0, letters = 0, nonAsciiLetters = 0;
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

            var word = text.AsSpan(start, i - start);
            var nonAscii = 0;
            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (c > 0x7F)
                    {
                        nonAscii++;
                    }
                }
            }

            nonAsciiLetters += nonAscii;
            if (nonAscii == 0)
            {
                continue;
            }

            words++;
            if (IsPlausibleWord(word, script))
            {
                plausible++;
            }
        }

        if (words < MinimumEvidenceWords)
        {
            return 0;
        }

        if (nonAsciiLetters > letters * candidate.MaxNonAsciiShare)
        {
            return 0;
        }

        return (double)plausible / words;
    }

    private static bool IsPlausibleWord(ReadOnlySpan<char> word, Script script)
    {
        var sawLower = false;
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            var s = ScriptOf(c);
            if (s != script && !(script == Script.Latin && c <= 0x7F))
            {
                return false;
            }

            if (char.IsLower(c))
            {
                sawLower = true;
            }
            else if (char.IsUpper(c) && sawLower)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static Script ScriptOf(char c) => c switch
    {
        <= '\u024F' => Script.Latin,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0600' and <= '\u06FF' => Script.Arabic,
        >= '\uFB50' and <= '\uFEFF' => Script.Arabic,
        _ => Script.Other,
    };

    private static List<Candidate> CreateCandidates()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return
        [
            new Candidate(Get(1251), Script.Cyrillic, MaxNonAsciiShare: 1),
            new Candidate(Get(1256), Script.Arabic, MaxNonAsciiShare: 1),
            new Candidate(Get(1252), Script.Latin, MaxNonAsciiShare: 0.25),

            // Vietnamese: precomposed â ê ô ă ơ ư đ plus combining tone marks, so more letters are non-ASCII.
            new Candidate(Get(1258), Script.Latin, MaxNonAsciiShare: 0.5),
        ];

        static Encoding Get(int codePage) => Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>A code page, the script it writes, and the largest share of letters that may be non-ASCII.</summary>
    private sealed record Candidate(Encoding Encoding, Script Script, double MaxNonAsciiShare);
}
