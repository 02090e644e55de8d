using System.Globalization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;
using Reports.Core.AzureLanguage;

namespace Reports.Adapters.Language;

/// <summary>
/// The Azure AI Language client's resilience pipeline (Microsoft.Extensions.Http.Resilience, Polly), from
/// <see cref="LanguageClientOptions"/>: a total timeout around everything, then retries of 408, 429, 5xx, network
/// errors and attempt timeouts (exponential backoff with jitter from <see cref="LanguageClientOptions.RetryBaseDelay"/>,
/// or the wait the service asks for in Retry-After / retry-after-ms, both capped at
/// <see cref="LanguageClientOptions.RetryMaxDelay"/>), then a timeout per attempt. The caller's cancellation is never
/// retried. Waits and timeouts run on the given <see cref="TimeProvider"/>.
/// </summary>
public static class LanguageResilience
{
    /// <summary>The pipeline's name on the named HttpClient.</summary>
    public const string PipelineName = "language";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, LanguageClientOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        builder.TimeProvider = time;
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldRetryAfterHeader = false, // the generator below reads Retry-After and retry-after-ms, capped
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && LanguageClient.RetryAfter(response, time) is { } asked
                        ? (TimeSpan?)(asked < options.RetryMaxDelay ? asked : options.RetryMaxDelay)
                        : null),
                OnRetry = args =>
                {
                    var operation = args.Context.GetRequestMessage() is { } request && request.Options.TryGetValue(LanguageClient.OperationKey, out var name) ? name : "Request";
                    logger.LogWarning(
                        "Language {Operation} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms",
                        operation,
                        args.AttemptNumber + 1,
                        args.Outcome.Result is { } result ? ((int)result.StatusCode).ToString(CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name,
                        (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        builder.AddTimeout(options.Timeout);
    }

    /// <summary>Turns Polly's timeout into a <see cref="TimeoutException"/>, which Reports.Core knows (it references no Polly).</summary>
    internal sealed class TimeoutTranslation : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException e)
            {
                throw new TimeoutException($"No answer within {e.Timeout.TotalSeconds:0.###} s.", e);
            }
        }
    }
}
