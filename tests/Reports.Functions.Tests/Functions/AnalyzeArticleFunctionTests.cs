using System.Text.Json;
using System.Text.Json.Nodes;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Articles;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Functions;

/// <summary>
/// The blob function called directly, as the isolated worker calls it: the blob's bytes, its name, a FunctionContext
/// whose binding data holds the blob's Properties (JSON, as the host sends them).
/// </summary>
public sealed class AnalyzeArticleFunctionTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-direct");
    private readonly IBlobStore _store;
    private readonly WorkerServices _worker;

    public AnalyzeArticleFunctionTests()
    {
        _store = ReportsApp.FileStore(_folder.Path);
        _worker = new WorkerServices(_store);
    }

    [Fact]
    public async Task Run_ArticleBytes_StoresTheAnalysisByPublicationDate()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Payloads", "kyiv-dawn.txt"));

        var outcome = await RunAsync(bytes, "wires/kyiv-dawn.txt", Properties(lastModified: "2025-03-28T09:15:00+00:00"));

        Assert.Equal(IngestResult.Analyzed, outcome.Result);
        var stored = Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
        Assert.StartsWith("2025/03/27/", stored.Name, StringComparison.Ordinal);
        var analysis = await StoreContents.JsonAsync(_store, IngestContainers.Analyses, stored.Name);
        string[] cliShape = ["source", "language", "title", "summary", "figures", "error"];
        Assert.Equal(cliShape, analysis.EnumerateObject().Select(p => p.Name).Take(cliShape.Length));
        Assert.Equal("wires/kyiv-dawn.txt", analysis.GetProperty("source").GetString());
        Assert.Equal("en", analysis.GetProperty("language").GetString());
        Assert.Equal("2025-03-27", analysis.GetProperty("publishedOn").GetString());
        Assert.Equal("2025-03-28T09:15:00+00:00", analysis.GetProperty("uploadedAt").GetString());
        Assert.Contains(analysis.GetProperty("figures").EnumerateArray(), f => f.GetProperty("kind").GetString() == "killed" && f.GetProperty("value").GetInt64() == 5);
        var hash = ArticleIds.ContentHash(bytes);
        Assert.Equal(hash, analysis.GetProperty("contentHash").GetString());
        Assert.Equal(ArticleIds.FromHash(hash), outcome.ArticleId);
    }

    [Fact]
    public async Task Run_SameBlobAndETagTwice_StoresOneAnalysis()
    {
        var properties = Properties(etag: "\"0x8DDEADBEEF\"");

        var first = await RunAsync(TestArticles.Bytes(TestArticles.English), "twice.txt", properties);
        var second = await RunAsync(TestArticles.Bytes(TestArticles.English), "twice.txt", properties);

        Assert.Equal(IngestResult.Analyzed, first.Result);
        Assert.Equal(IngestResult.AlreadyDone, second.Result);
        Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
        var receipt = Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Receipts));
        Assert.Equal(Receipts.NameOf(AnalyzeArticleFunction.Name, "twice.txt", "0x8DDEADBEEF"), receipt.Name);
    }

    [Fact]
    public async Task Run_SameContentTwoNames_IsOneArticle()
    {
        await RunAsync(TestArticles.Bytes(TestArticles.English), "one.txt", Properties(lastModified: "2026-01-05T10:00:00Z"));
        var second = await RunAsync(TestArticles.Bytes(TestArticles.English), "two.txt", Properties(lastModified: "2026-01-07T10:00:00Z"));

        Assert.Equal(IngestResult.Duplicate, second.Result);
        var analysis = Assert.Single(await StoreContents.AnalysesAsync(_store));
        Assert.Equal("one.txt", analysis.GetProperty("source").GetString());
        Assert.Equal(2, (await StoreContents.ListAsync(_store, IngestContainers.Receipts)).Count);
    }

    [Fact]
    public async Task Run_UploadStoredById_IsFiledUnderTheNameInItsMetadata()
    {
        var bytes = TestArticles.Bytes(TestArticles.English);
        var hash = ArticleIds.ContentHash(bytes);
        var name = ArticleUploads.BlobNameOf(ArticleIds.FromHash(hash));
        var bindingData = Properties(etag: "\"0x8DUPLOAD\"");
        bindingData[BlobProperties.MetadataKey] = JsonSerializer.Serialize(ArticleUploads.MetadataOf(hash, "desk/Київ ранок.txt"));

        var outcome = await RunAsync(bytes, name, bindingData);

        Assert.Equal(IngestResult.Analyzed, outcome.Result);
        var analysis = Assert.Single(await StoreContents.AnalysesAsync(_store));
        Assert.Equal("desk/Київ ранок.txt", analysis.GetProperty("source").GetString());
        var receipt = Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Receipts));
        Assert.Equal(Receipts.NameOf(AnalyzeArticleFunction.Name, name, "0x8DUPLOAD"), receipt.Name); // per blob, as ever
    }

    [Fact]
    public async Task Run_UnsupportedFormat_IsRejectedNotThrown()
    {
        var outcome = await RunAsync(TestArticles.Bytes("%PDF-1.7 not really"), "report.pdf", Properties());

        Assert.Equal(IngestResult.Rejected, outcome.Result);
        Assert.Empty(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
        var rejected = await StoreContents.ListAsync(_store, IngestContainers.Rejected);
        var reason = await StoreContents.JsonAsync(_store, IngestContainers.Rejected, rejected.Single(r => r.Name.EndsWith("reason.json", StringComparison.Ordinal)).Name);
        Assert.Equal("unsupported_format", reason.GetProperty("reason").GetString());
        Assert.Contains(rejected, r => r.Name.EndsWith("/content.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_StoreFailsOnce_ThrowsSoTheHostRetries_AndTheRetryStoresOneAnalysis()
    {
        var faulty = new FaultyBlobStore(_store) { FailPutsTo = IngestContainers.Analyses, Failures = 1 };
        using var worker = new WorkerServices(faulty);
        var function = worker.Create<AnalyzeArticleFunction>();
        var data = Properties(etag: "\"0x1\"");

        await Assert.ThrowsAnyAsync<IOException>(() => function.RunAsync(TestArticles.Bytes(TestArticles.English), "flaky.txt", worker.Context(AnalyzeArticleFunction.Name, data), CancellationToken.None));
        var retried = await worker.Create<AnalyzeArticleFunction>().RunAsync(TestArticles.Bytes(TestArticles.English), "flaky.txt", worker.Context(AnalyzeArticleFunction.Name, data), CancellationToken.None);

        Assert.Equal(IngestResult.Analyzed, retried.Result);
        Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
    }

    [Fact]
    public async Task Run_NoProperties_UsesTheContentHashAsTheVersionAndTheClockAsTheUploadTime()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 2, 3, 8, 0, 0, TimeSpan.Zero));
        using var worker = new WorkerServices(_store, time);

        var outcome = await worker.Create<AnalyzeArticleFunction>().RunAsync(TestArticles.Bytes(TestArticles.English), "bare.txt", worker.Context(AnalyzeArticleFunction.Name), CancellationToken.None);

        Assert.Equal(IngestResult.Analyzed, outcome.Result);
        var analysis = Assert.Single(await StoreContents.AnalysesAsync(_store));
        Assert.Equal("2026-02-03T08:00:00+00:00", analysis.GetProperty("uploadedAt").GetString());
    }

    [Theory]
    [InlineData("{\"ETag\":\"\\\"0x8D7CCEC5515D04D\\\"\",\"LastModified\":\"2020-03-20T11:00:00+00:00\"}", "0x8D7CCEC5515D04D", "2020-03-20")]
    [InlineData("\"{\\\"ETag\\\":\\\"0xABC\\\",\\\"CreatedOn\\\":\\\"2021-01-02T00:00:00Z\\\"}\"", "0xABC", "2021-01-02")]
    [InlineData("{\"etag\":{},\"lastModified\":\"2022-05-06T07:08:09Z\"}", null, "2022-05-06")]
    public void BlobProperties_FromTheHostsJson_ReadsETagAndDate(string json, string? etag, string date)
    {
        var properties = BlobProperties.From(new Dictionary<string, object?> { [BlobProperties.Key] = json });

        Assert.Equal(etag, properties.ETag);
        Assert.Equal(date, (properties.LastModified ?? properties.CreatedOn)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("{\"contenthash\":\"ab12\"}", true)]
    [InlineData("{\"ContentHash\":\"ab12\",\"other\":\"x\"}", true)]
    [InlineData("\"{\\\"contenthash\\\":\\\"ab12\\\"}\"", true)]
    [InlineData("{}", false)]
    [InlineData("{\"other\":\"x\"}", false)]
    [InlineData("not json", null)]
    [InlineData("[1]", null)]
    public void CarriesMetadata_TheHostsJson_SaysWhetherTheKeyIsThere(string json, bool? expected)
    {
        var carries = BlobProperties.CarriesMetadata(new Dictionary<string, object?> { [BlobProperties.MetadataKey] = json }, "contenthash");

        Assert.Equal(expected, carries);
    }

    [Fact]
    public void CarriesMetadata_NoMetadata_IsUnknown()
    {
        Assert.Null(BlobProperties.CarriesMetadata(new Dictionary<string, object?>(), "contenthash"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void BlobProperties_Unreadable_GivesNothing(string json)
    {
        var properties = BlobProperties.From(new Dictionary<string, object?> { [BlobProperties.Key] = json });

        Assert.Equal(new BlobProperties(null, null, null), properties);
    }

    [SharedFact]
    public async Task Run_ObservedHostPropertiesAsJsonString_UsesItsETagForTheReceipt()
    {
        var observed = JsonNode.Parse(await File.ReadAllTextAsync(SharedData.File("reference/custom-handler/issue5815.blob-trigger.metadata.OBSERVED-2020.json")))!;
        var properties = observed["Metadata"]!["Properties"]!.GetValue<string>();
        var cut = properties.IndexOf(",\"Remai", StringComparison.Ordinal); // the capture is cut short in its source

        await RunAsync(TestArticles.Bytes(TestArticles.English), "observed.txt", new Dictionary<string, object?> { [BlobProperties.Key] = properties[..cut] + "}" });

        var receipt = Receipts.NameOf(AnalyzeArticleFunction.Name, "observed.txt", "0x8D7CCEC5515D04D");
        Assert.NotNull(await _store.GetPropertiesAsync(IngestContainers.Receipts, receipt, CancellationToken.None));
        var stored = Assert.Single(await StoreContents.ListAsync(_store, IngestContainers.Analyses));
        Assert.StartsWith("2020/03/20/", stored.Name, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _worker.Dispose();
        _folder.Dispose();
    }

    private Task<IngestOutcome> RunAsync(byte[] content, string name, IReadOnlyDictionary<string, object?> bindingData) =>
        _worker.Create<AnalyzeArticleFunction>().RunAsync(content, name, _worker.Context(AnalyzeArticleFunction.Name, bindingData), CancellationToken.None);

    private static Dictionary<string, object?> Properties(string? etag = null, string lastModified = "2026-01-05T10:00:00+00:00")
    {
        var properties = new Dictionary<string, object?> { ["LastModified"] = lastModified, ["ContentLength"] = 100 };
        if (etag is not null)
        {
            properties["ETag"] = etag;
        }

        return new Dictionary<string, object?> { [BlobProperties.Key] = JsonSerializer.Serialize(properties), ["name"] = "ignored-here" };
    }
}
