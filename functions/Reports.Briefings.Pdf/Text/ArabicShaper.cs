using System.Text;

namespace Reports.Briefings.Pdf.Text;

/// <summary>
/// Contextual shaping for Arabic and Persian: replaces each letter, in logical order, by its isolated, initial,
/// medial or final presentation form, forms lam-alef ligatures, lets ZWNJ break and ZWJ/tatweel cause joining, and
/// drops harakat. PDFsharp maps characters to glyphs one to one, so the presentation forms are what it draws.
/// Text without Arabic letters comes back unchanged (same instance).
/// </summary>
internal static class ArabicShaper
{
    public static string Shape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsShaping(text))
        {
            return text;
        }

        var letters = Strip(text);
        var output = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (c is ArabicShapingTable.ZeroWidthNonJoiner or ArabicShapingTable.ZeroWidthJoiner)
            {
                continue; // They only steer joining; the forms around them already show it.
            }

            if (!ArabicShapingTable.Letters.TryGetValue(c, out var forms))
            {
                output.Append(c);
                continue;
            }

            var joinsBefore = forms.Joining != JoiningType.NonJoining && i > 0 && JoinsForward(letters[i - 1]);
            if (c == ArabicShapingTable.Lam && i + 1 < letters.Length && ArabicShapingTable.LamAlef.TryGetValue(letters[i + 1], out var ligature))
            {
                output.Append(joinsBefore ? ligature.Final : ligature.Isolated);
                i++;
                continue;
            }

            var joinsAfter = forms.Joining == JoiningType.DualJoining && i + 1 < letters.Length && JoinsBackward(letters[i + 1]);
            output.Append((joinsBefore, joinsAfter) switch
            {
                (true, true) => forms.Medial,
                (true, false) => forms.Final,
                (false, true) => forms.Initial,
                _ => forms.Isolated,
            });
        }

        return output.ToString();
    }

    /// <summary>True when the text holds a character from the Arabic block that the shaper changes.</summary>
    public static bool NeedsShaping(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0610' and <= '\u06FF')
            {
                return true;
            }
        }

        return false;
    }

    // Can the letter before connect to what follows it?
    private static bool JoinsForward(char c) => ArabicShapingTable.JoiningOf(c) is JoiningType.DualJoining or JoiningType.JoinCausing;

    // Can the letter after connect to what precedes it?
    private static bool JoinsBackward(char c) => ArabicShapingTable.JoiningOf(c) is JoiningType.DualJoining or JoiningType.RightJoining or JoiningType.JoinCausing;

    private static string Strip(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!ArabicShapingTable.IsMark(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
