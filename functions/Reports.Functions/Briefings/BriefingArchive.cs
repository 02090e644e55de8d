using System.Globalization;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Storage;

namespace Reports.Functions.Briefings;

/// <summary>
/// The daily briefings in the <see cref="Container"/> container: <c>{yyyy}/{MM}/{dd}/briefing.pdf</c> and
/// <c>briefing.json</c>, dated by the period's last day. Written once (IfNotExists): a later run for the same day
/// re-uses the stored PDF, so every retry of an email attaches the same bytes.
/// </summary>
internal sealed class BriefingArchive(IBlobStore store, BriefingRenderers renderers)
{
    public const string Container = "briefings";

    /// <summary>The ledger id of a daily briefing: <c>daily-yyyy-MM-dd</c> (the period's last day).</summary>
    public static string IdOf(Period period) => "daily-" + period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The blob name of a briefing file: <c>yyyy/MM/dd/briefing.{extension}</c>.</summary>
    public static string NameOf(Period period, string extension) =>
        period.To.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture) + "briefing." + extension;

    /// <summary>The stored briefing of a period, or null when none was stored.</summary>
    public async Task<StoredBriefing?> FindAsync(Period period, CancellationToken cancellationToken)
    {
        var name = NameOf(period, "pdf");
        var blob = await store.GetAsync(Container, name, cancellationToken).ConfigureAwait(false);
        return blob is null ? null : new StoredBriefing(IdOf(period), period, name, blob.Content, Created: false);
    }

    /// <summary>
    /// Stores the briefing's JSON and PDF unless they exist, and returns the PDF that is stored (this one, or the one
    /// an earlier run stored first).
    /// </summary>
    public async Task<StoredBriefing> StoreAsync(Briefing briefing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var period = briefing.Filter.Period;
        await store.EnsureContainerAsync(Container, cancellationToken).ConfigureAwait(false);
        if (await FindAsync(period, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        // The JSON first: the PDF is the marker of a complete briefing.
        await TryCreateAsync(period, "json", briefing, cancellationToken).ConfigureAwait(false);
        var pdf = await TryCreateAsync(period, "pdf", briefing, cancellationToken).ConfigureAwait(false);
        return pdf is not null
            ? new StoredBriefing(IdOf(period), period, NameOf(period, "pdf"), pdf, Created: true)
            : await FindAsync(period, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"{Container}/{NameOf(period, "pdf")} exists but cannot be read.");
    }

    /// <summary>The rendered bytes when this call created the blob; null when it existed already.</summary>
    private async Task<byte[]?> TryCreateAsync(Period period, string format, Briefing briefing, CancellationToken cancellationToken)
    {
        if (!renderers.TryGet(format, out var renderer))
        {
            throw new InvalidOperationException($"No {format} renderer is registered.");
        }

        using var buffer = new MemoryStream();
        await renderer.RenderAsync(briefing, buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        try
        {
            var options = new BlobWriteOptions { Condition = BlobWriteCondition.IfNotExists, ContentType = renderer.ContentType };
            await store.PutAsync(Container, NameOf(period, format), bytes, options, cancellationToken).ConfigureAwait(false);
            return bytes;
        }
        catch (BlobConditionFailedException)
        {
            return null;
        }
    }
}
