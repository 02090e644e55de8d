namespace Reports.Core.Delivery;

/// <summary>What an unsubscribe request did.</summary>
public enum UnsubscribeOutcome
{
    /// <summary>The subscriber is now (or already was) unsubscribed.</summary>
    Unsubscribed,

    /// <summary>The token does not belong to this subscriber id (tampered, or another subscriber's).</summary>
    InvalidToken,

    /// <summary>The token is valid but there is no such subscriber (deleted).</summary>
    NotFound,

    /// <summary>
    /// The link belongs to an earlier subscription of this address: the person subscribed again after the email was
    /// sent, so the old link no longer unsubscribes them.
    /// </summary>
    StaleLink,
}
