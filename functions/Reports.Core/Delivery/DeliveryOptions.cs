namespace Reports.Core.Delivery;

/// <summary>How deliveries are claimed and retried.</summary>
public sealed class DeliveryOptions
{
    /// <summary>
    /// How long a claim holds. A run that has not recorded the outcome by then is presumed dead and its delivery is
    /// claimed again; keep it well above the SMTP timeout. Default 10 minutes.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts before a transiently failing delivery is given up (recorded as permanent). Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; doubled after each further one. Default 2 minutes.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest wait between attempts. Default 6 hours.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Messages sent at once. Default 4.</summary>
    public int MaxParallelSends { get; set; } = 4;

    /// <summary>The time allowed to record an outcome after the SMTP server answered, even when the caller cancels. Default 30 s.</summary>
    public TimeSpan RecordTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1: base × 2^(attempts−1), capped.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = Math.Min(RetryMaxDelay.Ticks, RetryBaseDelay.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)ticks);
    }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ClaimLease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryMaxDelay, RetryBaseDelay);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxParallelSends, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RecordTimeout, TimeSpan.Zero);
    }
}
