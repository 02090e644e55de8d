using System.Text;

namespace Reports.Core.Articles;

/// <summary>
/// Puts article text in the one shape the analyzer expects: NFC; LF line ends; no zero-width spaces, BOMs,
/// soft hyphens or bidi controls (ZWNJ stays: Persian needs it); odd spaces become plain spaces; runs of spaces
/// collapse; lines trimmed; at most one blank line in a row. Word-segmented text (words joined by <c>_</c>,
/// punctuation spaced out) is made to read as ordinary text (see <see cref="SegmentedText"/>).
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = CleanCharacters(text);
        var lines = SplitTrimmed(cleaned);
        var joined = JoinCollapsingBlankLines(lines);
        if (SegmentedText.IsWordSegmented(joined))
        {
            joined = SegmentedText.Join(joined);
        }

        return joined.IsNormalized(NormalizationForm.FormC) ? joined : joined.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Drops invisible format characters, maps line breaks to LF and odd spaces to a space.</summary>
    private static string CleanCharacters(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                // A pair is kept; a lone surrogate (from a bad numeric entity, say) would break NFC: replace it.
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[++i]);
                }
                else
                {
                    sb.Append('\uFFFD');
                }

                continue;
            }

            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    sb.Append('\n');
                    break;
                case '\u200B' or '\uFEFF' or '\u00AD' or '\u2060' or '\u180E':
                case '\u200E' or '\u200F' or '\u061C':
                case >= '\u202A' and <= '\u202E':
                case >= '\u2066' and <= '\u2069':
                    break;
                case '\t' or '\v' or '\f' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000':
                case >= '\u2000' and <= '\u200A':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static List<string> SplitTrimmed(string text)
    {
        var lines = new List<string>();
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            sb.Clear();
            var space = false;
            foreach (var c in line.AsSpan().Trim(' '))
            {
                if (c == ' ')
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            lines.Add(sb.ToString());
        }

        return lines;
    }

    private static string JoinCollapsingBlankLines(List<string> lines)
    {
        var sb = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blank > 0 ? "\n\n" : "\n");
            }

            blank = 0;
            sb.Append(line);
        }

        return sb.ToString();
    }
}
