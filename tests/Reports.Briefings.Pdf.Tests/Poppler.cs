using System.Diagnostics;

namespace Reports.Briefings.Pdf.Tests;

/// <summary>
/// Runs poppler-utils (pdftotext, pdftoppm) on rendered briefings. When the tools are missing, tests that need them
/// skip locally and fail on CI (CI=true), where <c>.ci/run</c> installs them.
/// </summary>
internal static class Poppler
{
    public const string InstallHint = "pdftotext/pdftoppm are not on PATH: apt-get install poppler-utils";

    public static bool Available { get; } = OnPath("pdftotext") && OnPath("pdftoppm");

    public static bool MustRun => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>pdftotext of the whole document or of one page (1-based), UTF-8.</summary>
    public static string Text(string pdf, int? page = null, bool layout = false)
    {
        var args = new List<string> { "-enc", "UTF-8" };
        if (layout)
        {
            args.Add("-layout");
        }

        if (page is { } p)
        {
            args.AddRange(["-f", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", p.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        args.AddRange([pdf, "-"]);
        return Run("pdftotext", args);
    }

    /// <summary>Renders one page (1-based) to a grey-scale PGM at the given resolution.</summary>
    public static GrayImage Page(string pdf, int page, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"{Path.GetFileNameWithoutExtension(pdf)}-p{page}-{dpi}");
        var p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Run("pdftoppm", ["-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", p, "-l", p, "-singlefile", pdf, prefix]);
        return GrayImage.ReadPgm(prefix + ".pgm");
    }

    public static string Run(string tool, IReadOnlyList<string> args)
    {
        if (!Available)
        {
            throw new InvalidOperationException(InstallHint);
        }

        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {stderr}");
        }

        return stdout.Result;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}

/// <summary>A fact that needs poppler-utils: skips locally without them, runs (and fails) on CI.</summary>
internal sealed class PopplerFactAttribute : FactAttribute
{
    public PopplerFactAttribute()
    {
        if (!Poppler.Available && !Poppler.MustRun)
        {
            Skip = Poppler.InstallHint;
        }
    }
}
