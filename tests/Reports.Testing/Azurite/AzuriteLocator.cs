using System.Diagnostics;

namespace Reports.Testing.Azurite;

/// <summary>
/// Where the Azurite blob emulator is: AZURITE_BLOB_ENDPOINT (an already running one), else the azurite-blob
/// script on PATH or in npm's global bin folder. On CI (CI=true) a missing Azurite fails the tests; elsewhere
/// they skip with <see cref="InstallHint"/>.
/// </summary>
public static class AzuriteLocator
{
    public const string EndpointVariable = "AZURITE_BLOB_ENDPOINT";

    public const string InstallHint =
        "Azurite is not installed: run 'npm install -g azurite' (or set AZURITE_BLOB_ENDPOINT to a running blob endpoint, e.g. http://127.0.0.1:10000/devstoreaccount1).";

    private static readonly Lazy<string?> Executable = new(FindExecutable);

    public static Uri? ExternalEndpoint =>
        Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } value ? new Uri(value.TrimEnd('/')) : null;

    public static string? ExecutablePath => Executable.Value;

    public static bool IsAvailable => ExternalEndpoint is not null || ExecutablePath is not null;

    public static bool IsCi => NpmExecutables.IsCi;

    /// <summary>Why an Azurite test skips, or null when it must run (Azurite found, or CI where absence is a failure).</summary>
    public static string? SkipReason => IsAvailable || IsCi ? null : InstallHint;

    private static string? FindExecutable() => NpmExecutables.Find("azurite-blob");
}
