using System.Globalization;
using Reports.Core.Analysis;

namespace Reports.Benchmarks;

/// <summary>
/// <c>analyze-count [passes] [warm-up passes]</c>: the five benchmark articles analysed a fixed number of times after a
/// warm-up, for an instruction counter (<c>perf stat -e instructions:u</c>, callgrind) that the host's load does not
/// move: run it with 0 passes and with N, and the difference over N is the instructions per pass (docs/analysis.md).
/// </summary>
internal static class AnalyzerCount
{
    public static int Run(string[] args)
    {
        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var warmUp = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        var articles = BenchmarkArticles.Load();
        var analyzer = new ArticleAnalyzer();
        var figures = 0;
        for (var w = 0; w < warmUp; w++)
        {
            figures += Pass(analyzer, articles);
        }

        // Tier-1 code is compiled in the background after its calls are counted: give it time before the counted passes.
        Thread.Sleep(500);
        for (var p = 0; p < passes; p++)
        {
            figures += Pass(analyzer, articles);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passes} passes after {warmUp}, {figures} figures"));
        return 0;
    }

    private static int Pass(ArticleAnalyzer analyzer, IReadOnlyList<Reports.Core.Articles.ArticleText> articles)
    {
        var figures = 0;
        foreach (var article in articles)
        {
            figures += analyzer.Analyze(article).Figures.Count;
        }

        return figures;
    }
}
