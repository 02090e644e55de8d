using System.Diagnostics;
using Azure.Storage.Blobs;
using Reports.Adapters.Storage;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Testing;
using Reports.Testing.Azurite;
using Xunit.Abstractions;

namespace Reports.Functions.Tests.EndToEnd;

/// <summary>The scenarios against a real Azurite through the Azure SDK store (Azure.Storage.Blobs) (skipped off CI when Azurite is missing).</summary>
[Collection(AzuriteCollection.Name)]
[RequiresAzurite]
public sealed class AzuriteIngestTests(AzuriteFixture azurite, ITestOutputHelper output) : IngestScenarios(output)
{
    private AzureSdkBlobStore? _store;

    protected override async Task<IBlobStore> StoreAsync()
    {
        _store = new AzureSdkBlobStore(new BlobServiceClient(azurite.ConnectionString, AzureBlobClients.Options()));

        // The tests of this class share one Azurite and the pipeline's container names: start each from empty.
        foreach (var container in IngestContainers.All)
        {
            await _store.EnsureContainerAsync(container, CancellationToken.None);
            await foreach (var item in _store.ListAsync(container, null, CancellationToken.None))
            {
                await _store.DeleteAsync(container, item.Name, CancellationToken.None);
            }
        }

        return _store;
    }

    /// <summary>
    /// For comparison with <see cref="IngestScenarios.Ingest_500UploadsAtOnceThroughApiAndStore_EachAnalysedExactlyOnce"/>:
    /// the same 500 articles uploaded straight through the SDK, 32 at a time, nothing else. Prints the time; asserts only
    /// that every blob arrived. The ratio in docs/functions.md comes from the benchmark (<c>ingest-ratio</c> in
    /// tests/Reports.Benchmarks), which alternates both sides in one process over several rounds.
    /// </summary>
    [AzuriteFact]
    public async Task RawSdkUpload_TheSameArticles_ForComparison()
    {
        var container = new BlobServiceClient(azurite.ConnectionString, AzureBlobClients.Options()).GetBlobContainerClient("rawupload");
        await container.DeleteIfExistsAsync();
        await container.CreateIfNotExistsAsync();
        using var gate = new SemaphoreSlim(32);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 500).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await container.UploadBlobAsync($"raw/{i:D4}.txt", BinaryData.FromBytes(Support.TestArticles.Numbered(i < 450 ? i : i - 450)));
            }
            finally
            {
                gate.Release();
            }
        }));
        var elapsed = clock.Elapsed;

        Output.WriteLine($"500 raw SDK uploads in {elapsed.TotalSeconds:0.00} s: {500 / elapsed.TotalSeconds:0} blobs/s on {Environment.ProcessorCount} cores.");
        var listed = 0;
        await foreach (var _ in container.GetBlobsAsync())
        {
            listed++;
        }

        Assert.Equal(500, listed);
    }
}

/// <summary>One Azurite for every test class of this assembly that joins the collection.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteTestCollection : ICollectionFixture<AzuriteFixture>;
