using System.Globalization;
using Reports.Core.Languages;

namespace Reports.Core.Figures;

/// <summary>
/// Splits a sentence into words, numbers and punctuation. Numbers are digit runs in any script with the
/// language's grouping and decimal separators resolved ("11.000" is 11000 in Vietnamese, "1,42" is 1.42);
/// digits glued to letters ("MQ9", "55km", "Kh-101", "12-year-old") are words; dates and times ("5/9",
/// "22/11/2024", "10:30") are single punctuation-like tokens so they can never be read as counts.
/// </summary>
internal sealed class Tokenizer(CompiledLanguage language)
{
    /// <summary>The folded form of a dot that closes an abbreviation.</summary>
    public const string AbbreviationDot = "abbr.";

    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>((text.Length / 3) + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Adds the tokens of <paramref name="text"/> to <paramref name="tokens"/> (a list reused from sentence to sentence).</summary>
    public void Tokenize(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = TokenChars.Classify(c);
            if ((kind & TokenChars.Space) != 0)
            {
                i++;
                continue;
            }

            if ((kind & TokenChars.Digit) != 0)
            {
                i = ReadNumber(text, i, tokens);
            }
            else if ((kind & TokenChars.Word) != 0)
            {
                i = ReadWord(text, i, tokens);
            }
            else
            {
                tokens.Add(new Token(TokenType.Punctuation, i, 1, c < Ascii.Length ? Ascii[c] : FoldedWords.Get(text.AsSpan(i, 1))));
                i++;
            }
        }
    }

    private static bool IsWordChar(char c) => TokenChars.IsWordChar(c);

    private static bool IsJoiner(string text, int i) =>
        i + 1 < text.Length && (TokenChars.Classify(text[i]) & TokenChars.Joiner) != 0 && (TokenChars.Classify(text[i + 1]) & (TokenChars.Word | TokenChars.Digit)) != 0;

    private int ReadWord(string text, int start, List<Token> tokens)
    {
        // The word is folded and hashed while it is read (one table look-up per character); a word longer than the
        // buffer is folded again from the text.
        Span<char> buffer = stackalloc char[64];
        var n = 0;
        var running = WordHash.Start;
        var i = start;
        var lettersEnd = -1;
        while (i < text.Length)
        {
            var kind = TokenChars.Classify(text[i]);
            if ((kind & TokenChars.Word) == 0)
            {
                if ((kind & TokenChars.Digit) != 0)
                {
                    lettersEnd = lettersEnd < 0 ? i : lettersEnd;
                }
                else if ((kind & TokenChars.Joiner) != 0 && IsJoiner(text, i))
                {
                    // (The joiner flag is already read: most words end at a space, which needs no second look-up.)
                    lettersEnd = -2;
                }
                else
                {
                    break;
                }
            }

            if ((kind & TokenChars.Dropped) == 0)
            {
                if (n < buffer.Length)
                {
                    var folded = (char)(kind & 0xFFFF);
                    buffer[n] = folded;
                    running = WordHash.Add(running, folded);
                }

                n++;
            }

            i++;
        }

        // A clitic glued to digits (Arabic "و115") is a word and a number.
        if (lettersEnd > start && AllDigits(text, lettersEnd, i) && language.IsClitic(text.AsSpan(start, lettersEnd - start)))
        {
            var clitic = FoldedWords.Fold(text.AsSpan(start, lettersEnd - start), out var cliticHash);
            tokens.Add(new Token(TokenType.Word, start, lettersEnd - start, clitic, Hash: cliticHash));
            return ReadNumber(text, lettersEnd, tokens);
        }

        uint hash;
        string word;
        byte starts = 0;
        if (n <= buffer.Length)
        {
            hash = WordHash.Finish(running);
            word = FoldedWords.Get(buffer[..n], hash, language, out starts);
        }
        else
        {
            word = FoldedWords.Fold(text.AsSpan(start, i - start), out hash);
        }

        if (i + 1 < text.Length && text[i] == '.' && IsWordChar(text[i + 1]) && DottedAbbreviationEnd(text, start, i) is var dotted and > 0)
        {
            // "U.S.", "U.N.", "e.g.": an abbreviation with dots inside is one word, and its dots end no clause ("Three U.S.
            // soldiers were killed" was cut into three clauses).
            var folded = FoldedWords.Fold(text.AsSpan(start, dotted - start), out var dottedHash);
            tokens.Add(new Token(TokenType.Word, start, dotted - start, folded, Hash: dottedHash));
            if (dotted < text.Length && text[dotted] == '.')
            {
                tokens.Add(new Token(TokenType.Punctuation, dotted, 1, AbbreviationDot));
                dotted++;
            }

            return dotted;
        }

        tokens.Add(new Token(TokenType.Word, start, i - start, word, Hash: hash, Starts: starts));
        if (i < text.Length && text[i] == '.' && language.IsAbbreviation(word))
        {
            // The dot of "тыс.", "Mr.", "TP." does not end a clause.
            tokens.Add(new Token(TokenType.Punctuation, i, 1, AbbreviationDot));
            i++;
        }

        return i;
    }

