using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Functions.Hosting;

/// <summary>
/// <b>Test only.</b> A fault-injection hook for the crash test (<c>tests/Reports.Functions.Tests/EndToEnd/CrashRecoveryTests</c>):
/// when the environment variable <see cref="Variable"/> is set in the local host's process, the analysis of an article
/// whose text contains its value ends the process at once with <see cref="Environment.FailFast(string)"/> (no
/// finally blocks, no graceful stop: as a process killed by a memory limit dies). Inert unless the variable is set:
/// no setting, request or upload can turn it on, it is never registered under the Functions host, and it is not a
/// configuration key (not in <c>local.settings.json</c>, not an app setting of the Bicep).
/// </summary>
internal static class TestFaultInjection
{
    /// <summary>The environment variable: a marker text (the test uses a fresh GUID) that kills the process.</summary>
    public const string Variable = "REPORTS_TEST_FAILFAST_MARKER";

    /// <summary>The marker, when the variable is set to something at least 16 characters long (a GUID); else null.</summary>
    public static string? Marker(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var marker = environment(Variable);
        return string.IsNullOrWhiteSpace(marker) || marker.Trim().Length < 16 ? null : marker.Trim();
    }

    /// <summary>Wraps the analyzer when the local host runs with the variable set; otherwise returns it unchanged.</summary>
    public static IArticleAnalysisService Wrap(IArticleAnalysisService analyzer, HostSettings host, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.Mode == HostMode.Local && Marker(environment) is { } marker ? new FailingAnalyzer(analyzer, marker) : analyzer;
    }

    /// <summary>Ends the process when an article's text holds the marker, else analyses as the inner analyzer does.</summary>
    internal sealed class FailingAnalyzer(IArticleAnalysisService inner, string marker) : IArticleAnalysisService
    {
        public string Name => inner.Name;

        public int PreferredBatchSize => inner.PreferredBatchSize;

        public Task<IReadOnlyList<ArticleAnalysis>> AnalyzeAsync(IReadOnlyList<ArticleText> articles, int summarySentences, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(articles);
            if (articles.Any(a => a.Text.Contains(marker, StringComparison.Ordinal)))
            {
                Environment.FailFast($"{Variable}: an article holds the test's fault-injection marker; ending the process (test only).");
            }

            return inner.AnalyzeAsync(articles, summarySentences, cancellationToken);
        }
    }
}
