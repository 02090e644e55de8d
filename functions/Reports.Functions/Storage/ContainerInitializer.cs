using Reports.Core.Delivery;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Briefings;

namespace Reports.Functions.Storage;

/// <summary>Creates the pipeline's containers at start; a failure is logged, and the next call that needs one fails (and is retried).</summary>
internal sealed partial class ContainerInitializer(IBlobStore store, ILogger<ContainerInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            foreach (var container in (string[])[.. IngestContainers.All, Reports.Core.Aggregation.DayRollup.Container, BriefingArchive.Container, SubscriberStore.Container, DeliveryLedger.Container])
            {
                await store.EnsureContainerAsync(container, limit.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(e, e.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create the storage containers ({ErrorType}); calls that need them fail until storage answers")]
    private partial void LogFailed(Exception exception, string errorType);
}
