using System.Net;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reports.Adapters.Language;
using Reports.Core.AzureLanguage;
using Reports.Core.Tests.Storage;
using Reports.Testing.LanguageService;

namespace Reports.Core.Tests.AzureLanguage;

/// <summary>The REST client against a local HTTP server that answers like Azure AI Language (or replays recordings).</summary>
public sealed class LanguageClientTests : IAsyncLifetime
{
    private const string Key = "test-key-0123456789abcdef";
    private LanguageServiceFake _fake = null!;

    public async Task InitializeAsync() => _fake = await LanguageServiceFake.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task DetectLanguage_SendsTheDocumentedRequest()
    {
        using var client = Client();

        var results = await client.DetectLanguageAsync([new("a", "Xin chào"), new("b", "Hello there")], CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/language/:analyze-text", request.Path);
        Assert.Equal("?api-version=2023-04-01", request.Query);
        Assert.Equal(Key, request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Null(request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        var body = request.Json!;
        Assert.Equal("LanguageDetection", (string?)body["kind"]);
        var documents = body["analysisInput"]!["documents"]!.AsArray();
        Assert.Equal(["a", "b"], documents.Select(d => (string?)d!["id"]));
        Assert.Equal("Xin chào", (string?)documents[0]!["text"]);
        Assert.Equal(["a", "b"], results.Select(r => r.Id));
        Assert.All(results, r => Assert.Equal("en", r.Value!.Code));
    }

    [SharedFact]
    public async Task DetectLanguage_ReplayedRecording_IsParsedAndTheRequestHasTheRecordedShape()
    {
        var recorded = _fake.Replay(SharedData.File("reference/language-api/DetectLanguageTest.2022-05-01.json"));
        using var client = Client();

        var result = Assert.Single(await client.DetectLanguageAsync([new("0", "This is written in English.")], CancellationToken.None));

        Assert.Equal(new DetectedLanguage("English", "en", 1.0), result.Value);
        Assert.Null(result.Error);
        var sent = Assert.Single(_fake.Requests).Json!;
        Assert.Equal((string?)recorded[0]!["kind"], (string?)sent["kind"]);
        Assert.Equal(Keys(recorded[0]!["analysisInput"]!["documents"]![0]!).Except(["countryHint"]), Keys(sent["analysisInput"]!["documents"]![0]!));
    }

    [SharedFact]
    public async Task Summarize_ReplayedExtractiveJob_PollsUntilSucceededAndReadsSentences()
    {
        var recorded = _fake.Replay(SharedData.File("reference/language-api/AnalyzeOperationExtractiveSummarize.2022-10-01-preview.json"));
        using var client = Client();
        var texts = new[] { new string('a', 2600), new string('b', 1400) };

        var results = await client.SummarizeAsync([new("0", texts[0], "en"), new("1", texts[1], "en")], SummaryKind.Extractive, 2, CancellationToken.None);

        Assert.Equal(3, _fake.Requests.Count); // submit, running, succeeded
        Assert.Equal(["POST", "GET", "GET"], _fake.Requests.Select(r => r.Method));
        Assert.Equal("/language/analyze-text/jobs", _fake.Requests[0].Path);
        Assert.Equal("?api-version=2023-04-01", _fake.Requests[0].Query);
        Assert.StartsWith("/language/analyze-text/jobs/0c5090db", _fake.Requests[1].Path, StringComparison.Ordinal);
        var sentTask = _fake.Requests[0].Json!["tasks"]![0]!;
        var recordedTask = recorded[0]!["tasks"]![0]!;
        Assert.Equal((string?)recordedTask["kind"], (string?)sentTask["kind"]);
        Assert.Equal("Utf16CodeUnit", (string?)sentTask["parameters"]!["stringIndexType"]);
        Assert.Equal(2, (int?)sentTask["parameters"]!["sentenceCount"]);
        Assert.Equal("Offset", (string?)sentTask["parameters"]!["sortBy"]);
        Assert.Equal("en", (string?)_fake.Requests[0].Json!["analysisInput"]!["documents"]![0]!["language"]);

        var first = results[0].Value!;
        Assert.Equal(SummaryKind.Extractive, first.Kind);
        Assert.Equal("2023-02-01-preview", first.ModelVersion);
        Assert.Equal([348, 2419], first.Parts.Select(p => p.Offset ?? -1));
        Assert.StartsWith("Today, low-bandwidth satellite", first.Parts[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, results[1].Value!.Parts.Count);
    }

    [SharedFact]
    public async Task Summarize_SpecExampleAbstractiveResult_IsRead()
    {
        var example = JsonNode.Parse(File.ReadAllText(SharedData.File("reference/language-api/spec-2023-04-01/SuccessfulAbstractiveSummarizationTaskResult.json")))!;
        var location = new Uri(_fake.Endpoint, "language/analyze-text/jobs/c0f2a446-05d9-48fc-ba8f-3ef4af8d0b18?api-version=2023-04-01").AbsoluteUri;
        _fake.Enqueue(new FakeResponse(202, null, new Dictionary<string, string> { ["Operation-Location"] = location }));
        _fake.Enqueue(FakeResponse.Json(example["responses"]!["200"]!["body"]!.DeepClone()));
        using var client = Client();

        var result = Assert.Single(await client.SummarizeAsync([new("1", "At Microsoft, we have been on a quest to advance AI.", "en")], SummaryKind.Abstractive, 1, CancellationToken.None));

        var part = Assert.Single(result.Value!.Parts);
        Assert.Equal("Microsoft have been on a quest to advance AI beyond existing techniques.", part.Text);
        Assert.Null(part.Offset);
        Assert.Equal("AbstractiveSummarization", (string?)_fake.Requests[0].Json!["tasks"]![0]!["kind"]);
        Assert.Null(_fake.Requests[0].Json!["tasks"]![0]!["parameters"]!["sortBy"]);
    }

    [Fact]
    public async Task Summarize_UnscriptedJob_ReturnsSentencesAtUtf16Offsets()
    {
        using var client = Client();
        const string text = "Một câu đầu tiên. Câu thứ hai 😀 có biểu tượng. Câu cuối cùng.";

        var result = Assert.Single(await client.SummarizeAsync([new("0", text, "vi")], SummaryKind.Extractive, 2, CancellationToken.None));

        Assert.All(result.Value!.Parts, p => Assert.Equal(p.Text, text.Substring(p.Offset!.Value, p.Length!.Value)));
        Assert.Equal("Câu cuối cùng.", result.Value.Parts[^1].Text);
    }

    [Fact]
    public async Task Throttled_RetryAfter_IsWaitedOnTheClockThenSucceeds()
    {
        _fake.Enqueue(FakeResponse.Throttled(1));
        var clock = new WatchedClock();
        var logger = new ListLogger();
        using var client = Client(logger: logger, time: clock);

        var call = client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None);
        await clock.TimerCreated(TimeSpan.FromSeconds(1));

        Assert.False(call.IsCompleted);
        Assert.Single(_fake.Requests);
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = Assert.Single(await call);
        Assert.Equal("en", result.Value!.Code);
        Assert.Equal(2, _fake.Requests.Count);
        var retry = Assert.Single(logger.Entries);
        Assert.Contains("Language Detect Language attempt 1 failed (429); retrying in 1000 ms", retry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetryAfterMilliseconds_IsHonoured()
    {
        _fake.Enqueue(new FakeResponse(503, null, new Dictionary<string, string> { ["retry-after-ms"] = "40" }));
        var clock = new WatchedClock();
        var logger = new ListLogger();
        using var client = Client(logger: logger, time: clock);

        var call = client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None);
        await clock.TimerCreated(TimeSpan.FromMilliseconds(40));
        clock.Advance(TimeSpan.FromMilliseconds(40));
        await call;

        Assert.Contains("retrying in 40 ms", Assert.Single(logger.Entries).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetryAfter_LongerThanTheCap_IsCapped()
    {
        _fake.Enqueue(FakeResponse.Throttled(3600));
        var clock = new WatchedClock();
        using var client = Client(time: clock);

        var call = client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None);
        await clock.TimerCreated(FastOptions().RetryMaxDelay);
        clock.Advance(FastOptions().RetryMaxDelay);

        Assert.Equal("en", Assert.Single(await call).Value!.Code);
    }

    [Fact]
    public async Task CancelledToken_SendsNothing()
    {
        using var client = Client();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.DetectLanguageAsync([new("0", "Hello")], cancel.Token));

        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Cancellation_DuringARetryWait_StopsAtOnceWithoutAnotherAttempt()
    {
        _fake.Enqueue(FakeResponse.Throttled(1));
        var clock = new WatchedClock();
        using var client = Client(time: clock);
        using var cancel = new CancellationTokenSource();

        var call = client.DetectLanguageAsync([new("0", "Hello")], cancel.Token);
        await clock.TimerCreated(TimeSpan.FromSeconds(1));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task RegisteredClient_RetriesThroughTheResilienceHandlerOnTheContainersClock()
    {
        _fake.Enqueue(FakeResponse.Throttled(1));
        var clock = new WatchedClock();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(new AzureLanguageSettings { Analyzer = AzureLanguageSettings.AzureLanguage, Endpoint = _fake.Endpoint, Key = Key });
        services.AddReportsLanguageClient();
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<LanguageClient>();

        var call = client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None);
        await clock.TimerCreated(TimeSpan.FromSeconds(1));
        Assert.Single(_fake.Requests);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("en", Assert.Single(await call).Value!.Code);
        Assert.Equal(2, _fake.Requests.Count);
        Assert.Equal(Key, _fake.Requests[1].Header("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task ServerErrors_AreRetriedUntilTheyStop()
    {
        _fake.Enqueue(FakeResponse.Failure(500, "InternalServerError", "Internal error."));
        _fake.Enqueue(FakeResponse.Failure(502, "BadGateway", "Bad gateway."));
        _fake.Enqueue(FakeResponse.Failure(503, "ServiceUnavailable", "Unavailable."));
        using var client = Client();

        var result = Assert.Single(await client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None));

        Assert.Equal("en", result.Value!.Code);
        Assert.Equal(4, _fake.Requests.Count);
    }

    [Fact]
    public async Task ServerErrors_BeyondTheRetries_ThrowWithTheServiceError()
    {
        for (var i = 0; i < 3; i++)
        {
            _fake.Enqueue(FakeResponse.Failure(503, "ServiceUnavailable", "The service is busy."));
        }

        var logger = new ListLogger();
        using var client = Client(maxRetries: 2, logger: logger);

        var error = await Assert.ThrowsAsync<LanguageServiceException>(() => client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Contains("Detect Language failed: 503 ServiceUnavailable: The service is busy.", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _fake.Requests.Count);
        Assert.Equal(2, logger.Entries.Count);
    }

    [Fact]
    public async Task BadRequest_IsNotRetried_AndSaysTheInnerCode()
    {
        _fake.Enqueue(FakeResponse.Failure(400, "InvalidRequest", "Batch request contains too many records.", "InvalidDocumentBatch"));
        using var client = Client();

        var error = await Assert.ThrowsAsync<LanguageServiceException>(() => client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None));

        Assert.Equal("InvalidDocumentBatch", error.Code);
        Assert.Contains("400 InvalidDocumentBatch: Batch request contains too many records.", error.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Unauthorized_SaysWhichSettingToCheck_AndNeverTheKey()
    {
        _fake.Enqueue(FakeResponse.Failure(401, "401", "Access denied due to invalid subscription key or wrong API endpoint."));
        using var client = Client();

        var error = await Assert.ThrowsAsync<LanguageServiceException>(() => client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None));

        Assert.Contains("ReportsLanguage__key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentErrors_AreReturnedPerDocument()
    {
        _fake.Enqueue(FakeResponse.Json(new JsonObject
        {
            ["kind"] = "LanguageDetectionResults",
            ["results"] = new JsonObject
            {
                ["documents"] = new JsonArray(new JsonObject
                {
                    ["id"] = "ok",
                    ["detectedLanguage"] = new JsonObject { ["name"] = "Persian", ["iso6391Name"] = "fa", ["confidenceScore"] = 0.93 },
                    ["warnings"] = new JsonArray(),
                }),
                ["errors"] = new JsonArray(new JsonObject
                {
                    ["id"] = "empty",
                    ["error"] = new JsonObject
                    {
                        ["code"] = "InvalidArgument",
                        ["message"] = "Invalid document in request.",
                        ["innererror"] = new JsonObject { ["code"] = "InvalidDocument", ["message"] = "Document text is empty." },
                    },
                }),
                ["modelVersion"] = "2022-10-01",
            },
        }));
        using var client = Client();

        var results = await client.DetectLanguageAsync([new("empty", " "), new("ok", "سلام"), new("lost", "Hello")], CancellationToken.None);

        Assert.Equal("InvalidDocument: Document text is empty.", results[0].Error);
        Assert.Equal(new DetectedLanguage("Persian", "fa", 0.93), results[1].Value);
        Assert.Equal("the service returned no result for this document", results[2].Error);
    }

    [Fact]
    public async Task Detection_BatchesAtAThousandDocuments_AndCutsLongTexts()
    {
        var documents = Enumerable.Range(0, 1001).Select(i => new LanguageDocument($"d{i}", i == 0 ? string.Join(' ', Enumerable.Repeat("word", 3000)) : "Hello")).ToList();
        using var client = Client();

        var results = await client.DetectLanguageAsync(documents, CancellationToken.None);

        Assert.Equal(1001, results.Count);
        Assert.Equal([1000, 1], _fake.Requests.Select(r => r.Json!["analysisInput"]!["documents"]!.AsArray().Count));
        var first = (string)_fake.Requests[0].Json!["analysisInput"]!["documents"]![0]!["text"]!;
        Assert.InRange(first.Length, 4000, 5120);
        Assert.EndsWith("word", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summaries_AreSplitIntoJobsOfTwentyFiveDocuments()
    {
        var documents = Enumerable.Range(0, 30).Select(i => new LanguageDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Sentence one of {i}. Sentence two of {i}.", "en")).ToList();
        using var client = Client();

        var results = await client.SummarizeAsync(documents, SummaryKind.Extractive, 1, CancellationToken.None);

        var submitted = _fake.Requests.Where(r => r.Method == "POST").Select(r => r.Json!["analysisInput"]!["documents"]!.AsArray().Count);
        Assert.Equal([25, 5], submitted);
        Assert.Equal(30, results.Count);
        Assert.All(results, (r, i) => Assert.Equal($"Sentence two of {i}.", Assert.Single(r.Value!.Parts).Text));
    }

    [Fact]
    public async Task Summaries_OverTheJobCharacterLimit_AreSplitAndAnOverlongDocumentIsCutWithAWarning()
    {
        var sentence = "The quick brown fox jumps over the lazy dog. ";
        var big = string.Concat(Enumerable.Repeat(sentence, 2000)); // 90,000 characters
        var huge = string.Concat(Enumerable.Repeat(sentence, 3000)); // 135,000 characters
        using var client = Client();

        var results = await client.SummarizeAsync([new("a", big, "en"), new("b", big, "en"), new("c", huge, "en")], SummaryKind.Extractive, 1, CancellationToken.None);

        var jobs = _fake.Requests.Where(r => r.Method == "POST").Select(r => r.Json!["analysisInput"]!["documents"]!.AsArray()).ToList();
        Assert.Equal(3, jobs.Count);
        Assert.All(jobs, j => Assert.InRange(j.Sum(d => ((string)d!["text"]!).Length), 1, 125_000));
        var sentHuge = (string)jobs[2][0]!["text"]!;
        Assert.EndsWith("dog.", sentHuge, StringComparison.Ordinal);
        Assert.Empty(results[0].Warnings);
        Assert.Contains(results[2].Warnings, w => w.Contains("first 12", StringComparison.Ordinal) && w.Contains("135,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedJob_ThrowsWithTheJobErrors()
    {
        var location = new Uri(_fake.Endpoint, "language/analyze-text/jobs/11111111-2222-3333-4444-555555555555?api-version=2023-04-01").AbsoluteUri;
        _fake.Enqueue(new FakeResponse(202, null, new Dictionary<string, string> { ["Operation-Location"] = location }));
        _fake.Enqueue(FakeResponse.Json(new JsonObject
        {
            ["jobId"] = "11111111-2222-3333-4444-555555555555",
            ["status"] = "failed",
            ["errors"] = new JsonArray(new JsonObject { ["code"] = "InternalServerError", ["message"] = "Task failed." }),
            ["tasks"] = new JsonObject { ["completed"] = 0, ["failed"] = 1, ["inProgress"] = 0, ["total"] = 1, ["items"] = new JsonArray() },
        }));
        using var client = Client();

        var error = await Assert.ThrowsAsync<LanguageServiceException>(() => client.SummarizeAsync([new("0", "Text.", "en")], SummaryKind.Extractive, 1, CancellationToken.None));

        Assert.Contains("InternalServerError: Task failed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_WhileAJobRuns_CancelsTheJobOnTheService()
    {
        _fake.RunningPolls = int.MaxValue;
        using var client = Client();
        using var cancel = new CancellationTokenSource();
        var run = client.SummarizeAsync([new("0", "Text one. Text two.", "en")], SummaryKind.Extractive, 1, cancel.Token);

        // Cancel once the job has been polled twice (not after a set time: on a busy machine the job may not even be
        // submitted within a few hundred milliseconds).
        var limit = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (_fake.Requests.Count(r => r.Method == "GET") < 2)
        {
            Assert.False(run.IsCompleted, "the summary ended before its job was polled twice");
            Assert.True(DateTime.UtcNow < limit, "the job was not polled twice within a minute");
            await Task.Delay(10);
        }

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        var last = _fake.Requests[^1];
        Assert.Equal("POST", last.Method);
        Assert.EndsWith(":cancel", last.Path, StringComparison.Ordinal);
        Assert.Equal(Key, last.Header("Ocp-Apim-Subscription-Key"));
        Assert.True(_fake.Requests.Count(r => r.Method == "GET") >= 2);
    }

    [Fact]
    public async Task OperationLocation_OnAnotherHost_IsRefused()
    {
        _fake.Enqueue(new FakeResponse(202, null, new Dictionary<string, string> { ["Operation-Location"] = "https://elsewhere.example/language/analyze-text/jobs/1" }));
        using var client = Client();

        var error = await Assert.ThrowsAsync<LanguageServiceException>(() => client.SummarizeAsync([new("0", "Text.", "en")], SummaryKind.Extractive, 1, CancellationToken.None));

        Assert.Contains("elsewhere.example", error.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task TokenCredential_SendsABearerTokenForCognitiveServices()
    {
        var credential = new FixedCredential();
        using var client = Reports.Adapters.Language.LanguageClients.WithCredential(_fake.Endpoint, credential, FastOptions());

        await client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None);

        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("Bearer fixed-token", request.Header("Authorization"));
        Assert.Null(request.Header("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task Unreachable_ThrowsAfterTheRetries()
    {
        var closed = new Uri("http://127.0.0.1:1/");
        var logger = new ListLogger();
        using var client = LanguageClients.WithAuthorizer(closed, new KeyOnly(), FastOptions(maxRetries: 1), logger: logger);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.DetectLanguageAsync([new("0", "Hello")], CancellationToken.None));

        Assert.Contains("Detect Language failed after at most 2 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("attempt 1 failed (HttpRequestException)", Assert.Single(logger.Entries).Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Keys(JsonNode node) => node.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

    private static LanguageClientOptions FastOptions(int maxRetries = 4) => new()
    {
        Timeout = TimeSpan.FromSeconds(10),
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.Zero, // backoff waits never slow a test; Retry-After waits run on a fake clock
        RetryMaxDelay = TimeSpan.FromSeconds(2),
        PollInterval = TimeSpan.FromMilliseconds(10),
        PollMaxInterval = TimeSpan.FromMilliseconds(50),
    };

    private LanguageClient Client(int maxRetries = 4, ListLogger? logger = null, TimeProvider? time = null) =>
        LanguageClients.Create(new AzureLanguageSettings { Analyzer = AzureLanguageSettings.AzureLanguage, Endpoint = _fake.Endpoint, Key = Key }, time, logger, FastOptions(maxRetries));

    /// <summary>A fake clock that says when a timer with a given due time (a retry's wait) has been set on it.</summary>
    private sealed class WatchedClock : FakeTimeProvider
    {
        private readonly List<TimeSpan> _created = [];
        private readonly List<(TimeSpan Due, TaskCompletionSource Seen)> _waiting = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            lock (_created)
            {
                _created.Add(dueTime);
                foreach (var (due, seen) in _waiting.Where(w => w.Due == dueTime))
                {
                    seen.TrySetResult();
                }
            }

            return timer;
        }

        public Task TimerCreated(TimeSpan due)
        {
            lock (_created)
            {
                if (_created.Contains(due))
                {
                    return Task.CompletedTask;
                }

                var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Add((due, seen));
                return seen.Task.WaitAsync(TimeSpan.FromSeconds(30)); // a guard against a hang, never reached when it passes
            }
        }
    }

    private sealed class KeyOnly : Reports.Core.Http.IRequestAuthorizer
    {
        public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class FixedCredential : TokenCredential
    {
        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            return ValueTask.FromResult(new AccessToken("fixed-token", DateTimeOffset.UtcNow.AddHours(1)));
        }
    }
}
