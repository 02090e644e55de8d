using System.Net.Mail;
using System.Net.Sockets;
using Reports.Core.Delivery;

namespace Reports.Core.Tests.Delivery;

public sealed class SmtpFailuresTests
{
    [Theory]
    [InlineData(SmtpStatusCode.ServiceNotAvailable)]
    [InlineData(SmtpStatusCode.MailboxBusy)]
    [InlineData(SmtpStatusCode.LocalErrorInProcessing)]
    [InlineData(SmtpStatusCode.InsufficientStorage)]
    [InlineData(SmtpStatusCode.GeneralFailure)]
    [InlineData(SmtpStatusCode.MustIssueStartTlsFirst)]
    public void IsTransient_TemporaryOrSenderSideReply_IsRetryable(SmtpStatusCode code) =>
        Assert.True(SmtpFailures.IsTransient(new SmtpException(code, "x")));

    [Theory]
    [InlineData(SmtpStatusCode.MailboxUnavailable)]
    [InlineData(SmtpStatusCode.MailboxNameNotAllowed)]
    [InlineData(SmtpStatusCode.UserNotLocalTryAlternatePath)]
    [InlineData(SmtpStatusCode.TransactionFailed)]
    [InlineData(SmtpStatusCode.SyntaxError)]
    public void IsTransient_RecipientRefused_IsPermanent(SmtpStatusCode code) =>
        Assert.False(SmtpFailures.IsTransient(new SmtpFailedRecipientException(code, "alice@example.org")));

    [Fact]
    public void IsTransient_ConnectionProblems_AreRetryable()
    {
        Assert.True(SmtpFailures.IsTransient(new IOException("reset")));
        Assert.True(SmtpFailures.IsTransient(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.True(SmtpFailures.IsTransient(new TimeoutException()));
        Assert.True(SmtpFailures.IsTransient(new SmtpException("Failure sending mail.", new IOException("Unable to read data"))));
    }

    [Fact]
    public void IsTransient_BadAddressFormat_IsPermanent() => Assert.False(SmtpFailures.IsTransient(new FormatException("bad")));

    [Fact]
    public void IsTransient_SeveralRecipientsOneBusy_IsRetryable()
    {
        var many = new SmtpFailedRecipientsException("x", [new SmtpFailedRecipientException(SmtpStatusCode.MailboxUnavailable, "a@x.org"), new SmtpFailedRecipientException(SmtpStatusCode.MailboxBusy, "b@x.org")]);

        Assert.True(SmtpFailures.IsTransient(many));
    }

    [Fact]
    public void Describe_SmtpException_NamesTheStatus() =>
        Assert.StartsWith("MailboxUnavailable (550): ", SmtpFailures.Describe(new SmtpException(SmtpStatusCode.MailboxUnavailable, "no such user")), StringComparison.Ordinal);
}
