namespace Reports.Core.Delivery;

/// <summary>What a claim attempt found.</summary>
public enum ClaimStatus
{
    /// <summary>This run holds the delivery and must send, then record the outcome.</summary>
    Claimed,

    AlreadySent,

    /// <summary>Failed before; the next attempt is not due yet.</summary>
    NotDue,

    /// <summary>Failed permanently before; never retried.</summary>
    GaveUp,

    /// <summary>Another run holds a live claim (or won the race for it).</summary>
    InProgressElsewhere,
}

/// <summary>The outcome of <see cref="DeliveryLedger.TryClaimAsync"/>; with <see cref="ClaimStatus.Claimed"/>, the record and the ETag this run wrote.</summary>
public sealed record DeliveryClaim(ClaimStatus Status, DeliveryRecord? Record, string? ETag);
