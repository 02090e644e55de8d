using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reports.Core.AzureLanguage;

/// <summary>The request bodies and the parsing of the answers of analyze-text 2023-04-01 (shapes as in the REST spec).</summary>
internal static class LanguageJson
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{"kind":"LanguageDetection","parameters":{…},"analysisInput":{"documents":[{"id","text"}]}}</c>.</summary>
    public static byte[] DetectionRequest(IReadOnlyList<LanguageDocument> documents, bool loggingOptOut) => Write(json =>
    {
        json.WriteString("kind", "LanguageDetection");
        json.WriteStartObject("parameters");
        json.WriteString("modelVersion", "latest");
        json.WriteBoolean("loggingOptOut", loggingOptOut);
        json.WriteEndObject();
        WriteInput(json, documents, withLanguage: false);
    });

    /// <summary>
    /// <c>{"displayName","analysisInput":{"documents":[{"id","text","language"}]},"tasks":[{"kind":"ExtractiveSummarization"|"AbstractiveSummarization","taskName","parameters":{…}}]}</c>.
    /// </summary>
    public static byte[] SummaryJobRequest(IReadOnlyList<LanguageDocument> documents, SummaryKind kind, int sentenceCount, bool loggingOptOut) => Write(json =>
    {
        json.WriteString("displayName", "reports summaries");
        WriteInput(json, documents, withLanguage: true);
        json.WriteStartArray("tasks");
        json.WriteStartObject();
        json.WriteString("kind", kind == SummaryKind.Extractive ? "ExtractiveSummarization" : "AbstractiveSummarization");
        json.WriteString("taskName", "summary");
        json.WriteStartObject("parameters");
        json.WriteString("modelVersion", "latest");
        json.WriteBoolean("loggingOptOut", loggingOptOut);
        json.WriteNumber("sentenceCount", kind == SummaryKind.Extractive ? Math.Min(sentenceCount, 20) : sentenceCount);
        if (kind == SummaryKind.Extractive)
        {
            json.WriteString("sortBy", "Offset");
        }

        json.WriteString("stringIndexType", "Utf16CodeUnit");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    });

    /// <summary>The documents and errors of a LanguageDetectionResults answer, by id.</summary>
    public static Dictionary<string, DocumentResult<DetectedLanguage>> DetectionResults(byte[] body)
    {
        using var doc = Parse(body, "Detect Language");
        var results = doc.RootElement.TryGetProperty("results", out var r) ? r : throw Malformed("Detect Language", "no results");
        var answers = ReadErrors<DetectedLanguage>(results);
        foreach (var document in Array(results, "documents"))
        {
            var id = String(document, "id") ?? throw Malformed("Detect Language", "a document without id");
            if (!document.TryGetProperty("detectedLanguage", out var detected))
            {
                answers[id] = new DocumentResult<DetectedLanguage>(id, null, "no detectedLanguage in the answer", Warnings(document));
                continue;
            }

            var language = new DetectedLanguage(
                String(detected, "name") ?? string.Empty,
                String(detected, "iso6391Name") ?? string.Empty,
                detected.TryGetProperty("confidenceScore", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : 0);
            answers[id] = new DocumentResult<DetectedLanguage>(id, language, null, Warnings(document));
        }

        return answers;
    }

    /// <summary>The status of a job state: notStarted, running, succeeded, partiallyCompleted, failed, cancelled, cancelling.</summary>
    public static string JobStatus(byte[] body)
    {
        using var doc = Parse(body, "Get Job");
        return String(doc.RootElement, "status") ?? throw Malformed("Get Job", "no status");
    }

    /// <summary>The job's errors (or its failed tasks), as one line.</summary>
    public static string JobErrors(byte[] body)
    {
        using var doc = Parse(body, "Get Job");
        var errors = Array(doc.RootElement, "errors").Select(e => Describe(e)).ToList();
        return errors.Count > 0 ? string.Join("; ", errors) : "no error details";
    }

    /// <summary>The summaries (and document errors) of the job's summarization task, by id.</summary>
    public static Dictionary<string, DocumentResult<DocumentSummary>> SummaryResults(byte[] body, SummaryKind kind)
    {
        var expected = kind == SummaryKind.Extractive ? "ExtractiveSummarizationLROResults" : "AbstractiveSummarizationLROResults";
        using var doc = Parse(body, "Get Job");
        var answers = new Dictionary<string, DocumentResult<DocumentSummary>>(StringComparer.Ordinal);
        var tasks = doc.RootElement.TryGetProperty("tasks", out var t) ? t : throw Malformed("Get Job", "no tasks");
        foreach (var item in Array(tasks, "items").Where(i => String(i, "kind") == expected))
        {
            if (!item.TryGetProperty("results", out var results))
            {
                continue; // a failed task: its documents get "no result"
            }

            foreach (var (id, error) in ReadErrors<DocumentSummary>(results))
            {
                answers[id] = error;
            }

            var model = String(results, "modelVersion");
            foreach (var document in Array(results, "documents"))
            {
                var id = String(document, "id") ?? throw Malformed("Get Job", "a document without id");
                var parts = kind == SummaryKind.Extractive
                    ? Array(document, "sentences").Select(s => new SummaryPart(
                        String(s, "text") ?? string.Empty,
                        Int(s, "offset"),
                        Int(s, "length"),
                        s.TryGetProperty("rankScore", out var rank) && rank.ValueKind == JsonValueKind.Number ? rank.GetDouble() : null)).ToList()
                    : Array(document, "summaries").Select(s => new SummaryPart(String(s, "text") ?? string.Empty)).ToList();
                answers[id] = new DocumentResult<DocumentSummary>(id, new DocumentSummary(kind, parts, model), null, Warnings(document));
            }
        }

        return answers;
    }

    /// <summary>The code (innermost) and message of an ErrorResponse body, when it is one.</summary>
    public static (string? Code, string? Message) Error(byte[] body)
    {
        if (body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var error))
            {
                var (code, message) = Innermost(error);
                return (code, message);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's page): the status says enough.
        }

        return (null, null);
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteInput(Utf8JsonWriter json, IReadOnlyList<LanguageDocument> documents, bool withLanguage)
    {
        json.WriteStartObject("analysisInput");
        json.WriteStartArray("documents");
        foreach (var document in documents)
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            json.WriteString("text", document.Text);
            if (withLanguage && document.Language is { } language)
            {
                json.WriteString("language", language);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static Dictionary<string, DocumentResult<T>> ReadErrors<T>(JsonElement results)
        where T : class
    {
        var answers = new Dictionary<string, DocumentResult<T>>(StringComparer.Ordinal);
        foreach (var error in Array(results, "errors"))
        {
            var id = String(error, "id");
            if (id is not null)
            {
                answers[id] = new DocumentResult<T>(id, null, error.TryGetProperty("error", out var e) ? Describe(e) : "error without details", []);
            }
        }

        return answers;
    }

    /// <summary>"InnerCode: message" from an error with optional innererror.</summary>
    private static string Describe(JsonElement error)
    {
        var (code, message) = Innermost(error);
        return $"{code ?? "error"}: {message ?? "no message"}";
    }

    private static (string? Code, string? Message) Innermost(JsonElement error)
    {
        var code = String(error, "code");
        var message = String(error, "message");
        while (error.TryGetProperty("innererror", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            code = String(inner, "code") ?? code;
            message = String(inner, "message") ?? message;
            error = inner;
        }

        return (code, message);
    }

    private static IReadOnlyList<string> Warnings(JsonElement document) =>
        [.. Array(document, "warnings").Select(w => $"{String(w, "code") ?? "warning"}: {String(w, "message") ?? string.Empty}".TrimEnd(' ', ':'))];

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().ToList()
            : [];

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static JsonDocument Parse(byte[] body, string operation)
    {
        try
        {
            var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                doc.Dispose();
                throw Malformed(operation, "not a JSON object");
            }

            return doc;
        }
        catch (JsonException e)
        {
            throw new LanguageServiceException(string.Create(CultureInfo.InvariantCulture, $"{operation} answered with a body that is not JSON ({body.Length} bytes): {e.Message}"), e);
        }
    }

    private static LanguageServiceException Malformed(string operation, string what) => new($"{operation} answered with an unexpected body: {what}.");
}
