using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Reports.Core.Ingestion;
using Reports.Functions.Storage;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.Storage;

/// <summary>The app reconciles the index at startup and then once per grace period, on its clock.</summary>
public sealed class IndexReconciliationTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-index-reconciliation");

    [Fact]
    public async Task Service_RemovesOrphansAtStartupAndAgainAfterTheGracePeriod()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.Zero));
        var store = new Reports.Core.Storage.FileSystemBlobStore(new() { RootPath = _folder.Path, FlushToDisk = false }, clock);
        foreach (var container in IngestContainers.All)
        {
            await store.EnsureContainerAsync(container, CancellationToken.None);
        }

        var options = new IngestOptions { PendingGrace = TimeSpan.FromMinutes(15) };
        var index = new ArticleIndex(store);
        var old = new string('a', ArticleIds.Length);
        await index.TryCreateAsync(new ArticleIndexEntry(old, ArticleStatus.Pending, "failed-before-restart.txt", clock.GetUtcNow()), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(20));
        var recent = new string('b', ArticleIds.Length);
        await index.TryCreateAsync(new ArticleIndexEntry(recent, ArticleStatus.Pending, "failed-just-now.txt", clock.GetUtcNow()), CancellationToken.None);

        using var service = new IndexReconciliation(new PendingIndexReconciler(store, options, clock), options, clock, NullLogger<IndexReconciliation>.Instance);
        await service.StartAsync(CancellationToken.None);
        await StoreContents.WaitUntilAsync(() => Task.FromResult(service.Passes >= 1), TimeSpan.FromSeconds(30), "the startup pass");

        Assert.Null(await index.ReadAsync(old, CancellationToken.None));
        Assert.NotNull(await index.ReadAsync(recent, CancellationToken.None));

        // The clock moves a minute at a time until the next pass has run (the service may not be waiting yet when it
        // first moves, so one step of 15 minutes could be missed); nothing depends on real time.
        await StoreContents.WaitUntilAsync(
            () =>
            {
                if (service.Passes < 2)
                {
                    clock.Advance(TimeSpan.FromMinutes(1));
                }

                return Task.FromResult(service.Passes >= 2);
            },
            TimeSpan.FromSeconds(60),
            "the second pass");
        Assert.Null(await index.ReadAsync(recent, CancellationToken.None));
        await service.StopAsync(CancellationToken.None);
    }

    public void Dispose() => _folder.Dispose();
}
