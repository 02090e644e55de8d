using System.Globalization;
using Reports.Core.Aggregation;
using Reports.Core.Storage;

namespace Reports.Cli.Briefs;

/// <summary>A data folder of the embedded store: analyses read through <see cref="FileSystemBlobStore"/> and <see cref="AnalysisRepository"/>.</summary>
internal static class DataFolderSource
{
    /// <summary>A folder is a data folder when it has an <c>analyses</c> container.</summary>
    public static bool IsDataFolder(string path) => Directory.Exists(Path.Combine(path, AnalysisRepository.Container));

    public static FileSystemBlobStore Open(string path) => new(new FileSystemBlobStoreOptions { RootPath = path });

    /// <summary>
    /// The first and last day that hold analyses, or null. It walks the container's yyyy/MM/dd folders (a folder per
    /// day, the blob names' prefixes) instead of listing every blob, so it stays cheap on a large store.
    /// </summary>
    public static Period? Span(string path)
    {
        var days = DayFolders(Path.Combine(path, AnalysisRepository.Container)).ToList();
        return days.Count == 0 ? null : new Period(days.Min(), days.Max());
    }

    private static IEnumerable<DateOnly> DayFolders(string container)
    {
        foreach (var year in Directory.EnumerateDirectories(container))
        {
            foreach (var month in Directory.EnumerateDirectories(year))
            {
                foreach (var day in Directory.EnumerateDirectories(month))
                {
                    var name = $"{Path.GetFileName(year)}/{Path.GetFileName(month)}/{Path.GetFileName(day)}";
                    if (DateOnly.TryParseExact(name, "yyyy'/'MM'/'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        && Directory.EnumerateFiles(day).Any())
                    {
                        yield return date;
                    }
                }
            }
        }
    }
}
