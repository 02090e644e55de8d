using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Reports.Core.Ingestion;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Reports.Functions.Articles;
using Reports.Functions.Storage;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.Storage;

/// <summary>
/// The app reconciles the index at startup and then once per grace period, on its clock; the grace is the setting
/// ReportsPendingGraceMinutes, and a failed upload's id then answers 410 with what happened.
/// </summary>
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

        Assert.Equal(ArticleStatus.UploadFailed, (await index.ReadAsync(old, CancellationToken.None))!.Value.Entry.Status);
        Assert.Equal(ArticleStatus.Pending, (await index.ReadAsync(recent, CancellationToken.None))!.Value.Entry.Status);

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
        Assert.Equal(ArticleStatus.UploadFailed, (await index.ReadAsync(recent, CancellationToken.None))!.Value.Entry.Status);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Setting_DecidesTheGrace_AndTheApiSaysTheUploadFailed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.Zero));
        var store = new Reports.Core.Storage.FileSystemBlobStore(new() { RootPath = _folder.Path, FlushToDisk = false }, clock);
        using var worker = new WorkerServices(store, clock, new Dictionary<string, string?> { ["ReportsPendingGraceMinutes"] = "40" });
        Assert.Equal(TimeSpan.FromMinutes(40), worker.Services.GetRequiredService<IngestOptions>().PendingGrace);

        var id = new string('c', ArticleIds.Length);
        await new ArticleIndex(store).TryCreateAsync(new ArticleIndexEntry(id, ArticleStatus.Pending, "lost-upload.txt", clock.GetUtcNow()), CancellationToken.None);
        var reconciler = worker.Services.GetRequiredService<PendingIndexReconciler>();

        clock.Advance(TimeSpan.FromMinutes(30)); // past the default 15, inside the configured 40
        Assert.Empty(await reconciler.ReconcileAsync(CancellationToken.None));
        Assert.Equal(StatusCodes.Status202Accepted, (await GetAsync(worker, id)).Status);

        // Past the configured grace: marked, by this pass or by the app's own (its timer fires on the same clock).
        clock.Advance(TimeSpan.FromMinutes(11));
        await reconciler.ReconcileAsync(CancellationToken.None);
        var answer = await GetAsync(worker, id);
        Assert.Equal(StatusCodes.Status410Gone, answer.Status);
        using var body = JsonDocument.Parse(answer.Body);
        Assert.Equal("upload_failed", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("upload_failed", body.RootElement.GetProperty("error").GetString());
        Assert.Equal("lost-upload.txt", body.RootElement.GetProperty("source").GetString());
        var message = body.RootElement.GetProperty("message").GetString()!;
        Assert.Contains("'lost-upload.txt'", message, StringComparison.Ordinal);
        Assert.Contains("40 minutes", message, StringComparison.Ordinal);
        Assert.Contains("Upload the file again", message, StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Body, IHeaderDictionary Headers)> GetAsync(WorkerServices worker, string id)
    {
        var request = worker.Request("GET", "/api/articles/" + id);
        return await WorkerServices.ExecuteAsync(request, await worker.Create<GetArticleFunction>().RunAsync(request, id, CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();
}
