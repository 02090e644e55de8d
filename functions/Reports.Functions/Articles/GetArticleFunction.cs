using Microsoft.Azure.Functions.Worker;
using Reports.Core.Ingestion;

namespace Reports.Functions.Articles;

/// <summary>
/// <c>GET /api/articles/{id}</c>: the analysis, or the article's status (pending, rejected with the reason, or 410 with
/// <c>upload_failed</c> and what happened when its upload never completed).
/// </summary>
internal sealed class GetArticleFunction(ApiAccess access, ArticleCatalog catalog)
{
    public const string Name = "GetArticle";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "articles/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (access.CheckRead(request) is { } refused)
        {
            return refused;
        }

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

        if (view.Status == ArticleStatus.UploadFailed)
        {
            // Its upload began and its content never arrived: gone, and the answer says so in plain words (not 404).
            return Results.Json(
                new { error = ArticleStatus.UploadFailed, message = view.Message, id, status = view.Status, reason = view.Reason, source = view.Source },
                statusCode: StatusCodes.Status410Gone);
        }

        if (view.Status == ArticleStatus.Rejected)
        {
            return view.Attempts > 0
                ? Results.Json(new { id, status = view.Status, reason = view.Reason, message = view.Message, source = view.Source, attempts = view.Attempts, lastError = view.LastError })
                : Results.Json(new { id, status = view.Status, reason = view.Reason, message = view.Message, source = view.Source });
        }

        request.HttpContext.Response.Headers.RetryAfter = "2";

        // Retried after attempts that did not finish: say how many and why, so a poison article is visible before it ends.
        return view.Attempts > 1 || view.LastError is not null
            ? Results.Json(new { id, status = ArticleStatus.Pending, source = view.Source, attempts = view.Attempts, lastError = view.LastError }, statusCode: StatusCodes.Status202Accepted)
            : Results.Json(new { id, status = ArticleStatus.Pending, source = view.Source }, statusCode: StatusCodes.Status202Accepted);
    }
}
