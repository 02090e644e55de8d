using Microsoft.Extensions.Logging;
using Reports.Core.Storage;

namespace Reports.Core.Delivery;

/// <summary>The state transitions: claim (pending/failed/lapsed → sending), sent, failed.</summary>
public sealed partial class DeliveryLedger
{
    /// <summary>
    /// Takes the delivery for this run when it is pending, failed and due, or held by a claim that has lapsed;
    /// otherwise says why not. A lost race is reported as <see cref="ClaimStatus.InProgressElsewhere"/> or whatever the
    /// winner has made of it.
    /// </summary>
    public async Task<DeliveryClaim> TryClaimAsync(string briefingId, string subscriberId, string messageId, string runId, CancellationToken cancellationToken)
    {
        var name = BlobName(briefingId, subscriberId);
        for (var read = 1; read <= MaxClaimReads; read++)
        {
            var current = await ReadAsync(name, cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            if (current is { } found && Blocked(found.Record, now) is { } status)
            {
                return new DeliveryClaim(status, found.Record, found.ETag);
            }

            if (current is { Record: { State: DeliveryState.Sending } lapsed })
            {
                logger.LogWarning(
                    "Delivery {BriefingId}/{SubscriberId}: claim by run {RunId} lapsed at {ClaimedUntil}; sending again (the earlier attempt may have been accepted: same Message-ID {MessageId})",
                    briefingId, subscriberId, lapsed.ClaimedBy, lapsed.ClaimedUntil, lapsed.MessageId);
            }

            var claimed = new DeliveryRecord
            {
                BriefingId = briefingId,
                SubscriberId = subscriberId,
                State = DeliveryState.Sending,
                Attempts = (current?.Record.Attempts ?? 0) + 1,
                MessageId = messageId,
                UpdatedAt = now,
                ClaimedBy = runId,
                ClaimedUntil = now + options.ClaimLease,
                LastError = current?.Record.LastError,
            };
            if (await TryWriteAsync(name, claimed, current?.ETag, cancellationToken).ConfigureAwait(false) is { } etag)
            {
                return new DeliveryClaim(ClaimStatus.Claimed, claimed, etag);
            }
        }

        return new DeliveryClaim(ClaimStatus.InProgressElsewhere, null, null);
    }

    /// <summary>Records that the SMTP server accepted the message.</summary>
    public async Task<DeliveryRecord> MarkSentAsync(DeliveryClaim claim, CancellationToken cancellationToken)
    {
        var held = Held(claim);
        var sent = held with { State = DeliveryState.Sent, SentAt = time.GetUtcNow(), UpdatedAt = time.GetUtcNow(), ClaimedUntil = null, NextAttemptAt = null, LastError = null };
        var name = BlobName(held.BriefingId, held.SubscriberId);
        if (await TryWriteAsync(name, sent, claim.ETag, cancellationToken).ConfigureAwait(false) is not null)
        {
            return sent;
        }

        // Our claim lapsed and another run took the delivery over. The message was accepted, so say so anyway.
        var current = await ReadAsync(name, cancellationToken).ConfigureAwait(false);
        logger.LogWarning(
            "Delivery {BriefingId}/{SubscriberId}: claim was taken over (now {State}) before sent was recorded; recording sent",
            held.BriefingId, held.SubscriberId, current?.Record.State);
        if (current is { Record.State: DeliveryState.Sent })
        {
            return current.Value.Record;
        }

        await store.PutAsync(Container, name, DeliveryJson.Serialize(sent), WriteOptions(current?.ETag), cancellationToken).ConfigureAwait(false);
        return sent;
    }

    /// <summary>
    /// Records a failed attempt: retried after the backoff when transient, never again when permanent or when the
    /// attempts are used up. Null when the claim had lapsed and another run holds the delivery (its outcome wins).
    /// </summary>
    public async Task<DeliveryRecord?> MarkFailedAsync(DeliveryClaim claim, string reason, bool permanent, CancellationToken cancellationToken)
    {
        var held = Held(claim);
        var now = time.GetUtcNow();
        var exhausted = !permanent && held.Attempts >= options.MaxAttempts;
        var failed = held with
        {
            State = DeliveryState.Failed,
            UpdatedAt = now,
            ClaimedUntil = null,
            Permanent = permanent || exhausted,
            LastError = exhausted ? $"Gave up after {held.Attempts} attempts; last: {reason}" : reason,
            NextAttemptAt = permanent || exhausted ? null : now + options.RetryDelay(held.Attempts),
        };
        if (await TryWriteAsync(BlobName(held.BriefingId, held.SubscriberId), failed, claim.ETag, cancellationToken).ConfigureAwait(false) is null)
        {
            logger.LogWarning("Delivery {BriefingId}/{SubscriberId}: claim was taken over before the failure was recorded", held.BriefingId, held.SubscriberId);
            return null;
        }

        return failed;
    }

    private static ClaimStatus? Blocked(DeliveryRecord record, DateTimeOffset now) => record.State switch
    {
        DeliveryState.Sent => ClaimStatus.AlreadySent,
        DeliveryState.Failed when record.Permanent => ClaimStatus.GaveUp,
        DeliveryState.Failed when record.NextAttemptAt > now => ClaimStatus.NotDue,
        DeliveryState.Sending when record.ClaimedUntil > now => ClaimStatus.InProgressElsewhere,
        _ => null,
    };

    private static DeliveryRecord Held(DeliveryClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim is { Status: ClaimStatus.Claimed, Record: { } record, ETag: not null }
            ? record
            : throw new ArgumentException("Only a claim this run holds can be completed.", nameof(claim));
    }
}
