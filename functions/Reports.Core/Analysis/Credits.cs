using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Bylines, photo credits and photo captions: lines of a page that are not the article's headline and never a summary
/// sentence. Recognised by mechanism, with the words in the language files (<see cref="LanguageProfile.BylineMarkers"/>,
/// <see cref="LanguageProfile.CreditMarkers"/>):
/// <list type="bullet">
/// <item>a credit: a credit marker, a colon or slash and a short name ("Photo: Reuters", "Ảnh: TTXVN", "Фото: ДСНС",
/// "Penulis: Rina"), or an agency in capitals, a slash and a name ("REUTERS/Stringer", "AFP/Getty Images");</item>
/// <item>a byline: a byline marker and one to three names of two to four capitalised words, or one name in capitals,
/// joined by the language's "and" ("By Maria Lopez and John Smith, staff reporters"); in a script without case, a
/// marker and at most four words;</item>
/// <item>a caption: a line of at most three sentences that ends with a credit ("Rescuers at the site. REUTERS/Stringer",
/// "Наслідки обстрілу. Фото: ДСНС", "… (Photo: AFP)"), or the first sentence of a line whose next sentence opens with
/// a credit (the credit glued to the paragraph that follows the photo).</item>
/// <item>a link line: "Read more: …", "Baca juga …", "[Another story's headline]" (<see cref="IsLinkLine"/>).</item>
/// </list>
/// </summary>
internal static partial class Credits
{
    /// <summary>At most this many words follow a credit marker's colon.</summary>
    public const int MaxCreditWords = 8;

    /// <summary>A name has two to this many capitalised words.</summary>
    public const int MaxNameWords = 4;

    /// <summary>A caption line holds at most this many sentences, its credit included.</summary>
    public const int MaxCaptionSentences = 3;

    /// <summary>A caption line holds at most this many words.</summary>
    public const int MaxCaptionWords = 80;

    /// <summary>Words after a byline's names and a separator ("…, staff reporter", "| 4 December 2026").</summary>
    private const int MaxBylineTail = 10;

    private static readonly ConditionalWeakTable<LanguageProfile, LanguageWords> WordsByLanguage = [];

