using Reports.Core.Ingestion;

namespace Reports.Functions.Storage;

/// <summary>
/// Runs the <see cref="PendingIndexReconciler"/> at startup and then every <see cref="IngestOptions.PendingGrace"/>
/// (on the app's <see cref="TimeProvider"/>), in the local host and under the Functions host alike: index entries left
/// pending by uploads whose blob was never stored are marked upload_failed. A failed pass is logged and tried again next time.
/// </summary>
internal sealed partial class IndexReconciliation(PendingIndexReconciler reconciler, IngestOptions options, TimeProvider time, ILogger<IndexReconciliation> logger) : BackgroundService
{
    /// <summary>The passes run so far (for tests).</summary>
    internal int Passes { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.PendingGrace > TimeSpan.FromMinutes(1) ? options.PendingGrace : TimeSpan.FromMinutes(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var removed = await reconciler.ReconcileAsync(stoppingToken).ConfigureAwait(false);
                if (removed.Count > 0)
                {
                    LogMarked(removed.Count, options.PendingGrace.TotalMinutes, string.Join(", ", removed.Take(20)));
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(e, e.GetType().Name);
            }

            Passes++;
            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marked {Count} index entries upload_failed: pending for over {Minutes} min without their uploaded article (their uploads failed): {Ids}")]
    private partial void LogMarked(int count, double minutes, string ids);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index reconciliation failed ({ErrorType}); the next pass tries again")]
    private partial void LogFailed(Exception exception, string errorType);
}
