namespace Reports.Core.Delivery;

/// <summary>What one delivery run did, per subscriber passed in (every subscriber lands in exactly one count).</summary>
/// <param name="Sent">Accepted by the SMTP server in this run.</param>
/// <param name="AlreadySent">Sent by an earlier run (or a concurrent one that finished first).</param>
/// <param name="Failed">Failed in this run (transient ones are retried by a later run; see <paramref name="Failures"/>).</param>
/// <param name="SkippedByLanguage">The subscriber's language list does not cover the briefing.</param>
/// <param name="Unsubscribed">The subscriber has left.</param>
/// <param name="NotDue">Failed earlier; the next attempt is not due yet.</param>
/// <param name="GaveUp">Failed permanently earlier; never retried.</param>
/// <param name="InProgressElsewhere">Another run holds the delivery right now.</param>
/// <param name="Failures">This run's failures with their reasons.</param>
public sealed record DeliveryResult(
    int Sent,
    int AlreadySent,
    int Failed,
    int SkippedByLanguage,
    int Unsubscribed,
    int NotDue,
    int GaveUp,
    int InProgressElsewhere,
    IReadOnlyList<DeliveryFailure> Failures)
{
    public int Total => Sent + AlreadySent + Failed + SkippedByLanguage + Unsubscribed + NotDue + GaveUp + InProgressElsewhere;

    /// <summary>True when every subscriber the briefing is for has it (nothing failed, pending or in flight).</summary>
    public bool Complete => Failed == 0 && NotDue == 0 && InProgressElsewhere == 0;
}

/// <summary>One subscriber's failure in a run.</summary>
public sealed record DeliveryFailure(string SubscriberId, string Reason, bool Permanent);
