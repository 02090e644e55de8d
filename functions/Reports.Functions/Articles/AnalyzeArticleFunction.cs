using Reports.Core.Ingestion;
using Reports.Functions.Invocations;

namespace Reports.Functions.Articles;

/// <summary>
/// The <c>AnalyzeArticle</c> blob trigger (<c>articles/{name}</c>, binary): reads the invocation, hands the blob to
/// the <see cref="ArticleIngestor"/> and maps its outcome. Storage failures and a busy article fail the invocation
/// (non-2xx) so the host retries; an article that cannot be analysed is a success (it is stored as rejected).
/// </summary>
internal sealed partial class AnalyzeArticleFunction(ArticleIngestor ingestor, TimeProvider time, ILogger<AnalyzeArticleFunction> logger) : IFunctionHandler
{
    public const string FunctionName = "AnalyzeArticle";

    public const string Binding = "article";

    public string Name => FunctionName;

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var content = request.Binary(Binding)
            ?? throw new InvalidInvocationException($"Data.{Binding} is missing: the blob's bytes are expected as base64.");
        var name = request.MetadataString("name") ?? NameFromUri(request.MetadataString("Uri"))
            ?? throw new InvalidInvocationException("Metadata has neither 'name' nor a 'Uri' under /articles/: the blob name is unknown.");
        var properties = request.MetadataObject("Properties");
        var etag = properties is { } p && InvocationRequest.Property(p, "ETag") is { } tag ? InvocationRequest.Scalar(tag)?.Trim('"') : null;
        var sys = request.MetadataObject("sys");
        var uploadedAt = InvocationRequest.Date(properties, "LastModified")
            ?? InvocationRequest.Date(properties, "CreatedOn")
            ?? InvocationRequest.Date(properties, "Created")
            ?? InvocationRequest.Date(sys, "UtcNow")
            ?? time.GetUtcNow();

        var outcome = await ingestor.IngestAsync(FunctionName, new ArticleBlob(name, etag, content, uploadedAt), cancellationToken).ConfigureAwait(false);
        LogOutcome(outcome.Result, content.Length, outcome.ArticleId, outcome.Reason);
        var line = $"{outcome.Result} {outcome.ArticleId}" + (outcome.Reason is null ? string.Empty : $" ({outcome.Reason})");
        return outcome.Result == IngestResult.Busy
            ? new InvocationResponse(StatusCodes.Status503ServiceUnavailable, InvocationResult.Of($"Article {outcome.ArticleId} is being analysed by another invocation; retry later."))
            : new InvocationResponse(StatusCodes.Status200OK, InvocationResult.Of(line));
    }

    /// <summary>The blob name from a blob URI: what follows the articles container.</summary>
    internal static string? NameFromUri(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            return null;
        }

        const string Marker = "/" + IngestContainers.Articles + "/";
        var path = parsed.AbsolutePath;
        var at = path.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 || at + Marker.Length >= path.Length ? null : Uri.UnescapeDataString(path[(at + Marker.Length)..]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "AnalyzeArticle: {Result} for a blob of {Bytes} bytes, article {ArticleId} {Reason}")]
    private partial void LogOutcome(IngestResult result, int bytes, string? articleId, string? reason);
}
