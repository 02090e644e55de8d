using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Core.Http;

namespace Reports.Core.AzureLanguage;

/// <summary>
/// A small client for Azure AI Language's text analysis REST API, api-version 2023-04-01 (the TextAnalytics package
/// cannot be restored here): language detection through <c>POST /language/:analyze-text</c> and extractive or
/// abstractive summarization through the <c>/language/analyze-text/jobs</c> long-running operation. Offsets are asked
/// as UTF-16 code units. Documents are split into requests within the service's limits (see
/// <see cref="DocumentBatches"/>); transient failures and throttling are retried (<see cref="RetryingHttpSender"/>);
/// a refused request or failed job throws <see cref="LanguageServiceException"/>; an error for one document comes back
/// as that document's <see cref="DocumentResult{T}.Error"/>. Authorized by the resource key
/// (<c>Ocp-Apim-Subscription-Key</c>) or an Entra ID token for https://cognitiveservices.azure.com/.default.
/// </summary>
public sealed partial class LanguageClient : IDisposable
{
    public const string ApiVersion = "2023-04-01";
    public const string Scope = "https://cognitiveservices.azure.com/.default";
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly Uri endpoint;
    private readonly IRequestAuthorizer authorizer;
    private readonly LanguageClientOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly HttpClient http;
    private readonly RetryingHttpSender sender;

