using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Captions that say what they are, datelines on a line of their own, and agency credits written with spaces or a web
/// address (twenty-seventh session): lines of a page that are neither its headline nor a summary sentence.
/// </summary>
internal static partial class Credits
{
    /// <summary>A first sentence that opens with a caption word has at most this many words.</summary>
    public const int MaxOpenedCaptionWords = 20;

    /// <summary>A dateline line has at most this many words ("МОСКВА, 14 мая — РИА Новости.").</summary>
    private const int MaxDatelineWords = 8;

    /// <summary>A dateline's place and date before the dash that precedes the agency have at most this many words.</summary>
    private const int MaxDatelinePlaceWords = 3;

    /// <summary>An agency credit has at most this many words in capitals before its slash ("NICOLAS TUCAT / AFP").</summary>
    private const int MaxAgencyWords = 3;

    /// <summary>
    /// The text opens with one of the language's caption openers (<see cref="LanguageProfile.CaptionOpeners"/>) followed
    /// by a comma or a colon: a page's picture label ("Keterangan gambar, Warga …", "Image source, Getty Images",
    /// "منبع تصویر، EPA"), a caption or a credit wherever it stands.
    /// </summary>
    public static bool OpensWithCaptionLabel(ReadOnlySpan<char> text, LanguageProfile? profile)
    {
        text = text.TrimStart();
        var end = CaptionOpenerEnd(text, profile);
        if (end <= 0)
        {
            return false;
        }

        var rest = text[end..].TrimStart();
        return rest.Length > 0 && rest[0] is ',' or '\u060C' or ':' or '\uFF1A';
    }

    /// <summary>
    /// The sentence opens with a caption opener and has at most <see cref="MaxOpenedCaptionWords"/> words and no
    /// quotation mark: "Ilustrasi gempa bumi.", "Toàn cảnh cầu … nhìn từ trên cao.", "Blick auf den Hafen von Odessa.".
    /// </summary>
    internal static bool IsOpenedCaption(ReadOnlySpan<char> sentence, LanguageProfile? profile)
    {
        sentence = sentence.Trim();
        return CaptionOpenerEnd(sentence, profile) > 0 && WordsAtMost(sentence, MaxOpenedCaptionWords) && sentence.IndexOfAny("\"“”„«»") < 0;
    }

