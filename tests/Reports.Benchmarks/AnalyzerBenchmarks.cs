using BenchmarkDotNet.Attributes;
using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Benchmarks;

/// <summary>Analyses every benchmark article once per operation: articles/s = articles ÷ mean time.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private IReadOnlyList<ArticleText> _articles = [];
    private ArticleAnalyzer _analyzer = new();

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkArticles.Load();
        _analyzer = new ArticleAnalyzer();
        Console.WriteLine($"// {_articles.Count} articles, {_articles.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.Text))} bytes of UTF-8");
    }

    [Benchmark]
    public int AnalyzeAll()
    {
        var figures = 0;
        foreach (var article in _articles)
        {
            figures += _analyzer.Analyze(article).Figures.Count;
        }

        return figures;
    }
}
