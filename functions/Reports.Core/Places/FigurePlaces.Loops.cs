using Reports.Core.Analysis;
using Reports.Core.Figures;

namespace Reports.Core.Places;

/// <summary>Plain loops for questions the places stage asks once per mention or per sentence (no closure, no list per call).</summary>
public static partial class FigurePlaces
{
    /// <summary>Whether a drone or missile tally stands in the sentence.</summary>
    private static bool HasWeaponTallyIn(IReadOnlyList<Figure> figures, Sentence s)
    {
        foreach (var f in figures)
        {
            if (IsWeaponTally(f.Kind) && f.Offset >= s.Offset && f.Offset < s.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The figures' phrases (those with a length) as (start, end), sorted: a loop and one array, as LINQ's Order() sorted them.</summary>
    private static (int Offset, int End)[] FigureSpans(IReadOnlyList<Figure> figures)
    {
        var count = 0;
        foreach (var f in figures)
        {
            count += f.Length > 0 ? 1 : 0;
        }

        var spans = new (int Offset, int End)[count];
        var at = 0;
        foreach (var f in figures)
        {
            if (f.Length > 0)
            {
                spans[at++] = (f.Offset, f.Offset + f.Length);
            }
        }

        Array.Sort(spans);
        return spans;
    }
}
