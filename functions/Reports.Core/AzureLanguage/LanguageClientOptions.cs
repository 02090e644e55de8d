namespace Reports.Core.AzureLanguage;

/// <summary>
/// Timeouts, retries and polling of <see cref="LanguageClient"/>. The timeouts and retries are carried out by the
/// HttpClient's resilience pipeline (Reports.Adapters.Language.LanguageResilience), the polling by the client.
/// </summary>
public sealed class LanguageClientOptions
{
    /// <summary>Each HTTP attempt. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One request with all its attempts and waits. Default 3 min; at least <see cref="Timeout"/>.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Retries after the first attempt for 408, 429, 5xx, network errors and attempt timeouts. Default 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff (exponential, with jitter). Default 500 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between attempts, also the cap on Retry-After. Default 30 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first wait before polling a job; each next wait is half again longer. Default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between polls. Default 5 s.</summary>
    public TimeSpan PollMaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Asks the service not to log the texts sent (loggingOptOut). Default true.</summary>
    public bool LoggingOptOut { get; set; } = true;

    /// <summary>Throws when a value is out of range (timeouts not positive, total shorter than one attempt, negatives).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(TotalTimeout, Timeout);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries);
        ArgumentOutOfRangeException.ThrowIfNegative(RetryBaseDelay.Ticks);
        ArgumentOutOfRangeException.ThrowIfNegative(RetryMaxDelay.Ticks);
        ArgumentOutOfRangeException.ThrowIfNegative(PollInterval.Ticks);
        ArgumentOutOfRangeException.ThrowIfNegative(PollMaxInterval.Ticks);
    }
}
