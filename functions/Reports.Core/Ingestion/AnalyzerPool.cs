using System.Collections.Concurrent;
using Reports.Core.Analysis;
using Reports.Core.Languages;

namespace Reports.Core.Ingestion;

/// <summary>Analyzers are not thread-safe: each concurrent invocation rents its own.</summary>
public sealed class AnalyzerPool(LanguageCatalog catalog)
{
    private readonly ConcurrentBag<ArticleAnalyzer> _analyzers = [];

    public AnalyzerPool()
        : this(LanguageCatalog.Default)
    {
    }

    public ArticleAnalysis Analyze(Articles.ArticleText article, int summarySentences)
    {
        var analyzer = _analyzers.TryTake(out var pooled) ? pooled : new ArticleAnalyzer(catalog);
        try
        {
            return analyzer.Analyze(article, summarySentences);
        }
        finally
        {
            _analyzers.Add(analyzer);
        }
    }
}
