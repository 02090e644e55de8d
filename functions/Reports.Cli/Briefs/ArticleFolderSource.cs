using Reports.Cli.Batches;
using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Cli.Briefs;

/// <summary>
/// Analyses a folder (or file) of articles with the <c>analyze</c> batch code and turns each result into a
/// <see cref="StoredAnalysis"/>: id = the first 32 hex digits of the SHA-256 of the normalised text, published on =
/// the dateline date (<see cref="DatelineDetector"/>), uploaded at = the file's last write time (UTC), so an article
/// with no stated date is filed under the day its file was written. The analyzer is the one <c>--analyzer</c> chose
/// (built-in, or Azure AI Language for the language and summary); it is recorded as <c>reports-cli</c> or
/// <c>reports-cli/azure-language</c>.
/// </summary>
internal static class ArticleFolderSource
{
    private const int IdLength = 32;

    /// <summary>Analyses every article under <paramref name="input"/> except <paramref name="output"/> (an earlier briefing written there).</summary>
    public static async Task<(List<StoredAnalysis> Analyses, List<string> Failures)> ReadAsync(string input, string output, IArticleAnalysisService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        var inputs = InputEnumerator.Expand([input]).Where(i => !string.Equals(Path.GetFullPath(i.Source), output, StringComparison.Ordinal));
        var batch = new ArticleBatchAnalyzer(new ArticleReaderOptions(), service);
        var analyzer = service.Name == AnalyzerProvenance.BuiltInName ? "reports-cli" : "reports-cli/" + service.Name;
        var analyses = new List<StoredAnalysis>();
        var failures = new List<string>();
        await foreach (var result in batch.AnalyzeAsync(inputs, ArticleAnalyzer.DefaultSummarySentences, cancellationToken).ConfigureAwait(false))
        {
            if (result.Analysis is not { } analysis || result.TextHash is null)
            {
                failures.Add($"{result.Source}: {result.Error ?? "no analysis"}");
                continue;
            }

            var written = new DateTimeOffset(File.GetLastWriteTimeUtc(result.Source), TimeSpan.Zero);
            analyses.Add(new StoredAnalysis(result.TextHash[..IdLength], result.Source, analysis.Language, analysis.Title, analysis.Summary, analysis.Figures, result.Dateline, written)
            {
                ContentHash = result.TextHash,
                Analyzer = analyzer,
                SummaryBy = analysis.Analyzers.Summary == AnalyzerProvenance.BuiltInName ? null : analysis.Analyzers.Summary,
            });
        }

        return (analyses, failures);
    }
}
