using System.Net;
using Reports.Core.Storage;
using Reports.Testing;
using Reports.Testing.Azurite;

namespace Reports.Core.Tests.Storage;

/// <summary>The contract on the REST store against a real Azurite, plus what only the REST store can show.</summary>
[Collection(AzuriteCollection.Name)]
[RequiresAzurite]
public sealed class AzureBlobStoreTests : BlobStoreContractTests
{
    private readonly AzuriteFixture azurite;
    private readonly AzureBlobStore sut;

    public AzureBlobStoreTests(AzuriteFixture azurite)
    {
        this.azurite = azurite;
        sut = AzureBlobStore.FromConnectionString(azurite.ConnectionString, Options());
    }

    protected override IBlobStore Store => sut;

    [AzuriteFact]
    public async Task PutAsync_WrongAccountKey_Fails403WithoutRetryOrKeyInMessage()
    {
        const string wrongKey = "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktd3Jvbmcta2V5LXdyb25nLWs=";
        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={wrongKey};BlobEndpoint={azurite.BlobEndpoint}";
        using var wrong = AzureBlobStore.FromConnectionString(connection, Options());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => wrong.EnsureContainerAsync(Container, Token));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
    }

    [AzuriteFact]
    public async Task PutAsync_MissingContainer_ThrowsWithTheErrorCode()
    {
        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            sut.PutAsync(Container, "x", Bytes("x"), BlobWriteOptions.Overwrite, Token));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("ContainerNotFound", error.Message, StringComparison.Ordinal);
    }

    [AzuriteFact]
    public async Task ListAsync_MissingContainer_IsEmpty()
    {
        Assert.Empty(await ListAsync("any/"));
    }

    private static AzureBlobStoreOptions Options() => new()
    {
        ListPageSize = ListPageSize,
        Timeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sut.Dispose();
        }

        base.Dispose(disposing);
    }
}
