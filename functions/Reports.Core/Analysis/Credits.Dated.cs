using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Twenty-eighth session: the lines a page dates. A caption that ends with the weekday and the date in brackets (the
/// Indonesian agencies' convention, "Warga melintasi banjir di Semarang, Kamis (29/5/2025)."), a date line with a
/// month's name ("Published On 12 May 2025", "Publié le 14 mai 2025 à 10h30"), a byline run into its date ("Reporter:
/// … Editor: … Kamis, 15 Mei 2025 09:12 WIB", "Par … Publié le …"), and a line that is only a source's name
/// ("Okezone", "رادیو فردا"): none is the headline, none a summary sentence.
/// </summary>
internal static partial class Credits
{
    /// <summary>A date's words between its day and its year: the month's name and the words around it ("de junio de").</summary>
    private const int MaxDateInnerWords = 3;

    /// <summary>A date line with a month's name has at most this many words.</summary>
    private const int MaxDatedLineWords = 12;

    /// <summary>
    /// Where the comma before a caption's dated tail is, ", Selasa (20/5/2025)." ending the sentence: the weekday (the
    /// language's <c>figures.weekdays</c>) and a numeric date in round brackets, then the full stop; else -1.
    /// </summary>
    internal static int DatedCaptionTail(ReadOnlySpan<char> sentence, LanguageProfile? profile)
    {
        sentence = sentence.TrimEnd();
        if (sentence.Length < 8 || sentence[^1] != '.' || sentence[^2] != ')' || WordsOf(profile) is not { Weekdays.Count: > 0 } words)
        {
            return -1;
        }

        var open = sentence.LastIndexOf('(');
        if (open < 2 || sentence[(open + 1)..^2].IndexOfAny('/', '.') < 0 || !IsTimeOrDate(sentence[(open + 1)..^2]))
        {
            return -1;
        }

        var before = sentence[..open].TrimEnd();
        var start = before.Length;
        while (start > 0 && IsWordChar(before[start - 1]))
        {
            start--;
        }

        var weekday = before[start..];
        if (weekday.IsEmpty || weekday.Length > MaxFoldedWordLength)
        {
            return -1;
        }

        Span<char> folded = stackalloc char[weekday.Length];
        for (var k = 0; k < weekday.Length; k++)
        {
            folded[k] = WordFold.Fold(weekday[k]);
        }

        var comma = before[..start].TrimEnd();
        return comma.Length > 0 && comma[^1] == ',' && words.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded) ? comma.Length - 1 : -1;
    }

    /// <summary>
    /// A date line with a month's name: at most <see cref="MaxDatedLineWords"/> words, a date of a day, a month's name and
    /// a year ("15 May 2025", "۱۲ اسفند ۱۴۰۳") or of a month's name, a day and a year ("May 15, 2025"), and every other
    /// word a number, one of the language's furniture words ("published", "publié", "diperbarui"), weekdays or
    /// stopwords, or a time zone in capitals ("WIB", "GMT"): "Published On 12 May 2025", "Publié le 14 mai 2025 à 10h30,
    /// modifié à 11h05". "Elections on 15 May 2025" is a headline: "elections" is none of these.
    /// </summary>
    internal static bool IsDatedLine(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        line = line.Trim();
        if (WordsOf(profile) is not LanguageWords words || (line.IndexOfAnyInRange('0', '9') < 0 && !HasDigit(line)) || !WordsAtMost(line, MaxDatedLineWords))
        {
            return false;
        }

        Span<Range> spans = stackalloc Range[MaxDatedLineWords];
        var n = 0;
        for (var at = NextWordStart(line, 0); at < line.Length; at = NextWordStart(line, WordEnd(line, at)))
        {
            spans[n++] = new Range(at, WordEnd(line, at));
        }

        // A date: a day, up to three words (the month's name, "de junio de") and a year; or a month's name, a day and a year.
        var from = -1;
        var to = -1;
        for (var i = 0; i < n && from < 0; i++)
        {
            if (i + 2 < n && !HasDigit(line[spans[i]]) && IsDay(line[spans[i + 1]]) && IsYear(line[spans[i + 2]]))
            {
                from = to = i;
                break;
            }

            if (!IsDay(line[spans[i]]))
            {
                continue;
            }

            for (var j = i + 1; j + 1 < n && j <= i + MaxDateInnerWords && !HasDigit(line[spans[j]]); j++)
            {
                if (IsYear(line[spans[j + 1]]))
                {
                    from = i + 1;
                    to = j;
                    break;
                }
            }
        }

        if (from < 0)
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxFoldedWordLength];
        var furniture = words.FurnitureWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var stopwords = words.Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        var weekdays = words.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < n; i++)
        {
            var word = line[spans[i]];
            if ((i >= from && i <= to) || HasDigit(word) || (word.Length <= 4 && IsCapitals(word)))
            {
                continue;
            }

            if (word.Length > MaxFoldedWordLength)
            {
                return false;
            }

            for (var k = 0; k < word.Length; k++)
            {
                folded[k] = WordFold.Fold(word[k]);
            }

            var key = folded[..word.Length];
            if (!furniture.Contains(key) && !stopwords.Contains(key) && !weekdays.Contains(key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A byline or credit run into its date on one line: "Reporter: Siti Rahma Editor: Budi Santoso Jumat, 23 Mei 2025
    /// 10:15 WIB", "Par Marie Dupont Publié le 12 juin 2025 à 14h20". The line has a digit and at most
    /// <see cref="MaxNavigationWords"/> words; it splits, before a weekday, a furniture word or a number, into a byline
    /// or credit (<see cref="IsBylineOrCredit"/>) and a date (<see cref="IsTimestamp"/>, <see cref="IsDatedLine"/>).
    /// </summary>
    internal static bool IsBylineThenDate(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        line = line.Trim();
        if (WordsOf(profile) is not LanguageWords words || (line.IndexOfAnyInRange('0', '9') < 0 && !HasDigit(line)))
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxFoldedWordLength];
        var furniture = words.FurnitureWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var weekdays = words.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = NextWordStart(line, WordEnd(line, NextWordStart(line, 0))); at < line.Length; at = NextWordStart(line, WordEnd(line, at)))
        {
            var word = line[at..WordEnd(line, at)];
            if (!HasDigit(word))
            {
                if (word.Length > MaxFoldedWordLength)
                {
                    continue;
                }

                for (var k = 0; k < word.Length; k++)
                {
                    folded[k] = WordFold.Fold(word[k]);
                }

                if (!weekdays.Contains(folded[..word.Length]) && !furniture.Contains(folded[..word.Length]))
                {
                    continue;
                }
            }

            var head = line[..at].TrimEnd(" \t\u00A0,;|·•-–—");
            var tail = line[at..];
            if (!head.IsEmpty && (IsTimestamp(tail) || IsDatedLine(tail, profile)) && IsBylineOrCredit(head, profile))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line is only a source's name (<see cref="LanguageProfile.CreditNames"/>): "Okezone", "رادیو فردا".</summary>
    internal static bool IsCreditNameLine(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        line = line.Trim().TrimEnd('.');
        return profile is not null && profile.CreditNames.Count > 0 && line.Length > 0 && CreditNameEnd(line, profile) == line.Length;
    }

    /// <summary>
    /// After a credit marker written short ("dok."), a name: at most <see cref="MaxCreditWords"/> words, each capitalised
    /// (or of a script without case), no sentence inside: "Humas MK", "Biro Pers Sekretariat Presiden".
    /// </summary>
    private static bool IsAbbreviatedCreditName(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim();
        if (rest.IsEmpty || HasInnerSentenceEnd(rest) || !WordsAtMost(rest, MaxCreditWords))
        {
            return false;
        }

        for (var at = NextWordStart(rest, 0); at < rest.Length; at = NextWordStart(rest, WordEnd(rest, at)))
        {
            if (char.IsLower(rest[at]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text has at least <paramref name="count"/> words with a letter (numbers aside; counting stops there).</summary>
    internal static bool HasLetterWords(ReadOnlySpan<char> text, int count)
    {
        var words = 0;
        for (var at = NextWordStart(text, 0); at < text.Length && words < count; at = NextWordStart(text, WordEnd(text, at)))
        {
            words += HasLetter(text[at..WordEnd(text, at)]) ? 1 : 0;
        }

        return words >= count;
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A day of the month: one or two digits (of any script), 1 to 31.</summary>
    private static bool IsDay(ReadOnlySpan<char> word)
    {
        if (word.Length is < 1 or > 2 || !IsNumber(word))
        {
            return false;
        }

        var day = 0;
        foreach (var c in word)
        {
            day = (day * 10) + (int)char.GetNumericValue(c);
        }

        return day is >= 1 and <= 31;
    }

    /// <summary>A year: four digits of any script.</summary>
    private static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && IsNumber(word);
}
