using System.Globalization;
using System.Text;

namespace Reports.Briefings.Pdf.Text;

/// <summary>
/// A small implementation of the Unicode bidirectional algorithm (UAX #9) for one line without explicit embeddings:
/// resolves levels (W2, W4, W5, W7, N1, N2, I1, I2), then reverses runs from the highest level down (L2) and mirrors
/// brackets in right-to-left runs (L4). Enough for Persian and Arabic text with embedded numbers and Latin names.
/// </summary>
internal static class BidiLine
{
    /// <summary>The paragraph direction by its first strong character (rule P2); left to right when there is none.</summary>
    public static bool IsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            switch (ClassOf(c))
            {
                case BidiClass.R:
                    return true;
                case BidiClass.L:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The paragraph direction by the script most of its letters are in; ties go by the first strong character.</summary>
    public static bool IsMostlyRightToLeft(string text)
    {
        var balance = 0;
        foreach (var c in text)
        {
            balance += ClassOf(c) switch
            {
                BidiClass.R => 1,
                BidiClass.L => -1,
                _ => 0,
            };
        }

        return balance == 0 ? IsRightToLeft(text) : balance > 0;
    }

    /// <summary>Returns the characters of a logical-order line in visual order (left to right).</summary>
    public static string Reorder(string line, bool rightToLeft)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length == 0 || (!rightToLeft && !HasRightToLeft(line)))
        {
            return line;
        }

        var levels = ResolveLevels(line, rightToLeft);
        var chars = line.ToCharArray();
        var order = Enumerable.Range(0, chars.Length).ToArray();
        var highest = levels.Max();
        for (var level = highest; level >= 1; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && levels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        var visual = new StringBuilder(chars.Length);
        foreach (var index in order)
        {
            var c = chars[index];
            visual.Append(levels[index] % 2 == 1 ? Mirror(c) : c);
        }

        return KeepSurrogatesInOrder(visual);
    }

