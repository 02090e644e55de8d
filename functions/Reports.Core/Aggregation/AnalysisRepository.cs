using System.Collections.Concurrent;
using System.Globalization;
using Reports.Core.Storage;

namespace Reports.Core.Aggregation;

/// <summary>
/// Reads stored analyses of a period from the <see cref="Container"/> container. It lists only the period's day
/// prefixes (<c>2025/03/27/</c>), so a report's cost grows with the analyses of its period, not with the store.
/// Blobs are fetched in parallel, at most <see cref="AnalysisRepositoryOptions.MaxParallelReads"/> at once.
/// </summary>
public sealed class AnalysisRepository(IBlobStore store, AnalysisRepositoryOptions? options = null)
{
    /// <summary>The container the Functions app writes analyses to.</summary>
    public const string Container = "analyses";

    private readonly AnalysisRepositoryOptions options = options ?? new AnalysisRepositoryOptions();

    /// <summary>The blob name prefix of one day: <c>yyyy/MM/dd/</c>.</summary>
    public static string PrefixOf(DateOnly day) => day.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture);

    /// <summary>The blob name of an analysis: <c>yyyy/MM/dd/{articleId}.json</c>.</summary>
    public static string NameOf(DateOnly day, string articleId) => PrefixOf(day) + articleId + ".json";

    /// <summary>
    /// Every analysis stored under the period's days, ordered by blob name. A blob that cannot be read fails the
    /// call with an <see cref="InvalidDataException"/> naming it.
    /// </summary>
    public async Task<IReadOnlyList<StoredAnalysis>> ReadAsync(Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var names = new ConcurrentBag<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelReads, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(period.EachDay(), parallel, async (day, token) =>
        {
            await foreach (var item in store.ListAsync(Container, PrefixOf(day), token).ConfigureAwait(false))
            {
                if (item.Name.EndsWith(".json", StringComparison.Ordinal))
                {
                    names.Add(item.Name);
                }
            }
        }).ConfigureAwait(false);

        var ordered = names.Order(StringComparer.Ordinal).ToArray();
        var analyses = new StoredAnalysis?[ordered.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, ordered.Length), parallel, async (i, token) =>
        {
            var blob = await store.GetAsync(Container, ordered[i], token).ConfigureAwait(false);
            analyses[i] = blob is null ? null : StoredAnalysisJson.Deserialize(blob.Content, $"{Container}/{ordered[i]}");
        }).ConfigureAwait(false);

        // A blob deleted between listing and reading is simply gone.
        return [.. analyses.OfType<StoredAnalysis>()];
    }
}
