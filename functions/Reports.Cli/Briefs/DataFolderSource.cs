using System.Globalization;
using Reports.Core.Aggregation;
using Reports.Core.Storage.FileSystem;

namespace Reports.Cli.Briefs;

/// <summary>A data folder of the embedded store: analyses read through <see cref="FileSystemBlobStore"/> and <see cref="AnalysisRepository"/>.</summary>
internal static class DataFolderSource
{
    /// <summary>A folder is a data folder when it has an <c>analyses</c> container.</summary>
    public static bool IsDataFolder(string path) => Directory.Exists(Path.Combine(path, AnalysisRepository.Container));

    public static FileSystemBlobStore Open(string path) => new(new FileSystemBlobStoreOptions { RootPath = path });

    /// <summary>The first and last day that hold analyses (one full listing; only used when no period is given), or null.</summary>
    public static async Task<Period?> SpanAsync(FileSystemBlobStore store, CancellationToken cancellationToken)
    {
        DateOnly? first = null, last = null;
        await foreach (var item in store.ListAsync(AnalysisRepository.Container, null, cancellationToken).ConfigureAwait(false))
        {
            if (item.Name.Length > 11 && DateOnly.TryParseExact(item.Name.AsSpan(0, 10), "yyyy'/'MM'/'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                first = first is null || day < first ? day : first;
                last = last is null || day > last ? day : last;
            }
        }

        return first is { } f && last is { } l ? new Period(f, l) : null;
    }
}
