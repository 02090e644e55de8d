namespace Reports.Core.Delivery;

/// <summary>
/// Hands one email to a mail server. Returns when the server accepted it; throws <see cref="MailSendException"/>
/// saying whether trying again later may help, or <see cref="OperationCanceledException"/> when the caller cancelled.
/// </summary>
public interface IMailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
