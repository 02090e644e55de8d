using System.Net;
using Microsoft.Extensions.Logging;

namespace Reports.Core.AzureLanguage;

public sealed partial class LanguageClient
{
    /// <summary>
    /// Submits a job (202 + Operation-Location), then polls it with a growing wait (or the wait the service asks for)
    /// until it has succeeded, or partially completed; a failed or cancelled job throws. When the caller's token fires
    /// while the job runs, the job is cancelled on the service (best effort) before the cancellation goes on.
    /// </summary>
    private async Task<byte[]> RunJobAsync(byte[] body, CancellationToken cancellationToken)
    {
        Uri location;
        using (var submit = JsonRequest(HttpMethod.Post, Url("language/analyze-text/jobs"), body))
        using (var submitted = await SendAsync(submit, "Submit Job", cancellationToken).ConfigureAwait(false))
        {
            if (submitted.StatusCode != HttpStatusCode.Accepted)
            {
                var answer = await ReadSuccessAsync(submitted, "Submit Job", cancellationToken).ConfigureAwait(false);
                throw new LanguageServiceException($"Submit Job answered {(int)submitted.StatusCode} instead of 202 Accepted ({answer.Length} bytes).", submitted.StatusCode, null);
            }

            location = OperationLocation(submitted);
        }

        var wait = options.PollInterval;
        try
        {
            while (true)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                using var get = JsonRequest(HttpMethod.Get, location, null);
                using var poll = await SendAsync(get, "Get Job", cancellationToken).ConfigureAwait(false);
                var state = await ReadSuccessAsync(poll, "Get Job", cancellationToken).ConfigureAwait(false);
                var status = LanguageJson.JobStatus(state);
                switch (status)
                {
                    case "succeeded" or "partiallyCompleted" or "partiallySucceeded":
                        return state;
                    case "failed":
                        throw new LanguageServiceException($"The summarization job failed: {LanguageJson.JobErrors(state)}", null, "JobFailed");
                    case "cancelled" or "cancelling":
                        throw new LanguageServiceException("The summarization job was cancelled on the service.", null, "JobCancelled");
                }

                var grown = TimeSpan.FromTicks((long)(wait.Ticks * 1.5));
                wait = RetryAfter(poll, time) is { } asked ? Min(asked, options.PollMaxInterval) : Min(grown, options.PollMaxInterval);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await CancelJobAsync(location).ConfigureAwait(false);
            throw;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>The job's status URL; it must be on the endpoint's host (the credentials go there too).</summary>
    private Uri OperationLocation(HttpResponseMessage response)
    {
        var header = response.Headers.TryGetValues("Operation-Location", out var values) ? values.FirstOrDefault() : null;
        if (header is null || !Uri.TryCreate(endpoint, header, out var location))
        {
            throw new LanguageServiceException("Submit Job answered 202 without a usable Operation-Location header.", response.StatusCode, null);
        }

        if (!string.Equals(location.GetLeftPart(UriPartial.Authority), endpoint.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            throw new LanguageServiceException($"Operation-Location points to {location.Host}, not to the endpoint's host {endpoint.Host}; refusing to send credentials there.", response.StatusCode, null);
        }

        return location.Query.Contains("api-version=", StringComparison.Ordinal)
            ? location
            : new Uri(location.AbsoluteUri + (location.Query.Length > 0 ? "&" : "?") + "api-version=" + ApiVersion);
    }

    /// <summary>POST …/jobs/{id}:cancel within five seconds (the pipeline may retry it inside them); failures are only logged.</summary>
    private async Task CancelJobAsync(Uri location)
    {
        var cancel = new Uri(location.GetLeftPart(UriPartial.Path) + ":cancel" + location.Query);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), time);
        try
        {
            using var request = JsonRequest(HttpMethod.Post, cancel, null);
            using var response = await SendAsync(request, "Cancel Job", timeout.Token).ConfigureAwait(false);
            logger.LogInformation("Cancelled the Language job {Job}: {Status}", location.AbsolutePath, (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or OperationCanceledException)
        {
            logger.LogWarning("Could not cancel the Language job {Job}: {Reason}", location.AbsolutePath, e.GetType().Name);
        }
    }
}
