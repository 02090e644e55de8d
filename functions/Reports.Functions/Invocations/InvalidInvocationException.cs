namespace Reports.Functions.Invocations;

/// <summary>The request is not an invocation payload the function can use (answered 400).</summary>
internal sealed class InvalidInvocationException : Exception
{
    public InvalidInvocationException()
    {
    }

    public InvalidInvocationException(string message)
        : base(message)
    {
    }

    public InvalidInvocationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
