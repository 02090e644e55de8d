using System.Web;
using Reports.Adapters.Mail;
using Reports.Core.Delivery;
using Reports.Core.Storage;
using Reports.Testing;
using Reports.Testing.MailDev;

namespace Reports.Core.Tests.Delivery;

/// <summary>Briefings through a real SMTP server (maildev), read back through its REST API.</summary>
[Collection(MailDevCollection.Name)]
public sealed class SmtpDeliveryTests : IDisposable
{
    private static readonly Uri LocalBaseUrl = new("http://127.0.0.1:7071/");

    /// <summary>maildev files a message shortly after SMTP accepted it; wait this long for it, then a little more for copies.</summary>
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private readonly MailDevFixture maildev;
    private readonly TempFolder folder = new("reports-smtp");
    private readonly ManualTimeProvider clock = new(DeliverySamples.Now);
    private readonly SubscriberStore subscribers;
    private readonly DeliveryLedger ledger;
    private readonly BriefingEmail composer = DeliverySamples.Composer(LocalBaseUrl);

    public SmtpDeliveryTests(MailDevFixture maildev)
    {
        this.maildev = maildev;
        var blobs = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = false }, clock);
        subscribers = new SubscriberStore(blobs, clock);
        ledger = new DeliveryLedger(blobs, new DeliveryOptions { RetryBaseDelay = TimeSpan.FromMinutes(2) }, clock);
    }

    public void Dispose() => folder.Dispose();

    [MailDevFact]
    public async Task DeliverAsync_ThroughSmtp_ArrivesWithBodiesPdfAndAWorkingUnsubscribeLink()
    {
        await maildev.Client.DeleteAllAsync(TestContext.Token);
        await subscribers.EnsureContainerAsync(TestContext.Token);
        var alice = await subscribers.SubscribeAsync("alice@example.org", null, TestContext.Token);
        var bob = await subscribers.SubscribeAsync("bob@example.org", ["uk"], TestContext.Token);
        var briefing = DeliverySamples.Briefing();

        var result = await Delivery(maildev.SmtpPort).DeliverAsync("daily-2026-03-27", DeliverySamples.Pdf, briefing, await subscribers.ListActiveAsync(TestContext.Token), TestContext.Token);

        Assert.Equal((2, 0), (result.Sent, result.Failed));
        var emails = await maildev.Client.WaitForEmailsAsync(2, Arrival, Settle, TestContext.Token);
        Assert.Equal(2, emails.Count);
        var mail = Assert.Single(emails, e => e.To.Contains("alice@example.org"));
        Assert.Equal(BriefingEmail.Subject(briefing), mail.Subject);
        Assert.Equal(composer.MessageId("daily-2026-03-27", alice.Id).Trim('<', '>'), mail.MessageId);
        Assert.Contains("- Killed: 12 (range 12–∞; 1 event, 2 sources)", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Strike on &lt;Kharkiv&gt; &amp; suburbs", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Удар по Харкову", mail.Html, StringComparison.Ordinal);
        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal(("briefing-2026-03-27.pdf", "application/pdf"), (attachment.FileName, attachment.ContentType));
        Assert.Equal(DeliverySamples.Pdf, await maildev.Client.GetAttachmentAsync(mail.Id, attachment.GeneratedFileName, TestContext.Token));
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["list-unsubscribe-post"]);

        var link = new Uri(mail.Headers["list-unsubscribe"].Trim('<', '>'));
        Assert.Equal("/api/unsubscribe", link.AbsolutePath);
        var query = HttpUtility.ParseQueryString(link.Query);
        Assert.Equal(alice.Id, query["s"]);
        Assert.True(DeliverySamples.Tokens.Verify(query["s"], query["t"], query["g"]));
        Assert.False(DeliverySamples.Tokens.Verify(query["s"], query["t"])); // bound to the subscription
        Assert.False(DeliverySamples.Tokens.Verify(bob.Id, query["t"], query["g"]));
        Assert.False(DeliverySamples.Tokens.Verify(query["s"], query["t"]![..^2] + "AA", query["g"]));
        var service = new UnsubscribeService(DeliverySamples.Tokens, subscribers);
        Assert.Equal(UnsubscribeOutcome.InvalidToken, await service.UnsubscribeAsync(bob.Id, query["t"], query["g"], TestContext.Token));
        Assert.Equal(UnsubscribeOutcome.Unsubscribed, await service.UnsubscribeAsync(query["s"], query["t"], query["g"], TestContext.Token));
        Assert.Equal(["bob@example.org"], (await subscribers.ListActiveAsync(TestContext.Token)).Select(s => s.Email));
    }

    [MailDevFact]
    public async Task DeliverAsync_SmtpDownThenBack_LosesNothingAndSendsEachOnce()
    {
        await maildev.Client.DeleteAllAsync(TestContext.Token);
        var people = Enumerable.Range(0, 5).Select(i => DeliverySamples.Subscriber($"reader{i}@example.org")).ToList();
        var briefing = DeliverySamples.Briefing();

        var outage = await Delivery(MailDevFixture.ClosedPort()).DeliverAsync("daily-2026-03-27", DeliverySamples.Pdf, briefing, people, TestContext.Token);

        Assert.Equal((0, 5), (outage.Sent, outage.Failed));
        Assert.All(outage.Failures, f => Assert.False(f.Permanent));
        Assert.Empty(await maildev.Client.WaitForEmailsAsync(1, TimeSpan.Zero, Settle, TestContext.Token));
        await foreach (var record in ledger.ListAsync("daily-2026-03-27", TestContext.Token))
        {
            Assert.Equal((DeliveryState.Failed, 1, false), (record.State, record.Attempts, record.Permanent));
            Assert.NotNull(record.LastError);
        }

        clock.Advance(TimeSpan.FromMinutes(3));
        var recovery = await Delivery(maildev.SmtpPort).DeliverAsync("daily-2026-03-27", DeliverySamples.Pdf, briefing, people, TestContext.Token);
        var third = await Delivery(maildev.SmtpPort).DeliverAsync("daily-2026-03-27", DeliverySamples.Pdf, briefing, people, TestContext.Token);

        Assert.Equal((5, 0), (recovery.Sent, recovery.Failed));
        Assert.Equal((0, 5), (third.Sent, third.AlreadySent));
        var emails = await maildev.Client.WaitForEmailsAsync(5, Arrival, Settle, TestContext.Token);
        Assert.Equal(5, emails.Count);
        Assert.Equal(people.Select(p => p.Email).Order(), emails.SelectMany(e => e.To).Order());
        Assert.Equal(5, emails.Select(e => e.MessageId).Distinct().Count());
    }

    private BriefingDelivery Delivery(int smtpPort)
    {
        var sender = new MailKitSender(new SmtpSettings
        {
            Host = "127.0.0.1",
            Port = smtpPort,
            FromAddress = "briefings@reports.example.org",
            Tls = SmtpTls.None,
            Timeout = TimeSpan.FromSeconds(10),
        });
        return new BriefingDelivery(ledger, composer, sender);
    }
}