    /// <summary>Where the caption opener that starts the text ends, else -1.</summary>
    private static int CaptionOpenerEnd(ReadOnlySpan<char> text, LanguageProfile? profile)
    {
        if (profile is null || profile.CaptionOpeners.Count == 0 || text.IsEmpty || WordsOf(profile) is not LanguageWords words)
        {
            return -1;
        }

        foreach (var opener in words.CaptionOpeners)
        {
            if (MarkerEnd(text, opener) is int end)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>Flags every sentence that opens with a picture label (<see cref="OpensWithCaptionLabel"/>).</summary>
    private static void FlagCaptionLabels(IReadOnlyList<Sentence> sentences, bool[] flags, LanguageProfile? profile)
    {
        if (profile is null || profile.CaptionOpeners.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            flags[s] |= OpensWithCaptionLabel(sentences[s].Text, profile);
        }
    }

    /// <summary>
    /// A dateline on a line of its own, the lede on the next: at most <see cref="MaxDatelineWords"/> words ending with a
    /// dash ("JAKARTA, KOMPAS.com -", "تهران - ایرنا -", "KYIV, Dec 3 (Reuters) -"); a dash and one of the language's
    /// credit names last ("القاهرة - الجزيرة نت", <see cref="LanguageProfile.CreditNames"/>); a place in capitals and a
    /// comma, then a dash and capitalised words ("МОСКВА, 14 мая — РИА Новости."); or the authors' names in capitals
    /// joined by dashes ("NGỌC HIỂN - THANH HÀ").
    /// </summary>
    public static bool IsDateline(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        line = line.Trim();
        if (line.Length < 2 || !WordsAtMost(line, MaxDatelineWords))
        {
            return false;
        }

        if (line[^1] is '-' or '–' or '—')
        {
            // A spaced dash: "mening-" at a line's end is a word broken across lines.
            return char.IsWhiteSpace(line[^2]) && Words(line) > 0;
        }

        var dash = LastDashSeparator(line);
        if (dash < 0)
        {
            return false;
        }

        var agency = line[(dash + 2)..].Trim().TrimEnd('.');
        if (profile is not null && profile.CreditNames.Count > 0 && WordsAtMost(line[..dash], MaxDatelinePlaceWords) && CreditNameEnd(agency, profile) == agency.Length)
        {
            // "القاهرة - الجزيرة نت": a place, a dash and the agency's name ("Drone strike kills 3 in Kyiv - Reuters" is
            // a headline with its source).
            return true;
        }

        var firstEnd = WordEnd(line, 0);
        if (firstEnd > 0 && firstEnd < line.Length && line[firstEnd] == ',' && IsCapitals(line[..firstEnd]))
        {
            // "МОСКВА, 14 мая — РИА Новости.": what follows the dash is the agency's name.
            return AllCapitalised(line[(dash + 2)..]);
        }

        return IsCapitalsNames(line);
    }

    /// <summary>Where the last " - ", " – " or " — " of the line starts (its space), else -1.</summary>
    private static int LastDashSeparator(ReadOnlySpan<char> line)
    {
        for (var i = line.Length - 2; i > 0; i--)
        {
            if (line[i] is '-' or '–' or '—' && line[i - 1] == ' ' && line[i + 1] == ' ')
            {
                return i - 1;
            }
        }

        return -1;
    }

    /// <summary>Every word starts with a capital (digits aside), and there is one.</summary>
    private static bool AllCapitalised(ReadOnlySpan<char> text)
    {
        var words = 0;
        for (var at = NextWordStart(text, 0); at < text.Length; at = NextWordStart(text, WordEnd(text, at)))
        {
            if (char.IsDigit(text[at]))
            {
                continue;
            }

            if (!char.IsUpper(text[at]))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    /// <summary>Names in capitals joined by " - ", one to four words each, no digit, no terminator: "NGỌC HIỂN - THANH HÀ".</summary>
    private static bool IsCapitalsNames(ReadOnlySpan<char> line)
    {
        if (Headline.IsTerminated(line))
        {
            return false;
        }

        var parts = 0;
        foreach (var range in line.Split(" - "))
        {
            var part = line[range].Trim();
            var words = 0;
            foreach (var w in part.Split(' '))
            {
                var word = part[w];
                if (word.IsEmpty)
                {
                    continue;
                }

                if (!IsCapitals(word) || word.IndexOfAnyInRange('0', '9') >= 0 || ++words > MaxNameWords)
                {
                    return false;
                }
            }

            if (words == 0)
            {
                return false;
            }

            parts++;
        }

        return parts >= 2;
    }

    /// <summary>
    /// After an agency in capitals ending at <paramref name="k"/>, the slash that opens the photographer's name: at
    /// once ("REUTERS/Stringer"), after a web address's lower-case ending ("KOMPAS.com/Fika Nurul"), or after up to
    /// <see cref="MaxAgencyWords"/> words in capitals and a slash with spaces or none ("NICOLAS TUCAT / AFP", "ANTARA
    /// FOTO/Nova Wahyudi"); else -1.
    /// </summary>
    private static int SlashAfterAgency(ReadOnlySpan<char> text, int k)
    {
        if (k + 1 < text.Length && text[k] == '.' && char.IsLower(text[k + 1]))
        {
            // ".com", ".co.id".
            k++;
            while (k < text.Length && (char.IsLower(text[k]) || (text[k] == '.' && k + 1 < text.Length && char.IsLower(text[k + 1]))))
            {
                k++;
            }
        }

        for (var words = 1; words < MaxAgencyWords && k + 2 < text.Length && text[k] == ' ' && char.IsUpper(text[k + 1]); words++)
        {
            var end = k + 1;
            while (end < text.Length && (char.IsUpper(text[end]) || text[end] == '-'))
            {
                end++;
            }

            if (end - k - 1 < 2 || (end < text.Length && text[end] is not (' ' or '/')))
            {
                break;
            }

            k = end;
        }

        if (k + 1 < text.Length && text[k] == '/' && char.IsLetter(text[k + 1]))
        {
            return k;
        }

        return k + 2 < text.Length && text[k] == ' ' && text[k + 1] == '/' && text[k + 2] == ' ' && k + 3 < text.Length && char.IsLetter(text[k + 3]) ? k + 1 : -1;
    }

    /// <summary>A digit of any script ("۱۴", "١٢"); the ASCII ones are looked for first, vectorised.</summary>
    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The line ends with a credit name of the language in brackets, alone or after a marker ("… الدار البيضاء
    /// (الفرنسية)", "… in Hualien [Reuters]", "[File: Reuters]"), with something before it: a photo caption.
    /// </summary>
    public static bool EndsWithBracketedName(ReadOnlySpan<char> line, LanguageProfile? profile)
    {
        line = line.TrimEnd();
        if (line.Length < 3 || line[^1] is not (')' or ']') || profile is null || profile.CreditNames.Count == 0)
        {
            return false;
        }

        var open = line.LastIndexOf(line[^1] == ')' ? '(' : '[');
        if (open <= 0 || line[..open].Trim().IsEmpty)
        {
            return false;
        }

        var inner = line[(open + 1)..^1].Trim();
        var colon = inner.LastIndexOfAny(':', '/');
        return CreditNameEnd(colon >= 0 ? inner[(colon + 1)..].TrimStart() : inner, profile) == (colon >= 0 ? inner[(colon + 1)..].TrimStart().Length : inner.Length);
    }

    /// <summary>
    /// The text after a credit that opens it, a marker, its colon and a credit name of the language ("Ảnh: TTXVN Sạt lở
    /// đất …" reads from "Sạt"): where the credit ends is known only when its name is; the text itself otherwise.
    /// </summary>
    private static ReadOnlySpan<char> AfterNamedCredit(ReadOnlySpan<char> text, LanguageProfile? profile)
    {
        if (profile is null || profile.CreditNames.Count == 0 || WordsOf(profile) is not LanguageWords words)
        {
            return text;
        }

        var trimmed = text.TrimStart();
        if (trimmed.IsEmpty || !words.CreditFirstLetters.Contains(WordFold.Fold(trimmed[0])))
        {
            return text;
        }

        foreach (var marker in words.CreditMarkers)
        {
            if (MarkerEnd(trimmed, marker) is not int end)
            {
                continue;
            }

            var rest = trimmed[end..].TrimStart();
            if (rest.IsEmpty || rest[0] is not (':' or '\uFF1A'))
            {
                continue;
            }

            rest = rest[1..].TrimStart();
            var name = CreditNameEnd(rest, profile);
            if (name > 0)
            {
                var after = rest[name..].TrimStart();
                return after.Length > 0 && (char.IsLetterOrDigit(after[0]) || after[0] is '"' or '“' or '«') ? after : text;
            }
        }

        return text;
    }

    /// <summary>Where the longest credit name that starts the text ends (at a word's end), else -1.</summary>
    private static int CreditNameEnd(ReadOnlySpan<char> text, LanguageProfile profile)
    {
        var longest = -1;
        foreach (var name in WordsOf(profile)!.CreditNames)
        {
            if (MarkerEnd(text, name) is int end && end > longest)
            {
                longest = end;
            }
        }

        return longest;
    }

    /// <summary>
    /// The text after a photo credit in brackets glued between a caption and the sentence after it, with no full stop
    /// ("Ilustrasi pencurian motor (Foto: Getty Images) Polisi menangkap …" reads from "Polisi"): the caption before the
    /// bracket has at most <see cref="MaxOpenedCaptionWords"/> words and the sentence after it opens with a capital;
    /// the text itself otherwise.
    /// </summary>
    private static ReadOnlySpan<char> AfterGluedCredit(ReadOnlySpan<char> text, LanguageProfile? profile)
    {
        var open = text.IndexOf('(');
        if (open <= 0 || !WordsAtMost(text[..open], MaxOpenedCaptionWords) || Headline.IsTerminated(text[..open]))
        {
            return text;
        }

        var close = text[open..].IndexOf(')');
        if (close < 0)
        {
            return text;
        }

        var after = text[(open + close + 1)..].TrimStart();
        return after.Length > 0 && char.IsUpper(after[0]) && !text[..open].Trim().IsEmpty && StartsWithCredit(text[open..], profile) ? after : text;
    }

    /// <summary>
    /// As <see cref="EndsWithBracketedName"/>, in square brackets only ("… in Hualien [Reuters]"): the caption
    /// convention; a headline may carry its source in round ones ("Sumy strike kills four (AP)").
    /// </summary>
    public static bool EndsWithSquareBracketedName(ReadOnlySpan<char> line, LanguageProfile? profile) =>
        line.TrimEnd() is [.., ']'] && EndsWithBracketedName(line, profile);
}
