using System.Diagnostics;
using System.Globalization;

namespace Reports.Testing.MailDev;

/// <summary>
/// Where the maildev SMTP test server is: MAILDEV_SMTP_PORT and MAILDEV_WEB_PORT (an already running one on
/// 127.0.0.1), else the maildev script on PATH or in npm's global bin folder. On CI (CI=true) a missing maildev fails
/// the tests; elsewhere they skip with <see cref="InstallHint"/>.
/// </summary>
public static class MailDevLocator
{
    public const string SmtpPortVariable = "MAILDEV_SMTP_PORT";
    public const string WebPortVariable = "MAILDEV_WEB_PORT";

    public const string InstallHint =
        "maildev is not installed: run 'npm install -g maildev@2.2.1' (3.x does not install), or set MAILDEV_SMTP_PORT and MAILDEV_WEB_PORT to a running maildev on 127.0.0.1.";

    private static readonly Lazy<string?> Executable = new(FindExecutable);

    /// <summary>The ports of an already running maildev, when both variables are set.</summary>
    public static (int Smtp, int Web)? ExternalPorts =>
        Port(SmtpPortVariable) is { } smtp && Port(WebPortVariable) is { } web ? (smtp, web) : null;

    public static string? ExecutablePath => Executable.Value;

    public static bool IsAvailable => ExternalPorts is not null || ExecutablePath is not null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a maildev test skips, or null when it must run (maildev found, or CI where absence is a failure).</summary>
    public static string? SkipReason => IsAvailable || IsCi ? null : InstallHint;

    private static int? Port(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
                ? port
                : throw new InvalidOperationException($"{variable}='{value}' is not a port number.")
            : null;

    private static string? FindExecutable()
    {
        var name = OperatingSystem.IsWindows() ? "maildev.cmd" : "maildev";
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
