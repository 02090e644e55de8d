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
        routes.MapGet("/api/articles/{id}", GetArticleEndpoint.GetAsync);
        routes.MapGet("/api/articles", ListArticlesEndpoint.ListAsync);
        routes.MapGet("/api/health", HealthEndpoint.HealthAsync);
        return routes;
    }
}
