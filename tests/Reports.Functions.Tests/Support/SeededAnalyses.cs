using Reports.Core.Aggregation;
using Reports.Core.Figures;
using Reports.Core.Ingestion;
using StoredAnalysis = Reports.Core.Aggregation.StoredAnalysis;
using Reports.Core.Storage;

namespace Reports.Functions.Tests.Support;

/// <summary>Stored analyses written straight into the store, as AnalyzeArticle would have left them.</summary>
internal static class SeededAnalyses
{
    /// <summary>Three articles of <paramref name="day"/>: two English (one event, two reports), one Ukrainian.</summary>
    public static async Task SeedDayAsync(IBlobStore store, DateOnly day)
    {
        var tag = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        await SeedAsync(store, Article($"{tag}0000000000000000000000a1", day, "en", "Drones strike the port", Fig(FigureKind.Killed, 12, Qualifier.AtLeast), Fig(FigureKind.DronesLaunched, 52)));
        await SeedAsync(store, Article($"{tag}0000000000000000000000a2", day, "en", "Port attack toll rises", Fig(FigureKind.Killed, 14)));
        await SeedAsync(store, Article($"{tag}0000000000000000000000b1", day, "uk", "Обстріл Харкова", Fig(FigureKind.Injured, 7)));
    }

    public static async Task SeedAsync(IBlobStore store, StoredAnalysis analysis)
    {
        await store.EnsureContainerAsync(IngestContainers.Analyses, CancellationToken.None);
        await store.PutAsync(IngestContainers.Analyses, AnalysisRepository.NameOf(analysis.Day, analysis.ArticleId), StoredAnalysisJson.Serialize(analysis), BlobWriteOptions.Overwrite, CancellationToken.None);
    }

    public static StoredAnalysis Article(string id, DateOnly day, string language, string title, params Figure[] figures) =>
        new(id, $"wires/{id}.txt", language, title, [$"{title}."], figures, day, new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    private static Figure Fig(FigureKind kind, long value, Qualifier qualifier = Qualifier.Exact) =>
        Figure.Create(kind, value, qualifier, FigureScope.Event, $"{value} {FigureNames.Of(kind)}.", 0, 2);
}
