using Reports.Core.Aggregation;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>Hand-made stored analyses for aggregation tests.</summary>
internal static class Analyses
{
    public static readonly DateOnly Day1 = new(2025, 3, 27);

    public static StoredAnalysis Article(string id, DateOnly day, params Figure[] figures) => Article(id, day, "en", figures);

    public static StoredAnalysis Article(string id, DateOnly day, string language, params Figure[] figures) =>
        new(id, $"{id}.txt", language, $"Title {id}", [$"Summary of {id}."], figures, day, new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public static Figure Fig(FigureKind kind, long value, Qualifier qualifier = Qualifier.Exact, FigureScope scope = FigureScope.Event) =>
        Figure.Create(kind, value, qualifier, scope, $"{value} {FigureNames.Of(kind)} ({FigureNames.Of(qualifier)}).", 0, 2);

    public static Figure Killed(long value, Qualifier qualifier = Qualifier.Exact) => Fig(FigureKind.Killed, value, qualifier);

    public static Figure KilledSoFar(long value) => Fig(FigureKind.Killed, value, Qualifier.Exact, FigureScope.Cumulative);

    /// <summary>The figure placed at a gazetteer id ("ua/kharkiv-oblast/kharkiv").</summary>
    public static Figure At(this Figure figure, string place) => figure with { Place = place };

    /// <summary>The figure stated by another sentence.</summary>
    public static Figure Saying(this Figure figure, string evidence) => figure with { Evidence = evidence };
}

/// <summary>A clock that always says the same time.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Noon = new(2025, 4, 1, 12, 0, 0, TimeSpan.Zero);

    public FixedTimeProvider()
        : this(Noon)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
