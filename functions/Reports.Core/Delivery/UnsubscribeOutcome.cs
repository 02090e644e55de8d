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
}
