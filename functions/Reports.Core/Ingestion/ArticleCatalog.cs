using System.Globalization;
using System.Text;
using System.Text.Json;
using Reports.Core.Storage;

namespace Reports.Core.Ingestion;

/// <summary>Reads what the pipeline stored: one article by id, or a page of analyses of a period.</summary>
public sealed class ArticleCatalog(IBlobStore store)
{
    /// <summary>The longest period one listing may cover.</summary>
    public const int MaxDays = 366;

    public const int MaxPageSize = 500;

    private readonly ArticleIndex _index = new(store);

    /// <summary>
    /// The article's state: unknown (null), pending/processing, rejected, or analysed with its document. An upload that
    /// no delivery has claimed yet has no index entry: its blob, found by the id (<see cref="ArticleUploads"/>), says
    /// it is pending (a read on that rare path instead of a write on every upload).
    /// </summary>
    public async Task<ArticleView?> GetAsync(string articleId, CancellationToken cancellationToken)
    {
        var found = await _index.ReadAsync(articleId, cancellationToken).ConfigureAwait(false);
        if (found is not { Entry: var entry })
        {
            return await UploadedAsync(articleId, cancellationToken).ConfigureAwait(false);
        }

        if (entry.Status == ArticleStatus.UploadFailed && await UploadedAsync(articleId, cancellationToken).ConfigureAwait(false) is { } uploaded)
        {
            // Its content was uploaded again since it was marked: the delivery of that upload takes the id over.
            return uploaded;
        }

        if (entry.Status == ArticleStatus.Analyzed && entry.Path is { } path)
        {
            var blob = await store.GetAsync(IngestContainers.Analyses, path, cancellationToken).ConfigureAwait(false);
            if (blob is not null)
            {
                return new ArticleView(articleId, entry.Status, entry.Source, null, null, blob.Content);
            }
        }

        var status = entry.Status == ArticleStatus.Processing ? ArticleStatus.Pending : entry.Status;
        return new ArticleView(articleId, status, entry.Source, entry.Reason, entry.Message, null, entry.Attempts, entry.LastError);
    }

    /// <summary>The pending view of an upload stored by id that holds the article's content; null when there is none.</summary>
    private async Task<ArticleView?> UploadedAsync(string articleId, CancellationToken cancellationToken)
    {
        var name = ArticleUploads.BlobNameOf(articleId);
        var blob = await store.GetPropertiesAsync(IngestContainers.Articles, name, cancellationToken).ConfigureAwait(false);
        return blob is not null && ArticleUploads.Holds(blob.Metadata, articleId)
            ? new ArticleView(articleId, ArticleStatus.Pending, ArticleUploads.SourceOf(name, blob.Metadata) ?? name, null, null, null)
            : null;
    }

    /// <summary>
    /// Up to <paramref name="pageSize"/> analyses stored under the dates of [from, to], in date then id order, read
    /// from the date prefixes of the period only (a whole month as one prefix). The continuation is the last name given.
    /// <paramref name="match"/>, when given, keeps only the analyses it accepts (a page then holds up to
    /// <paramref name="pageSize"/> accepted ones).
    /// </summary>
    public async Task<AnalysisPage> ListAsync(DateOnly from, DateOnly to, string? language, string? continuation, int pageSize, CancellationToken cancellationToken, Func<JsonElement, bool>? match = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var after = continuation is null ? null : DecodeContinuation(continuation) ?? throw new FormatException("The continuation token is not one this service gave.");
        var items = new List<JsonElement>();
        string? last = null;
        foreach (var prefix in PrefixesOf(from, to))
        {
            if (after is not null && string.CompareOrdinal(prefix, after) < 0 && !after.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            await foreach (var item in store.ListAsync(IngestContainers.Analyses, prefix, cancellationToken).ConfigureAwait(false))
            {
                if (after is not null && string.CompareOrdinal(item.Name, after) <= 0)
                {
                    continue;
                }

                if (items.Count == pageSize)
                {
                    return new AnalysisPage(items, EncodeContinuation(last!));
                }

                last = item.Name;
                var blob = await store.GetAsync(IngestContainers.Analyses, item.Name, cancellationToken).ConfigureAwait(false);
                if (blob is null)
                {
                    continue;
                }

                using var document = JsonDocument.Parse(blob.Content);
                if ((language is null || document.RootElement.TryGetProperty("language", out var lang) && lang.ValueEquals(language))
                    && (match is null || match(document.RootElement)))
                {
                    items.Add(document.RootElement.Clone());
                }
            }
        }

        return new AnalysisPage(items, null);
    }

    /// <summary>The listing prefixes of a period: "yyyy/MM/" for a whole month, "yyyy/MM/dd/" for the days of a part.</summary>
    public static IReadOnlyList<string> PrefixesOf(DateOnly from, DateOnly to)
    {
        var prefixes = new List<string>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            if (from <= month && end <= to)
            {
                prefixes.Add(month.ToString("yyyy'/'MM'/'", CultureInfo.InvariantCulture));
                continue;
            }

            for (var day = from > month ? from : month; day <= end && day <= to; day = day.AddDays(1))
            {
                prefixes.Add(day.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
            }
        }

        return prefixes;
    }

    private static string EncodeContinuation(string name) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(name)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? DecodeContinuation(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var name = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            return name.Length is > 11 and < 100 && char.IsAsciiDigit(name[0]) && name[4] == '/' ? name : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
