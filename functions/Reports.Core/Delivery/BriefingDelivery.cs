using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Core.Briefings;

namespace Reports.Core.Delivery;

/// <summary>
/// Emails one briefing to its subscribers, at most once each through the <see cref="DeliveryLedger"/>: every run
/// plans, claims, sends and records; a later run with the same briefing id sends only what is still owed (failures
/// whose retry is due, claims whose run died). Safe to run concurrently and to repeat. See docs/delivery.md.
/// </summary>
public sealed class BriefingDelivery
{
    private readonly DeliveryLedger ledger;
    private readonly BriefingEmail composer;
    private readonly IMailSender sender;
    private readonly DeliveryOptions options;
    private readonly ILogger logger;

    public BriefingDelivery(DeliveryLedger ledger, BriefingEmail composer, IMailSender sender, DeliveryOptions? options = null, ILogger<BriefingDelivery>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(sender);
        this.ledger = ledger;
        this.composer = composer;
        this.sender = sender;
        this.options = options ?? new DeliveryOptions();
        this.options.Validate();
        this.logger = logger ?? NullLogger<BriefingDelivery>.Instance;
    }

    /// <summary>The languages a briefing covers: its filter's, else those of its articles.</summary>
    public static IReadOnlyList<string> LanguagesOf(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return briefing.Filter.Languages is { Count: > 0 } filtered
            ? filtered
            : briefing.Articles.Select(a => a.Language).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <param name="briefingId">Identifies the briefing across runs (one blob-name segment, e.g. "daily-2026-03-27").</param>
    /// <param name="pdf">The rendered PDF, attached as is.</param>
    /// <param name="briefing">The briefing the PDF shows (for the subject and bodies).</param>
    /// <param name="subscribers">Who should get it; unsubscribed ones and language mismatches are counted and skipped.</param>
    /// <param name="cancellationToken">Stops claiming more; a send in flight is cancelled and recorded as a retryable failure.</param>
    public async Task<DeliveryResult> DeliverAsync(string briefingId, ReadOnlyMemory<byte> pdf, Briefing briefing, IEnumerable<Subscriber> subscribers, CancellationToken cancellationToken)
    {
        DeliveryLedger.ValidateBriefingId(briefingId);
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(subscribers);
        var runId = Guid.NewGuid().ToString("N")[..12];
        var languages = LanguagesOf(briefing);
        var tally = new DeliveryTally();
        var due = new List<Subscriber>();
        foreach (var subscriber in subscribers.DistinctBy(s => s.Id))
        {
            if (!subscriber.IsActive)
            {
                tally.Add(DeliveryOutcome.Unsubscribed);
            }
            else if (!subscriber.Wants(languages))
            {
                tally.Add(DeliveryOutcome.SkippedByLanguage);
            }
            else
            {
                due.Add(subscriber);
            }
        }

        logger.LogInformation("Delivery {BriefingId} run {RunId}: {Due} subscribers to serve, {Skipped} skipped", briefingId, runId, due.Count, tally.Total);
        await ledger.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelSends, CancellationToken = cancellationToken };

        // One mail session per run: an SMTP sender keeps one connection open for all of the run's messages.
        await using var session = sender.OpenSession();

        // First the whole batch is written down as pending (no-op where a record exists), so a run that dies midway
        // leaves a ledger that shows everything still owed; then each delivery is claimed, sent and recorded.
        await Parallel.ForEachAsync(
            due,
            parallel,
            (subscriber, token) => new ValueTask(ledger.PlanAsync(briefingId, subscriber.Id, composer.MessageId(briefingId, subscriber.Id), token))).ConfigureAwait(false);
        await Parallel.ForEachAsync(
            due,
            parallel,
            async (subscriber, token) => tally.Add(await DeliverOneAsync(session, briefingId, runId, pdf, briefing, subscriber, tally, token).ConfigureAwait(false))).ConfigureAwait(false);

        var result = tally.Result();
        logger.LogInformation(
            "Delivery {BriefingId} run {RunId}: {Sent} sent, {AlreadySent} already sent, {Failed} failed, {SkippedByLanguage} skipped by language, {NotDue} not due, {GaveUp} given up, {InProgress} in progress elsewhere",
            briefingId, runId, result.Sent, result.AlreadySent, result.Failed, result.SkippedByLanguage, result.NotDue, result.GaveUp, result.InProgressElsewhere);
        return result;
    }

    private async Task<DeliveryOutcome> DeliverOneAsync(IMailSession session, string briefingId, string runId, ReadOnlyMemory<byte> pdf, Briefing briefing, Subscriber subscriber, DeliveryTally tally, CancellationToken cancellationToken)
    {
        var messageId = composer.MessageId(briefingId, subscriber.Id);
        var claim = await ledger.TryClaimAsync(briefingId, subscriber.Id, messageId, runId, cancellationToken).ConfigureAwait(false);
        if (claim.Status != ClaimStatus.Claimed)
        {
            return claim.Status switch
            {
                ClaimStatus.AlreadySent => DeliveryOutcome.AlreadySent,
                ClaimStatus.NotDue => DeliveryOutcome.NotDue,
                ClaimStatus.GaveUp => DeliveryOutcome.GaveUp,
                _ => DeliveryOutcome.InProgressElsewhere,
            };
        }

        // From here the outcome is recorded even if the caller cancels, each write bounded by RecordTimeout from the
        // moment the SMTP server answered: a claim left behind would block the delivery until its lease lapses.
        try
        {
            var email = composer.Compose(briefingId, briefing, pdf, subscriber);
            await session.SendAsync(email, cancellationToken).ConfigureAwait(false);
        }
        catch (MailSendException e)
        {
            return await FailAsync(claim, e.Message, !e.Transient, tally).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            using var cancelled = new CancellationTokenSource(options.RecordTimeout);
            await ledger.MarkFailedAsync(claim, "Cancelled while sending; the server may or may not have accepted it.", permanent: false, cancelled.Token).ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return await FailAsync(claim, $"{e.GetType().Name}: {e.Message}", permanent: false, tally).ConfigureAwait(false);
        }

        using (var record = new CancellationTokenSource(options.RecordTimeout))
        {
            await ledger.MarkSentAsync(claim, record.Token).ConfigureAwait(false);
        }

        logger.LogInformation("Delivery {BriefingId}/{SubscriberId}: sent as {MessageId} (attempt {Attempt})", briefingId, subscriber.Id, messageId, claim.Record!.Attempts);
        return DeliveryOutcome.Sent;
    }

    private async Task<DeliveryOutcome> FailAsync(DeliveryClaim claim, string reason, bool permanent, DeliveryTally tally)
    {
        using var record = new CancellationTokenSource(options.RecordTimeout);
        var recorded = await ledger.MarkFailedAsync(claim, reason, permanent, record.Token).ConfigureAwait(false);
        var held = claim.Record!;
        logger.LogWarning(
            "Delivery {BriefingId}/{SubscriberId}: attempt {Attempt} failed ({Kind}), next attempt {NextAttemptAt}: {Reason}",
            held.BriefingId, held.SubscriberId, held.Attempts, recorded?.Permanent == true ? "permanent" : "transient", recorded?.NextAttemptAt, reason);
        tally.Fail(new DeliveryFailure(held.SubscriberId, recorded?.LastError ?? reason, recorded?.Permanent ?? permanent));
        return DeliveryOutcome.Failed;
    }
}
