using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;

namespace Reports.Functions.Briefings;

/// <summary>
/// <c>GET /api/reports?from=&amp;to=&amp;language=&amp;kind=&amp;place=&amp;format=pdf|json|csv|html</c> (the AdhocReport function,
/// proxied as plain HTTP): an ad hoc briefing over stored analyses, as a download.
/// </summary>
internal sealed partial class AdhocReportFunction(
    Articles.ApiAccess access,
    AnalysisRepository repository,
    BriefingRenderers renderers,
    IOptions<BriefingOptions> options,
    TimeProvider time,
    ILogger<AdhocReportFunction> logger)
{
    public const string Name = "AdhocReport";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (access.CheckRead(request) is { } refused)
        {
            return refused;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (report, problem) = ReportRequest.Parse(request.Query, renderers, options.Value.ReportMaxDays, today);
        if (problem is not null)
        {
            return problem;
        }

        var analyses = await repository.ReadAsync(report!.Filter.Period, cancellationToken).ConfigureAwait(false);
        var briefing = new BriefingBuilder(time).Build(analyses, report.Filter);

        // Rendered into memory first: a failure is still a clean 500, never half a file.
        using var buffer = new MemoryStream();
        await report.Renderer.RenderAsync(briefing, buffer, cancellationToken).ConfigureAwait(false);
        LogReport(report.Renderer.Format, report.Filter.Period.Days, briefing.Articles.Count, buffer.Length);

        var headers = request.HttpContext.Response.Headers;
        headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = report.FileName }.ToString();
        headers.CacheControl = "no-store";
        return Results.Bytes(buffer.ToArray(), report.Renderer.ContentType);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report in {Format} over {Days} days: {Articles} articles, {Bytes} bytes")]
    private partial void LogReport(string format, int days, int articles, long bytes);
}
