using System.Globalization;
using System.Text;

namespace Reports.Testing;

/// <summary>
/// Hostile article texts of a given number of items, in the shapes that once made one sentence cost the square or cube
/// of its items (written here, no text is copied from anywhere). Item i's value is <see cref="Value"/>(i), so a test can
/// say which figures it expects. Used by the unit tests (small counts) and the benchmarks (10,000 and more).
/// </summary>
public static class HostileText
{
    /// <summary>The shapes, by name: one giant list sentence per language, then the others.</summary>
    public static readonly IReadOnlyList<string> Shapes = ["list-vi", "list-en", "list-ru", "list-ar", "numbers-commas", "run-on-figures", "short-sentences", "nested"];

    /// <summary>The value of item <paramref name="i"/> (0-based): 2 to 1,001, then again.</summary>
    public static int Value(int i) => (i % 1000) + 2;

    /// <summary>The text of <paramref name="shape"/> with <paramref name="items"/> items (a headline, a blank line, the body).</summary>
    public static string Build(string shape, int items) => shape switch
    {
        // "Nga phóng 12 UAV và 15 UAV và 9 UAV và …": one sentence, one verb, every item a weapon count.
        "list-vi" => List("Tin nhanh", "Nga phóng ", " UAV", " và ", items),
        "list-en" => List("Overnight attack", "Russia launched ", " drones", " and ", items),
        "list-ru" => List("Ночная атака", "Россия запустила ", " беспилотников", " и ", items),
        "list-ar" => List("هجوم ليلي", "أطلقت روسيا ", " مسيرة", " و", items),
        "numbers-commas" => Joined("Figures", "The list read ", items, ", ", " and nothing else."),
        "run-on-figures" => RunOn(items),
        "short-sentences" => Short(items),
        "nested" => Nested(items),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown hostile shape"),
    };

    private static string List(string title, string head, string noun, string and, int items)
    {
        var text = new StringBuilder(title).Append("\n\n").Append(head);
        for (var i = 0; i < items; i++)
        {
            text.Append(i == 0 ? string.Empty : and).Append(Value(i).ToString(CultureInfo.InvariantCulture)).Append(noun);
        }

        return text.Append(".\n").ToString();
    }

    /// <summary>A sentence of bare numbers and commas: "The list read 2, 3, 4, … and nothing else."</summary>
    private static string Joined(string title, string head, int items, string separator, string tail)
    {
        var text = new StringBuilder(title).Append("\n\n").Append(head);
        for (var i = 0; i < items; i++)
        {
            text.Append(i == 0 ? string.Empty : separator).Append(Value(i).ToString(CultureInfo.InvariantCulture));
        }

        return text.Append(tail).Append('\n').ToString();
    }

    /// <summary>Clauses with a casualty figure each and no sentence end: "2 people were killed in village 0 3 people were …".</summary>
    private static string RunOn(int items)
    {
        var text = new StringBuilder("Shelling\n\n");
        for (var i = 0; i < items; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Value(i)} people were killed in village {i} ");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Short sentences with a figure each: "2 drones were shot down. 3 drones were shot down. …"</summary>
    private static string Short(int items)
    {
        var text = new StringBuilder("Air defence\n\n");
        for (var i = 0; i < items; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Value(i)} drones were shot down.").Append(i % 10 == 9 ? '\n' : ' ');
        }

        return text.Append('\n').ToString();
    }

    /// <summary>One figure inside <paramref name="depth"/> levels of parentheses and quotes.</summary>
    private static string Nested(int depth)
    {
        var text = new StringBuilder("Nested\n\nAt least ");
        text.Append('(', depth).Append('"', depth).Append("5 people were killed").Append('"', depth).Append(')', depth);
        return text.Append(" in the town.\n").ToString();
    }
}
