using System.Globalization;
using System.Net;
using Reports.Core.Http;

namespace Reports.Core.Storage;

public sealed partial class AzureBlobStore
{
    /// <summary>
    /// Sends a request built fresh for each attempt, stamped with x-ms-version and x-ms-date and authorized, with the
    /// retries of <see cref="RetryingHttpSender"/>.
    /// </summary>
    private Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, string operation, CancellationToken cancellationToken) =>
        sender.SendAsync(build, operation, cancellationToken);

    internal static bool IsTransient(HttpStatusCode status) => RetryingHttpSender.IsTransient(status);

    private void Stamp(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("x-ms-version", AzureBlobStoreOptions.ServiceVersion);
        request.Headers.TryAddWithoutValidation("x-ms-date", time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
    }

    private static string? ErrorCode(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-ms-error-code", out var values) ? values.FirstOrDefault() : null;

    private static HttpRequestException Failure(HttpResponseMessage response, string operation, string container, string? name = null)
    {
        var target = name is null ? container : $"{container}/{name}";
        var code = ErrorCode(response) ?? response.ReasonPhrase ?? "no error code";
        return new HttpRequestException($"{operation} '{target}' failed: {(int)response.StatusCode} {code}.", null, response.StatusCode);
    }

    private static string ETagOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("ETag", out var values) ? values.First().Trim('"') : throw new InvalidDataException("The blob service answered without an ETag.");

    private BlobItem ReadItem(HttpResponseMessage response, string container, string name)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in response.Headers)
        {
            if (key.StartsWith("x-ms-meta-", StringComparison.OrdinalIgnoreCase))
            {
                metadata[key["x-ms-meta-".Length..]] = string.Join(',', values);
            }
        }

        var headers = response.Content.Headers;
        return new BlobItem(
            container,
            name,
            ETagOf(response),
            headers.ContentLength ?? 0,
            headers.LastModified ?? time.GetUtcNow(),
            headers.ContentType?.ToString(),
            metadata);
    }
}
