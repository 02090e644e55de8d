using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Reports.Adapters.Mail;

/// <summary>
/// Which SMTP failures are worth retrying. Permanent: the recipient's mailbox or address is refused (550, 551, 553,
/// 501 on RCPT), the message itself is refused (552, 554 after DATA), or an address MimeKit cannot parse. Everything
/// else is transient: 4xx replies (421 service not available, 450/451/452), connection failures (socket and I/O
/// errors, a dropped connection, TLS handshakes), timeouts — and replies about the sender (MAIL FROM refused, 530/535
/// authentication), because they are not the recipient's fault and must not strike subscribers off.
/// </summary>
internal static class SmtpFailures
{
    /// <summary>The exceptions a send can end with, other than cancellation.</summary>
    public static bool IsSendFailure(Exception exception) => exception is
        SmtpCommandException or SmtpProtocolException or MailKit.Security.AuthenticationException or SslHandshakeException
        or ServiceNotConnectedException or ServiceNotAuthenticatedException or IOException or SocketException
        or TimeoutException or ParseException or FormatException or System.Security.Authentication.AuthenticationException
        or NotSupportedException;

    public static bool IsTransient(Exception exception) => exception switch
    {
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } command => IsTransient(command.StatusCode),
        SmtpCommandException => true,
        ParseException or FormatException => false,
        _ => true,
    };

    public static bool IsTransient(SmtpStatusCode code) => code switch
    {
        SmtpStatusCode.MailboxUnavailable => false,            // 550
        SmtpStatusCode.UserNotLocalTryAlternatePath => false,  // 551
        SmtpStatusCode.ExceededStorageAllocation => false,     // 552
        SmtpStatusCode.MailboxNameNotAllowed => false,         // 553
        SmtpStatusCode.TransactionFailed => false,             // 554
        SmtpStatusCode.SyntaxError => false,                   // 501 (bad address in the parameters)
        _ => true,
    };

    /// <summary>A short reason for the ledger: the SMTP status and message, without stack traces.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException command => $"{command.StatusCode} ({(int)command.StatusCode}): {command.Message.Trim()}",
        _ when exception.InnerException is { } inner => $"{exception.GetType().Name}: {exception.Message} ({inner.GetType().Name}: {inner.Message})",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
