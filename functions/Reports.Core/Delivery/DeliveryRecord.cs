namespace Reports.Core.Delivery;

/// <summary>
/// The ledger's record of one briefing's delivery to one subscriber, stored as
/// <c>deliveries/{briefingId}/{subscriberId}.json</c>.
/// </summary>
public sealed record DeliveryRecord
{
    public required string BriefingId { get; init; }

    public required string SubscriberId { get; init; }

    public required DeliveryState State { get; init; }

    /// <summary>How many times a run claimed it to send (so how many SMTP attempts were started).</summary>
    public int Attempts { get; init; }

    /// <summary>The deterministic Message-ID every attempt uses.</summary>
    public string? MessageId { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>While <see cref="DeliveryState.Sending"/>: the claiming run's id.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>While <see cref="DeliveryState.Sending"/>: when the claim lapses (the run is presumed dead after it).</summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The last failure's reason (SMTP status and message).</summary>
    public string? LastError { get; init; }

    /// <summary>When a failed delivery may be tried again; null when <see cref="Permanent"/>.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>True when the failure will not be retried (address refused, or attempts exhausted).</summary>
    public bool Permanent { get; init; }
}
