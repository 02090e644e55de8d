using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Reports.Adapters.Mail;

namespace Reports.Core.Tests.Delivery;

public sealed class SmtpFailuresTests
{
    [Theory]
    [InlineData(SmtpStatusCode.ServiceNotAvailable)]
    [InlineData(SmtpStatusCode.MailboxBusy)]
    [InlineData(SmtpStatusCode.ErrorInProcessing)]
    [InlineData(SmtpStatusCode.InsufficientStorage)]
    public void IsTransient_TemporaryReplyToTheRecipient_IsRetryable(SmtpStatusCode code) =>
        Assert.True(SmtpFailures.IsTransient(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, code, new MailboxAddress("", "alice@example.org"), "x")));

    [Theory]
    [InlineData(SmtpStatusCode.MailboxUnavailable)]
    [InlineData(SmtpStatusCode.MailboxNameNotAllowed)]
    [InlineData(SmtpStatusCode.UserNotLocalTryAlternatePath)]
    [InlineData(SmtpStatusCode.TransactionFailed)]
    [InlineData(SmtpStatusCode.SyntaxError)]
    public void IsTransient_RecipientRefused_IsPermanent(SmtpStatusCode code) =>
        Assert.False(SmtpFailures.IsTransient(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, code, new MailboxAddress("", "alice@example.org"), "x")));

    [Fact]
    public void IsTransient_MessageRefusedAfterData_IsPermanent() =>
        Assert.False(SmtpFailures.IsTransient(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "spam")));

    [Theory]
    [InlineData(SmtpStatusCode.MailboxUnavailable)]
    [InlineData(SmtpStatusCode.AuthenticationRequired)]
    public void IsTransient_SenderSideRefusal_IsRetryable(SmtpStatusCode code) =>
        Assert.True(SmtpFailures.IsTransient(new SmtpCommandException(SmtpErrorCode.SenderNotAccepted, code, new MailboxAddress("", "b@example.org"), "x")));

    [Fact]
    public void IsTransient_ConnectionProblems_AreRetryable()
    {
        Assert.True(SmtpFailures.IsTransient(new IOException("reset")));
        Assert.True(SmtpFailures.IsTransient(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.True(SmtpFailures.IsTransient(new TimeoutException()));
        Assert.True(SmtpFailures.IsTransient(new SmtpProtocolException("The SMTP server has unexpectedly disconnected.")));
        Assert.True(SmtpFailures.IsTransient(new SslHandshakeException("handshake")));
        Assert.True(SmtpFailures.IsTransient(new AuthenticationException("535 bad credentials")));
    }

    [Fact]
    public void IsTransient_BadAddress_IsPermanent()
    {
        Assert.False(SmtpFailures.IsTransient(new ParseException("bad", 0, 0)));
        Assert.False(SmtpFailures.IsTransient(new FormatException("bad")));
    }

    [Fact]
    public void IsSendFailure_ProgrammingErrors_AreNotSwallowed()
    {
        Assert.False(SmtpFailures.IsSendFailure(new NullReferenceException()));
        Assert.False(SmtpFailures.IsSendFailure(new InvalidOperationException()));
        Assert.True(SmtpFailures.IsSendFailure(new SmtpProtocolException("gone")));
    }

    [Fact]
    public void Describe_CommandException_NamesTheStatus() =>
        Assert.StartsWith("MailboxUnavailable (550): ", SmtpFailures.Describe(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, new MailboxAddress("", "a@x.org"), "no such user")), StringComparison.Ordinal);
}
