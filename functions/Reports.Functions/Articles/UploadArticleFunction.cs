using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Reports.Core.Ingestion;
using Reports.Functions.Hosting;

namespace Reports.Functions.Articles;

/// <summary><c>POST /api/articles?name=…</c>: stores the body as an article to analyse; 202 with its id and where to ask.</summary>
internal sealed partial class UploadArticleFunction(ApiAccess access, ArticleUploader uploader, IOptions<ReportsOptions> options, ILogger<UploadArticleFunction> logger)
{
    public const string Name = "UploadArticle";

    public const string NameHeader = "X-Article-Name";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "articles")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.HttpContext;
        if (access.CheckWrite(request) is { } refused)
        {
            return refused;
        }

        var raw = request.Query["name"].FirstOrDefault() ?? request.Headers[NameHeader].FirstOrDefault();
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
        catch (BadHttpRequestException e)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_body", "The upload's body could not be read (" + e.Message + "); send the file's bytes as the body.");
        }

        if (body is null)
        {
            return TooLarge(limit);
        }

        var result = await uploader.UploadAsync(name, body, request.ContentType, cancellationToken).ConfigureAwait(false);
        LogUploaded(body.Length, result.ArticleId);
        var location = $"{request.Scheme}://{request.Host}{request.PathBase}/api/articles/{result.ArticleId}";
        context.Response.Headers.Location = location;
        return Results.Json(new { id = result.ArticleId, status = result.Status, name = result.Name, location }, statusCode: StatusCodes.Status202Accepted);
    }

    private static IResult TooLarge(long limit) =>
        ApiErrors.Problem(StatusCodes.Status413PayloadTooLarge, "too_large", $"An article may be at most {limit.ToString(CultureInfo.InvariantCulture)} bytes (ReportsMaxArticleBytes).");

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
    private partial void LogUploaded(int bytes, string articleId);
}
