using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Delivery;
using Reports.Functions.Delivery;

namespace Reports.Functions.Briefings;

/// <summary>
/// The <c>DailyBriefing</c> timer (<c>%ReportsBriefingSchedule%</c>, 06:00 UTC by default). Each run: the period
/// before the run's day (<c>ReportsBriefingPeriodDays</c>), its analyses → <see cref="BriefingBuilder"/> → PDF and
/// JSON stored once in <c>briefings/</c> → <see cref="BriefingDelivery"/> to every active subscriber. Then the failed
/// emails of the <c>ReportsBriefingRetryDays</c> earlier briefings are retried. The ledger makes every run idempotent:
/// a delivered email is never sent again, a failed one is retried by a later run.
/// </summary>
internal sealed partial class DailyBriefingFunction(
    AnalysisRepository repository,
    BriefingArchive archive,
    DeliverySetup delivery,
    IOptions<BriefingOptions> options,
    TimeProvider time,
    ILogger<DailyBriefingFunction> logger)
{
    public const string Name = "DailyBriefing";

    /// <summary>The app setting that holds the NCRONTAB schedule (six fields, UTC; <see cref="BriefingOptions.Schedule"/>).</summary>
    public const string Schedule = "%ReportsBriefingSchedule%";

    /// <summary>
    /// One run: briefings and deliveries as described above. Failed emails stay in the ledger and are retried by the
    /// next runs, so the run itself succeeds; it returns what it did. A missing SMTP setting throws, naming it.
    /// </summary>
    [Function(Name)]
    public async Task<BriefingRun> RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var now = time.GetUtcNow();
        var settings = options.Value;
        var days = Math.Max(1, settings.PeriodDays);
        var mail = delivery.Services;
        await mail.EnsureContainersAsync(cancellationToken).ConfigureAwait(false);
        var subscribers = await mail.Subscribers.ListActiveAsync(cancellationToken).ConfigureAwait(false);

        var logs = new List<string>();
        var complete = true;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var back = 0; back <= Math.Max(0, settings.RetryDays); back++)
        {
            var to = today.AddDays(-1 - back);
            var period = new Period(to.AddDays(1 - days), to);
            var result = back == 0
                ? await RunAsync(period, mail, subscribers, cancellationToken).ConfigureAwait(false)
                : await RetryAsync(period, mail, subscribers, cancellationToken).ConfigureAwait(false);
            if (result is not null)
            {
                complete &= result.Complete;
                logs.Add($"{BriefingArchive.IdOf(period)}: {result.Sent} sent, {result.AlreadySent} already sent, {result.Failed} failed, {result.NotDue} waiting, {result.SkippedByLanguage} skipped by language");
            }
        }

        return new BriefingRun(logs, complete);
    }

    /// <summary>Builds (or re-uses) the period's briefing and delivers it to every subscriber who wants it.</summary>
    private async Task<DeliveryResult> RunAsync(Period period, DeliveryServices mail, IReadOnlyList<Subscriber> subscribers, CancellationToken cancellationToken)
    {
        var briefing = await BuildAsync(period, cancellationToken).ConfigureAwait(false);
        var stored = await archive.StoreAsync(briefing, cancellationToken).ConfigureAwait(false);
        LogStored(stored.Id, stored.Created ? "stored" : "re-used", stored.PdfName, stored.Pdf.Length, briefing.Articles.Count);
        return await DeliverAsync(stored, briefing, mail, subscribers, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Retries an earlier briefing's unfinished emails: only when it was stored, and only for subscribers already in its
    /// ledger (someone who subscribed since does not get an old briefing). Null when there is nothing to do.
    /// </summary>
    private async Task<DeliveryResult?> RetryAsync(Period period, DeliveryServices mail, IReadOnlyList<Subscriber> subscribers, CancellationToken cancellationToken)
    {
        var id = BriefingArchive.IdOf(period);
        var open = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in mail.Ledger.ListAsync(id, cancellationToken).ConfigureAwait(false))
        {
            if (record.State != DeliveryState.Sent && !record.Permanent)
            {
                open.Add(record.SubscriberId);
            }
        }

        if (open.Count == 0 || await archive.FindAsync(period, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        var briefing = await BuildAsync(period, cancellationToken).ConfigureAwait(false);
        return await DeliverAsync(stored, briefing, mail, [.. subscribers.Where(s => open.Contains(s.Id))], cancellationToken).ConfigureAwait(false);
    }

    private async Task<Briefing> BuildAsync(Period period, CancellationToken cancellationToken)
    {
        var analyses = await repository.ReadAsync(period, cancellationToken).ConfigureAwait(false);
        return new BriefingBuilder(time).Build(analyses, new BriefingFilter(period));
    }

    private async Task<DeliveryResult> DeliverAsync(StoredBriefing stored, Briefing briefing, DeliveryServices mail, IReadOnlyList<Subscriber> subscribers, CancellationToken cancellationToken)
    {
        var result = await mail.Delivery.DeliverAsync(stored.Id, stored.Pdf, briefing, subscribers, cancellationToken).ConfigureAwait(false);
        LogDelivered(stored.Id, result.Sent, result.AlreadySent, result.Failed, result.NotDue, result.SkippedByLanguage);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "DailyBriefing {BriefingId}: PDF {Action} as briefings/{PdfName} ({Bytes} bytes, {Articles} articles)")]
    private partial void LogStored(string briefingId, string action, string pdfName, int bytes, int articles);

    [LoggerMessage(Level = LogLevel.Information, Message = "DailyBriefing {BriefingId}: {Sent} sent, {AlreadySent} already sent, {Failed} failed, {NotDue} waiting for their retry, {Skipped} skipped by language")]
    private partial void LogDelivered(string briefingId, int sent, int alreadySent, int failed, int notDue, int skipped);
}

/// <summary>What a DailyBriefing run did: a line per briefing, and whether every email went out.</summary>
public sealed record BriefingRun(IReadOnlyList<string> Briefings, bool Complete)
{
    public override string ToString() =>
        string.Join("; ", Briefings.Append(Complete ? "complete" : "incomplete: failed emails are retried by the next run"));
}