    public static BidiClass ClassOf(char c)
    {
        if (c is (>= '0' and <= '9') or (>= '\u06F0' and <= '\u06F9'))
        {
            return BidiClass.EuropeanNumber;
        }

        if (c is (>= '\u0660' and <= '\u0669') or '\u066B' or '\u066C')
        {
            return BidiClass.ArabicNumber;
        }

        if (c is ',' or '.' or ':' or '/' or '+' or '-' or '\u2212' or '\u060C')
        {
            return BidiClass.NumberSeparator;
        }

        if (c is '%' or '\u066A' or '$' or '€' or '£' or '#' or '°')
        {
            return BidiClass.NumberTerminator;
        }

        if (c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE'))
        {
            return char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter || c is '\u061F' or '\u061B' or '\u0640'
                ? BidiClass.R
                : BidiClass.Neutral;
        }

        return char.IsLetter(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            ? BidiClass.L
            : BidiClass.Neutral;
    }

    private static bool HasRightToLeft(string line)
    {
        foreach (var c in line)
        {
            if (ClassOf(c) is BidiClass.R or BidiClass.ArabicNumber)
            {
                return true;
            }
        }

        return false;
    }

    private static int[] ResolveLevels(string line, bool rightToLeft)
    {
        var n = line.Length;
        var types = new BidiClass[n];
        for (var i = 0; i < n; i++)
        {
            types[i] = ClassOf(line[i]);
        }

        // W2: a European number after Arabic letters is an Arabic number. W7: after L (or at the start of an LTR
        // paragraph) it is left to right.
        var lastStrong = rightToLeft ? BidiClass.R : BidiClass.L;
        var afterLeft = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (types[i] is BidiClass.L or BidiClass.R)
            {
                lastStrong = types[i];
            }
            else if (types[i] == BidiClass.EuropeanNumber)
            {
                if (lastStrong == BidiClass.R)
                {
                    types[i] = BidiClass.ArabicNumber;
                }
                else
                {
                    afterLeft[i] = true;
                }
            }
        }

        // W4: one separator between two numbers of the same kind joins them. W5: terminators next to European numbers.
        for (var i = 1; i < n - 1; i++)
        {
            if (types[i] == BidiClass.NumberSeparator && IsNumber(types[i - 1]) && types[i - 1] == types[i + 1])
            {
                types[i] = types[i - 1];
                afterLeft[i] = afterLeft[i - 1];
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (types[i] != BidiClass.NumberTerminator)
            {
                continue;
            }

            var end = i;
            while (end < n && types[end] == BidiClass.NumberTerminator)
            {
                end++;
            }

            var before = i > 0 && types[i - 1] is BidiClass.EuropeanNumber or BidiClass.ArabicNumber ? i - 1 : -1;
            var after = end < n && types[end] is BidiClass.EuropeanNumber or BidiClass.ArabicNumber ? end : -1;
            var source = before >= 0 ? before : after;
            for (var k = i; k < end; k++)
            {
                if (source >= 0)
                {
                    types[k] = types[source];
                    afterLeft[k] = afterLeft[source];
                }
                else
                {
                    types[k] = BidiClass.Neutral;
                }
            }

            i = end - 1;
        }

        for (var i = 0; i < n; i++)
        {
            if (types[i] == BidiClass.NumberSeparator)
            {
                types[i] = BidiClass.Neutral;
            }
        }

        // Strong direction of each position for N1 (numbers count as R unless W7 made them L).
        var direction = new BidiClass?[n];
        for (var i = 0; i < n; i++)
        {
            direction[i] = types[i] switch
            {
                BidiClass.L => BidiClass.L,
                BidiClass.R or BidiClass.ArabicNumber => BidiClass.R,
                BidiClass.EuropeanNumber => afterLeft[i] ? BidiClass.L : BidiClass.R,
                _ => null,
            };
        }

        var embedding = rightToLeft ? BidiClass.R : BidiClass.L;
        for (var i = 0; i < n; i++)
        {
            if (direction[i] is not null)
            {
                continue;
            }

            var end = i;
            while (end < n && direction[end] is null)
            {
                end++;
            }

            var before = i > 0 ? direction[i - 1]!.Value : embedding;
            var after = end < n ? direction[end]!.Value : embedding;
            var resolved = before == after ? before : embedding;
            for (var k = i; k < end; k++)
            {
                direction[k] = resolved;
                types[k] = resolved;
            }

            i = end - 1;
        }

        // I1, I2: implicit levels from the paragraph level.
        var baseLevel = rightToLeft ? 1 : 0;
        var levels = new int[n];
        for (var i = 0; i < n; i++)
        {
            var isNumber = types[i] is BidiClass.EuropeanNumber or BidiClass.ArabicNumber;
            var isLeft = types[i] == BidiClass.L || (types[i] == BidiClass.EuropeanNumber && afterLeft[i]);
            levels[i] = baseLevel == 0
                ? isLeft ? 0 : isNumber ? 2 : 1
                : isLeft || isNumber ? 2 : 1;
        }

        // L1: trailing whitespace takes the paragraph level.
        for (var i = n - 1; i >= 0 && char.IsWhiteSpace(line[i]); i--)
        {
            levels[i] = baseLevel;
        }

        return levels;
    }

    private static bool IsNumber(BidiClass type) => type is BidiClass.EuropeanNumber or BidiClass.ArabicNumber;

    private static char Mirror(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    };

    // A reversed run turns a surrogate pair around; put its halves back in order.
    private static string KeepSurrogatesInOrder(StringBuilder visual)
    {
        for (var i = 0; i + 1 < visual.Length; i++)
        {
            if (char.IsLowSurrogate(visual[i]) && char.IsHighSurrogate(visual[i + 1]))
            {
                (visual[i], visual[i + 1]) = (visual[i + 1], visual[i]);
                i++;
            }
        }

        return visual.ToString();
    }
}
