using BenchmarkDotNet.Attributes;
using Reports.Core.Aggregation;
using Reports.Core.Storage;

namespace Reports.Benchmarks;

/// <summary>
/// A report (read the period's analyses from a FileSystemBlobStore, then aggregate) over a year-long store of
/// 100,000 analyses, for one day, one week and one year; and the same one-day report from a store that holds only
/// that day, to show the cost follows the period's analyses, not the store's size. Aggregation alone is measured
/// on the in-memory year.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AggregationBenchmarks
{
    private FileSystemBlobStore _year = null!;
    private FileSystemBlobStore _oneDay = null!;
    private List<StoredAnalysis> _inMemory = [];
    private readonly BriefingBuilder _builder = new();

    [Params(1, 7, 365)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _year = SyntheticAnalyses.EnsureStoreAsync("year-100k", SyntheticAnalyses.Count, SyntheticAnalyses.Days).GetAwaiter().GetResult();
        _oneDay = SyntheticAnalyses.EnsureStoreAsync("one-day", SyntheticAnalyses.Count / SyntheticAnalyses.Days + 1, 1).GetAwaiter().GetResult();
        _inMemory = SyntheticAnalyses.InMemory(SyntheticAnalyses.Count, SyntheticAnalyses.Days);
    }

    private Period Period => new(SyntheticAnalyses.First.AddDays(100), SyntheticAnalyses.First.AddDays(100 + Days - 1));

    [Benchmark(Description = "read + aggregate, 100k store")]
    public async Task<int> ReportFromYearStore()
    {
        var period = Days == 365 ? new Period(SyntheticAnalyses.First, SyntheticAnalyses.First.AddDays(364)) : Period;
        var analyses = await new AnalysisRepository(_year).ReadAsync(period, CancellationToken.None);
        return _builder.Build(analyses, new BriefingFilter(period)).Events.Count;
    }

    [Benchmark(Description = "read + aggregate, 1-day store")]
    public async Task<int> ReportFromOneDayStore()
    {
        // The small store holds one day (First); only the one-day report is meaningful here.
        var period = new Period(SyntheticAnalyses.First, SyntheticAnalyses.First.AddDays(Days - 1));
        var analyses = await new AnalysisRepository(_oneDay).ReadAsync(period, CancellationToken.None);
        return _builder.Build(analyses, new BriefingFilter(period)).Events.Count;
    }

    [Benchmark(Description = "aggregate only, in memory")]
    public int AggregateInMemory()
    {
        var period = Days == 365 ? new Period(SyntheticAnalyses.First, SyntheticAnalyses.First.AddDays(364)) : Period;
        return _builder.Build(_inMemory, new BriefingFilter(period)).Events.Count;
    }
}
