using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.AzureLanguage;
using Reports.Core.Ingestion;
using Reports.Testing.LanguageService;

namespace Reports.Core.Tests.AzureLanguage;

/// <summary>The service's language and summaries over the built-in analysis, and every way back to the built-in one.</summary>
public sealed class AzureLanguageAnalyzerTests : IAsyncLifetime
{
    // Fictional articles written for these tests.
    private const string English = """
        Drone strike on fuel depot

        At least 12 people were killed and 30 injured when drones struck a fuel depot near the river port on Tuesday, the regional governor said.
        Air defences shot down 25 of 40 drones launched overnight, the air force said in a statement.
        Firefighters worked through the night to contain the blaze.
        Residents said the explosions shook windows across the town.
        """;

    private const string Vietnamese = """
        Tấn công bằng máy bay không người lái

        Ít nhất 5 người thiệt mạng và 8 người bị thương trong cuộc tấn công vào đêm thứ Hai, chính quyền địa phương cho biết.
        Lực lượng phòng không đã bắn hạ 20 máy bay không người lái.
        Người dân cho biết tiếng nổ vang lên suốt đêm.
        """;

    private readonly AnalyzerPool _builtIn = new();
    private LanguageServiceFake _fake = null!;

    public async Task InitializeAsync() => _fake = await LanguageServiceFake.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task ServiceSummaryAndConfidentLanguage_ReplaceTheBuiltInOnes_FiguresStayBuiltIn()
    {
        _fake.Detect = text => text.Contains("người", StringComparison.Ordinal) ? ("vi", 0.97) : ("en", 0.99);
        using var client = Client();
        var sut = Analyzer(client);
        var articles = new[] { Article(English), Article(Vietnamese) };

        var analyses = await sut.AnalyzeAsync(articles, 2, CancellationToken.None);

        for (var i = 0; i < articles.Length; i++)
        {
            var builtIn = _builtIn.Analyze(articles[i], 2);
            Assert.Equal(builtIn.Figures, analyses[i].Figures);
            Assert.Equal(builtIn.Title, analyses[i].Title);
            Assert.NotEqual(builtIn.Summary, analyses[i].Summary);
            Assert.Equal(new AnalyzerProvenance("azure-language", "azure-language/extractive", "builtin", []), analyses[i].Analyzers with { Notes = [] });
            Assert.Empty(analyses[i].Analyzers.Notes);
        }

        Assert.Equal(["en", "vi"], analyses.Select(a => a.Language));
        Assert.Equal("Residents said the explosions shook windows across the town.", analyses[0].Summary[^1]);
        Assert.Equal("Người dân cho biết tiếng nổ vang lên suốt đêm.", analyses[1].Summary[^1]);
        Assert.All(analyses.SelectMany((a, i) => a.Summary.Select(s => (s, i))), p => Assert.Contains(p.s, articles[p.i].Text, StringComparison.Ordinal));

        var detect = Assert.Single(_fake.Requests, r => r.Path == "/language/:analyze-text");
        Assert.Equal(2, detect.Json!["analysisInput"]!["documents"]!.AsArray().Count);
        var job = Assert.Single(_fake.Requests, r => r.Method == "POST" && r.Path == "/language/analyze-text/jobs");
        Assert.Equal(["en", "vi"], job.Json!["analysisInput"]!["documents"]!.AsArray().Select(d => (string?)d!["language"]));
    }

    [Fact]
    public async Task ServiceLanguage_SelectsTheProfileTheFiguresAreReadWith()
    {
        // The service is sure the English article is Vietnamese: the figures are read with the Vietnamese profile, so
        // the English ones are not found; this shows the service's language reaches the extractor.
        _fake.Detect = _ => ("vi", 0.95);
        using var client = Client();

        var analysis = Assert.Single(await Analyzer(client).AnalyzeAsync([Article(English)], 1, CancellationToken.None));

        Assert.Equal("vi", analysis.Language);
        Assert.NotEqual(_builtIn.Analyze(Article(English), 1).Figures, analysis.Figures);
    }

