namespace Reports.Core.Delivery;

/// <summary>
/// Hands emails to a mail server. <see cref="SendAsync"/> returns when the server accepted the message; it throws
/// <see cref="MailSendException"/> saying whether trying again later may help, or
/// <see cref="OperationCanceledException"/> when the caller cancelled.
/// </summary>
public interface IMailSender
{
    /// <summary>Sends one message on its own (a connection of its own, where the sender has connections).</summary>
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a session for one delivery run: a sender that holds a connection reuses it for every message of the
    /// session (and reconnects when it was lost), and closes it when the session is disposed. The default sends
    /// each message through <see cref="SendAsync"/>.
    /// </summary>
    IMailSession OpenSession() => new PerMessageMailSession(this);
}

/// <summary>One delivery run's use of a sender; safe to call from several tasks at once; dispose when the run ends.</summary>
public interface IMailSession : IAsyncDisposable
{
    /// <inheritdoc cref="IMailSender.SendAsync"/>
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}

/// <summary>A session that holds nothing: every message goes through <see cref="IMailSender.SendAsync"/>.</summary>
public sealed class PerMessageMailSession(IMailSender sender) : IMailSession
{
    public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken) => sender.SendAsync(email, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
