using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Hosting;

namespace Reports.Functions.Articles;

/// <summary>
/// The HTTP functions (proxied as plain HTTP by the host, served directly locally): upload, get one, list, health.
/// Each parses the request, calls one service and maps the result.
/// </summary>
internal static partial class ArticleEndpoints
{
    public const string UploadNameHeader = "X-Article-Name";

    public const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/articles", UploadAsync);
        routes.MapGet("/api/articles/{id}", GetAsync);
        routes.MapGet("/api/articles", ListAsync);
        routes.MapGet("/api/health", HealthAsync);
        return routes;
    }

    internal static async Task<IResult> UploadAsync(
        HttpContext context,
        WriteAccess access,
        ArticleUploader uploader,
        IOptions<ReportsOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (access.Check(request) is { } refused)
        {
            return refused;
        }

        var raw = request.Query["name"].FirstOrDefault() ?? request.Headers[UploadNameHeader].FirstOrDefault();
        if (!ArticleNames.TrySanitize(raw, out var name, out var problem))
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_name", problem);
        }

        var limit = options.Value.MaxArticleBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit + 1;
        }

        byte[]? body;
        try
        {
            body = await ReadBoundedAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            return TooLarge(limit);
        }

        var result = await uploader.UploadAsync(name, body, request.ContentType, cancellationToken).ConfigureAwait(false);
        if (result.Conflict)
        {
            return ApiErrors.Problem(StatusCodes.Status409Conflict, "name_taken", $"An article named '{name}' with other content exists; upload under another name.");
        }

        LogUploaded(loggers.CreateLogger(typeof(ArticleEndpoints).FullName!), body.Length, result.ArticleId);
        var location = $"{request.Scheme}://{request.Host}{request.PathBase}/api/articles/{result.ArticleId}";
        context.Response.Headers.Location = location;
        return Results.Json(new { id = result.ArticleId, status = result.Status, name = result.Name, location }, statusCode: StatusCodes.Status202Accepted);
    }

    internal static async Task<IResult> GetAsync(string id, HttpContext context, ArticleCatalog catalog, CancellationToken cancellationToken)
    {
        if (!ArticleIds.IsValid(id))
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_id", $"An article id is {ArticleIds.Length} lowercase hex digits, as returned by POST /api/articles.");
        }

        var view = await catalog.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return ApiErrors.Problem(StatusCodes.Status404NotFound, "not_found", $"No article {id}.");
        }

        if (view.Analysis is { } analysis)
        {
            return Results.Bytes(analysis, "application/json; charset=utf-8");
        }

        if (view.Status == ArticleStatus.Rejected)
        {
            return Results.Json(new { id, status = view.Status, reason = view.Reason, message = view.Message, source = view.Source });
        }

        context.Response.Headers.RetryAfter = "2";
        return Results.Json(new { id, status = ArticleStatus.Pending, source = view.Source }, statusCode: StatusCodes.Status202Accepted);
    }

    internal static async Task<IResult> ListAsync(HttpRequest request, ArticleCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!TryDate(request.Query["to"], today, out var to) || !TryDate(request.Query["from"], to.AddDays(-6), out var from))
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_date", "from and to are dates like 2025-03-27 (yyyy-MM-dd); they default to the last 7 days.");
        }

        if (from > to)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_range", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");
        }

        if (to.DayNumber - from.DayNumber + 1 > ArticleCatalog.MaxDays)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_range", $"A listing covers at most {ArticleCatalog.MaxDays} days; ask for a shorter period.");
        }

        var language = request.Query["language"].FirstOrDefault();
        if (language is not null && (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower)))
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_language", "language is an ISO 639-1 code in lowercase, such as 'en' or 'vi' (or 'und').");
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
            page = await catalog.ListAsync(from, to, language, request.Query["continuation"].FirstOrDefault(), pageSize, cancellationToken).ConfigureAwait(false);
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
            count = page.Items.Count,
            items = page.Items,
            continuation = page.Continuation,
        });
    }

    internal static async Task<IResult> HealthAsync(IBlobStore store, HostSettings host, TimeProvider time, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await store.GetPropertiesAsync(IngestContainers.Index, "health-probe.json", limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Results.Json(new { status = "unhealthy", storage = e.GetType().Name }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Json(new { status = "healthy", mode = host.Mode.ToString(), analyzerVersion = StoredAnalysis.AnalyzerVersion, time = time.GetUtcNow() });
    }

    private static IResult TooLarge(long limit) =>
        ApiErrors.Problem(StatusCodes.Status413PayloadTooLarge, "too_large", $"An article may be at most {limit.ToString(CultureInfo.InvariantCulture)} bytes (ReportsMaxArticleBytes).");

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrEmpty(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload of {Bytes} bytes accepted as article {ArticleId}")]
    private static partial void LogUploaded(ILogger logger, int bytes, string articleId);
}
