namespace Reports.Functions.Hosting;

/// <summary>The host mode, decided once at start.</summary>
public sealed record HostSettings(HostMode Mode)
{
    /// <summary>The argument the Functions host passes to a worker it starts (the address of its gRPC channel).</summary>
    public const string HostUriArgument = "--functions-uri";

    /// <summary>The same address as an environment variable, which a worker also reads.</summary>
    public const string HostEndpointVariable = "Functions__Worker__HostEndpoint";

    /// <summary>Worker when the Functions host started the process (its arguments or environment say so), else Local.</summary>
    public static HostMode Detect(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        return args.Any(a => a.StartsWith(HostUriArgument, StringComparison.Ordinal))
            || !string.IsNullOrEmpty(environment(HostEndpointVariable))
            || !string.IsNullOrEmpty(environment("AZURE_FUNCTIONS_" + HostEndpointVariable))
                ? HostMode.Worker
                : HostMode.Local;
    }
}