    internal LanguageClient(Uri endpoint, IRequestAuthorizer authorizer, LanguageClientOptions? options = null, TimeProvider? time = null, ILogger? logger = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(authorizer);
        this.endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/");
        this.authorizer = authorizer;
        this.options = options ?? new LanguageClientOptions();
        this.time = time ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;
        var retry = new HttpRetryOptions(this.options.Timeout, this.options.MaxRetries, this.options.RetryBaseDelay, this.options.RetryMaxDelay);
        retry.Validate();
        http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = this.options.Timeout })
        {
            // Attempts are bounded by the sender's own per-attempt token.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        sender = new RetryingHttpSender(http, authorizer, retry, this.time, this.logger, "Language");
    }

    /// <summary>The resource root the client calls, e.g. https://NAME.cognitiveservices.azure.com/.</summary>
    public Uri Endpoint => endpoint;

    /// <summary>
    /// A client for the settings with the resource key. Without a key (token access: a managed identity or the default
    /// Azure credential chain) use <c>Reports.Adapters.Language.LanguageClients.Create</c>, which owns Azure.Identity.
    /// </summary>
    public static LanguageClient Create(AzureLanguageSettings settings, TimeProvider? time = null, ILogger? logger = null, LanguageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var endpoint = settings.Endpoint ?? throw new ArgumentException($"{AzureLanguageSettings.EndpointName} is not set.", nameof(settings));
        options ??= new LanguageClientOptions { Timeout = settings.Timeout };
        if (settings.Key is { } key)
        {
            return new LanguageClient(endpoint, new KeyAuthorizer(key), options, time, logger);
        }

        throw new InvalidOperationException(
            $"{AzureLanguageSettings.KeyName} is not set: token access (managed identity, the Azure credential chain) is built by Reports.Adapters (LanguageClients.Create).");
    }

    /// <summary>A client whose requests are authorized by <paramref name="authorizer"/> (an Entra ID token from Reports.Adapters, a key).</summary>
    public static LanguageClient WithAuthorizer(Uri endpoint, IRequestAuthorizer authorizer, LanguageClientOptions? options = null, TimeProvider? time = null, ILogger? logger = null) =>
        new(endpoint, authorizer, options, time, logger);

    public void Dispose()
    {
        http.Dispose();
        (authorizer as IDisposable)?.Dispose();
    }

    /// <summary>
    /// Detects each document's language. Texts longer than the synchronous limit are cut (a language shows in its first
    /// 5,120 characters); results come back in the documents' order.
    /// </summary>
    public async Task<IReadOnlyList<DocumentResult<DetectedLanguage>>> DetectLanguageAsync(IReadOnlyList<LanguageDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        CheckIds(documents);
        var cut = documents.Select(d => d with { Text = DocumentBatches.Cut(d.Text, DocumentBatches.DetectionMaxTextElements).Text }).ToList();
        var results = new DocumentResult<DetectedLanguage>[documents.Count];
        foreach (var batch in DocumentBatches.Split(cut, DocumentBatches.DetectionMaxDocuments, 0))
        {
            var sent = batch.Select(i => cut[i]).ToList();
            var body = LanguageJson.DetectionRequest(sent, options.LoggingOptOut);
            using var response = await sender.SendAsync(() => JsonRequest(HttpMethod.Post, Url("language/:analyze-text"), body), "Detect Language", cancellationToken).ConfigureAwait(false);
            var json = await ReadSuccessAsync(response, "Detect Language", cancellationToken).ConfigureAwait(false);
            var answers = LanguageJson.DetectionResults(json);
            Place(results, batch, sent, answers);
        }

        return results;
    }

    /// <summary>
    /// Summarizes each document (its <see cref="LanguageDocument.Language"/> is the hint the service needs) in jobs of
    /// at most 25 documents and 125,000 text elements; a longer document is summarized from its first 125,000 (a warning
    /// says so). Each job is polled until done; a job still running when <paramref name="cancellationToken"/> fires is
    /// cancelled on the service too.
    /// </summary>
    public async Task<IReadOnlyList<DocumentResult<DocumentSummary>>> SummarizeAsync(IReadOnlyList<LanguageDocument> documents, SummaryKind kind, int sentenceCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(sentenceCount, 1);
        CheckIds(documents);
        var truncated = new bool[documents.Count];
        var cut = new List<LanguageDocument>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var (text, wasCut) = DocumentBatches.Cut(documents[i].Text, DocumentBatches.JobMaxTextElements);
            truncated[i] = wasCut;
            cut.Add(documents[i] with { Text = text });
        }

        var results = new DocumentResult<DocumentSummary>[documents.Count];
        foreach (var batch in DocumentBatches.Split(cut, DocumentBatches.JobMaxDocuments, DocumentBatches.JobMaxTextElements))
        {
            var sent = batch.Select(i => cut[i]).ToList();
            var body = LanguageJson.SummaryJobRequest(sent, kind, sentenceCount, options.LoggingOptOut);
            var job = await RunJobAsync(body, cancellationToken).ConfigureAwait(false);
            var answers = LanguageJson.SummaryResults(job, kind);
            Place(results, batch, sent, answers);
        }

        for (var i = 0; i < results.Length; i++)
        {
            if (truncated[i])
            {
                results[i] = results[i] with
                {
                    Warnings = [.. results[i].Warnings, $"summarized from the first {cut[i].Text.Length:N0} of {documents[i].Text.Length:N0} characters (the service's limit is 125,000 per request)"],
                };
            }
        }

        return results;
    }

    private static void CheckIds(IReadOnlyList<LanguageDocument> documents)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (string.IsNullOrEmpty(document.Id) || !ids.Add(document.Id))
            {
                throw new ArgumentException($"Document ids must be non-empty and unique; '{document.Id}' is not.", nameof(documents));
            }
        }
    }

    private static void Place<T>(DocumentResult<T>[] results, List<int> batch, List<LanguageDocument> sent, Dictionary<string, DocumentResult<T>> answers)
        where T : class
    {
        for (var j = 0; j < batch.Count; j++)
        {
            var id = sent[j].Id;
            results[batch[j]] = answers.TryGetValue(id, out var answer)
                ? answer
                : new DocumentResult<T>(id, null, "the service returned no result for this document", []);
        }
    }

    private Uri Url(string path) => new(endpoint, path + "?api-version=" + ApiVersion);

    private static HttpRequestMessage JsonRequest(HttpMethod method, Uri uri, byte[]? body)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return request;
    }

    /// <summary>The body of a 2xx answer; otherwise a <see cref="LanguageServiceException"/> with the service's error.</summary>
    private static async Task<byte[]> ReadSuccessAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return body;
        }

        throw Failure(response, body, operation);
    }

    private static LanguageServiceException Failure(HttpResponseMessage response, byte[] body, string operation)
    {
        var (code, message) = LanguageJson.Error(body);
        code ??= response.Headers.TryGetValues("x-ms-error-code", out var values) ? values.FirstOrDefault() : null;
        var status = (int)response.StatusCode;
        var hint = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => " Check ReportsLanguage__key (or the identity's token).",
            HttpStatusCode.Forbidden => " The identity needs the Cognitive Services User role on the Language resource.",
            HttpStatusCode.NotFound => " Check ReportsLanguage__endpoint (the resource root, https://NAME.cognitiveservices.azure.com).",
            _ => string.Empty,
        };
        var text = $"{operation} failed: {status} {code ?? response.ReasonPhrase ?? "no error code"}{(message is null ? string.Empty : ": " + message.TrimEnd().TrimEnd('.'))}.{hint}";
        return new LanguageServiceException(Secrets.Redact(text), response.StatusCode, code);
    }

    /// <summary>Sends the key header.</summary>
    private sealed class KeyAuthorizer(string key) : IRequestAuthorizer
    {
        public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Remove(KeyHeader);
            request.Headers.TryAddWithoutValidation(KeyHeader, key);
            return ValueTask.CompletedTask;
        }
    }
}