    [Fact]
    public async Task UnconfidentOrUnknownLanguage_KeepsTheBuiltInDetection_WithANote()
    {
        _fake.Detect = text => text.Contains("người", StringComparison.Ordinal) ? ("(Unknown)", 0.0) : ("de", 0.55);
        using var client = Client();

        var analyses = await Analyzer(client).AnalyzeAsync([Article(English), Article(Vietnamese)], 1, CancellationToken.None);

        Assert.Equal(["en", "vi"], analyses.Select(a => a.Language));
        Assert.All(analyses, a => Assert.Equal("builtin", a.Analyzers.Language));
        Assert.Contains(analyses[0].Analyzers.Notes, n => n.Contains("'de' at 0.55, below 0.80", StringComparison.Ordinal));
        Assert.Contains(analyses[1].Analyzers.Notes, n => n.Contains("could not tell", StringComparison.Ordinal));
        Assert.All(analyses, a => Assert.Equal("azure-language/extractive", a.Analyzers.Summary));
    }

    [Fact]
    public async Task UnreachableService_GivesTheBuiltInAnalysis_WithNotes()
    {
        using var client = Reports.Adapters.Language.LanguageClients.WithAuthorizer(new Uri("http://127.0.0.1:1/"), new NoAuth(), new LanguageClientOptions { MaxRetries = 1, RetryBaseDelay = TimeSpan.Zero });
        var article = Article(English);

        var analysis = Assert.Single(await Analyzer(client).AnalyzeAsync([article], 2, CancellationToken.None));

        var builtIn = _builtIn.Analyze(article, 2);
        Assert.Equal(builtIn.Language, analysis.Language);
        Assert.Equal(builtIn.Summary, analysis.Summary);
        Assert.Equal(builtIn.Figures, analysis.Figures);
        Assert.Equal("builtin", analysis.Analyzers.Language);
        Assert.Equal("builtin", analysis.Analyzers.Summary);
        Assert.Contains(analysis.Analyzers.Notes, n => n.StartsWith("language: azure-language failed", StringComparison.Ordinal));
        Assert.Contains(analysis.Analyzers.Notes, n => n.StartsWith("summary: azure-language skipped after the failure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterTheServiceFailed_ItIsLeftAloneForTheCooldown_ThenTriedAgain()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));
        _fake.Enqueue(FakeResponse.Failure(503, "ServiceUnavailable", "Down for maintenance."));

        using var client = Reports.Adapters.Language.LanguageClients.Create(Settings(), options: new LanguageClientOptions { MaxRetries = 0, PollInterval = TimeSpan.FromMilliseconds(10) });
        var sut = new AzureLanguageAnalyzer(client, _builtIn, Settings(), clock) { Cooldown = TimeSpan.FromSeconds(60) };

        var failed = Assert.Single(await sut.AnalyzeAsync([Article(English)], 1, CancellationToken.None));
        var requestsAfterFailure = _fake.Requests.Count;
        clock.Advance(TimeSpan.FromSeconds(30));
        var skipped = Assert.Single(await sut.AnalyzeAsync([Article(Vietnamese)], 1, CancellationToken.None));

        Assert.Equal(1, requestsAfterFailure);
        Assert.Equal(requestsAfterFailure, _fake.Requests.Count);
        Assert.Equal(_builtIn.Analyze(Article(Vietnamese), 1).Summary, skipped.Summary);
        Assert.Contains(skipped.Analyzers.Notes, n => n.Contains("skipped: it failed at 06:00:00 UTC (Detect Language failed: 503 ServiceUnavailable: Down for maintenance.)", StringComparison.Ordinal));
        Assert.Equal("builtin", failed.Analyzers.Language);

        clock.Advance(TimeSpan.FromSeconds(31));
        var again = Assert.Single(await sut.AnalyzeAsync([Article(English)], 1, CancellationToken.None));

        Assert.Equal("azure-language", again.Analyzers.Language);
        Assert.Equal("azure-language/extractive", again.Analyzers.Summary);
        Assert.True(_fake.Requests.Count > requestsAfterFailure);
    }

    [Fact]
    public async Task ServiceSlowerThanTheBudget_FallsBack_AndTheJobIsCancelled()
    {
        _fake.RunningPolls = int.MaxValue;
        using var client = Client();
        // The job never finishes; the budget runs on a fake clock (its timers fire only when it is moved), which is moved
        // past it once the job is being polled, so the machine's speed never decides where the budget runs out. (A clock
        // that only fakes the time of day would leave the budget's timer on real time: under load the 2 s ran out during
        // detection, before any job was submitted.)
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));
        var settings = Settings() with { Budget = TimeSpan.FromSeconds(2) };

        var run = new AzureLanguageAnalyzer(client, _builtIn, settings, clock).AnalyzeAsync([Article(English)], 2, CancellationToken.None);
        await WhenPolled(run);
        clock.Advance(TimeSpan.FromSeconds(3));
        var analysis = Assert.Single(await run);

        Assert.Equal("azure-language", analysis.Analyzers.Language);
        Assert.Equal("builtin", analysis.Analyzers.Summary);
        Assert.Contains(analysis.Analyzers.Notes, n => n.Contains("no answer within the 2 s budget", StringComparison.Ordinal));
        Assert.EndsWith(":cancel", _fake.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerCancellation_IsNotAFallback()
    {
        _fake.RunningPolls = int.MaxValue;
        using var client = Client();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Analyzer(client).AnalyzeAsync([Article(English)], 2, cancel.Token));
    }

    [Fact]
    public async Task SummaryErrorForOneArticle_KeepsItsBuiltInSummary_AndTheOthersGetTheService()
    {
        _fake.Detect = text => text.Contains("người", StringComparison.Ordinal) ? ("vi", 0.97) : ("en", 0.99);
        _fake.Enqueue(request => Detected(request)); // detection as usual
        var location = new Uri(_fake.Endpoint, "language/analyze-text/jobs/aaaaaaaa-0000-0000-0000-000000000001?api-version=2023-04-01").AbsoluteUri;
        _fake.Enqueue(new FakeResponse(202, null, new Dictionary<string, string> { ["Operation-Location"] = location }));
        _fake.Enqueue(FakeResponse.Json(JobWithOneError()));
        using var client = Client();
        var articles = new[] { Article(English), Article(Vietnamese) };

        var analyses = await Analyzer(client).AnalyzeAsync(articles, 1, CancellationToken.None);

        Assert.Equal("azure-language/extractive", analyses[0].Analyzers.Summary);
        Assert.Equal(["Firefighters worked through the night to contain the blaze."], analyses[0].Summary);
        Assert.Equal("builtin", analyses[1].Analyzers.Summary);
        Assert.Equal(_builtIn.Analyze(articles[1], 1, "vi").Summary, analyses[1].Summary);
        Assert.Contains(analyses[1].Analyzers.Notes, n => n.Contains("UnsupportedLanguageCode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Abstractive_IsRecordedAsSuch()
    {
        using var client = Client();
        var settings = Settings() with { Summary = SummaryKind.Abstractive };

        var analysis = Assert.Single(await new AzureLanguageAnalyzer(client, _builtIn, settings).AnalyzeAsync([Article(English)], 1, CancellationToken.None));

        Assert.Equal("azure-language/abstractive", analysis.Analyzers.Summary);
        Assert.StartsWith("Abstract: ", Assert.Single(analysis.Summary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSummaryAsked_SendsNoJob()
    {
        using var client = Client();

        var analysis = Assert.Single(await Analyzer(client).AnalyzeAsync([Article(English)], 0, CancellationToken.None));

        Assert.Empty(analysis.Summary);
        Assert.DoesNotContain(_fake.Requests, r => r.Path.Contains("jobs", StringComparison.Ordinal));
        Assert.Equal("builtin", analysis.Analyzers.Summary);
    }

    private static ArticleText Article(string text) => new(TextNormalizer.Normalize(text.Replace("\r\n", "\n", StringComparison.Ordinal)), null);

    private static FakeResponse Detected(RecordedRequest request)
    {
        var documents = new JsonArray();
        foreach (var document in request.Json!["analysisInput"]!["documents"]!.AsArray())
        {
            var vietnamese = ((string)document!["text"]!).Contains("người", StringComparison.Ordinal);
            documents.Add(new JsonObject
            {
                ["id"] = (string?)document["id"],
                ["detectedLanguage"] = new JsonObject { ["name"] = "x", ["iso6391Name"] = vietnamese ? "vi" : "en", ["confidenceScore"] = 1.0 },
                ["warnings"] = new JsonArray(),
            });
        }

        return FakeResponse.Json(new JsonObject { ["kind"] = "LanguageDetectionResults", ["results"] = new JsonObject { ["documents"] = documents, ["errors"] = new JsonArray(), ["modelVersion"] = "1" } });
    }

    private static JsonObject JobWithOneError()
    {
        var text = Article(English).Text;
        const string wanted = "Firefighters worked through the night to contain the blaze.";
        var offset = text.IndexOf(wanted, StringComparison.Ordinal);
        return new JsonObject
        {
            ["jobId"] = "aaaaaaaa-0000-0000-0000-000000000001",
            ["status"] = "partiallyCompleted",
            ["errors"] = new JsonArray(),
            ["tasks"] = new JsonObject
            {
                ["completed"] = 1, ["failed"] = 0, ["inProgress"] = 0, ["total"] = 1,
                ["items"] = new JsonArray(new JsonObject
                {
                    ["kind"] = "ExtractiveSummarizationLROResults",
                    ["status"] = "succeeded",
                    ["results"] = new JsonObject
                    {
                        ["documents"] = new JsonArray(new JsonObject
                        {
                            ["id"] = "0",
                            ["sentences"] = new JsonArray(new JsonObject { ["text"] = wanted, ["rankScore"] = 1.0, ["offset"] = offset, ["length"] = wanted.Length }),
                            ["warnings"] = new JsonArray(),
                        }),
                        ["errors"] = new JsonArray(new JsonObject
                        {
                            ["id"] = "1",
                            ["error"] = new JsonObject
                            {
                                ["code"] = "InvalidArgument",
                                ["message"] = "Invalid language code.",
                                ["innererror"] = new JsonObject { ["code"] = "UnsupportedLanguageCode", ["message"] = "Invalid language code 'vi'." },
                            },
                        }),
                        ["modelVersion"] = "2022-08-01",
                    },
                }),
            },
        };
    }

    /// <summary>
    /// Waits until the fake has answered a poll of a job (a GET); fails, saying what happened, when the analysis ends
    /// first or after a minute of waiting.
    /// </summary>
    private async Task WhenPolled(Task<IReadOnlyList<ArticleAnalysis>> run)
    {
        var limit = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!_fake.Requests.Any(r => r.Method == "GET"))
        {
            string Seen() => "requests: " + string.Join(", ", _fake.Requests.Select(r => r.Method + " " + r.Path));
            if (run.IsCompleted)
            {
                var notes = run.IsCompletedSuccessfully ? string.Join("; ", run.Result.SelectMany(a => a.Analyzers.Notes)) : run.Exception?.ToString();
                Assert.Fail($"the analysis ended before any job was polled ({notes}); {Seen()}");
            }

            Assert.True(DateTime.UtcNow < limit, "no job was polled within a minute; " + Seen());
            await Task.Delay(10);
        }
    }

    private AzureLanguageSettings Settings() => new() { Analyzer = AzureLanguageSettings.AzureLanguage, Endpoint = _fake.Endpoint, Key = "k" };

    private AzureLanguageAnalyzer Analyzer(LanguageClient client) => new(client, _builtIn, Settings());

    private LanguageClient Client() => Reports.Adapters.Language.LanguageClients.Create(Settings(), options: new LanguageClientOptions
    {
        RetryBaseDelay = TimeSpan.Zero,
        PollInterval = TimeSpan.FromMilliseconds(10),
        PollMaxInterval = TimeSpan.FromMilliseconds(50),
    });

    private sealed class NoAuth : Reports.Core.Http.IRequestAuthorizer
    {
        public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