    /// <summary>
    /// Where a word, a dot and more letters and dots from <paramref name="start"/> end when they spell an abbreviation of
    /// the language ("U.S", "e.g"; its last dot not included), else -1.
    /// </summary>
    private int DottedAbbreviationEnd(string text, int start, int dot)
    {
        var j = dot;
        while (j + 1 < text.Length && text[j] == '.' && IsWordChar(text[j + 1]) && j - start < MaxDottedAbbreviation)
        {
            j++;
            while (j < text.Length && IsWordChar(text[j]))
            {
                j++;
            }
        }

        return language.IsAbbreviation(TextFold.Fold(text.AsSpan(start, j - start))) ? j : -1;
    }

    /// <summary>The longest abbreviation with dots inside that is looked up ("U.S", "e.g", "a.m").</summary>
    private const int MaxDottedAbbreviation = 12;

    private static bool AllDigits(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!TokenChars.IsDigit(text[k]))
            {
                return false;
            }
        }

        return to > from;
    }

    private int ReadNumber(string text, int start, List<Token> tokens)
    {
        if (start >= 2 && text[start - 1] == '/' && TokenChars.IsDigit(text[start - 2]) && tokens.Count >= 2 &&
            tokens[^1] is { IsPunctuation: true, Folded: "/" } && tokens[^2].IsWord)
        {
            // "Kh-59/69", "S-300/400": digits after a slash that follows a model's name are more of the name.
            var end = start;
            while (end < text.Length && (TokenChars.IsDigit(text[end]) || IsWordChar(text[end])))
            {
                end++;
            }

            var name = FoldedWords.Fold(text.AsSpan(start, end - start), out var nameHash);
            tokens.Add(new Token(TokenType.Word, start, end - start, name, Hash: nameHash));
            return end;
        }

        var i = start;
        Span<int> separators = stackalloc int[16];
        var count = 0;
        while (i < text.Length)
        {
            if (TokenChars.IsDigit(text[i]))
            {
                i++;
                continue;
            }

            if (count < separators.Length && i + 1 < text.Length && TokenChars.IsDigit(text[i + 1]) && language.IsNumberSeparator(text[i]) &&
                (text[i] != ' ' && text[i] != '\u00A0' && text[i] != '\u202F' || GroupOfThree(text, i + 1)))
            {
                separators[count++] = i;
                i++;
                continue;
            }

            break;
        }

        // Dates written with dots: 12.03.2025, 24.02.22 (a day and a month of one or two digits, a year of two or four).
        if (count == 2 && text[separators[0]] == '.' && text[separators[1]] == '.' && separators[0] - start is 1 or 2 &&
            separators[1] - separators[0] - 1 is 1 or 2 && i - separators[1] - 1 is 2 or 4)
        {
            tokens.Add(new Token(TokenType.Punctuation, start, i - start, "#date"));
            return i;
        }

        // "57/64 UAV": a part and its whole, when neither order of the two can be a day and a month.
        if (count == 0 && i + 1 < text.Length && text[i] == '/' && TokenChars.IsDigit(text[i + 1]) && SlashPair(text, start, i) is { } pairEnd)
        {
            tokens.Add(new Token(TokenType.Number, start, i - start, "#", ParseValue(text.AsSpan(start, i - start), [], start)));
            tokens.Add(new Token(TokenType.Punctuation, i, 1, "/"));
            tokens.Add(new Token(TokenType.Number, i + 1, pairEnd - i - 1, "#", ParseValue(text.AsSpan(i + 1, pairEnd - i - 1), [], i + 1)));
            return pairEnd;
        }

        // "08.15 WIB", "um 8.15 Uhr", "lúc 22.30": where the full stop is no decimal point, one or two digits, a full stop
        // and two digits are a time of day (a thousands group has three digits).
        if (count == 1 && text[separators[0]] == '.' && !language.DotIsDecimal && separators[0] - start is 1 or 2 && i - separators[0] - 1 == 2 &&
            Digits(text.AsSpan(start, separators[0] - start)) <= 24 && Digits(text.AsSpan(separators[0] + 1, 2)) <= 59)
        {
            tokens.Add(new Token(TokenType.Punctuation, start, i - start, "#date"));
            return i;
        }

        // Dates and times: 5/9, 22/11/2024, 10:30, 2024-05-09. A mark with no digit after it ends the date ("since
        // 7/10/2023: killed — 69,182": the colon opens a label list).
        if (i + 1 < text.Length && text[i] is '/' or ':' && TokenChars.IsDigit(text[i + 1]) ||
            i + 1 < text.Length && text[i] == '-' && TokenChars.IsDigit(text[i + 1]) && i - start == 4)
        {
            var end = i;
            while (end < text.Length && (TokenChars.IsDigit(text[end]) || text[end] is '/' or ':' or '-' or '.') &&
                   !(text[end] is '.' or '-' or '/' or ':' && (end + 1 >= text.Length || !TokenChars.IsDigit(text[end + 1]))))
            {
                end++;
            }

            tokens.Add(new Token(TokenType.Punctuation, start, end - start, "#date"));
            return end;
        }

        // "a 100-drone attack": a count glued by a hyphen to a noun it counts (data numbers.hyphenedNouns) is a number; the
        // hyphen is dropped and the noun read as the next word.
        if (i + 1 < text.Length && text[i] == '-' && IsWordChar(text[i + 1]))
        {
            var nounEnd = i + 1;
            while (nounEnd < text.Length && IsWordChar(text[nounEnd]))
            {
                nounEnd++;
            }

            if (language.IsHyphenedNoun(text.AsSpan(i + 1, nounEnd - i - 1)))
            {
                tokens.Add(new Token(TokenType.Number, start, i - start, "#", ParseValue(text.AsSpan(start, i - start), separators[..count], start)));
                return i + 1;
            }
        }

        // "2-3 drones", "10-15 people": two counts of a range joined by a hyphen are two numbers and the hyphen between (a
        // year's "2024-05-09" is a date above; "12-year-old" is a word below).
        if (i + 1 < text.Length && text[i] == '-' && TokenChars.IsDigit(text[i + 1]) && i - start <= 3)
        {
            tokens.Add(new Token(TokenType.Number, start, i - start, "#", ParseValue(text.AsSpan(start, i - start), separators[..count], start)));
            tokens.Add(new Token(TokenType.Punctuation, i, 1, "-"));
            return i + 1;
        }

        // Digits glued to letters are part of a word (55km, 12-year-old, 3M), unless the letters are a scale that multiplies
        // them ("1.2k", "1.5m": data numbers.gluedScales).
        if (i < text.Length && (IsWordChar(text[i]) || IsJoiner(text, i)))
        {
            var lettersEnd = i;
            while (lettersEnd < text.Length && IsWordChar(text[lettersEnd]))
            {
                lettersEnd++;
            }

            if (lettersEnd - i <= 4 && (lettersEnd == text.Length || !(TokenChars.IsDigit(text[lettersEnd]) || IsJoiner(text, lettersEnd))))
            {
                var letters = text.AsSpan(i, lettersEnd - i);
                var scale = language.GluedScale(letters, afterDecimal: false);
                var decimalOnly = scale == 0 && count > 0 && (scale = language.GluedScale(letters, afterDecimal: true)) > 0;
                if (scale > 0)
                {
                    var number = ParseValue(text.AsSpan(start, i - start), separators[..count], start);
                    if (!decimalOnly || number != Math.Floor(number))
                    {
                        tokens.Add(new Token(TokenType.Number, start, lettersEnd - start, "#", number * scale));
                        return lettersEnd;
                    }
                }
            }

            var end = i;
            while (end < text.Length && (IsWordChar(text[end]) || TokenChars.IsDigit(text[end]) || IsJoiner(text, end)))
            {
                end++;
            }

            var word = FoldedWords.Fold(text.AsSpan(start, end - start), out var hash);
            tokens.Add(new Token(TokenType.Word, start, end - start, word, Hash: hash));
            return end;
        }

        var value = ParseValue(text.AsSpan(start, i - start), separators[..count], start);
        tokens.Add(new Token(TokenType.Number, start, i - start, "#", value));
        return i;
    }

    /// <summary>
    /// The end of "57/64" (digits, a slash, digits, then no other slash, colon or digit-dash): a pair that is no date
    /// because neither number can be a month (1–12) beside a day (1–31); else null.
    /// </summary>
    private static int? SlashPair(string text, int start, int slash)
    {
        var end = slash + 1;
        while (end < text.Length && TokenChars.IsDigit(text[end]))
        {
            end++;
        }

        if (end < text.Length && (text[end] is '/' or ':' || (text[end] is '.' or ',' && end + 1 < text.Length && TokenChars.IsDigit(text[end + 1]))) ||
            slash - start > 6 || end - slash - 1 > 6)
        {
            return null;
        }

        var first = Digits(text.AsSpan(start, slash - start));
        var second = Digits(text.AsSpan(slash + 1, end - slash - 1));
        var date = (first is >= 1 and <= 31 && second is >= 1 and <= 12) || (first is >= 1 and <= 12 && second is >= 1 and <= 31);
        return date ? null : end;
    }

    /// <summary>The value of a run of decimal digits of any script (at most six).</summary>
    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + CharUnicodeInfo.GetDecimalDigitValue(c);
        }

        return value;
    }

    private static bool GroupOfThree(string text, int from) =>
        from + 3 <= text.Length && TokenChars.IsDigit(text[from]) && TokenChars.IsDigit(text[from + 1]) && TokenChars.IsDigit(text[from + 2]) &&
        (from + 3 == text.Length || !TokenChars.IsDigit(text[from + 3]));

    /// <summary>Reads digits with separators: the language says which separator groups thousands.</summary>
    private double ParseValue(ReadOnlySpan<char> raw, ReadOnlySpan<int> separators, int start)
    {
        var decimalAt = -1;
        if (separators.Length > 0)
        {
            var last = separators[^1] - start;
            var lastChar = raw[last];
            var digitsAfter = raw.Length - last - 1;
            var sameCount = 0;
            foreach (var s in separators)
            {
                if (raw[s - start] == lastChar)
                {
                    sameCount++;
                }
            }

            var mixed = sameCount != separators.Length;
            var grouping = digitsAfter == 3 && sameCount == 1 && !mixed && language.GroupsThousands(lastChar);
            if (mixed || (sameCount == 1 && digitsAfter != 3) || (sameCount == 1 && !grouping))
            {
                decimalAt = last;
            }
        }

        double whole = 0;
        double fraction = 0;
        double scale = 1;
        for (var k = 0; k < raw.Length; k++)
        {
            var c = raw[k];
            if (!TokenChars.IsDigit(c))
            {
                continue;
            }

            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (decimalAt >= 0 && k > decimalAt)
            {
                scale /= 10;
                fraction += digit * scale;
            }
            else
            {
                whole = (whole * 10) + digit;
            }
        }

        return whole + fraction;
    }
}
