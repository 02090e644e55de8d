namespace Reports.Cli.Briefs;

/// <summary>A briefing that cannot be made, with the exit code to return (2 for a bad request, 1 otherwise).</summary>
internal sealed class BriefException : Exception
{
    public BriefException()
    {
    }

    public BriefException(string message)
        : base(message)
    {
    }

    public BriefException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BriefException(string message, int exitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; } = 1;
}
