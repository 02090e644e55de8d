using Reports.Core.Storage.Azure;

namespace Reports.Core.Tests.Storage;

public sealed class BlobConnectionStringTests
{
    private const string Key = "a2V5LWJ5dGVzLWZvci10ZXN0cw==";

    [Fact]
    public void Parse_DevelopmentStorage_PointsAtLocalAzurite()
    {
        var sut = BlobConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", sut.AccountName);
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", sut.BlobEndpoint.AbsoluteUri);
        Assert.Equal(64, sut.AccountKey.Length);
    }

    [Fact]
    public void Parse_AccountWithoutEndpoint_BuildsTheCloudEndpoint()
    {
        var sut = BlobConnectionString.Parse($"DefaultEndpointsProtocol=https;AccountName=reportsdata;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal("https://reportsdata.blob.core.windows.net/", sut.BlobEndpoint.AbsoluteUri);
        Assert.Equal("key-bytes-for-tests"u8.ToArray(), sut.AccountKey);
    }

    [Fact]
    public void Parse_ExplicitBlobEndpoint_IsKeptPathStyle()
    {
        var sut = BlobConnectionString.Parse($" AccountName=devstoreaccount1 ; accountkey={Key}; BlobEndpoint=http://127.0.0.1:41234/devstoreaccount1/ ;");

        Assert.Equal("http://127.0.0.1:41234/devstoreaccount1", sut.BlobEndpoint.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://127.0.0.1:10000", "http://127.0.0.1:10000/devstoreaccount1")]
    [InlineData("http://localhost:10000/", "http://localhost:10000/devstoreaccount1")]
    [InlineData("http://[::1]:10000", "http://[::1]:10000/devstoreaccount1")]
    [InlineData("https://devstoreaccount1.blob.core.windows.net", "https://devstoreaccount1.blob.core.windows.net/")]
    public void Parse_IpOrLocalEndpointWithoutPath_GetsTheAccountInItsPath(string endpoint, string expected)
    {
        var sut = BlobConnectionString.Parse($"AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint={endpoint}");

        Assert.Equal(expected, sut.BlobEndpoint.AbsoluteUri);
    }

    [Theory]
    [InlineData("AccountName=a", "AccountKey is missing")]
    [InlineData("AccountKey=" + Key, "AccountName is missing")]
    [InlineData("AccountName=a;AccountKey=not base64!", "not valid base64")]
    [InlineData("AccountName=a;AccountKey=" + Key + ";BlobEndpoint=ftp://x", "http(s)")]
    [InlineData("BlobEndpoint=https://a.blob.core.windows.net;SharedAccessSignature=sv=2021&sig=abc", "SAS connection strings are not supported")]
    [InlineData("garbage", "Name=Value")]
    public void Parse_BadString_SaysWhatIsWrongWithoutTheSecret(string connectionString, string expected)
    {
        var error = Assert.Throws<FormatException>(() => BlobConnectionString.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=abc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverShowsTheKey()
    {
        var sut = BlobConnectionString.Parse($"AccountName=a;AccountKey={Key}");

        Assert.DoesNotContain(Key, sut.ToString(), StringComparison.Ordinal);
        Assert.Contains("AccountKey=***", sut.ToString(), StringComparison.Ordinal);
    }
}
