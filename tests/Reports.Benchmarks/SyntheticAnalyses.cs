using Reports.Core.Aggregation;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Storage;

namespace Reports.Benchmarks;

/// <summary>
/// A year of synthetic stored analyses (~274 a day, 100,000 in all) in a FileSystemBlobStore under the temp folder.
/// Each day has a few dozen events reported by several outlets (same or overlapping values), breakdowns and running
/// totals, so clustering does real work. The store is built once and reused across runs (a marker file says it is complete).
/// </summary>
internal static class SyntheticAnalyses
{
    public const int Count = 100_000;
    public static readonly DateOnly First = new(2025, 1, 1);
    public const int Days = 365;

    private static readonly string[] Languages = ["en", "fa", "vi", "id", "uk", "ar", "fr"];

    private static readonly string[] Places =
    [
        "ua/kharkiv-oblast/kharkiv", "ua/kharkiv-oblast", "ua/odesa-oblast/odesa", "ua/kyiv", "ua/dnipropetrovsk-oblast/dnipro",
        "ua/sumy-oblast/sumy", "ua/zaporizhzhia-oblast/zaporizhzhia", "ua/donetsk-oblast/kramatorsk", "ru/belgorod-oblast",
        "ru/kursk-oblast", "ua/kherson-oblast/kherson", "ua/lviv-oblast/lviv", "ua/poltava-oblast/kremenchuk",
    ];

    public static string Folder(string name) => Path.Combine(Path.GetTempPath(), "reports-benchmarks", name);

    /// <summary>The store with <paramref name="count"/> analyses spread over <paramref name="days"/> days from <see cref="First"/>.</summary>
    public static async Task<FileSystemBlobStore> EnsureStoreAsync(string name, int count, int days)
    {
        var root = Folder(name);
        var marker = Path.Combine(root, $"complete-v2-{count}-{days}");
        var store = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = root, FlushToDisk = false });
        if (File.Exists(marker))
        {
            return store;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        await store.EnsureContainerAsync(AnalysisRepository.Container, CancellationToken.None);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
        {
            var analysis = Make(i, First.AddDays(i % days));
            await store.PutAsync(AnalysisRepository.Container, AnalysisRepository.NameOf(analysis.Day, analysis.ArticleId), StoredAnalysisJson.Serialize(analysis), BlobWriteOptions.Overwrite, token);
        });
        await File.WriteAllTextAsync(marker, DateTime.UtcNow.ToString("O"));
        return store;
    }

    /// <summary>All analyses in memory, for the aggregation-only benchmark.</summary>
    public static List<StoredAnalysis> InMemory(int count, int days) => [.. Enumerable.Range(0, count).Select(i => Make(i, First.AddDays(i % days)))];

    /// <summary>
    /// Analysis i: one of ~40 events of its day (so ~7 outlets per event), stated exactly, as "at least" or "about";
    /// a breakdown now and then, a running total for one article in ten.
    /// </summary>
    public static StoredAnalysis Make(int i, DateOnly day)
    {
        var random = new Random(i);
        var eventOfDay = random.Next(40);
        var killed = 1 + (eventOfDay * 7 % 60);
        var qualifier = (i % 5) switch { 0 => Qualifier.AtLeast, 1 => Qualifier.About, _ => Qualifier.Exact };
        var evidence = $"Officials said {killed} people were killed and {killed * 3} injured; air defence shot down {20 + eventOfDay} of {25 + eventOfDay} drones.";
        var figures = new List<Figure>
        {
            Figure.Create(FigureKind.Killed, killed, qualifier, FigureScope.Event, evidence, 15, 2),
            Figure.Create(FigureKind.Injured, killed * 3, Qualifier.Exact, FigureScope.Event, evidence, 40, 2),
            Figure.Create(FigureKind.DronesDowned, 20 + eventOfDay, Qualifier.Exact, FigureScope.Event, evidence, 90, 2),
            Figure.Create(FigureKind.DronesLaunched, 25 + eventOfDay, Qualifier.Exact, FigureScope.Event, evidence, 96, 2),
        };
        if (i % 7 == 0)
        {
            figures.Add(Figure.Create(FigureKind.Killed, Math.Max(1, killed / 3), Qualifier.Exact, FigureScope.Event, "Including children.", 200, 1));
        }

        if (i % 10 == 0)
        {
            figures.Add(Figure.Create(FigureKind.Killed, 9000 + (day.DayNumber - First.DayNumber) * 10, Qualifier.Exact, FigureScope.Cumulative, "Since the start of the war.", 300, 4));
        }

        // Each event happens in one place (forty events a day over a dozen places, so places repeat and nest), and
        // the figures carry their event day and their time of day as ingestion stores them (the store on disk, built once
        // before the hours were stored, has none: its reports read them from the sentences, as for older analyses).
        var place = Places[eventOfDay % Places.Length];
        var language = Languages[i % Languages.Length];
        var placed = figures.ConvertAll(f => f.Scope == FigureScope.Cumulative ? f : f with { Place = place, PlaceBasis = "sentence" });
        var dated = DayTimes.Default.Stamp(EventDates.Default.Date(placed, language, day), language);
        var id = i.ToString("x8") + new string('0', 24);
        return new StoredAnalysis(id, $"wire/{id}.txt", language, $"Synthetic article {i}", [evidence], dated, day, new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
    }
}
