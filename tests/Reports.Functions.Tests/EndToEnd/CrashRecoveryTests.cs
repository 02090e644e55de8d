using System.Globalization;
using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using Reports.Adapters.Storage;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Articles;
using Reports.Functions.Hosting;
using Reports.Functions.Tests.Articles;
using Reports.Functions.Tests.Support;
using Reports.Testing;
using Reports.Testing.Azurite;

namespace Reports.Functions.Tests.EndToEnd;

/// <summary>
/// A crash that really kills the process: the local host runs as a child process on a store (the filesystem, and
/// Azurite through the Azure SDK store: one subclass each), and one
/// uploaded article ends that process every time it is analysed (the test-only fault-injection hook,
/// <see cref="TestFaultInjection"/>: <see cref="Environment.FailFast(string)"/>, no graceful stop, no finally blocks).
/// The test starts the host again after each death, on the same store. After <see cref="ReportsOptions.MaxDeliveryAttempts"/>
/// deaths (the default, 5) the article is <c>analysis_failed</c> with its attempts and last error shown by the API, and
/// every other accepted article is analysed once: one stored analysis, one final index entry, one receipt each.
/// Nothing here is timed: the test waits on states through the API (and on the process's exit) with generous limits.
/// </summary>
public abstract class CrashRecoveryTests : IDisposable
{
    private const string Key = "crash-test-write-key-0123456789";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TempFolder _folder = new("reports-crash");

    /// <summary>The child's working folder.</summary>
    protected string Folder => _folder.Path;

    /// <summary>The store the children share (emptied of the pipeline's blobs) and the settings that point a child at it.</summary>
    protected abstract Task<(IBlobStore Store, IReadOnlyDictionary<string, string> Settings)> StoreAsync();

