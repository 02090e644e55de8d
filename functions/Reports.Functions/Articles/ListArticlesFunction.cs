using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Reports.Core.Figures;
using Reports.Core.Ingestion;

namespace Reports.Functions.Articles;

/// <summary>
/// <c>GET /api/articles?from=&amp;to=&amp;language=&amp;kind=&amp;place=&amp;q=</c>: a page of the analyses of a period,
/// optionally only those with a figure of a kind, a figure placed in a place (its name contains the text), or the text
/// in the title, summary, source or a figure's sentence (<see cref="ArticleFilter"/>).
/// </summary>
internal sealed class ListArticlesFunction(ApiAccess access, ArticleCatalog catalog, TimeProvider time)
{
    public const string Name = "ListArticles";

    public const int DefaultPageSize = 50;

    /// <summary>The longest <c>place</c> or <c>q</c> filter.</summary>
    public const int MaxFilterLength = 200;

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "articles")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (access.CheckRead(request) is { } refused)
        {
            return refused;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (from, to, problem, message) = PeriodQuery.Parse(
            request.Query, today, 7, ArticleCatalog.MaxDays, "the last 7 days", $"A listing covers at most {ArticleCatalog.MaxDays} days; ask for a shorter period.");
        if (problem is not null)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, problem, message!);
        }

        var language = request.Query["language"].FirstOrDefault();
        if (language is not null && (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower)))
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_language", "language is an ISO 639-1 code in lowercase, such as 'en' or 'vi' (or 'und').");
        }

        var kind = request.Query["kind"].FirstOrDefault() is { Length: > 0 } k ? k.ToLowerInvariant() : null;
        if (kind is not null && !FigureNames.TryParseKind(kind, out _))
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_kind", $"Unknown kind '{kind}'; use one of {string.Join(", ", Enum.GetValues<FigureKind>().Select(FigureNames.Of))}.");
        }

        var place = request.Query["place"].FirstOrDefault() is { Length: > 0 } p ? p.Trim() : null;
        var text = request.Query["q"].FirstOrDefault() is { Length: > 0 } q ? q.Trim() : null;
        if (place?.Length > MaxFilterLength || text?.Length > MaxFilterLength)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_filter", $"place and q are at most {MaxFilterLength} characters.");
        }

        var pageSize = DefaultPageSize;
        if (request.Query["pageSize"].FirstOrDefault() is { } size
            && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > ArticleCatalog.MaxPageSize))
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_page_size", $"pageSize is a number from 1 to {ArticleCatalog.MaxPageSize}.");
        }

        AnalysisPage page;
        try
        {
            var match = kind is null && string.IsNullOrEmpty(place) && string.IsNullOrEmpty(text) ? null : ArticleFilter.Of(kind, place, text);
            page = await catalog.ListAsync(from, to, language, request.Query["continuation"].FirstOrDefault(), pageSize, cancellationToken, match).ConfigureAwait(false);
        }
        catch (FormatException e)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_continuation", e.Message);
        }

        return Results.Json(new
        {
            from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            language,
            kind,
            place,
            q = text,
            count = page.Items.Count,
            items = page.Items,
            continuation = page.Continuation,
        });
    }
}
