using Microsoft.Azure.Functions.Worker;
using Reports.Core.AzureLanguage;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Hosting;

namespace Reports.Functions.Articles;

/// <summary>
/// <c>GET /api/health</c>: up, whether storage answers, and the analyzer configured (<c>builtin</c>, or
/// <c>azure-language</c> with the Language endpoint's host; never the key). The Language service is not called.
/// </summary>
internal sealed class HealthFunction(IBlobStore store, HostSettings host, AzureLanguageSettings analyzer, TimeProvider time)
{
    public const string Name = "Health";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = analyzer.UsesService ? analyzer.Endpoint?.Host : null;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await store.GetPropertiesAsync(IngestContainers.Index, "health-probe.json", limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Results.Json(
                new { status = "unhealthy", storage = e.GetType().Name, analyzer = analyzer.Analyzer, analyzerEndpoint = endpoint },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Json(new
        {
            status = "healthy",
            mode = host.Mode.ToString(),
            analyzer = analyzer.Analyzer,
            analyzerEndpoint = endpoint,
            analyzerVersion = StoredAnalysis.AnalyzerVersion,
            time = time.GetUtcNow(),
        });
    }
}
