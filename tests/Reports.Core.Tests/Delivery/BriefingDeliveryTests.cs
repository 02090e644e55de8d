using System.Net.Mail;
using Reports.Core.Delivery;
using Reports.Core.Storage;
using Reports.Testing;

namespace Reports.Core.Tests.Delivery;

public sealed class BriefingDeliveryTests : IDisposable
{
    private const string BriefingId = "daily-2026-03-27";

    private readonly TempFolder folder = new("reports-delivery");
    private readonly ManualTimeProvider clock = new(DeliverySamples.Now);
    private readonly RecordingMailSender sender = new();
    private readonly DeliveryLedger ledger;
    private readonly BriefingDelivery sut;

    public BriefingDeliveryTests()
    {
        var blobs = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = false }, clock);
        ledger = new DeliveryLedger(blobs, new DeliveryOptions(), clock);
        sut = new BriefingDelivery(ledger, DeliverySamples.Composer(), sender);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task DeliverAsync_LanguageFilters_SkipSubscribersWhoDoNotWantTheBriefing()
    {
        Subscriber[] subscribers =
        [
            DeliverySamples.Subscriber("all@example.org"),
            DeliverySamples.Subscriber("uk@example.org", "uk"),
            DeliverySamples.Subscriber("fr@example.org", "fr"),
            DeliverySamples.Subscriber("gone@example.org") with { UnsubscribedAt = DeliverySamples.Now },
        ];

        var result = await sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), subscribers, TestContext.Token);

        Assert.Equal((2, 1, 1, 0), (result.Sent, result.SkippedByLanguage, result.Unsubscribed, result.Failed));
        Assert.Equal(["all@example.org", "uk@example.org"], sender.Accepted.Select(e => e.To).Order());
        var briefingForFrench = await sut.DeliverAsync("daily-fr", DeliverySamples.Pdf, DeliverySamples.Briefing("fr"), subscribers, TestContext.Token);
        Assert.Equal((2, 1), (briefingForFrench.Sent, briefingForFrench.SkippedByLanguage));
    }

    [Fact]
    public async Task DeliverAsync_Repeated_SendsEachSubscriberOnce()
    {
        var subscribers = Enumerable.Range(0, 5).Select(i => DeliverySamples.Subscriber($"user{i}@example.org")).ToList();

        var first = await sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), subscribers, TestContext.Token);
        var second = await sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), subscribers, TestContext.Token);

        Assert.Equal((5, 0), (first.Sent, first.AlreadySent));
        Assert.Equal((0, 5), (second.Sent, second.AlreadySent));
        Assert.Equal(5, sender.Accepted.Count);
    }

    [Fact]
    public async Task DeliverAsync_ConcurrentRuns_SendEachSubscriberOnce()
    {
        var subscribers = Enumerable.Range(0, 12).Select(i => DeliverySamples.Subscriber($"user{i}@example.org")).ToList();
        sender.Delay = TimeSpan.FromMilliseconds(20);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), subscribers, TestContext.Token), TestContext.Token)));

        Assert.Equal(12, results.Sum(r => r.Sent));
        Assert.Equal(12, sender.Accepted.Count);
        Assert.Equal(12, sender.Accepted.Select(e => e.MessageId).Distinct().Count());
        Assert.All(results, r => Assert.Equal(12, r.Total));
    }

    [Fact]
    public async Task DeliverAsync_TransientFailure_IsRetriedByALaterRunAfterTheBackoff()
    {
        var subscribers = new[] { DeliverySamples.Subscriber("alice@example.org"), DeliverySamples.Subscriber("bob@example.org") };
        sender.Behaviour = e => e.To == "bob@example.org" ? new MailSendException("421 busy", transient: true) : null;

        var first = await sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), subscribers, TestContext.Token);
        sender.Behaviour = _ => null;
        var tooSoon = await sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), subscribers, TestContext.Token);
        clock.Advance(TimeSpan.FromMinutes(2));
        var later = await sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), subscribers, TestContext.Token);

        Assert.Equal((1, 1), (first.Sent, first.Failed));
        Assert.Equal("421 busy", Assert.Single(first.Failures).Reason);
        Assert.Equal((0, 1, 1), (tooSoon.Sent, tooSoon.AlreadySent, tooSoon.NotDue));
        Assert.Equal((1, 1), (later.Sent, later.AlreadySent));
        Assert.Equal(2, sender.Accepted.Count);
    }

    [Fact]
    public async Task DeliverAsync_PermanentFailure_IsRecordedAndNotRetried()
    {
        var bob = DeliverySamples.Subscriber("bob@example.org");
        sender.Behaviour = _ => new MailSendException("MailboxUnavailable (550): no such user", transient: false, new SmtpFailedRecipientException(SmtpStatusCode.MailboxUnavailable, bob.Email));

        var first = await sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), [bob], TestContext.Token);
        sender.Behaviour = _ => null;
        clock.Advance(TimeSpan.FromDays(1));
        var later = await sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), [bob], TestContext.Token);

        Assert.True(Assert.Single(first.Failures).Permanent);
        Assert.Equal((0, 1), (later.Sent, later.GaveUp));
        var record = await ledger.GetAsync(BriefingId, bob.Id, TestContext.Token);
        Assert.Equal((DeliveryState.Failed, true, "MailboxUnavailable (550): no such user"), (record!.State, record.Permanent, record.LastError));
        Assert.Empty(sender.Accepted);
    }

    [Fact]
    public async Task DeliverAsync_CancelledWhileSending_RecordsARetryableFailure()
    {
        var alice = DeliverySamples.Subscriber("alice@example.org");
        using var cancel = new CancellationTokenSource();
        sender.Delay = TimeSpan.FromSeconds(30);
        sender.Starting = () => cancel.CancelAfter(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.DeliverAsync(BriefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), [alice], cancel.Token));

        var record = await ledger.GetAsync(BriefingId, alice.Id, TestContext.Token);
        Assert.Equal((DeliveryState.Failed, false), (record!.State, record.Permanent));
    }
}
