namespace Reports.Core.Delivery;

/// <summary>An email address was refused; the message says why (it quotes the address, so keep it out of public logs).</summary>
public sealed class InvalidEmailAddressException : FormatException
{
    public InvalidEmailAddressException()
    {
    }

    public InvalidEmailAddressException(string message)
        : base(message)
    {
    }

    public InvalidEmailAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
