using System.Diagnostics;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Core.Delivery;

namespace Reports.Adapters.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit. A delivery run opens one session (<see cref="OpenSession"/>): one
/// connection, secured as <see cref="SmtpSettings.Tls"/> says and authenticated once, carries every message of the
/// run, one at a time (an SMTP connection is one conversation); a lost connection is opened again on the next message.
/// Each message is bounded by <see cref="SmtpSettings.Timeout"/> and the caller's token. Failures surface as
/// <see cref="MailSendException"/> classified by <see cref="SmtpFailures"/>; the sender itself never retries (the
/// delivery ledger does, on later runs).
/// </summary>
public sealed class MailKitSender : IMailSender
{
    private readonly SmtpSettings settings;
    private readonly ILogger logger;
    private readonly bool reuseConnection;

    /// <param name="settings">The server.</param>
    /// <param name="logger">Optional logger.</param>
    /// <param name="reuseConnection">False opens one connection per message even within a session (for comparison).</param>
    public MailKitSender(SmtpSettings settings, ILogger<MailKitSender>? logger = null, bool reuseConnection = true)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        this.settings = settings;
        this.logger = logger ?? NullLogger<MailKitSender>.Instance;
        this.reuseConnection = reuseConnection;
    }

    public SmtpSettings Settings => settings;

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        await using var session = new SmtpSession(settings, logger);
        await session.SendAsync(email, cancellationToken).ConfigureAwait(false);
    }

    public IMailSession OpenSession() => reuseConnection ? new SmtpSession(settings, logger) : new PerMessageMailSession(this);

    /// <summary>One SMTP connection, opened on the first message and kept until disposed or broken.</summary>
    private sealed class SmtpSession(SmtpSettings settings, ILogger logger) : IMailSession
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private SmtpClient? client;
        private int connections;
        private int sent;

        public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(email);
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(settings.Timeout);
                var clock = Stopwatch.StartNew();
                try
                {
                    using var message = MimeMessages.From(email);
                    var connected = await ConnectedAsync(timeout.Token).ConfigureAwait(false);
                    await connected.SendAsync(message, timeout.Token).ConfigureAwait(false);
                    sent++;
                    logger.LogDebug("SMTP {Host}:{Port} accepted {MessageId} in {ElapsedMs} ms", settings.Host, settings.Port, email.MessageId, clock.ElapsedMilliseconds);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    Drop();
                    throw new MailSendException($"SMTP {settings.Host}:{settings.Port} did not accept the message within {settings.Timeout.TotalSeconds:0} s.", transient: true);
                }
                catch (OperationCanceledException)
                {
                    Drop();
                    throw;
                }
                catch (Exception e) when (SmtpFailures.IsSendFailure(e))
                {
                    // After a refusal the conversation's state is not ours to guess: start the next message afresh.
                    Drop();
                    throw new MailSendException($"SMTP {settings.Host}:{settings.Port}: {SmtpFailures.Describe(e)}", SmtpFailures.IsTransient(e), e);
                }
            }
            finally
            {
                gate.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (client is { IsConnected: true })
                {
                    using var timeout = new CancellationTokenSource(settings.Timeout);
                    try
                    {
                        await client.DisconnectAsync(quit: true, timeout.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is OperationCanceledException || SmtpFailures.IsSendFailure(e))
                    {
                        logger.LogDebug("SMTP {Host}:{Port}: QUIT failed ({Reason}); the connection is dropped", settings.Host, settings.Port, e.Message);
                    }
                }

                if (connections > 0)
                {
                    logger.LogInformation("SMTP {Host}:{Port}: {Sent} messages over {Connections} connection(s)", settings.Host, settings.Port, sent, connections);
                }

                Drop();
            }
            finally
            {
                gate.Release();
                gate.Dispose();
            }
        }

        private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
        {
            if (client is { IsConnected: true })
            {
                // A server may close an idle or finished connection at any time; find out with a NOOP before handing
                // the message over, so a dropped connection costs a reconnect and not a failed delivery.
                try
                {
                    await client.NoOpAsync(cancellationToken).ConfigureAwait(false);
                    return client;
                }
                catch (Exception e) when (SmtpFailures.IsSendFailure(e))
                {
                    logger.LogDebug("SMTP {Host}:{Port}: the open connection is gone ({Reason}); reconnecting", settings.Host, settings.Port, e.Message);
                }
            }

            Drop();
            var fresh = new SmtpClient
            {
                // A backstop only: the linked token is the timeout that is meant to fire first.
                Timeout = (int)Math.Min(int.MaxValue, (settings.Timeout + TimeSpan.FromSeconds(5)).TotalMilliseconds),
            };
            client = fresh;
            var security = settings.Tls switch
            {
                SmtpTls.Implicit => SecureSocketOptions.SslOnConnect,
                SmtpTls.None => SecureSocketOptions.None,
                _ => SecureSocketOptions.StartTls,
            };
            await fresh.ConnectAsync(settings.Host, settings.Port, security, cancellationToken).ConfigureAwait(false);
            if (settings.User is not null)
            {
                await fresh.AuthenticateAsync(settings.User, settings.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            connections++;
            return fresh;
        }

        private void Drop()
        {
            client?.Dispose();
            client = null;
        }
    }
}
