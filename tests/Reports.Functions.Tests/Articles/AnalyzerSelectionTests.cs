using System.Net;
using System.Text.Json;
using Reports.Core.AzureLanguage;
using Reports.Core.Storage;
using Reports.Functions.Tests.Support;
using Reports.Testing.LanguageService;

namespace Reports.Functions.Tests.Articles;

/// <summary>
/// ReportsAnalyzer=azure-language against <see cref="LanguageServiceFake"/>: uploads are analysed with the service's
/// language and summary (and with the built-in analyzer when it fails), a missing endpoint stops the app at startup,
/// and health says which analyzer is configured.
/// </summary>
[Collection(HostStartCollection.Name)]
public sealed class AnalyzerSelectionTests : IAsyncLifetime
{
    private const string LanguageKey = "fake-language-key-0123";

    private const string Article = LanguageTestArticle.Text;

    private static readonly IReadOnlyList<string> LastThree = LanguageTestArticle.LastThree;

    private readonly TempFolder _folder = new("reports-functions-tests");
    private readonly IBlobStore _store;
    private LanguageServiceFake _fake = null!;

    public AnalyzerSelectionTests()
    {
        _store = ReportsApp.FileStore(_folder.Path);
    }

    public async Task InitializeAsync()
    {
        _fake = await LanguageServiceFake.StartAsync();
        _fake.RunningPolls = 0;
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Upload_AzureLanguage_StoredAnalysisHasTheServicesLanguageAndSummary()
    {
        _fake.Detect = _ => ("en", 0.95);
        using var app = new ReportsApp(_store, settings: Settings());
        using var client = app.CreateKeyedClient();

        var id = await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, "kyiv.txt", TestArticles.Bytes(Article)));
        var analysis = await ArticleApiTests.WaitForAsync(client, id, "analyzed");

        Assert.Equal("en", analysis.GetProperty("language").GetString());
        var analyzers = analysis.GetProperty("analyzers");
        Assert.Equal("azure-language", analyzers.GetProperty("language").GetString());
        Assert.Equal("azure-language/extractive", analyzers.GetProperty("summary").GetString());
        Assert.Equal("builtin", analyzers.GetProperty("figures").GetString());
        Assert.Equal(0, analyzers.GetProperty("notes").GetArrayLength());

        // The fake's extractive summary is the article's last sentences.
        Assert.Equal(LastThree, Strings(analysis.GetProperty("summary")));
        Assert.NotEmpty(Strings(analysis.GetProperty("figures")));
        Assert.Contains(_fake.Requests, r => r.Path == "/language/:analyze-text" && r.Header("Ocp-Apim-Subscription-Key") == LanguageKey);
        Assert.Contains(_fake.Requests, r => r.Path == "/language/analyze-text/jobs");

        // The blob holds the same document the API serves.
        var stored = Assert.Single(await StoreContents.AnalysesAsync(_store));
        Assert.Equal("azure-language/extractive", stored.GetProperty("analyzers").GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Upload_ServiceFailing_IsAnalysedWithTheBuiltInAnalyzerAndNotes()
    {
        for (var i = 0; i < 100; i++)
        {
            _fake.Enqueue(FakeResponse.Failure(503, "ServiceUnavailable", "The service is down."));
        }

        var settings = Settings();
        settings[AzureLanguageSettings.BudgetName] = "2";
        using var app = new ReportsApp(_store, settings: settings);
        using var client = app.CreateKeyedClient();

        var id = await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, "kyiv.txt", TestArticles.Bytes(Article)));
        var analysis = await ArticleApiTests.WaitForAsync(client, id, "analyzed");

        Assert.Equal("en", analysis.GetProperty("language").GetString());
        var summary = Strings(analysis.GetProperty("summary"));
        Assert.NotEmpty(summary);
        Assert.NotEqual(LastThree, summary);
        var analyzers = analysis.GetProperty("analyzers");
        Assert.Equal("builtin", analyzers.GetProperty("language").GetString());
        Assert.Equal("builtin", analyzers.GetProperty("summary").GetString());
        var notes = Strings(analyzers.GetProperty("notes"));
        Assert.Contains(notes, n => n.StartsWith("language: azure-language failed (", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("summary: azure-language skipped after the failure", StringComparison.Ordinal));
        Assert.NotEmpty(_fake.Requests);
    }

    [Fact]
    public async Task Upload_BuiltIn_StoredAnalysisSaysBuiltIn()
    {
        using var app = new ReportsApp(_store);
        using var client = app.CreateKeyedClient();

        var id = await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, "kyiv.txt", TestArticles.Bytes(TestArticles.English)));
        var analysis = await ArticleApiTests.WaitForAsync(client, id, "analyzed");

        var analyzers = analysis.GetProperty("analyzers");
        Assert.Equal(["builtin", "builtin", "builtin"], new[] { "language", "summary", "figures" }.Select(p => analyzers.GetProperty(p).GetString()));
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Start_AzureLanguageWithoutEndpoint_FailsNamingTheSetting()
    {
        var settings = new Dictionary<string, string?> { [AzureLanguageSettings.AnalyzerName] = "azure-language", [AzureLanguageSettings.KeyName] = LanguageKey };

        var error = await DirectStart.FailureAsync(_folder.Path, settings);

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("ReportsLanguage__endpoint", messages, StringComparison.Ordinal);
        Assert.Contains(Chain(error), e => e is FormatException);
    }

    [Fact]
    public void WorkerStart_AzureLanguageWithoutEndpoint_FailsNamingTheSetting()
    {
        var settings = new Dictionary<string, string?> { [AzureLanguageSettings.AnalyzerName] = "azure-language", [AzureLanguageSettings.KeyName] = LanguageKey };

        var error = Assert.ThrowsAny<Exception>(() => new WorkerServices(_store, settings: settings).Dispose());

        Assert.Contains("ReportsLanguage__endpoint", string.Join(" | ", Chain(error).Select(e => e.Message)), StringComparison.Ordinal);
        Assert.Contains(Chain(error), e => e is FormatException);
    }

    [Fact]
    public async Task Health_AzureLanguage_ShowsTheAnalyzerAndTheEndpointHostNotTheKey()
    {
        using var app = new ReportsApp(_store, settings: Settings());
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        Assert.Equal("azure-language", body.RootElement.GetProperty("analyzer").GetString());
        Assert.Equal(_fake.Endpoint.Host, body.RootElement.GetProperty("analyzerEndpoint").GetString());
        Assert.DoesNotContain(LanguageKey, text, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Health_Default_ShowsBuiltIn()
    {
        using var app = new ReportsApp(_store);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("builtin", body.RootElement.GetProperty("analyzer").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("analyzerEndpoint").ValueKind);
    }

    private Dictionary<string, string?> Settings() => new()
    {
        [AzureLanguageSettings.AnalyzerName] = "azure-language",
        [AzureLanguageSettings.EndpointName] = _fake.Endpoint.AbsoluteUri,
        [AzureLanguageSettings.KeyName] = LanguageKey,
    };

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText())];

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
