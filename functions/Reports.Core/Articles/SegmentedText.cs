using System.Text;

namespace Reports.Core.Articles;

/// <summary>
/// Word-segmented text, as Vietnamese corpora ship it: the syllables of a word joined by <c>_</c>
/// ("phòng_không"), punctuation spaced out (" . ", " , ") and quotes standing apart (<c>" text "</c>).
/// Recognised by a high share of letter_letter joins, so an English article with a few snake_case names is left alone.
/// </summary>
internal static class SegmentedText
{
    /// <summary>At least this share of words must carry a letter_letter join.</summary>
    private const double MinimumJoinShare = 0.08;

    private const int MinimumJoins = 3;

    public static bool IsWordSegmented(string text)
    {
        int words = 0, joined = 0;
        var inWord = false;
        var wordJoined = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words++;
                    joined += wordJoined ? 1 : 0;
                }

                inWord = wordJoined = false;
                continue;
            }

            inWord = true;
            if (c == '_' && IsLetterJoin(text, i))
            {
                wordJoined = true;
            }
        }

        if (inWord)
        {
            words++;
            joined += wordJoined ? 1 : 0;
        }

        return joined >= MinimumJoins && joined >= words * MinimumJoinShare;
    }

    /// <summary>Underscores between letters become spaces; punctuation and quotes reattach to their words.</summary>
    public static string Join(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '_' && IsLetterJoin(text, i))
            {
                chars[i] = ' ';
            }
        }

        var lines = new string(chars).Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            lines[l] = AttachQuotes(AttachPunctuation(lines[l]));
        }

        return string.Join('\n', lines);
    }

    private static bool IsLetterJoin(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>No space before , . : ; ! ? ) ] and none after ( [.</summary>
    private static string AttachPunctuation(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == ' ')
            {
                var next = i + 1 < line.Length ? line[i + 1] : '\0';
                var previous = sb.Length > 0 ? sb[^1] : '\0';
                if (next is ',' or '.' or ':' or ';' or '!' or '?' or ')' or ']' or '…' || previous is '(' or '[')
                {
                    continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>When the straight double quotes of a line pair up, each opening one hugs the next word and each closing one the last.</summary>
    private static string AttachQuotes(string line)
    {
        var count = line.Count(c => c == '"');
        if (count == 0 || count % 2 != 0)
        {
            return line;
        }

        var sb = new StringBuilder(line.Length);
        var opening = true;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c != '"')
            {
                sb.Append(c);
                continue;
            }

            if (opening)
            {
                sb.Append(c);
                if (i + 1 < line.Length && line[i + 1] == ' ')
                {
                    i++;
                }
            }
            else
            {
                if (sb.Length > 0 && sb[^1] == ' ')
                {
                    sb.Length--;
                }

                sb.Append(c);
            }

            opening = !opening;
        }

        return sb.ToString();
    }
}
