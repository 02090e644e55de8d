namespace Reports.Core.Delivery;

/// <summary>A send failed: <see cref="Transient"/> when a later attempt may succeed (server down, busy, timeout).</summary>
public sealed class MailSendException : Exception
{
    public MailSendException()
    {
    }

    public MailSendException(string message)
        : base(message)
    {
    }

    public MailSendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MailSendException(string message, bool transient, Exception? innerException = null)
        : base(message, innerException)
    {
        Transient = transient;
    }

    public bool Transient { get; }
}
