using BenchmarkDotNet.Attributes;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Testing;

namespace Reports.Benchmarks.Hostile;

/// <summary>
/// One analysis of each hostile shape (<see cref="HostileText"/>) at 10,000 items, in process (no startup):
/// <c>dotnet run -c Release --project tests/Reports.Benchmarks -- --filter '*HostileShape*'</c>. The numbers are in
/// docs/analysis.md ("Hostile inputs: lists of thousands of items"); no test asserts them.
/// </summary>
[MemoryDiagnoser]
public class HostileShapeBenchmarks
{
    private ArticleAnalyzer _analyzer = new();
    private ArticleText _article = new(string.Empty);

    [ParamsSource(nameof(ShapeNames))]
    public string Shape { get; set; } = "list-vi";

    [Params(10_000)]
    public int Items { get; set; }

    public static IEnumerable<string> ShapeNames => HostileText.Shapes;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = new ArticleAnalyzer();
        _article = new ArticleText(HostileText.Build(Shape, Items));
    }

    [Benchmark]
    public int Analyze() => _analyzer.Analyze(_article, 3).Figures.Count;
}
