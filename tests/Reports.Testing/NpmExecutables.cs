using System.Diagnostics;

namespace Reports.Testing;

/// <summary>Finds the scripts of npm packages the tests start (azurite-blob, maildev): on PATH or in npm's global bin folder.</summary>
public static class NpmExecutables
{
    /// <summary>True on CI (CI=true), where a missing tool fails the tests instead of skipping them.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of the script <paramref name="name"/> (".cmd" added on Windows), or null.</summary>
    public static string? Find(string name)
    {
        var file = OperatingSystem.IsWindows() ? name + ".cmd" : name;
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (NpmGlobalRoot() is { } npmRoot)
        {
            folders.Add(Path.GetFullPath(Path.Combine(npmRoot, "..", "..", "bin")));
            folders.Add(Path.GetFullPath(Path.Combine(npmRoot, "..")));
        }

        return folders.Select(folder => Path.Combine(folder, file)).FirstOrDefault(File.Exists);
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
