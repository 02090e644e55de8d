using System.Text;
using Reports.Core.Storage.Azure;

namespace Reports.Core.Tests.Storage;

public sealed class SharedKeySignerTests
{
    private const string CreateContainerStringToSign =
        "PUT\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Sun, 22 Nov 2026 04:55:04 GMT\nx-ms-version:2021-08-06\n/devstoreaccount1/devstoreaccount1/news-incoming\nrestype:container";

    public static TheoryData<string> CaptureFiles => ["exchanges.2021-08-06.md", "exchanges.unsupported-version.md"];

    [SharedTheory]
    [MemberData(nameof(CaptureFiles))]
    public void StringToSign_EveryCapturedAzuriteRequest_MatchesTheCapture(string file)
    {
        var exchanges = AzuriteExchange.Read(SharedData.File(Path.Combine("reference", "azurite", file))).ToList();
        Assert.NotEmpty(exchanges);

        foreach (var exchange in exchanges)
        {
            using var request = exchange.ToRequest();

            var actual = SharedKeySigner.StringToSign(request, DevelopmentStorage.AccountName);

            Assert.True(exchange.StringToSign == actual, $"{exchange.Title}:\nexpected\n{exchange.StringToSign}\nactual\n{actual}");
        }
    }

    [SharedFact]
    public void Capture_HasTheExpectedRequests()
    {
        var titles = AzuriteExchange.Read(SharedData.File("reference/azurite/exchanges.2021-08-06.md")).Select(e => e.Title).ToList();

        Assert.Contains(titles, t => t.StartsWith("Put Blob create-only", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("List Blobs page 2", StringComparison.Ordinal));
        Assert.Equal(10, titles.Count);
    }

    [Fact]
    public void Sign_WithTheDevelopmentKey_GivesTheHmacSha256OfTheText()
    {
        // Independently computed with Python's hmac over the same text and key.
        var sut = new SharedKeySigner(DevelopmentStorage.AccountName, Convert.FromBase64String(DevelopmentStorage.AccountKey));

        Assert.Equal("cG7vHUrlme0/Qbz5BrOmu6xuhbOSRSir/M0akQ5e8yA=", sut.Sign(CreateContainerStringToSign));
    }

    [Fact]
    public async Task AuthorizeAsync_Request_SetsSharedKeyHeader()
    {
        var sut = new SharedKeySigner(DevelopmentStorage.AccountName, Convert.FromBase64String(DevelopmentStorage.AccountKey));
        using var request = new HttpRequestMessage(HttpMethod.Put, "http://127.0.0.1:10000/devstoreaccount1/news-incoming?restype=container");
        request.Headers.TryAddWithoutValidation("x-ms-date", "Sun, 22 Nov 2026 04:55:04 GMT");
        request.Headers.TryAddWithoutValidation("x-ms-version", "2021-08-06");

        await sut.AuthorizeAsync(request, CancellationToken.None);

        Assert.Equal("SharedKey devstoreaccount1:cG7vHUrlme0/Qbz5BrOmu6xuhbOSRSir/M0akQ5e8yA=", request.Headers.Authorization?.ToString());
    }

    [Fact]
    public void StringToSign_RepeatedQueryParameterAndUpperCaseNames_AreCanonicalised()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://acct.blob.core.windows.net/c?comp=list&Include=metadata&include=deleted&restype=container");
        request.Headers.TryAddWithoutValidation("X-MS-Version", "2021-08-06");
        request.Headers.TryAddWithoutValidation("x-ms-date", "Sun, 22 Nov 2026 04:55:04 GMT");

        var text = SharedKeySigner.StringToSign(request, "acct");

        var expected = new StringBuilder("GET\n").Append('\n', 11)
            .Append("x-ms-date:Sun, 22 Nov 2026 04:55:04 GMT\nx-ms-version:2021-08-06\n")
            .Append("/acct/c\ncomp:list\ninclude:deleted,metadata\nrestype:container").ToString();
        Assert.Equal(expected, text);
    }
}
