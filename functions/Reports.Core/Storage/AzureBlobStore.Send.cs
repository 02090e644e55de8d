using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;

using Reports.Core.Storage.Azure;

namespace Reports.Core.Storage;

public sealed partial class AzureBlobStore
{
    /// <summary>
    /// Sends a request built fresh for each attempt, stamped with x-ms-version and x-ms-date and authorized. Retries
    /// 408, 429, 500, 502, 503, 504, network errors and attempt timeouts with exponential backoff and full jitter
    /// (honouring Retry-After up to the cap); any other answer goes back to the caller. The caller's cancellation is
    /// never retried.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, string operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var request = build();
            request.Headers.TryAddWithoutValidation("x-ms-version", AzureBlobStoreOptions.ServiceVersion);
            request.Headers.TryAddWithoutValidation("x-ms-date", time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
            using var attemptTimeout = new CancellationTokenSource(options.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
            HttpResponseMessage? response = null;
            Exception? failure;
            try
            {
                await authorizer.AuthorizeAsync(request, linked.Token).ConfigureAwait(false);
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode))
                {
                    return response;
                }

                failure = null;
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = new TimeoutException($"{operation} took longer than {options.Timeout.TotalSeconds:0.###} s.", e);
            }
            catch (HttpRequestException e)
            {
                failure = e;
            }

            if (attempt >= options.MaxRetries)
            {
                if (response is not null)
                {
                    return response; // The caller turns the status into its exception.
                }

                throw new HttpRequestException($"{operation} failed after {attempt + 1} attempts: {StorageSecrets.Redact(failure!.Message)}", failure);
            }

            var delay = Backoff(attempt, response?.Headers.RetryAfter);
            logger.LogWarning(
                "Blob {Operation} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms",
                operation,
                attempt + 1,
                response is null ? failure!.GetType().Name : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture),
                (long)delay.TotalMilliseconds);
            response?.Dispose();
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan Backoff(int attempt, System.Net.Http.Headers.RetryConditionHeaderValue? retryAfter)
    {
        var cap = options.RetryMaxDelay;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < cap ? delta : cap;
        }

        var ceiling = Math.Min(cap.TotalMilliseconds, options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
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
