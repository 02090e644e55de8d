using System.Diagnostics;
using Reports.Adapters.Mail;
using Reports.Core.Delivery;
using Reports.Testing.MailDev;

namespace Reports.Core.Tests.Delivery;

/// <summary>The MailKit sender against scripted servers: failures classified, timeouts, cancellation, one connection per session.</summary>
public sealed class SmtpMailSenderTests
{
    private readonly OutgoingEmail email = DeliverySamples.Composer().Compose("daily-2026-03-27", DeliverySamples.Briefing(), DeliverySamples.Pdf, DeliverySamples.Subscriber("alice@example.org"));

    [Fact]
    public async Task SendAsync_HappyServer_Returns()
    {
        await using var server = new ScriptedSmtpServer();

        await Sender(server.Port).SendAsync(email, TestContext.Token);
    }

    [Fact]
    public async Task SendAsync_RecipientRefused550_IsPermanent()
    {
        await using var server = new ScriptedSmtpServer(replies: new Dictionary<string, string> { ["RCPT"] = "550 5.1.1 No such user" });

        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender(server.Port).SendAsync(email, TestContext.Token));

        Assert.False(error.Transient);
        Assert.Contains("MailboxUnavailable (550)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_ManyMessages_UseOneConnection()
    {
        await using var server = new ScriptedSmtpServer();

        await using (var session = Sender(server.Port).OpenSession())
        {
            await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => session.SendAsync(email, TestContext.Token)));
        }

        Assert.Equal((6, 1), (server.Accepted, server.Connections));
    }

    [Fact]
    public async Task Session_WithoutReuse_OpensOneConnectionPerMessage()
    {
        await using var server = new ScriptedSmtpServer();

        await using (var session = Sender(server.Port, reuse: false).OpenSession())
        {
            for (var i = 0; i < 3; i++)
            {
                await session.SendAsync(email, TestContext.Token);
            }
        }

        Assert.Equal((3, 3), (server.Accepted, server.Connections));
    }

    [Fact]
    public async Task Session_ServerDropsTheConnection_ReconnectsForTheNextMessage()
    {
        await using var server = new ScriptedSmtpServer { CloseAfterMessages = 2 };
        var failures = 0;

        await using (var session = Sender(server.Port).OpenSession())
        {
            for (var i = 0; i < 5; i++)
            {
                try
                {
                    await session.SendAsync(email, TestContext.Token);
                }
                catch (MailSendException e) when (e.Transient)
                {
                    failures++;
                }
            }
        }

        // A reused connection is checked (NOOP) before each message: a dropped one is replaced, no message is lost.
        Assert.Equal((5, 0, 3), (server.Accepted, failures, server.Connections));
    }


    [Fact]
    public async Task SendAsync_ServiceNotAvailable421_IsTransient()
    {
        await using var server = new ScriptedSmtpServer(greeting: "421 4.3.2 try later");

        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender(server.Port).SendAsync(email, TestContext.Token));

        Assert.True(error.Transient);
    }

    [Fact]
    public async Task SendAsync_Busy451AfterData_IsTransient()
    {
        await using var server = new ScriptedSmtpServer(replies: new Dictionary<string, string> { ["."] = "451 4.3.0 local error" });

        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender(server.Port).SendAsync(email, TestContext.Token));

        Assert.True(error.Transient);
    }

    [Fact]
    public async Task SendAsync_NothingListening_IsTransient()
    {
        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender(MailDevFixture.ClosedPort()).SendAsync(email, TestContext.Token));

        Assert.True(error.Transient);
    }

    [Fact]
    public async Task SendAsync_SilentServer_TimesOutAsTransient()
    {
        await using var server = new ScriptedSmtpServer(greeting: null);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender(server.Port, TimeSpan.FromSeconds(1)).SendAsync(email, TestContext.Token));

        Assert.True(error.Transient);
        Assert.Contains("within 1 s", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task SendAsync_CallerCancels_ThrowsOperationCanceled()
    {
        await using var server = new ScriptedSmtpServer(greeting: null);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender(server.Port, TimeSpan.FromSeconds(30)).SendAsync(email, cancel.Token));
    }

    private static MailKitSender Sender(int port, TimeSpan? timeout = null, bool reuse = true) => new(new SmtpSettings
    {
        Host = "127.0.0.1",
        Port = port,
        FromAddress = "briefings@reports.example.org",
        Tls = SmtpTls.None,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    }, reuseConnection: reuse);
}
