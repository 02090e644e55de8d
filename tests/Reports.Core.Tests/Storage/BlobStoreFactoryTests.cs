using Reports.Core.Storage;
using Reports.Adapters.Storage;

namespace Reports.Core.Tests.Storage;

public sealed class BlobStoreFactoryTests
{
    private const string Key = "a2V5LWJ5dGVzLWZvci10ZXN0cw==";

    [Fact]
    public void From_NoStorageSetting_SelectsTheFileSystemUnderReportsDataPath()
    {
        var settings = BlobStoreSettings.From(Settings(("ReportsDataPath", "/var/reports")));

        Assert.Equal(BlobStoreKind.FileSystem, BlobStoreFactory.KindOf(settings));
        var store = Assert.IsType<FileSystemBlobStore>(BlobStoreFactory.Create(settings));
        Assert.Equal("/var/reports", store.RootPath);
    }

    [Fact]
    public void From_NothingSet_DefaultsToDataFolder()
    {
        Assert.Equal("data", BlobStoreSettings.From(Settings()).DataPath);
    }

    [Fact]
    public void From_ConnectionString_SelectsTheSdkStoreWithSharedKey()
    {
        var settings = BlobStoreSettings.From(Settings(("ReportsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal(BlobStoreKind.SharedKey, BlobStoreFactory.KindOf(settings));
        var store = Assert.IsType<AzureSdkBlobStore>(BlobStoreFactory.Create(settings));
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", store.Endpoint.AbsoluteUri.TrimEnd('/'));
    }

    [Theory]
    [InlineData("ReportsStorage__serviceUri", "ReportsStorage__credential", "ReportsStorage__clientId")]
    [InlineData("ReportsStorage:serviceUri", "ReportsStorage:credential", "ReportsStorage:clientId")]
    public void From_ServiceUri_SelectsTheSdkStoreWithManagedIdentity(string uriName, string credentialName, string clientIdName)
    {
        var settings = BlobStoreSettings.From(Settings(
            (uriName, "https://reportsdata.blob.core.windows.net"),
            (credentialName, "managedidentity"),
            (clientIdName, "00000000-0000-0000-0000-000000000001")));

        Assert.Equal(BlobStoreKind.Token, BlobStoreFactory.KindOf(settings));
        Assert.Equal("00000000-0000-0000-0000-000000000001", settings.ClientId);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(AzureBlobClients.CredentialFor(settings));
        var store = Assert.IsType<AzureSdkBlobStore>(BlobStoreFactory.Create(settings));
        Assert.Equal("https://reportsdata.blob.core.windows.net/", store.Endpoint.AbsoluteUri);
    }

    [Fact]
    public void Create_BothConnectionStringAndServiceUri_Throws()
    {
        var settings = BlobStoreSettings.From(Settings(
            ("ReportsStorage", "UseDevelopmentStorage=true"),
            ("ReportsStorage__serviceUri", "https://reportsdata.blob.core.windows.net")));

        Assert.Throws<InvalidOperationException>(() => BlobStoreFactory.Create(settings));
    }

    [Fact]
    public void Create_UnknownCredential_ThrowsNamingTheSupportedOnes()
    {
        var settings = new BlobStoreSettings { ServiceUri = new Uri("https://a.blob.core.windows.net"), Credential = "clientsecret" };

        var error = Assert.Throws<InvalidOperationException>(() => BlobStoreFactory.Create(settings));

        Assert.Contains("managedidentity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TokenOverPlainHttp_Throws()
    {
        var settings = new BlobStoreSettings { ServiceUri = new Uri("http://a.blob.core.windows.net"), Credential = "managedidentity" };

        Assert.Throws<ArgumentException>(() => BlobStoreFactory.Create(settings));
    }

    [Fact]
    public void ToString_ConnectionString_IsRedacted()
    {
        var settings = BlobStoreSettings.From(Settings(("ReportsStorage", $"AccountName=a;AccountKey={Key}")));

        Assert.DoesNotContain(Key, settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("AccountKey=***", settings.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccountName=a;AccountKey=c2VjcmV0;BlobEndpoint=x", "AccountName=a;AccountKey=***;BlobEndpoint=x")]
    [InlineData("https://a.blob.core.windows.net/c/b?sv=2021-08-06&sig=abc%2Bdef&se=1", "https://a.blob.core.windows.net/c/b?sv=2021-08-06&sig=***&se=1")]
    [InlineData("Authorization: SharedKey devstoreaccount1:cG7vHUrl+0=", "Authorization: SharedKey devstoreaccount1:***")]
    [InlineData("Authorization: Bearer eyJ0eXAi.abc.def", "Authorization: Bearer ***")]
    [InlineData("Ocp-Apim-Subscription-Key: 0123abcd", "Ocp-Apim-Subscription-Key: ***")]
    [InlineData("nothing secret here", "nothing secret here")]
    public void Redact_Secrets_AreMasked(string text, string expected) => Assert.Equal(expected, Reports.Core.Http.Secrets.Redact(text));

    private static Func<string, string?> Settings(params (string Name, string Value)[] values) =>
        name => values.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();
}
