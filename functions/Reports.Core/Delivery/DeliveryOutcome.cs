namespace Reports.Core.Delivery;

/// <summary>Where one subscriber ended up in one run (one count of <see cref="DeliveryResult"/> each).</summary>
internal enum DeliveryOutcome
{
    Sent,
    AlreadySent,
    Failed,
    SkippedByLanguage,
    Unsubscribed,
    NotDue,
    GaveUp,
    InProgressElsewhere,
}
