using System.Diagnostics;
using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Reports.Core.Delivery;

/// <summary>
/// Sends through an SMTP server with <see cref="SmtpClient"/>: one connection per message (SmtpClient is not
/// thread-safe, and briefings go to few enough people), the caller's token honoured, each message bounded by
/// <see cref="SmtpSettings.Timeout"/>. Failures surface as <see cref="MailSendException"/> classified by
/// <see cref="SmtpFailures"/>; the sender itself never retries (the delivery ledger does, on later runs).
/// </summary>
public sealed class SmtpMailSender : IMailSender
{
    private readonly SmtpSettings settings;
    private readonly ILogger logger;

    public SmtpMailSender(SmtpSettings settings, ILogger<SmtpMailSender>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        this.settings = settings;
        this.logger = logger ?? NullLogger<SmtpMailSender>.Instance;
    }

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        cancellationToken.ThrowIfCancellationRequested();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var message = MailMessages.From(email);
            using var client = CreateClient();
            await client.SendMailAsync(message, timeout.Token).ConfigureAwait(false);
            logger.LogDebug("SMTP {Host}:{Port} accepted {MessageId} in {ElapsedMs} ms", settings.Host, settings.Port, email.MessageId, clock.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MailSendException($"SMTP {settings.Host}:{settings.Port} did not accept the message within {settings.Timeout.TotalSeconds:0} s.", transient: true);
        }
        catch (Exception e) when (e is SmtpException or IOException or System.Net.Sockets.SocketException or TimeoutException or FormatException or System.Security.Authentication.AuthenticationException)
        {
            var transient = SmtpFailures.IsTransient(e);
            throw new MailSendException($"SMTP {settings.Host}:{settings.Port}: {SmtpFailures.Describe(e)}", transient, e);
        }
    }

    private SmtpClient CreateClient()
    {
        var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            // A backstop only: the linked token above is the timeout that is meant to fire first.
            Timeout = (int)Math.Min(int.MaxValue, (settings.Timeout + TimeSpan.FromSeconds(5)).TotalMilliseconds),
        };
        if (settings.User is not null)
        {
            client.UseDefaultCredentials = false;
            client.Credentials = new NetworkCredential(settings.User, settings.Password);
        }

        return client;
    }
}