    /// <summary>The whole line is a byline or a photo credit.</summary>
    public static bool IsBylineOrCredit(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        line = Trim(line);
        if (line.IsEmpty)
        {
            return false;
        }

        var words = WordsOf(profile);
        if (IsCredit(line, words))
        {
            return true;
        }

        if (words is not null)
        {
            foreach (var marker in words.BylineMarkers)
            {
                if (MarkerEnd(line, marker) is int end && IsBylineRest(line[end..], words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The text is a credit from its start to its end: a credit marker, a colon or slash and at most
    /// <see cref="MaxCreditWords"/> words that start like a name; an agency credit ("REUTERS/Stringer"); a credit marker
    /// of two words or more alone ("Getty Images").
    /// </summary>
    private static bool IsCredit(ReadOnlySpan<char> text, LanguageWords? words)
    {
        text = Trim(text);
        if (text.IsEmpty)
        {
            return false;
        }

        if (IsAgencyCredit(text))
        {
            return true;
        }

        if (words is null || !words.CreditFirstLetters.Contains(WordFold.Fold(text[0])))
        {
            // (Most words start no credit marker: EndsWithCredit asks this at each of a line's last words.)
            return false;
        }

        foreach (var marker in words.CreditMarkers)
        {
            if (MarkerEnd(text, marker) is not int end)
            {
                continue;
            }

            var rest = text[end..].TrimStart();
            if (rest.IsEmpty)
            {
                if (marker.Contains(' '))
                {
                    return true;
                }

                continue;
            }

            if (marker[^1] == '.' && IsAbbreviatedCreditName(rest))
            {
                // "Dok. Humas MK": a marker written short takes the name without a colon.
                return true;
            }

            if (rest[0] is not (':' or '/' or '\uFF1A'))
            {
                continue;
            }

            rest = Trim(rest[1..]);
            if (rest.IsEmpty || !StartsLikeName(rest) || HasInnerSentenceEnd(rest))
            {
                continue;
            }

            // "AP Photo/Efrem Lukatsky", "Фото: ДСНС", "Photo: Reuters / Getty Images".
            if (Words(rest) <= MaxCreditWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A credit opens the text ("Ảnh: Rappler Đáp xuống …", "REUTERS/Stringer …"), whatever follows it.</summary>
    public static bool StartsWithCredit(ReadOnlySpan<char> text, LanguageProfile? profile)
    {
        text = Trim(text);
        if (AgencyAt(text, 0) > 0)
        {
            return true;
        }

        if (WordsOf(profile) is not LanguageWords words)
        {
            return false;
        }

        foreach (var marker in words.CreditMarkers)
        {
            if (MarkerEnd(text, marker) is int end)
            {
                var rest = text[end..].TrimStart();
                if (rest.Length > 1 && rest[0] is ':' or '/' or '\uFF1A' && StartsLikeName(rest[1..].TrimStart()))
                {
                    return true;
                }

                var close = marker[^1] == '.' ? rest.IndexOf(')') : -1;
                if (close > 0 && IsAbbreviatedCreditName(rest[..close]))
                {
                    // "(Dok. Humas MK) Mahkamah …": a marker written short and a name, in brackets.
                    return true;
                }

                if (rest.Length > 0 && rest[0] == ')' && marker.Contains(' ', StringComparison.Ordinal))
                {
                    // "(Getty Images) Keputusan itu …": a marker of two words alone in brackets is a whole credit.
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The line ends with a credit after something else: "Rescuers at the site. REUTERS/Stringer", "Наслідки обстрілу
    /// Києва. Фото: ДСНС", "Smoke over the port (Photo: AFP)".
    /// </summary>
    public static bool EndsWithCredit(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        line = Trim(line);
        var languageWords = WordsOf(profile);
        var words = 0;
        // Backwards, each character classified once: `here` is whether line[p] is a word character.
        var here = line.Length > 0 && IsWordChar(line[^1]);
        for (var p = line.Length - 1; p > 0 && words <= MaxCreditWords + 2; p--)
        {
            var previous = IsWordChar(line[p - 1]);
            var wordStart = here && !previous;
            here = previous;
            if (!wordStart)
            {
                continue;
            }

            words++;
            var before = line[p - 1];
            if (before is not (' ' or '\u00A0' or '(' or '[' or '|' or '—' or '–' or '\t') || line[..p].Trim(" \t\u00A0([|—–-").IsEmpty)
            {
                continue;
            }

            // A credit opens with a capital (an agency's, "REUTERS/Stringer") or with a credit marker's first letter
            // (IsCredit asks both first); most of a line's last words start with neither and are not read further.
            if ((char.IsUpper(line[p]) || (languageWords is not null && languageWords.CreditFirstLetters.Contains(WordFold.Fold(line[p])))) &&
                IsCredit(line[p..], languageWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Which sentences are bylines, credits or photo captions (<see cref="Credits"/>): they never open a summary, nor
    /// stand in one, nor give the title. The sentences are grouped into the lines of <paramref name="text"/>.
    /// </summary>
    public static bool[] Find(string text, IReadOnlyList<Sentence> sentences, LanguageProfile? profile)
    {
        var flags = new bool[sentences.Count];
        var first = 0;
        while (first < sentences.Count)
        {
            var last = first;
            while (last + 1 < sentences.Count && !LineBreakBetween(text, sentences[last].End, sentences[last + 1].Offset))
            {
                last++;
            }

            var line = text.AsSpan(sentences[first].Offset, sentences[last].End - sentences[first].Offset);
            var count = last - first + 1;
            if (IsBylineOrCredit(line, profile) || IsLinkLine(line, profile) || IsFurniture(line, profile)
                || (count <= MaxCaptionSentences && (EndsWithCredit(line, profile) || EndsWithBracketedName(line, profile)) && Words(line) <= MaxCaptionWords))
            {
                flags.AsSpan(first, count).Fill(true);
            }
            else if (count > 1 && StartsWithCredit(sentences[first + 1].Text, profile))
            {
                // "Tổng thống Duterte. Ảnh: Rappler Đáp xuống …": the photo's caption, its credit glued to what follows.
                flags[first] = true;
                flags[first + 1] = IsBylineOrCredit(sentences[first + 1].Text, profile);
            }

            first = last + 1;
        }

        FlagCaptionLabels(sentences, flags, profile);
        return flags;
    }

    /// <summary>
    /// A page's furniture pasted with the article: a breadcrumb or menu ("Trang chủ > Thế giới > Quân sự", "Home | World
    /// | Europe"), a date or time line ("Thứ bảy, 15/3/2025, 08:30 (GMT+7)"), or a line whose every " | " part is a
    /// byline, a credit or a timestamp ("By Staff Reporter | Published: 14 March 2025, 09:12 | Updated: 11:40").
    /// </summary>
    public static bool IsFurniture(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        line = line.Trim();
        if (!WordsAtMost(line, MaxNavigationWords))
        {
            return false; // A paragraph: no kind of furniture is this long (stops counting at the limit).
        }

        if ((ArticleAnalyzer.IsNavigation(line) && IsShortUnterminated(line)) || IsTimestamp(line) || IsFurnitureWords(line, profile) || IsDateline(line, profile)
            || IsDatedLine(line, profile) || IsCreditNameLine(line, profile) || IsBylineThenDate(line, profile))
        {
            return true;
        }

        if (line.IndexOf(" | ", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (var range in line.Split(" | "))
        {
            var part = line[range].Trim();
            if (!part.IsEmpty && !IsBylineOrCredit(part, profile) && !IsTimestamp(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most words a breadcrumb or menu line has.</summary>
    private const int MaxNavigationWords = 24;

    /// <summary>
    /// A line short enough to be a menu, not ending like prose and without the commas and colons of a sentence or a
    /// headline: "30.000 đồng / vé … / …" in a paragraph, "Drones, missiles / glide bombs / artillery: how …" have the
    /// separators of a breadcrumb, not its shape.
    /// </summary>
    private static bool IsShortUnterminated(ReadOnlySpan<char> line) =>
        Words(line) <= MaxNavigationWords && !Headline.IsTerminated(line) && line.IndexOfAny(",:;،") < 0;

    /// <summary>The most words a line of furniture words has ("Share on Facebook Share on X Email").</summary>
    private const int MaxFurnitureWords = 16;

    /// <summary>
    /// The line is made only of the language's furniture words (<see cref="LanguageProfile.FurnitureWords"/>) and numbers:
    /// "Share on Facebook  Share on X  Email", "Bình luận (0)", "© 2025 All rights reserved.", "Breaking News".
    /// </summary>
    private static bool IsFurnitureWords(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        if (WordsOf(profile) is not { Furniture.Length: > 0 } words || !WordsAtMost(line, MaxFurnitureWords))
        {
            return false;
        }

        // Word by word, in place (no folded copies): each run of words must be a furniture phrase, the longest that fits;
        // numbers ("(0)" comments, "© 2025") pass.
        var matched = false;
        var at = NextWordStart(line, 0);
        while (at < line.Length)
        {
            var end = WordEnd(line, at);
            if (IsNumber(line[at..end]))
            {
                at = NextWordStart(line, end);
                continue;
            }

            // Only phrases whose first word is as long as this word and starts with its letter can match here.
            var longest = -1;
            var first = WordFold.Fold(line[at]);
            foreach (var phrase in words.Furniture)
            {
                if (phrase[0].Length == end - at && phrase[0][0] == first && PhraseEnd(line, at, phrase) is int phraseEnd && phraseEnd > longest)
                {
                    longest = phraseEnd;
                }
            }

            if (longest < 0)
            {
                return false;
            }

            at = NextWordStart(line, longest);
            matched = true;
        }

        return matched;
    }

    /// <summary>Where <paramref name="phrase"/> (folded words) ends when the line's words from <paramref name="at"/> are it.</summary>
    private static int? PhraseEnd(ReadOnlySpan<char> line, int at, string[] phrase)
    {
        foreach (var word in phrase)
        {
            if (at >= line.Length)
            {
                return null;
            }

            var end = WordEnd(line, at);
            if (end - at != word.Length)
            {
                return null;
            }

            for (var k = 0; k < word.Length; k++)
            {
                if (WordFold.Fold(line[at + k]) != word[k])
                {
                    return null;
                }
            }

            at = NextWordStart(line, end);
        }

        return at >= line.Length ? line.Length : PreviousWordEnd(line, at);
    }

    private static int WordEnd(ReadOnlySpan<char> line, int start)
    {
        var end = start;
        while (end < line.Length && IsWordChar(line[end]))
        {
            end++;
        }

        return end;
    }

    private static int NextWordStart(ReadOnlySpan<char> line, int from)
    {
        while (from < line.Length && !IsWordChar(line[from]))
        {
            from++;
        }

        return from;
    }

    private static int PreviousWordEnd(ReadOnlySpan<char> line, int from)
    {
        while (from > 0 && !IsWordChar(line[from - 1]))
        {
            from--;
        }

        return from;
    }

    /// <summary>Whether the line has at most <paramref name="limit"/> words (counting stops past it).</summary>
    private static bool WordsAtMost(ReadOnlySpan<char> line, int limit) => Words(line, limit + 1) <= limit;

    /// <summary>
    /// The line links another article: one of the language's link markers (<c>figures.links</c>: "Read more", "Baca
    /// juga", "Xem thêm", "Читайте також", "بیشتر بخوانید") followed by a colon, a dash or an arrow, by nothing, or by an
    /// unterminated headline; or a headline in square brackets, or after an arrow bullet (<see cref="OpensWithArrow"/>). Its
    /// sentence is that article's, not this one's.
    /// </summary>
    public static bool IsLinkLine(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        line = line.Trim();
        if (line.Length > 2 && line[0] == '[' && line[^1] == ']')
        {
            return true;
        }

        if (OpensWithArrow(line))
        {
            return true;
        }

        line = line.TrimStart("-–—•·*>»›( \t\u00A0");
        if (WordsOf(profile) is not LanguageWords words || line.IsEmpty || !words.LinkFirstLetters.Contains(WordFold.Fold(line[0])))
        {
            // (Every line is asked, and a marker's first letter is compared first: most lines start no marker.)
            return false;
        }

        foreach (var marker in words.Links)
        {
            if (MarkerEnd(line, marker) is not int end)
            {
                continue;
            }

            var rest = line[end..].TrimStart();
            if (rest.IsEmpty || rest[0] is ':' or '\uFF1A' or '-' or '–' or '—' or '»' or '›' or '>' or '|' || !Headline.IsTerminated(rest))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A date or time line ("Updated 14:05 GMT, 4 December 2026", "04.12.2026 10:32"): at most eight words, a time or
    /// a numeric date among them, at most three words without a digit (digits of any script: "۱۴:۳۵ - ۲۵ اردیبهشت ۱۴۰۴").
    /// </summary>
    public static bool IsTimestamp(ReadOnlySpan<char> line)
    {
        line = Trim(line);
        if (line.IndexOfAnyInRange('0', '9') < 0 && !HasDigit(line))
        {
            return false; // No time nor date without a digit (most lines): not split into words.
        }

        var words = 0;
        var plain = 0;
        var dated = false;
        foreach (var range in line.SplitAny(" \t\u00A0,|"))
        {
            var word = line[range].Trim("()[]");
            if (word.IsEmpty || word is "-" or "–" or "—" or "·" or "•")
            {
                continue;
            }

            words++;
            if (word.IndexOfAnyInRange('0', '9') < 0 && !HasDigit(word))
            {
                plain++;
                continue;
            }

            dated |= IsTimeOrDate(word);
        }

        return dated && words <= 8 && plain <= 3;
    }

    /// <summary>"10:32", "14:05:07", "04.12.2026", "2026-12-04", "4/12/2026".</summary>
    private static bool IsTimeOrDate(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        var groups = 0;
        var separator = '\0';
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                continue; // In any script: "۱۴:۳۵", "١٢/٥/٢٠٢٥".
            }

            if (c is not (':' or '.' or '-' or '/') || (separator != '\0' && c != separator))
            {
                return false;
            }

            separator = c;
            groups++;
        }

        return separator == ':' ? groups is 1 or 2 : groups == 2;
    }

    /// <summary>After a byline marker: names ("Maria Lopez and John Smith"), then the end or a separator and a short tail.</summary>
    private static bool IsBylineRest(ReadOnlySpan<char> rest, LanguageWords words)
    {
        rest = rest.TrimStart();
        if (rest.IsEmpty)
        {
            return false;
        }

        if (rest[0] is ':' or '\uFF1A')
        {
            rest = Trim(rest[1..]);
            return !rest.IsEmpty && StartsLikeName(rest) && !HasInnerSentenceEnd(rest) && Words(rest) <= MaxCreditWords;
        }

        var letter = FirstLetter(rest);
        if (letter == '\0')
        {
            return false;
        }

        if (!char.IsUpper(letter) && !char.IsLower(letter))
        {
            // A script without case ("به قلم علی رضایی"): a few words, no digit, not a sentence.
            return Words(rest) <= MaxNameWords && rest.IndexOfAnyInRange('0', '9') < 0 && !Headline.IsTerminated(rest);
        }

        var tokens = new List<Range>();
        foreach (var range in rest.Split(' '))
        {
            if (!rest[range].IsEmpty)
            {
                tokens.Add(range);
            }
        }

        var i = 0;
        while (true)
        {
            // One name: capitalised words, not the language's function words ("By The Numbers").
            var run = 0;
            var separated = false;
            while (i + run < tokens.Count)
            {
                var token = rest[tokens[i + run]];
                var word = token.Trim(",;|");
                if (word.IsEmpty || !char.IsUpper(FirstLetter(word)) || words.Stopwords.Contains(WordFold.Fold(word.ToString())))
                {
                    break;
                }

                run++;
                if (token[^1] is ',' or ';' or '|')
                {
                    separated = true;
                    break;
                }
            }

            var single = run == 1 ? rest[tokens[i]].Trim(",;|") : default;
            if (!(run is >= 2 and <= MaxNameWords || (run == 1 && IsCapitals(single))))
            {
                return false;
            }

            i += run;
            if (i == tokens.Count)
            {
                return true;
            }

            var next = rest[tokens[i]];
            if (!separated && next is "|" or "-" or "–" or "—" or "•" or "/" or "·")
            {
                separated = true;
                i++;
            }

            if (separated)
            {
                // "…, staff reporter", "| 4 December 2026": a short tail, or the next name.
                return tokens.Count - i <= MaxBylineTail;
            }

            if (IsAnd(next, words))
            {
                i++;
                continue;
            }

            // "in Kyiv", "in New York": a short lower-case word and a place to the end.
            if (next.Length <= 3 && char.IsLower(next[0]) && tokens.Count - i - 1 is >= 1 and <= 3)
            {
                for (var k = i + 1; k < tokens.Count; k++)
                {
                    if (!char.IsUpper(FirstLetter(rest[tokens[k]])))
                    {
                        return false;
                    }
                }

                return true;
            }

            return false;
        }
    }

    private static bool IsAnd(ReadOnlySpan<char> word, LanguageWords words)
    {
        foreach (var and in words.And)
        {
            if (!and.Contains(' ') && MarkerEnd(word, and) == word.Length)
            {
                return true;
            }
        }

        return word is "&";
    }

    /// <summary>"REUTERS/Stringer", "AFP/Getty Images", "EPA-EFE/SERGEY DOLZHENKO", "NICOLAS TUCAT / AFP": the whole text.</summary>
    private static bool IsAgencyCredit(ReadOnlySpan<char> text)
    {
        var slash = AgencyAt(text, 0);
        if (slash <= 0)
        {
            return false;
        }

        var name = text[(slash + 1)..];
        var words = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxNameWords || !char.IsUpper(FirstLetter(word)))
            {
                return false;
            }
        }

        return words >= 1;
    }

    /// <summary>The slash after an agency in capitals at <paramref name="at"/> ("REUTERS/", "EPA-EFE/"), else -1.</summary>
    private static int AgencyAt(ReadOnlySpan<char> text, int at)
    {
        var k = at;
        var capitals = 0;
        while (k < text.Length && (char.IsUpper(text[k]) || (text[k] == '-' && capitals > 0)))
        {
            capitals += char.IsUpper(text[k]) ? 1 : 0;
            k++;
        }

        return capitals >= 2 ? SlashAfterAgency(text, k) : -1;
    }

    /// <summary>Where the marker ends when the text starts with it (folded) and a word ends there, else null.</summary>
    private static int? MarkerEnd(ReadOnlySpan<char> text, string marker)
    {
        if (marker.Length == 0 || text.Length < marker.Length)
        {
            return null;
        }

        for (var i = 0; i < marker.Length; i++)
        {
            if (WordFold.Fold(text[i]) != WordFold.Fold(marker[i]))
            {
                return null;
            }
        }

        return text.Length == marker.Length || !IsWordChar(text[marker.Length]) ? marker.Length : null;
    }

    /// <summary>A name's first letter is a capital, or the script has no case.</summary>
    private static bool StartsLikeName(ReadOnlySpan<char> text)
    {
        var letter = FirstLetter(text);
        return letter != '\0' ? !char.IsLower(letter) : text.Length > 0 && char.IsDigit(text[0]) is false;
    }

    /// <summary>A sentence ends inside the text and another starts after it ("Reuters. The strike killed …").</summary>
    private static bool HasInnerSentenceEnd(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (Punctuation.IsTerminator(text[i]) && char.IsWhiteSpace(text[i + 1]) && !(i >= 2 && char.IsUpper(text[i - 1]) && !char.IsLetter(text[i - 2])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static char FirstLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return c;
            }

            if (char.IsDigit(c))
            {
                return '\0';
            }
        }

        return '\0';
    }

    /// <summary>
    /// A letter or digit, ZWNJ or ZWJ, or a combining mark: the tokenizer's word characters and digits, read from its table
    /// (one look-up, where the Unicode category queries cost most of the word counts of non-Latin lines).
    /// </summary>
    internal static bool IsWordChar(char c) => (TokenChars.Classify(c) & (TokenChars.Word | TokenChars.Digit)) != 0;

    private static bool IsWordStart(ReadOnlySpan<char> text, int p) => IsWordChar(text[p]) && (p == 0 || !IsWordChar(text[p - 1]));

    /// <summary>The words of <paramref name="text"/>, folded (split where <see cref="IsWordChar"/> splits a line).</summary>
    private static string[] SplitWords(string text) => [.. FoldedWords(text, numbersAsNull: false).OfType<string>()];

    /// <summary>The words of <paramref name="text"/>, folded; with <paramref name="numbersAsNull"/>, a word of digits is null.</summary>
    private static List<string?> FoldedWords(ReadOnlySpan<char> text, bool numbersAsNull)
    {
        var words = new List<string?>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsWordStart(text, i))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            words.Add(numbersAsNull && IsNumber(text[i..end]) ? null : WordFold.Fold(text[i..end].ToString()));
            i = end - 1;
        }

        return words;
    }

    /// <summary>Only digits, in any script ("2025", "۱۲۳۴").</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words the text has, counting no further than <paramref name="stopAt"/> (one pass, each character classified once).</summary>
    private static int Words(ReadOnlySpan<char> text, int stopAt = int.MaxValue)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = IsWordChar(c);
            if (wordChar && !inWord && ++words >= stopAt)
            {
                return words;
            }

            inWord = wordChar;
        }

        return words;
    }

    private static bool LineBreakBetween(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r', '\u2028') >= 0 || text.AsSpan(from, to - from).Contains('\u2029');

    private static LanguageWords? WordsOf(LanguageProfile? profile) =>
        profile is null ? null : WordsByLanguage.GetValue(profile, static p => new LanguageWords(p));

    /// <summary>Whitespace, list bullets and dashes before, and closing brackets and full stops after.</summary>
    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) => text.Trim().TrimStart("-–—•·*([ \t\u00A0").TrimEnd(")]. \t\u00A0");

    /// <summary>
    /// A language's words for credits, bylines and links, kept as arrays: a loop over an array allocates nothing, where
    /// one over the profile's lists allocates an enumerator, and <see cref="EndsWithCredit"/> loops over the credit
    /// markers at each of a line's last words.
    /// </summary>
    private sealed class LanguageWords(LanguageProfile profile)
    {
        public string[] CreditMarkers { get; } = [.. profile.CreditMarkers];

        /// <summary>The credit markers' first letters, folded (<see cref="MarkerEnd"/> compares them first).</summary>
        public string CreditFirstLetters { get; } = string.Concat(profile.CreditMarkers.Where(static m => m.Length > 0).Select(static m => WordFold.Fold(m[0])));

        public string[] BylineMarkers { get; } = [.. profile.BylineMarkers];

        public string[] CaptionOpeners { get; } = [.. profile.CaptionOpeners];

        public string[] CreditNames { get; } = [.. profile.CreditNames];

        public string[] Links { get; } = [.. profile.Figures.Links];

        /// <summary>The link markers' first letters, folded (<see cref="IsLinkLine"/> compares them first).</summary>
        public string LinkFirstLetters { get; } = string.Concat(profile.Figures.Links.Where(static m => m.Length > 0).Select(static m => WordFold.Fold(m[0])));

        /// <summary>The furniture phrases, each as its folded words (split where <see cref="IsWordChar"/> splits a line).</summary>
        public string[][] Furniture { get; } = [.. profile.FurnitureWords.Select(static p => SplitWords(p)).Where(static w => w.Length > 0)];

        public string[] And { get; } = [.. profile.Figures.And];

        /// <summary>The stopwords, folded (<see cref="WordFold"/>).</summary>
        public FrozenSet<string> Stopwords { get; } = profile.Stopwords.Select(static w => WordFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

        /// <summary>The weekdays' words, folded (<see cref="DatedCaptionTail"/>, <see cref="IsDatedLine"/>).</summary>
        public FrozenSet<string> Weekdays { get; } = profile.Figures.Weekdays.SelectMany(static w => SplitWords(w)).ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Every word of the furniture phrases, folded (<see cref="IsDatedLine"/>: "published", "publié").</summary>
        public FrozenSet<string> FurnitureWords { get; } = profile.FurnitureWords.SelectMany(static p => SplitWords(p)).ToFrozenSet(StringComparer.Ordinal);
    }
}
