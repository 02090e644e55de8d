using System.Collections.Concurrent;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Languages;

namespace Reports.Core.Ingestion;

/// <summary>
/// The built-in analyzer as a service. Analyzers are not thread-safe: each concurrent caller rents its own.
/// </summary>
public sealed class AnalyzerPool(LanguageCatalog catalog) : IArticleAnalysisService
{
    private readonly ConcurrentBag<ArticleAnalyzer> _analyzers = [];

    public AnalyzerPool()
        : this(LanguageCatalog.Default)
    {
    }

    public string Name => AnalyzerProvenance.BuiltInName;

    public int PreferredBatchSize => 1;

    public ArticleAnalysis Analyze(ArticleText article, int summarySentences, string? language = null) =>
        Analyze(article, summarySentences, language, CancellationToken.None);

    /// <summary>One article, stopping between sentences once <paramref name="cancellationToken"/> is cancelled.</summary>
    public ArticleAnalysis Analyze(ArticleText article, int summarySentences, string? language, CancellationToken cancellationToken)
    {
        var analyzer = _analyzers.TryTake(out var pooled) ? pooled : new ArticleAnalyzer(catalog);
        try
        {
            return analyzer.Analyze(article, summarySentences, language, cancellationToken);
        }
        finally
        {
            _analyzers.Add(analyzer);
        }
    }

    public Task<IReadOnlyList<ArticleAnalysis>> AnalyzeAsync(IReadOnlyList<ArticleText> articles, int summarySentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var analyses = new ArticleAnalysis[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            analyses[i] = Analyze(articles[i], summarySentences, null, cancellationToken);
        }

        return Task.FromResult<IReadOnlyList<ArticleAnalysis>>(analyses);
    }
}