    [StoreFact]
    public async Task ArticleThatKillsTheProcessEveryTime_EndsAnalysisFailedAfterMaxAttempts_OthersAnalysedOnce()
    {
        var maxAttempts = new ReportsOptions().MaxDeliveryAttempts; // the default, not set for the child
        Assert.Equal(5, maxAttempts);
        var marker = Guid.NewGuid().ToString("N");
        var (store, storeSettings) = await StoreAsync();
        var environment = new Dictionary<string, string>(storeSettings)
        {
            ["ReportsApiKey"] = Key,
            ["ReportsWatchIntervalSeconds"] = "0.2",
            ["ReportsClaimLeaseSeconds"] = "3", // a dead process's claim is taken over 3 s after it started
            // The analysis budget stays at its default (60 s): a 2 s budget rejected a normal article as too_complex
            // when a fresh CI machine was busy (the first analysis pays the JIT), which is timing deciding a test.
            ["ReportsRunTimers"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Azure"] = "Error", // the SDK's warnings about expected 404/409 answers would fill the kept output
            [TestFaultInjection.Variable] = marker,
        };

        var poison = TestArticles.Bytes($"""
            A report that brings the analyser down

            At least 4 people were killed when shells hit the depot, officials said.
            The reference {marker} marks this article for the crash test.
            """);
        var toUpload = new Queue<(string Name, byte[] Bytes)>();
        for (var n = 1; n <= 4; n++)
        {
            toUpload.Enqueue(($"before-{n}.txt", TestArticles.Numbered(n)));
        }

        toUpload.Enqueue(("poison.txt", poison));
        for (var n = 5; n <= 10; n++)
        {
            toUpload.Enqueue(($"between-{n}.txt", TestArticles.Numbered(n))); // uploaded one per life, after the poison
        }

        var accepted = new Dictionary<string, string>(StringComparer.Ordinal); // name → id
        var deaths = new List<int>();
        LocalHostProcess? survivor = null;
        for (var life = 1; life <= maxAttempts + 3 && survivor is null; life++)
        {
            var host = await LocalHostProcess.StartAsync(_folder.Path, environment, Patience);
            using var client = Client(host);

            // The first life gets the first articles and the poison; each later one gets one more article, which a
            // crash may refuse (the client gets an error): it is uploaded again in the next life.
            var uploads = life == 1 ? toUpload.Count - 6 : 1;
            for (var i = 0; i < uploads && toUpload.Count > 0 && !host.HasExited; i++)
            {
                var (name, bytes) = toUpload.Peek();
                try
                {
                    accepted[name] = await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, name, bytes));
                    toUpload.Dequeue();
                }
                catch (HttpRequestException)
                {
                    // The process died under the upload: not accepted, tried again in the next life.
                    Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(30)), $"an upload failed while the host runs: {host.Output}");
                    break;
                }
            }

            // The life ends when the process dies, or when the poison article is final (then this host lives on).
            var poisonId = accepted.GetValueOrDefault("poison.txt");
            await WaitAsync(
                async () =>
                {
                    if (host.HasExited)
                    {
                        return true;
                    }

                    try
                    {
                        return poisonId is not null && (await StatusAsync(client, poisonId)).Status == "rejected";
                    }
                    catch (HttpRequestException)
                    {
                        return host.HasExited || await host.WaitForExitAsync(TimeSpan.FromSeconds(30));
                    }
                },
                $"life {life}: the host to die or the poison article to be final. {host.Output}");

            if (host.HasExited)
            {
                // Waiting for the exit also reads the output to its end (the crash's last words come last).
                Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(30)), "the host's output did not end");
                Assert.True(host.ExitCode != 0, $"life {life} ended by a crash, not a clean exit: {host.Output}");
                Assert.Contains(TestFaultInjection.Variable, host.Output, StringComparison.Ordinal); // it died of the poison article, nothing else
                deaths.Add(host.ExitCode);
                host.Dispose();
            }
            else
            {
                survivor = host;
            }
        }

        Assert.NotNull(survivor);
        using (survivor)
        {
            using var client = Client(survivor);
            while (toUpload.Count > 0)
            {
                var (name, bytes) = toUpload.Dequeue();
                accepted[name] = await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, name, bytes));
            }

            // One death per attempt: the attempt count travelled with the claim in the store across the crashes.
            Assert.Equal(maxAttempts, deaths.Count);

            var poisonId = accepted["poison.txt"];
            using (var response = await client.GetAsync(new Uri($"/api/articles/{poisonId}", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var root = body.RootElement;
                Assert.Equal(("rejected", ArticleIngestor.AnalysisFailedReason), (root.GetProperty("status").GetString(), root.GetProperty("reason").GetString()));
                Assert.Equal(maxAttempts, root.GetProperty("attempts").GetInt32());
                Assert.Contains($"after {maxAttempts} attempts", root.GetProperty("message").GetString(), StringComparison.Ordinal);
                Assert.Contains("stopped without finishing", root.GetProperty("lastError").GetString(), StringComparison.Ordinal);
            }

            // Every other accepted article is analysed (waited for through the API, never timed).
            var others = accepted.Where(a => a.Key != "poison.txt").ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
            Assert.Equal(10, others.Count);
            foreach (var (name, id) in others)
            {
                await WaitAsync(async () => (await StatusAsync(client, id)).Code == HttpStatusCode.OK, $"{name} to be final");
                var (code, status) = await StatusAsync(client, id);
                if (status != "analyzed")
                {
                    using var answer = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative));
                    Assert.Fail($"{name} is {code} {status}, not analyzed: {await answer.Content.ReadAsStringAsync()}");
                }
            }

            // Listed once each through the API.
            var today = DateTime.UtcNow.Date;
            using (var list = await client.GetAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"/api/articles?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}&pageSize=500"), UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, list.StatusCode);
                using var body = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
                var listed = body.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("articleId").GetString()!).Order(StringComparer.Ordinal).ToList();
                Assert.Equal(others.Values.Order(StringComparer.Ordinal).ToList(), listed);
            }

            // Wait for every receipt (the last step of a delivery) before looking at the store.
            await WaitAsync(async () => (await StoreContents.ListAsync(store, IngestContainers.Receipts)).Count == accepted.Count, "a receipt for every blob");
            survivor.Kill();

            // In the store: nothing lost, nothing twice.
            var analyses = await StoreContents.AnalysesAsync(store);
            Assert.Equal(others.Values.Order(StringComparer.Ordinal), analyses.Select(a => a.GetProperty("articleId").GetString()!).Order(StringComparer.Ordinal));
            Assert.Equal(accepted.Count, (await StoreContents.ListAsync(store, IngestContainers.Articles)).Count);
            Assert.Equal(accepted.Count, (await StoreContents.ListAsync(store, IngestContainers.Receipts)).Count);
            foreach (var id in others.Values)
            {
                var entry = await StoreContents.JsonAsync(store, IngestContainers.Index, ArticleIndex.NameOf(id));
                Assert.Equal(ArticleStatus.Analyzed, entry.GetProperty("status").GetString());
            }

            var rejections = (await StoreContents.ListAsync(store, IngestContainers.Rejected)).Select(r => r.Name).Where(n => n.EndsWith("/reason.json", StringComparison.Ordinal));
            Assert.Equal([$"{poisonId}/reason.json"], rejections);
            Assert.NotNull(await store.GetPropertiesAsync(IngestContainers.Rejected, $"{poisonId}/content.txt", CancellationToken.None));
        }
    }

    private static HttpClient Client(LocalHostProcess host)
    {
        var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("x-functions-key", Key);
        return client;
    }

    private static async Task<(HttpStatusCode Code, string? Status)> StatusAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null);
    }

    private static Task WaitAsync(Func<Task<bool>> done, string what) => StoreContents.WaitUntilAsync(done, Patience, what);

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The crash test on the filesystem store (the embedded default).</summary>
public sealed class FileSystemCrashRecoveryTests : CrashRecoveryTests
{
    protected override Task<(IBlobStore Store, IReadOnlyDictionary<string, string> Settings)> StoreAsync()
    {
        var data = Path.Combine(Folder, "data");
        return Task.FromResult<(IBlobStore, IReadOnlyDictionary<string, string>)>(
            (ReportsApp.FileStore(data), new Dictionary<string, string> { ["ReportsDataPath"] = data }));
    }
}

/// <summary>
/// The crash test on Azurite through the Azure SDK store (<c>ReportsStorage</c> a connection string), as CI runs it
/// (.ci/run installs Azurite; off CI it skips when Azurite is missing).
/// </summary>
[Collection(AzuriteCollection.Name)]
[RequiresAzurite]
public sealed class AzuriteCrashRecoveryTests(AzuriteFixture azurite) : CrashRecoveryTests
{
    protected override async Task<(IBlobStore Store, IReadOnlyDictionary<string, string> Settings)> StoreAsync()
    {
        var store = new AzureSdkBlobStore(new BlobServiceClient(azurite.ConnectionString, AzureBlobClients.Options()));

        // The Azurite tests share one server and the pipeline's container names: start from empty.
        foreach (var container in IngestContainers.All)
        {
            await store.EnsureContainerAsync(container, CancellationToken.None);
            await foreach (var item in store.ListAsync(container, null, CancellationToken.None))
            {
                await store.DeleteAsync(container, item.Name, CancellationToken.None);
            }
        }

        return (store, new Dictionary<string, string> { ["ReportsStorage"] = azurite.ConnectionString });
    }
}
