namespace Reports.Functions.Articles;

/// <summary>
/// The HTTP functions (proxied as plain HTTP by the host, served directly locally): upload, get one, list, health.
/// Each parses the request, calls one service and maps the result.
/// </summary>
internal static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/articles", UploadArticleEndpoint.UploadAsync);
        routes.MapGet("/api/articles/{id}", GetArticleEndpoint.GetAsync).AddEndpointFilter(ReadFilter);
        routes.MapGet("/api/articles", ListArticlesEndpoint.ListAsync).AddEndpointFilter(ReadFilter);
        routes.MapGet("/api/health", HealthEndpoint.HealthAsync);
        return routes;
    }

    /// <summary>Reading needs the read or the write key unless anonymous reading is on (<see cref="ApiAccess"/>).</summary>
    internal static async ValueTask<object?> ReadFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<ApiAccess>().CheckRead(context.HttpContext.Request) ?? await next(context).ConfigureAwait(false);
}
