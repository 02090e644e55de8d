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
/// <see cref="DocumentBatches"/>); transient failures, throttling and timeouts are retried by the resilience pipeline
/// of the <see cref="HttpClient"/> it is given (Microsoft.Extensions.Http.Resilience, built in Reports.Adapters by
/// <c>LanguageClients</c>);
/// a refused request or failed job throws <see cref="LanguageServiceException"/>; an error for one document comes back
/// as that document's <see cref="DocumentResult{T}.Error"/>. Authorized by the resource key
/// (<c>Ocp-Apim-Subscription-Key</c>) or an Entra ID token for https://cognitiveservices.azure.com/.default.
/// </summary>
public sealed partial class LanguageClient : IDisposable
{
    public const string ApiVersion = "2023-04-01";
    public const string Scope = "https://cognitiveservices.azure.com/.default";
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    /// <summary>The name of the operation (e.g. "Detect Language") on each request, for the pipeline's retry log.</summary>
    public static readonly HttpRequestOptionsKey<string> OperationKey = new("Reports.LanguageOperation");

    private readonly Uri endpoint;
    private readonly IRequestAuthorizer authorizer;
    private readonly LanguageClientOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly HttpClient http;

    /// <summary>
    /// A client sending through <paramref name="http"/>, which owns retries and timeouts (its pipeline), and which this
    /// client disposes. Requests are authorized by <paramref name="authorizer"/> (the key, an Entra ID token).
    /// </summary>
    public LanguageClient(HttpClient http, Uri endpoint, IRequestAuthorizer authorizer, LanguageClientOptions? options = null, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(authorizer);
        this.http = http;
        this.endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/");
        this.authorizer = authorizer;
        this.options = options ?? new LanguageClientOptions();
        this.options.Validate();
        this.time = time ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The resource root the client calls, e.g. https://NAME.cognitiveservices.azure.com/.</summary>
    public Uri Endpoint => endpoint;

    /// <summary>Authorizes requests with the resource key (the <c>Ocp-Apim-Subscription-Key</c> header).</summary>
    public static IRequestAuthorizer KeyAuthorizer(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new ResourceKeyAuthorizer(key);
    }

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
            using var request = JsonRequest(HttpMethod.Post, Url("language/:analyze-text"), body);
            using var response = await SendAsync(request, "Detect Language", cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Sends one request through the pipeline (which retries it); a network failure or timeout that outlasts the
    /// retries becomes an <see cref="HttpRequestException"/> naming the operation. The caller's cancellation goes on as is.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        request.Options.Set(OperationKey, operation);
        try
        {
            await authorizer.AuthorizeAsync(request, cancellationToken).ConfigureAwait(false);
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"{operation} failed after at most {options.MaxRetries + 1} attempts: {Secrets.Redact(e.Message)}", e);
        }
    }

    /// <summary>The wait the service asked for (retry-after-ms, x-ms-retry-after-ms, Retry-After in seconds or a date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        foreach (var name in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValues(name, out var values)
                && double.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms >= 0)
            {
                return TimeSpan.FromMilliseconds(ms);
            }
        }

        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
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
    private sealed class ResourceKeyAuthorizer(string key) : IRequestAuthorizer
    {
        public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Remove(KeyHeader);
            request.Headers.TryAddWithoutValidation(KeyHeader, key);
            return ValueTask.CompletedTask;
        }
    }
}
