using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

public sealed partial class BriefingBuilder
{
    /// <summary>
    /// "A Russian missile strike on Zaporizhzhia … killed two people … In the town of Vilniansk, about 30 km north of the
    /// city, one man was killed": a smaller toll near a town is a part of the town's (<see cref="AroundIt"/>) only when its
    /// sentence does not name its own place by a noun and a name ("the town of Vilniansk", "у селі Климове", "thị trấn
    /// Bara"; gazetteer <c>placeNouns</c>), which outlets count apart; "one person in a village south of Novorossiysk"
    /// stays a part. Read only for a toll near a town beside the town's own.
    /// </summary>
    private static bool NamesItsOwnPlace(Figure f, string? language)
    {
        if (string.IsNullOrEmpty(f.Evidence))
        {
            return false;
        }

        Places.Gazetteer.Default.Find(f.Evidence, language ?? "", out _, out var named);
        return named.Count > 0;
    }
}
