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

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why an Azurite test skips, or null when it must run (Azurite found, or CI where absence is a failure).</summary>
    public static string? SkipReason => IsAvailable || IsCi ? null : InstallHint;

    private static string? FindExecutable()
    {
        var name = OperatingSystem.IsWindows() ? "azurite-blob.cmd" : "azurite-blob";
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (NpmGlobalRoot() is { } npmRoot)
        {
            folders.Add(Path.GetFullPath(Path.Combine(npmRoot, "..", "..", "bin")));
            folders.Add(Path.GetFullPath(Path.Combine(npmRoot, "..")));
        }

        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }

    private static string? NpmGlobalRoot()
    {
        try
        {
            using var npm = Process.Start(new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", "root -g")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (npm is null)
            {
                return null;
            }

            var output = npm.StandardOutput.ReadToEndAsync();
            if (!npm.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                npm.Kill(entireProcessTree: true);
                return null;
            }

            var root = output.GetAwaiter().GetResult().Trim();
            return npm.ExitCode == 0 && root.Length > 0 ? root : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // npm is not installed.
        }
    }
}
