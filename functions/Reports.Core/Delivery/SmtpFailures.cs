using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Reports.Core.Delivery;

/// <summary>
/// Which SMTP failures are worth retrying. Permanent: the recipient's mailbox or address is refused (550, 551, 553),
/// a bad address syntax (501, or one .NET cannot parse), or the message itself is refused (552, 554). Everything
/// else is transient: 4xx replies (421 service not available, 450/451/452 busy or local error), connection failures
/// (socket errors, I/O errors, TLS handshakes, "GeneralFailure"), timeouts — and also authentication or configuration
/// replies (530, 535...), because they concern the sender, not the recipient, and must not strike subscribers off.
/// </summary>
internal static class SmtpFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        SmtpFailedRecipientsException many => many.InnerExceptions.Length == 0 || many.InnerExceptions.Any(e => IsTransient(e)),
        SmtpException smtp => IsTransient(smtp.StatusCode) || HasTransientCause(smtp),
        FormatException => false,
        IOException or SocketException or TimeoutException or AuthenticationException => true,
        _ => false,
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

    /// <summary>A short reason for the ledger: the SMTP status and message, without inner stack traces.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        SmtpException smtp when smtp.InnerException is { } inner and not SmtpException => $"{smtp.StatusCode} ({(int)smtp.StatusCode}): {smtp.Message} ({inner.GetType().Name}: {inner.Message})",
        SmtpException smtp => $"{smtp.StatusCode} ({(int)smtp.StatusCode}): {smtp.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    private static bool HasTransientCause(SmtpException smtp)
    {
        for (var inner = smtp.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is IOException or SocketException or TimeoutException or AuthenticationException)
            {
                return true;
            }
        }

        return false;
    }
}
