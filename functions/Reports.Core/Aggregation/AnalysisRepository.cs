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

    private Task? rollupContainer;

    /// <summary>The blob name prefix of one day: <c>yyyy/MM/dd/</c>.</summary>
    public static string PrefixOf(DateOnly day) => day.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture);

    /// <summary>The blob name of an analysis: <c>yyyy/MM/dd/{articleId}.json</c>.</summary>
    public static string NameOf(DateOnly day, string articleId) => PrefixOf(day) + articleId + ".json";

    /// <summary>
    /// Every analysis stored under the period's days, ordered by blob name. A blob that cannot be read fails the
    /// call with an <see cref="InvalidDataException"/> naming it.
    /// </summary>
    /// <remarks>
    /// Each day is read from its <see cref="DayRollup"/> when one exists: the day's listing (names only) is compared
    /// with the rollup, analyses it lacks are read from their own blobs, entries whose blob is gone are dropped, and a
    /// rollup that was missing or out of date is written again (best effort, conditional on what was read, so two
    /// reports never overwrite each other's newer rollup). What a report returns never depends on the rollup being
    /// current.
    /// </remarks>
    public async Task<IReadOnlyList<StoredAnalysis>> ReadAsync(Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var days = period.EachDay().ToArray();
        var perDay = new List<(string Name, StoredAnalysis Analysis)>[days.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelReads, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, days.Length), parallel, async (i, token) =>
        {
            perDay[i] = await ReadDayAsync(days[i], token).ConfigureAwait(false);
        }).ConfigureAwait(false);

        // Days are in order and each day's listing is in name order: the concatenation is ordered by blob name.
        var all = new List<StoredAnalysis>(perDay.Sum(d => d.Count));
        foreach (var day in perDay)
        {
            foreach (var (_, analysis) in day)
            {
                all.Add(analysis);
            }
        }

        return all;
    }

    private async Task<List<(string Name, StoredAnalysis Analysis)>> ReadDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var name in store.ListNamesAsync(Container, PrefixOf(day), cancellationToken).ConfigureAwait(false))
        {
            if (name.EndsWith(".json", StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        BlobContent? rollup = null;
        var found = new StoredAnalysis?[names.Count];
        var packed = -1;
        if (options.UseRollups && names.Count > 0)
        {
            rollup = await store.GetAsync(DayRollup.Container, DayRollup.NameOf(day), cancellationToken).ConfigureAwait(false);
            packed = rollup is null ? -1 : DayRollup.TryDecode(rollup.Content, names, found);
        }

        var missing = new List<int>();
        for (var i = 0; i < names.Count; i++)
        {
            if (found[i] is null)
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelReads, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(missing, parallel, async (i, token) =>
            {
                var blob = await store.GetAsync(Container, names[i], token).ConfigureAwait(false);
                found[i] = blob is null ? null : StoredAnalysisJson.Deserialize(blob.Content, $"{Container}/{names[i]}");
            }).ConfigureAwait(false);
        }

        // A blob deleted between listing and reading is simply gone.
        var analyses = new List<(string Name, StoredAnalysis Analysis)>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            if (found[i] is { } analysis)
            {
                analyses.Add((names[i], analysis));
            }
        }

        // Stale: it lacked analyses, or holds some whose blobs are gone.
        var stale = missing.Count > 0 || (packed >= 0 && packed != analyses.Count);
        if (options.UseRollups && stale && analyses.Count > 0)
        {
            await TryWriteRollupAsync(day, analyses, rollup, cancellationToken).ConfigureAwait(false);
        }

        return analyses;
    }

    private async Task TryWriteRollupAsync(DateOnly day, List<(string Name, StoredAnalysis Analysis)> analyses, BlobContent? previous, CancellationToken cancellationToken)
    {
        var write = previous is null
            ? BlobWriteOptions.CreateOnly with { ContentType = "application/octet-stream" }
            : new BlobWriteOptions { Condition = BlobWriteCondition.IfMatch, ETag = previous.Properties.ETag, ContentType = "application/octet-stream" };
        try
        {
            await (rollupContainer ??= store.EnsureContainerAsync(DayRollup.Container, CancellationToken.None)).ConfigureAwait(false);
            await store.PutAsync(DayRollup.Container, DayRollup.NameOf(day), DayRollup.Encode(analyses), write, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is BlobConditionFailedException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Another report wrote it first, or the store is read-only: the rollup is only a shortcut.
            rollupContainer = null;
        }
    }
}
