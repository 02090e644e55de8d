using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

public sealed partial class BriefingBuilder
{
    /// <summary>
    /// Whether a toll's sentence says it counts several attacks ("five people were killed … in the two attacks",
    /// "внаслідок двох ударів загинули 5 людей"): <see cref="Candidate.Sum"/>.
    /// </summary>
    private static bool SumOfAttacks(Figure figure, string? language) =>
        EventClusterer.IsToll(figure.Kind) && EventDates.Default.SeveralAttacks(figure.Evidence, language ?? "");
}
