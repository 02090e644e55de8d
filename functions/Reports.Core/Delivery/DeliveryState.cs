namespace Reports.Core.Delivery;

/// <summary>Where one (briefing, subscriber) delivery is. See docs/delivery.md for the transitions.</summary>
public enum DeliveryState
{
    /// <summary>Planned: the run that created it meant to send, nobody has claimed it yet.</summary>
    Pending,

    /// <summary>Claimed by one run until <see cref="DeliveryRecord.ClaimedUntil"/>; that run is talking to SMTP.</summary>
    Sending,

    /// <summary>The SMTP server accepted the message. Final.</summary>
    Sent,

    /// <summary>The last attempt failed: retried from <see cref="DeliveryRecord.NextAttemptAt"/>, or never when permanent.</summary>
    Failed,
}
