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
}

/// <summary>One Azurite for every test class of this assembly that joins the collection.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteTestCollection : ICollectionFixture<AzuriteFixture>;
