using System.Diagnostics;
using Reports.Core.Delivery;
using Reports.Testing.MailDev;

namespace Reports.Core.Tests.Delivery;

/// <summary>The real SmtpClient against scripted servers: how each failure is classified, timeouts and cancellation.</summary>
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

    private static SmtpMailSender Sender(int port, TimeSpan? timeout = null) => new(new SmtpSettings
    {
        Host = "127.0.0.1",
        Port = port,
        FromAddress = "briefings@reports.example.org",
        EnableSsl = false,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    });
}
