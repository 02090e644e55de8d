using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Hosting;

namespace Reports.Functions.Articles;

/// <summary><c>GET /api/health</c>: up, and whether storage answers.</summary>
internal static class HealthEndpoint
{
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
}
