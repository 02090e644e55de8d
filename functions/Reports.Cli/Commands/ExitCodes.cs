namespace Reports.Cli.Commands;

/// <summary>The CLI's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was analysed.</summary>
    public const int Success = 0;

    /// <summary>At least one input could not be read or analysed (its line carries the error).</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line is wrong (unknown option, bad --format, negative --sentences...).</summary>
    public const int Usage = 2;
}
