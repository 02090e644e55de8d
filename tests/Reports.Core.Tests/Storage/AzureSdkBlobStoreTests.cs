using Azure;
using Azure.Storage.Blobs;
using Reports.Adapters.Storage;
using Reports.Core.Storage;
using Reports.Testing;
using Reports.Testing.Azurite;

namespace Reports.Core.Tests.Storage;

/// <summary>
/// The contract on the SDK store (Azure.Storage.Blobs) against a real Azurite started without
/// <c>--skipApiVersionCheck</c>: the pinned service version must be one Azurite accepts.
/// </summary>
[Collection(AzuriteCollection.Name)]
[RequiresAzurite]
public sealed class AzureSdkBlobStoreTests : BlobStoreContractTests
{
    private readonly AzuriteFixture azurite;
    private readonly AzureSdkBlobStore sut;

    public AzureSdkBlobStoreTests(AzuriteFixture azurite)
    {
        this.azurite = azurite;
        sut = new AzureSdkBlobStore(new BlobServiceClient(azurite.ConnectionString, AzureBlobClients.Options(TimeSpan.FromSeconds(10), maxRetries: 2)), ListPageSize);
    }

    protected override IBlobStore Store => sut;

    [AzuriteFact]
    public async Task PutAsync_WrongAccountKey_Fails403WithoutTheKeyInTheMessage()
    {
        const string wrongKey = "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktd3Jvbmcta2V5LXdyb25nLWs=";
        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={wrongKey};BlobEndpoint={azurite.BlobEndpoint}";
        var wrong = new AzureSdkBlobStore(new BlobServiceClient(connection, AzureBlobClients.Options(TimeSpan.FromSeconds(10), maxRetries: 0)));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => wrong.EnsureContainerAsync(Container, Token));

        Assert.Equal(403, error.Status);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
    }

    [AzuriteFact]
    public async Task PutAsync_MissingContainer_ThrowsWithTheErrorCode()
    {
        var error = await Assert.ThrowsAsync<RequestFailedException>(() =>
            sut.PutAsync(Container, "x", Bytes("x"), BlobWriteOptions.Overwrite, Token));

        Assert.Equal((404, "ContainerNotFound"), (error.Status, error.ErrorCode));
    }

    [AzuriteFact]
    public async Task ListAsync_MissingContainer_IsEmpty()
    {
        Assert.Empty(await ListAsync("any/"));
    }

    [AzuriteFact]
    public async Task Requests_SendThePinnedServiceVersion()
    {
        await sut.EnsureContainerAsync(Container, Token);
        var container = new BlobServiceClient(azurite.ConnectionString, AzureBlobClients.Options()).GetBlobContainerClient(Container);

        var response = await container.GetPropertiesAsync(cancellationToken: Token);

        Assert.True(response.GetRawResponse().Headers.TryGetValue("x-ms-version", out var version));
        Assert.Equal("2025-11-05", version);
    }
}
