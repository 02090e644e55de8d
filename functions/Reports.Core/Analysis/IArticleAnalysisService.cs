using Reports.Core.Articles;

namespace Reports.Core.Analysis;

/// <summary>
/// Analyses articles: the built-in analyzer (<see cref="Ingestion.AnalyzerPool"/>) or Azure AI Language for summaries
/// and languages (<see cref="AzureLanguage.AzureLanguageAnalyzer"/>). An implementation never fails an article for an
/// outside service's sake: it falls back and says so in <see cref="ArticleAnalysis.Analyzers"/>.
/// </summary>
public interface IArticleAnalysisService
{
    /// <summary>The setting value that selects it: builtin or azure-language.</summary>
    string Name { get; }

    /// <summary>How many articles are best analysed in one call (the CLI groups its files by this).</summary>
    int PreferredBatchSize { get; }

    /// <summary>One analysis per article, in the same order.</summary>
    Task<IReadOnlyList<ArticleAnalysis>> AnalyzeAsync(IReadOnlyList<ArticleText> articles, int summarySentences, CancellationToken cancellationToken);
}
