namespace Reports.Core.Http;

/// <summary>How one outside HTTP service is retried.</summary>
/// <param name="Timeout">Each attempt, connect to response read.</param>
/// <param name="MaxRetries">Retries after the first attempt for transient failures.</param>
/// <param name="BaseDelay">The first backoff's ceiling; doubled each retry (full jitter on the upper half).</param>
/// <param name="MaxDelay">The longest wait between attempts; also caps Retry-After.</param>
internal sealed record HttpRetryOptions(TimeSpan Timeout, int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries);
        ArgumentOutOfRangeException.ThrowIfNegative(BaseDelay.Ticks);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDelay.Ticks);
    }
}
