using System.Globalization;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Reports.Core.Ingestion;

namespace Reports.Functions.Articles;

/// <summary>
/// The <c>AnalyzeArticle</c> blob trigger on <c>articles/{name}</c> (Event Grid source, connection
/// <c>ReportsStorage</c>): hands the blob's bytes to the <see cref="ArticleIngestor"/> and maps its outcome. Storage
/// failures throw, and so does a busy article (<see cref="ArticleBusyException"/>), so the host retries; an article
/// that cannot be analysed is a success (it is stored as rejected with the reason).
/// </summary>
internal sealed partial class AnalyzeArticleFunction(ArticleIngestor ingestor, TimeProvider time, ILogger<AnalyzeArticleFunction> logger)
{
    public const string Name = "AnalyzeArticle";

    /// <summary>The trigger's path: the container is <see cref="IngestContainers.Articles"/>.</summary>
    public const string Path = IngestContainers.Articles + "/{name}";

    /// <summary>The app setting (prefix) of the storage account the trigger watches.</summary>
    public const string Connection = "ReportsStorage";

    [Function(Name)]
    public async Task<IngestOutcome> RunAsync(
        [BlobTrigger(Path, Source = BlobTriggerSource.EventGrid, Connection = Connection)] byte[] content,
        string name,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var properties = BlobProperties.From(context.BindingContext.BindingData);
        var uploadedAt = properties.LastModified ?? properties.CreatedOn ?? time.GetUtcNow();
        var metadata = BlobProperties.MetadataOf(context.BindingContext.BindingData);
        var throughUpload = metadata?.ContainsKey(ArticleUploader.ContentHashMetadata);
        var source = ArticleUploads.SourceOf(name, metadata);
        var outcome = await ingestor.IngestAsync(Name, new ArticleBlob(name, properties.ETag, content, uploadedAt, throughUpload, source), cancellationToken).ConfigureAwait(false);
        LogOutcome(outcome.Result, content.Length, outcome.ArticleId, outcome.Reason);
        return outcome.Result == IngestResult.Busy
            ? throw new ArticleBusyException($"Article {outcome.ArticleId} is being analysed by another invocation; retry later.")
            : outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "AnalyzeArticle: {Result} for a blob of {Bytes} bytes, article {ArticleId} {Reason}")]
    private partial void LogOutcome(IngestResult result, int bytes, string? articleId, string? reason);
}

/// <summary>Another invocation holds a fresh claim on the same article: the host (or the local watcher) retries later.</summary>
public sealed class ArticleBusyException : Exception
{
    public ArticleBusyException()
    {
    }

    public ArticleBusyException(string message)
        : base(message)
    {
    }

    public ArticleBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// What the blob trigger's binding data says about the blob version: its <c>Properties</c> (a JSON object, or a JSON
/// string of one), of which the ETag (the version, for the receipt; without one the content hash stands for it) and
/// the dates are used.
/// </summary>
internal sealed record BlobProperties(string? ETag, DateTimeOffset? LastModified, DateTimeOffset? CreatedOn)
{
    public const string Key = "Properties";

    /// <summary>The binding data's key of the blob's metadata.</summary>
    public const string MetadataKey = "Metadata";

    public static BlobProperties From(IReadOnlyDictionary<string, object?> bindingData)
    {
        ArgumentNullException.ThrowIfNull(bindingData);
        using var document = bindingData.TryGetValue(Key, out var value) && value is not null ? ReadJson(value) : null;
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return new BlobProperties(null, null, null);
        }

        var root = document.RootElement;
        return new BlobProperties(Text(root, "ETag")?.Trim('"'), Date(root, "LastModified"), Date(root, "CreatedOn") ?? Date(root, "Created"));
    }

    /// <summary>
    /// Whether the binding data's <c>Metadata</c> (a JSON object, or a JSON string of one) has the key (any case); null
    /// when there is no readable metadata.
    /// </summary>
    public static bool? CarriesMetadata(IReadOnlyDictionary<string, object?> bindingData, string key) =>
        MetadataOf(bindingData)?.ContainsKey(key);

    /// <summary>
    /// The binding data's <c>Metadata</c> (a JSON object, or a JSON string of one) with its string values, names in any
    /// case; null when there is no readable metadata.
    /// </summary>
    public static Dictionary<string, string>? MetadataOf(IReadOnlyDictionary<string, object?> bindingData)
    {
        ArgumentNullException.ThrowIfNull(bindingData);
        using var document = bindingData.TryGetValue(MetadataKey, out var value) && value is not null ? ReadJson(value) : null;
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }

        return metadata;
    }

    /// <summary>
    /// A binding data value as JSON: a JSON text, an element or any object serialised; a JSON string that holds JSON is
    /// read again (the host may pass an object as a string of it). Null when it is not JSON.
    /// </summary>
    private static JsonDocument? ReadJson(object value)
    {
        try
        {
            var document = value switch
            {
                string text => JsonDocument.Parse(text),
                JsonElement element => JsonDocument.Parse(element.GetRawText()),
                _ => JsonDocument.Parse(JsonSerializer.Serialize(value)),
            };
            while (document.RootElement.ValueKind == JsonValueKind.String && document.RootElement.GetString() is { } inner)
            {
                document.Dispose();
                document = JsonDocument.Parse(inner);
            }

            return document;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            }
        }

        return null;
    }

    private static DateTimeOffset? Date(JsonElement element, string name) =>
        Text(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
