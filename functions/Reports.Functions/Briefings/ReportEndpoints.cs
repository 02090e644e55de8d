using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;

namespace Reports.Functions.Briefings;

/// <summary>
/// <c>GET /api/reports?from=&amp;to=&amp;language=&amp;kind=&amp;format=pdf|json|csv|html</c> (the AdhocReport function,
/// proxied as plain HTTP): an ad hoc briefing over stored analyses, as a download.
/// </summary>
internal static partial class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/reports", GetAsync).AddEndpointFilter(Articles.ArticleEndpoints.ReadFilter);
        return routes;
    }

    internal static async Task GetAsync(
        HttpContext context,
        AnalysisRepository repository,
        BriefingRenderers renderers,
        IOptions<BriefingOptions> options,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (request, problem) = ReportRequest.Parse(context.Request.Query, renderers, options.Value.ReportMaxDays, today);
        if (problem is not null)
        {
            await problem.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var analyses = await repository.ReadAsync(request!.Filter.Period, cancellationToken).ConfigureAwait(false);
        var briefing = new BriefingBuilder(time).Build(analyses, request.Filter);

        // Rendered into memory first: a failure is still a clean 500, never half a file.
        using var buffer = new MemoryStream();
        await request.Renderer.RenderAsync(briefing, buffer, cancellationToken).ConfigureAwait(false);
        LogReport(loggers.CreateLogger(typeof(ReportEndpoints).FullName!), request.Renderer.Format, request.Filter.Period.Days, briefing.Articles.Count, buffer.Length);

        var response = context.Response;
        response.ContentType = request.Renderer.ContentType;
        response.ContentLength = buffer.Length;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = request.FileName }.ToString();
        response.Headers.CacheControl = "no-store";
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report in {Format} over {Days} days: {Articles} articles, {Bytes} bytes")]
    private static partial void LogReport(ILogger logger, string format, int days, int articles, long bytes);
}
