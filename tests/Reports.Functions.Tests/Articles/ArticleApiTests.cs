using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Articles;

/// <summary>The HTTP API run locally: keys, limits, upload → analysis, rejections, listing.</summary>
public sealed class ArticleApiTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempFolder _folder = new("reports-functions-tests");
    private readonly IBlobStore _store;
    private readonly ReportsApp _app;

    public ArticleApiTests()
    {
        _store = ReportsApp.FileStore(_folder.Path);
        _app = new ReportsApp(_store, settings: new Dictionary<string, string?> { ["ReportsMaxArticleBytes"] = "4096" });
    }

    [Fact]
    public async Task Upload_WithKey_Answers202ThenGetGivesTheAnalysis()
    {
        using var client = _app.CreateKeyedClient();

        using var response = await UploadAsync(client, "kyiv.txt", TestArticles.Bytes(TestArticles.English));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var accepted = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = accepted.RootElement.GetProperty("id").GetString()!;
        Assert.True(ArticleIds.IsValid(id));
        Assert.Equal("pending", accepted.RootElement.GetProperty("status").GetString());
        var location = new Uri(accepted.RootElement.GetProperty("location").GetString()!);
        Assert.Equal(location, response.Headers.Location);
        Assert.Equal($"/api/articles/{id}", location.AbsolutePath);

        var analysis = await WaitForAsync(client, id, "analyzed");
        Assert.Equal("kyiv.txt", analysis.GetProperty("source").GetString());
        Assert.Equal("en", analysis.GetProperty("language").GetString());
        Assert.Equal(id, analysis.GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task Upload_NameInHeader_IsAccepted()
    {
        using var client = _app.CreateKeyedClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new ByteArrayContent(TestArticles.Bytes(TestArticles.English)) };
        request.Headers.Add("X-Article-Name", "desk/header.txt");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = await IdOfAsync(response);
        var analysis = await WaitForAsync(client, id, "analyzed");
        Assert.Equal("desk/header.txt", analysis.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Upload_ThenGetBeforeAnyDelivery_AnswersPendingNot404()
    {
        using var app = new ReportsApp(_store, settings: new Dictionary<string, string?> { ["ReportsRunWatcher"] = "false" });
        using var client = app.CreateKeyedClient();

        var id = await IdOfAsync(await UploadAsync(client, "desk/Київ.txt", TestArticles.Numbered(3)));
        using var response = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(("pending", "desk/Київ.txt"), (body.RootElement.GetProperty("status").GetString(), body.RootElement.GetProperty("source").GetString()));
        Assert.Empty(await StoreContents.ListAsync(_store, IngestContainers.Index)); // one object stored: the article
        Assert.Equal([ArticleUploads.BlobNameOf(id)], (await StoreContents.ListAsync(_store, IngestContainers.Articles)).Select(b => b.Name));
    }

    [Fact]
    public async Task Upload_KeyInQuery_IsAccepted()
    {
        using var client = _app.CreateAnonymousClient();

        using var response = await client.PostAsync(new Uri($"/api/articles?name=q.txt&code={ReportsApp.Key}", UriKind.Relative), new ByteArrayContent(TestArticles.Bytes(TestArticles.English)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Upload_WithoutTheKey_Answers401(string? key)
    {
        using var client = _app.CreateAnonymousClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        using var response = await UploadAsync(client, "a.txt", TestArticles.Bytes(TestArticles.English));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await StoreContents.ListAsync(_store, IngestContainers.Articles));
    }

    [Fact]
    public async Task Upload_NoKeyConfigured_IsRefusedWithHowToFix()
    {
        using var app = new ReportsApp(_store, settings: new Dictionary<string, string?> { ["ReportsApiKey"] = string.Empty });
        using var client = app.CreateClient();

        using var response = await UploadAsync(client, "a.txt", TestArticles.Bytes(TestArticles.English));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("ReportsAllowAnonymousWrites", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NoKeyConfiguredAnonymousAllowed_IsAccepted()
    {
        var settings = new Dictionary<string, string?> { ["ReportsApiKey"] = string.Empty, ["ReportsAllowAnonymousWrites"] = "true" };
        using var app = new ReportsApp(_store, settings: settings);
        using var client = app.CreateClient();

        using var response = await UploadAsync(client, "a.txt", TestArticles.Bytes(TestArticles.English));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../etc/passwd")]
    [InlineData("a/./b.txt")]
    [InlineData("bad\u0001name.txt")]
    [InlineData("what?.txt")]
    public async Task Upload_BadName_Answers400(string name)
    {
        using var client = _app.CreateKeyedClient();

        using var response = await UploadAsync(client, name, TestArticles.Bytes(TestArticles.English));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await StoreContents.ListAsync(_store, IngestContainers.Articles));
    }

    [Fact]
    public async Task Upload_NameTooLong_Answers400()
    {
        using var client = _app.CreateKeyedClient();

        using var response = await UploadAsync(client, new string('a', 300) + ".txt", TestArticles.Bytes(TestArticles.English));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Upload_OverTheLimit_Answers413()
    {
        using var client = _app.CreateKeyedClient();

        using var response = await UploadAsync(client, "big.txt", new byte[5000]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await StoreContents.ListAsync(_store, IngestContainers.Articles));
    }

    [Fact]
    public async Task Upload_OverTheLimitWithoutLength_Answers413()
    {
        using var client = _app.CreateKeyedClient();
        using var content = new StreamContent(new MemoryStream(new byte[5000]));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles?name=big.txt") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Upload_SameNameOtherContent_IsAnotherArticle()
    {
        using var client = _app.CreateKeyedClient();
        var first = await IdOfAsync(await UploadAsync(client, "same.txt", TestArticles.Numbered(1)));

        using var again = await UploadAsync(client, "same.txt", TestArticles.Numbered(1));
        var other = await IdOfAsync(await UploadAsync(client, "same.txt", TestArticles.Numbered(2)));

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.NotEqual(first, other);
        Assert.Equal("same.txt", (await WaitForAsync(client, first, "analyzed")).GetProperty("source").GetString());
        Assert.Equal("same.txt", (await WaitForAsync(client, other, "analyzed")).GetProperty("source").GetString());
    }

    [Fact]
    public async Task Upload_SameContentTwoNames_IsOneArticleSaidAtOnce()
    {
        using var client = _app.CreateKeyedClient();

        var first = await IdOfAsync(await UploadAsync(client, "first.txt", TestArticles.Numbered(7)));
        await WaitForAsync(client, first, "analyzed");
        using var again = await UploadAsync(client, "second.txt", TestArticles.Numbered(7));

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        using var body = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal((first, "analyzed"), (body.RootElement.GetProperty("id").GetString(), body.RootElement.GetProperty("status").GetString()));
        Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Articles)); // the content is stored once
        await StoreContents.WaitUntilAsync(async () => (await StoreContents.ListAsync(_store, IngestContainers.Receipts)).Count == 1, Patience, "its receipt");
        var analysis = Assert.Single(await StoreContents.AnalysesAsync(_store));
        Assert.Equal("first.txt", analysis.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("report.pdf", "unsupported_format")]
    [InlineData("empty.txt", "empty")]
    [InlineData("nul.txt", "binary")]
    [InlineData("latin.txt", "encoding")]
    public async Task Upload_BadArticle_IsReportedRejectedWithItsReason(string name, string reason)
    {
        using var client = _app.CreateKeyedClient();
        byte[] bytes = name switch
        {
            "report.pdf" => "%PDF-1.7"u8.ToArray(),
            "empty.txt" => [],
            "nul.txt" => [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42],
            _ => [.. "Total: "u8, 0xC0, 0xE0, 0xC1, 0xF5, 0xFF, .. " drones"u8], // more broken bytes than UTF-8 repairs
        };

        var id = await IdOfAsync(await UploadAsync(client, name, bytes));

        var rejected = await WaitForAsync(client, id, "rejected");
        Assert.Equal(reason, rejected.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrEmpty(rejected.GetProperty("message").GetString()));
        Assert.NotNull(await _store.GetPropertiesAsync(IngestContainers.Rejected, $"{id}/reason.json", CancellationToken.None));
    }

    [Fact]
    public async Task BlobStraightIntoTheStore_TooBig_IsReportedRejected()
    {
        using var client = _app.CreateKeyedClient();
        var bytes = TestArticles.Bytes(string.Concat(Enumerable.Repeat(TestArticles.English, 30)));
        await _store.EnsureContainerAsync(IngestContainers.Articles, CancellationToken.None);
        await _store.PutAsync(IngestContainers.Articles, "huge.txt", bytes, BlobWriteOptions.Overwrite, CancellationToken.None);

        var rejected = await WaitForAsync(client, ArticleIds.FromHash(ArticleIds.ContentHash(bytes)), "rejected");

        Assert.Equal("too_large", rejected.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    public async Task Get_BadId_Answers400(string id)
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Answers404()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/articles/{new string('0', 32)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("from=2025-13-01")]
    [InlineData("from=27/03/2025")]
    [InlineData("to=yesterday")]
    [InlineData("from=2025-03-10&to=2025-03-01")]
    [InlineData("from=2020-01-01&to=2025-01-01")]
    [InlineData("language=English")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=100000")]
    [InlineData("continuation=%21%21")]
    public async Task List_BadQuery_Answers400WithAMessage(string query)
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/articles?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task List_PeriodAndLanguage_PagesThroughWithContinuation()
    {
        using var client = _app.CreateKeyedClient();
        var ids = new List<string>();
        foreach (var (day, n) in new[] { ("March 2, 2025", 1), ("March 3, 2025", 2), ("March 3, 2025", 3), ("March 31, 2025", 4), ("April 1, 2025", 5) })
        {
            ids.Add(await IdOfAsync(await UploadAsync(client, $"d{n}.txt", TestArticles.Dated(day + $" ({n})"))));
        }

        foreach (var id in ids)
        {
            await WaitForAsync(client, id, "analyzed");
        }

        var seen = new List<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var query = "/api/articles?from=2025-03-02&to=2025-03-31&language=en&pageSize=2" + (continuation is null ? string.Empty : "&continuation=" + continuation);
            using var response = await client.GetAsync(new Uri(query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            seen.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("source").GetString()!));
            continuation = page.RootElement.GetProperty("continuation").GetString();
            pages++;
        }
        while (continuation is not null && pages < 10);

        Assert.Equal(["d1.txt", "d2.txt", "d3.txt", "d4.txt"], seen.Order());
        Assert.Equal(2, pages);

        using var other = await client.GetAsync(new Uri("/api/articles?from=2025-03-02&to=2025-03-31&language=vi", UriKind.Relative));
        using var none = JsonDocument.Parse(await other.Content.ReadAsStringAsync());
        Assert.Equal(0, none.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Upload_StorageFails_Answers503AndLeavesNothingPending()
    {
        var faulty = new FaultyBlobStore(_store) { FailPutsTo = IngestContainers.Articles, Failures = 1 };
        using var app = new ReportsApp(faulty);
        using var client = app.CreateKeyedClient();

        using var response = await UploadAsync(client, "outage.txt", TestArticles.Numbered(9));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("storage_unavailable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await StoreContents.ListAsync(_store, IngestContainers.Index));
    }

    [Fact]
    public async Task Health_Answers200()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("healthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync(new Uri("/api/articles?name=" + Uri.EscapeDataString(name), UriKind.Relative), content);
    }

    internal static async Task<string> IdOfAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("id").GetString()!;
        }
    }

    /// <summary>Polls GET /api/articles/{id} until its status is <paramref name="status"/>.</summary>
    [Fact]
    public async Task Upload_MalformedChunkedBody_Answers400NotStorageUnavailable()
    {
        await using var app = new ReportsApp(_store, kestrel: true, settings: new Dictionary<string, string?> { ["ReportsRunWatcher"] = "false" });
        using var client = app.CreateKeyedClient();
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(client.BaseAddress!.Host, client.BaseAddress.Port);
        var stream = tcp.GetStream();
        var request = "POST /api/articles?name=chunky.txt HTTP/1.1\r\nHost: localhost\r\nx-functions-key: " + ReportsApp.Key
            + "\r\nTransfer-Encoding: chunked\r\n\r\nZZ-not-a-size\r\nabc\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync();

        Assert.StartsWith("HTTP/1.1 400", status, StringComparison.Ordinal);
        Assert.Empty(await StoreContents.ListAsync(_store, IngestContainers.Articles));
    }

    internal static async Task<JsonElement> WaitForAsync(HttpClient client, string id, string status)
    {
        JsonElement last = default;
        await StoreContents.WaitUntilAsync(
            async () =>
            {
                using var response = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative));
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                last = body.RootElement.Clone();
                return last.TryGetProperty("status", out var found) && found.GetString() == status;
            },
            Patience,
            $"article {id} to be {status}");
        return last;
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
