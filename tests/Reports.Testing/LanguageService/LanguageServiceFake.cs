using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reports.Testing.LanguageService;

/// <summary>
/// A local HTTP server (Kestrel on 127.0.0.1, a free port) that stands in for Azure AI Language. It answers from a
/// script first (<see cref="Enqueue(FakeResponse)"/>, e.g. a recorded session replayed, or 429/5xx sequences), and
/// when the script is empty it acts as a small service of its own: language detection from <see cref="Detect"/>, and
/// summarization jobs (202 + Operation-Location, one "running" poll, then "succeeded") whose extractive summary is the
/// article's last sentences, with UTF-16 offsets. Every request is recorded.
/// </summary>
public sealed class LanguageServiceFake : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Func<RecordedRequest, FakeResponse>> script = new();
    private readonly ConcurrentDictionary<string, Job> jobs = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private LanguageServiceFake(WebApplication app)
    {
        this.app = app;
        app.Run(HandleAsync);
    }

    /// <summary>The fake's root, to use as ReportsLanguage__endpoint.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>The unscripted detection: text → (iso6391Name, confidence). Default: English, 0.99.</summary>
    public Func<string, (string Code, double Confidence)> Detect { get; set; } = _ => ("en", 0.99);

    /// <summary>Keep every request in <see cref="Requests"/>. Default true (benchmarks turn it off).</summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>Polls answered "running" before a job succeeds. Default 1.</summary>
    public int RunningPolls { get; set; } = 1;

    public static async Task<LanguageServiceFake> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new LanguageServiceFake(builder.Build());
        await fake.app.StartAsync().ConfigureAwait(false);
        var address = fake.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>Answers the next request with this response.</summary>
    public void Enqueue(FakeResponse response) => script.Enqueue(_ => response);

    /// <summary>Answers the next request with what this function makes of it.</summary>
    public void Enqueue(Func<RecordedRequest, FakeResponse> response) => script.Enqueue(response);

    /// <summary>
    /// Queues the responses of a recorded session (the Azure SDK's SessionRecords format: Entries with StatusCode,
    /// ResponseHeaders, ResponseBody), with Operation-Location pointed at this server. Returns the recorded requests'
    /// bodies, to compare the client's requests with.
    /// </summary>
    public IReadOnlyList<JsonNode?> Replay(string recordingPath)
    {
        var recording = JsonNode.Parse(File.ReadAllText(recordingPath))!;
        var bodies = new List<JsonNode?>();
        foreach (var entry in recording["Entries"]!.AsArray())
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in entry!["ResponseHeaders"]?.AsObject() ?? [])
            {
                var text = value!.GetValue<string>();
                if (name.Equals("operation-location", StringComparison.OrdinalIgnoreCase))
                {
                    var recorded = new Uri(text);
                    text = new Uri(Endpoint, recorded.PathAndQuery).AbsoluteUri;
                }

                if (name is not ("Content-Length" or "Content-Type" or "Date"))
                {
                    headers[name] = text;
                }
            }

            Enqueue(new FakeResponse(entry["StatusCode"]!.GetValue<int>(), entry["ResponseBody"]?.DeepClone(), headers));
            bodies.Add(entry["RequestBody"]?.DeepClone());
        }

        return bodies;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? string.Empty, headers, body);
        if (RecordRequests)
        {
            requests.Enqueue(request);
        }

        var response = script.TryDequeue(out var next) ? next(request) : Serve(request);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(response.Body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The unscripted service.</summary>
    private FakeResponse Serve(RecordedRequest request)
    {
        if (request.Header("Ocp-Apim-Subscription-Key") is null && request.Header("Authorization") is null)
        {
            return FakeResponse.Failure(401, "401", "Access denied due to missing subscription key.");
        }

        if (request.Method == "POST" && request.Path == "/language/:analyze-text")
        {
            return DetectAll(request.Json!);
        }

        if (request.Method == "POST" && request.Path == "/language/analyze-text/jobs")
        {
            var id = Guid.NewGuid().ToString();
            jobs[id] = new Job(request.Json!, RunningPolls);
            var location = new Uri(Endpoint, $"language/analyze-text/jobs/{id}?api-version=2023-04-01").AbsoluteUri;
            return new FakeResponse(202, null, new Dictionary<string, string> { ["Operation-Location"] = location });
        }

        const string prefix = "/language/analyze-text/jobs/";
        if (request.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            var id = request.Path[prefix.Length..];
            var cancel = id.EndsWith(":cancel", StringComparison.Ordinal);
            if (!jobs.TryGetValue(cancel ? id[..^":cancel".Length] : id, out var job))
            {
                return FakeResponse.Failure(404, "NotFound", "No such job.");
            }

            if (cancel)
            {
                job.Cancelled = true;
                return new FakeResponse(202);
            }

            var state = job.Poll(id);
            if ((string?)state["status"] is "succeeded" or "cancelled")
            {
                jobs.TryRemove(id, out _);
            }

            return FakeResponse.Json(state);
        }

        return FakeResponse.Failure(404, "404", $"Resource not found: {request.Method} {request.Path}");
    }

    private FakeResponse DetectAll(JsonNode body)
    {
        var documents = new JsonArray();
        foreach (var document in body["analysisInput"]!["documents"]!.AsArray())
        {
            var (code, confidence) = Detect(document!["text"]!.GetValue<string>());
            documents.Add(new JsonObject
            {
                ["id"] = document["id"]!.GetValue<string>(),
                ["detectedLanguage"] = new JsonObject { ["name"] = code, ["iso6391Name"] = code, ["confidenceScore"] = confidence },
                ["warnings"] = new JsonArray(),
            });
        }

        return FakeResponse.Json(new JsonObject
        {
            ["kind"] = "LanguageDetectionResults",
            ["results"] = new JsonObject { ["documents"] = documents, ["errors"] = new JsonArray(), ["modelVersion"] = "2022-10-01" },
        });
    }

    private sealed class Job(JsonNode request, int runningPolls)
    {
        private int polls;

        public bool Cancelled { get; set; }

        public JsonNode Poll(string id)
        {
            var task = request["tasks"]![0]!;
            var kind = task["kind"]!.GetValue<string>();
            var status = Cancelled ? "cancelled" : polls++ < runningPolls ? "running" : "succeeded";
            var items = new JsonArray();
            if (status == "succeeded")
            {
                var count = task["parameters"]?["sentenceCount"]?.GetValue<int>() ?? 3;
                var documents = new JsonArray();
                foreach (var document in request["analysisInput"]!["documents"]!.AsArray())
                {
                    var text = document!["text"]!.GetValue<string>();
                    var result = new JsonObject { ["id"] = document["id"]!.GetValue<string>(), ["warnings"] = new JsonArray() };
                    var last = LastSentences(text, count);
                    if (kind == "ExtractiveSummarization")
                    {
                        result["sentences"] = new JsonArray([.. last.Select(s => (JsonNode)new JsonObject
                        {
                            ["text"] = text.Substring(s.Offset, s.Length), ["rankScore"] = 0.9, ["offset"] = s.Offset, ["length"] = s.Length,
                        })]);
                    }
                    else
                    {
                        result["summaries"] = new JsonArray(new JsonObject { ["text"] = "Abstract: " + string.Join(" ", last.Select(s => text.Substring(s.Offset, s.Length))) });
                    }

                    documents.Add(result);
                }

                items.Add(new JsonObject
                {
                    ["kind"] = kind + "LROResults",
                    ["taskName"] = task["taskName"]?.GetValue<string>(),
                    ["lastUpdateDateTime"] = "2026-11-22T06:00:00Z",
                    ["status"] = "succeeded",
                    ["results"] = new JsonObject { ["documents"] = documents, ["errors"] = new JsonArray(), ["modelVersion"] = "2022-08-01" },
                });
            }

            var done = status == "succeeded" ? 1 : 0;
            return new JsonObject
            {
                ["jobId"] = id,
                ["createdDateTime"] = "2026-11-22T06:00:00Z",
                ["lastUpdatedDateTime"] = "2026-11-22T06:00:01Z",
                ["expirationDateTime"] = "2026-11-23T06:00:00Z",
                ["status"] = status,
                ["errors"] = new JsonArray(),
                ["tasks"] = new JsonObject { ["completed"] = done, ["failed"] = 0, ["inProgress"] = 1 - done, ["total"] = 1, ["items"] = items },
            };
        }

        /// <summary>The last sentences (split after . ! ? and a space), as UTF-16 spans.</summary>
        private static List<(int Offset, int Length)> LastSentences(string text, int count)
        {
            var spans = new List<(int Offset, int Length)>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var end = i == text.Length - 1 || (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]));
                if (!end)
                {
                    continue;
                }

                var sentence = text[start..(i + 1)];
                var trimmed = sentence.TrimStart();
                if (trimmed.Trim().Length > 0)
                {
                    spans.Add((start + (sentence.Length - trimmed.Length), trimmed.TrimEnd().Length));
                }

                start = i + 1;
            }

            return spans.Count <= count ? spans : spans[^count..];
        }
    }
}
