using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Reports.Core.Http;

/// <summary>
/// Sends a request built fresh for each attempt (stamped, then authorized) with a timeout per attempt. Retries 408,
/// 429, 500, 502, 503, 504, network errors and attempt timeouts with exponential backoff and jitter, honouring
/// Retry-After (seconds or a date) and retry-after-ms up to the cap; any other answer goes back to the caller, and so
/// does the last transient answer once the retries are spent. The caller's cancellation is never retried.
/// </summary>
internal sealed class RetryingHttpSender(
    HttpClient http,
    IRequestAuthorizer authorizer,
    HttpRetryOptions options,
    TimeProvider time,
    ILogger logger,
    string service,
    Action<HttpRequestMessage>? stamp = null)
{
    public HttpRetryOptions Options => options;

    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, string operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var request = build();
            stamp?.Invoke(request);
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

                throw new HttpRequestException($"{operation} failed after {attempt + 1} attempts: {Secrets.Redact(failure!.Message)}", failure);
            }

            var delay = Backoff(attempt, response);
            logger.LogWarning(
                "{Service} {Operation} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms",
                service,
                operation,
                attempt + 1,
                response is null ? failure!.GetType().Name : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture),
                (long)delay.TotalMilliseconds);
            response?.Dispose();
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait the service asked for (retry-after-ms, x-ms-retry-after-ms, Retry-After), or null.</summary>
    public TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var name in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValues(name, out var values)
                && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
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

    private TimeSpan Backoff(int attempt, HttpResponseMessage? response)
    {
        var cap = options.MaxDelay;
        if (response is not null && RetryAfter(response) is { } asked)
        {
            return asked < cap ? asked : cap;
        }

        var ceiling = Math.Min(cap.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }
}
