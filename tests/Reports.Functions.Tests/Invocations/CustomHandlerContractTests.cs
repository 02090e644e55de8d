using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Core.Tests;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Invocations;

/// <summary>The app as the Functions host starts it: GET / readiness and POST /AnalyzeArticle with the host's payloads.</summary>
public sealed class CustomHandlerContractTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-tests");
    private readonly IBlobStore _store;
    private readonly ReportsApp _app;

    public CustomHandlerContractTests()
    {
        _store = ReportsApp.FileStore(_folder.Path);
        _app = new ReportsApp(_store, customHandler: true);
    }

    [Fact]
    public async Task GetRoot_UnderTheHost_AnswersReady()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnalyzeArticle_OwnPayload_StoresAnalysisByPublicationDateAndAnswersHostShape()
    {
        using var client = _app.CreateClient();
        var payload = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Payloads", "blob-trigger.request.json"));

        using var response = await PostAsync(client, "AnalyzeArticle", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.RootElement.GetProperty("Logs").ValueKind);
        Assert.True(body.RootElement.TryGetProperty("ReturnValue", out _));

        var analyses = await StoreContents.ListAsync(_store, IngestContainers.Analyses);
        var stored = Assert.Single(analyses);
        Assert.StartsWith("2025/03/27/", stored.Name, StringComparison.Ordinal);
        var analysis = await StoreContents.JsonAsync(_store, IngestContainers.Analyses, stored.Name);
        string[] cliShape = ["source", "language", "title", "summary", "figures", "error"];
        Assert.Equal(cliShape, analysis.EnumerateObject().Select(p => p.Name).Take(cliShape.Length));
        Assert.Equal("wires/kyiv-dawn.txt", analysis.GetProperty("source").GetString());
        Assert.Equal("en", analysis.GetProperty("language").GetString());
        Assert.Equal("2025-03-27", analysis.GetProperty("publishedOn").GetString());
        Assert.Equal("2025-03-28T09:15:00+00:00", analysis.GetProperty("uploadedAt").GetString());
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("error").ValueKind);
        Assert.Contains(analysis.GetProperty("figures").EnumerateArray(), f => f.GetProperty("kind").GetString() == "killed" && f.GetProperty("value").GetInt64() == 5);
        var bytes = Convert.FromBase64String(JsonNode.Parse(payload)!["Data"]!["article"]!.GetValue<string>());
        var hash = ArticleIds.ContentHash(bytes);
        Assert.Equal(hash, analysis.GetProperty("contentHash").GetString());
        Assert.Equal(ArticleIds.FromHash(hash), analysis.GetProperty("articleId").GetString());
        Assert.StartsWith("reports-core/", analysis.GetProperty("analyzerVersion").GetString(), StringComparison.Ordinal);
    }

    [SharedFact]
    public async Task AnalyzeArticle_ReferenceDerivedPayload_TakesNameFromDoubleEncodedMetadata()
    {
        using var client = _app.CreateClient();
        var payload = JsonNode.Parse(await File.ReadAllTextAsync(SharedData.File("reference/custom-handler/DERIVED.blob-trigger.request.json")))!;
        payload["Data"]!["article"] = Convert.ToBase64String(TestArticles.Bytes(TestArticles.English));

        using var response = await PostAsync(client, "AnalyzeArticle", payload.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var analyses = await StoreContents.AnalysesAsync(_store);
        var analysis = Assert.Single(analyses);
        Assert.Equal("2026-01-05-story.txt", analysis.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("publishedOn").ValueKind);
        var stored = Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
        Assert.StartsWith("2026/01/05/", stored.Name, StringComparison.Ordinal);
    }

    [SharedFact]
    public async Task AnalyzeArticle_ObservedPropertiesAsJsonString_UsesItsETagForTheReceipt()
    {
        using var client = _app.CreateClient();
        var observed = JsonNode.Parse(await File.ReadAllTextAsync(SharedData.File("reference/custom-handler/issue5815.blob-trigger.metadata.OBSERVED-2020.json")))!;
        var properties = observed["Metadata"]!["Properties"]!.GetValue<string>();

        // The capture is cut short in its source; close the object where it was cut.
        var cut = properties.IndexOf(",\"Remai", StringComparison.Ordinal);
        var metadata = new JsonObject
        {
            ["Metadata"] = observed["Metadata"]!["Metadata"]!.DeepClone(),
            ["Properties"] = properties[..cut] + "}",
            ["name"] = JsonSerializer.Serialize("observed.txt"),
        };
        var payload = new JsonObject { ["Data"] = new JsonObject { ["article"] = Convert.ToBase64String(TestArticles.Bytes(TestArticles.English)) }, ["Metadata"] = metadata };

        using var response = await PostAsync(client, "AnalyzeArticle", payload.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = Receipts.NameOf("AnalyzeArticle", "observed.txt", "0x8D7CCEC5515D04D");
        Assert.NotNull(await _store.GetPropertiesAsync(IngestContainers.Receipts, receipt, CancellationToken.None));
        var stored = Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
        Assert.StartsWith("2020/03/20/", stored.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeArticle_UriWithoutName_TakesNameFromUri()
    {
        using var client = _app.CreateClient();
        var payload = BlobPayload(TestArticles.English, name: null, uri: "http://127.0.0.1:10000/devstoreaccount1/articles/desk/a%20b.txt");

        using var response = await PostAsync(client, "AnalyzeArticle", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var analysis = Assert.Single(await StoreContents.AnalysesAsync(_store));
        Assert.Equal("desk/a b.txt", analysis.GetProperty("source").GetString());
    }

    [Fact]
    public async Task AnalyzeArticle_SameBlobAndETagTwice_StoresOneAnalysis()
    {
        using var client = _app.CreateClient();
        var payload = BlobPayload(TestArticles.English, "twice.txt", etag: "\"0x8DDEADBEEF\"");

        using var first = await PostAsync(client, "AnalyzeArticle", payload);
        using var second = await PostAsync(client, "AnalyzeArticle", payload);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("AlreadyDone", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
        Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Receipts));
    }

    [Fact]
    public async Task AnalyzeArticle_SameContentTwoNames_IsOneArticle()
    {
        using var client = _app.CreateClient();

        using var first = await PostAsync(client, "AnalyzeArticle", BlobPayload(TestArticles.English, "one.txt", lastModified: "2026-01-05T10:00:00Z"));
        using var second = await PostAsync(client, "AnalyzeArticle", BlobPayload(TestArticles.English, "two.txt", lastModified: "2026-01-07T10:00:00Z"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Duplicate", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var analysis = Assert.Single(await StoreContents.AnalysesAsync(_store));
        Assert.Equal("one.txt", analysis.GetProperty("source").GetString());
        Assert.Equal(2, (await StoreContents.ListAsync(_store, IngestContainers.Receipts)).Count);
    }

    [Fact]
    public async Task AnalyzeArticle_UnsupportedFormat_IsRejectedNotRetried()
    {
        using var client = _app.CreateClient();

        using var response = await PostAsync(client, "AnalyzeArticle", BlobPayload("%PDF-1.7 not really", "report.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
        var rejected = await StoreContents.ListAsync(_store, IngestContainers.Rejected);
        Assert.Equal(2, rejected.Count);
        var reason = await StoreContents.JsonAsync(_store, IngestContainers.Rejected, rejected.Single(r => r.Name.EndsWith("reason.json", StringComparison.Ordinal)).Name);
        Assert.Equal("unsupported_format", reason.GetProperty("reason").GetString());
        Assert.Equal("report.pdf", reason.GetProperty("source").GetString());
        Assert.Contains(rejected, r => r.Name.EndsWith("/content.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnalyzeArticle_NoData_Answers400InHostShape()
    {
        using var client = _app.CreateClient();

        using var response = await PostAsync(client, "AnalyzeArticle", """{"Data":{},"Metadata":{"name":"\"x.txt\""}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("article", body.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownFunction_Answers404()
    {
        using var client = _app.CreateClient();

        using var response = await PostAsync(client, "NoSuchFunction", """{"Data":{},"Metadata":{}}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnalyzeArticle_StoreFailsOnce_Answers500ThenTheRetryStoresOneAnalysis()
    {
        var faulty = new FaultyBlobStore(_store) { FailPutsTo = IngestContainers.Analyses, Failures = 1 };
        using var app = new ReportsApp(faulty, customHandler: true);
        using var client = app.CreateClient();
        var payload = BlobPayload(TestArticles.English, "flaky.txt", etag: "\"0x1\"");

        using var failed = await PostAsync(client, "AnalyzeArticle", payload);
        using var retried = await PostAsync(client, "AnalyzeArticle", payload);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("application/json", failed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
    }

    [Fact]
    public async Task UnderTheHost_BlobWrittenToTheStore_IsLeftToTheHostsTrigger()
    {
        using var client = _app.CreateClient();
        using var ready = await client.GetAsync(new Uri("/", UriKind.Relative));
        await _store.PutAsync(IngestContainers.Articles, "left.txt", TestArticles.Bytes(TestArticles.English), BlobWriteOptions.Overwrite, CancellationToken.None);

        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Empty(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
    }

    [Fact]
    public async Task RunLocally_InvocationEndpoints_AreNotServed()
    {
        using var local = new ReportsApp(_store);
        using var client = local.CreateKeyedClient();

        using var response = await PostAsync(client, "AnalyzeArticle", BlobPayload(TestArticles.English, "x.txt"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HttpApi_UnderTheHost_NeedsNoLocalKey()
    {
        using var client = _app.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/articles?name=hosted.txt", UriKind.Relative), new ByteArrayContent(TestArticles.Bytes(TestArticles.English)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    internal static string BlobPayload(string text, string? name, string? uri = null, string? etag = null, string lastModified = "2026-01-05T10:00:00+00:00")
    {
        var properties = new JsonObject { ["LastModified"] = lastModified, ["ContentLength"] = Encoding.UTF8.GetByteCount(text) };
        if (etag is not null)
        {
            properties["ETag"] = etag;
        }

        var metadata = new JsonObject
        {
            ["Uri"] = JsonSerializer.Serialize(uri ?? $"https://acct.blob.core.windows.net/articles/{name}"),
            ["Properties"] = properties,
            ["Metadata"] = new JsonObject(),
            ["sys"] = new JsonObject { ["MethodName"] = "AnalyzeArticle", ["UtcNow"] = lastModified, ["RandGuid"] = Guid.NewGuid().ToString() },
        };
        if (name is not null)
        {
            metadata["name"] = JsonSerializer.Serialize(name);
        }

        return new JsonObject { ["Data"] = new JsonObject { ["article"] = Convert.ToBase64String(TestArticles.Bytes(text)) }, ["Metadata"] = metadata }.ToJsonString();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string function, string payload) =>
        client.PostAsync(new Uri("/" + function, UriKind.Relative), new StringContent(payload, Encoding.UTF8, "application/json"));

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
