using BenchmarkDotNet.Attributes;
using Reports.Core.Articles;
using Reports.Core.AzureLanguage;
using Reports.Core.Ingestion;
using Reports.Testing.LanguageService;

namespace Reports.Benchmarks;

/// <summary>
/// One batch of 25 articles (the benchmark articles repeated) analysed by the built-in analyzer, and by the
/// azure-language analyzer against the local stand-in service (answering at once, no "running" poll): the difference
/// is this app's own cost of the service path (JSON, three HTTP exchanges on loopback, the extra analysis step), not
/// the real service's latency, which dominates in practice and is not measurable here.
/// </summary>
[MemoryDiagnoser]
public class AzureLanguageBenchmarks
{
    private const int BatchSize = 25;
    private readonly AnalyzerPool _builtIn = new();
    private IReadOnlyList<ArticleText> _batch = [];
    private LanguageServiceFake _fake = null!;
    private LanguageClient _client = null!;
    private AzureLanguageAnalyzer _service = null!;

    [GlobalSetup]
    public void Setup()
    {
        var articles = BenchmarkArticles.Load();
        _batch = [.. Enumerable.Range(0, BatchSize).Select(i => articles[i % articles.Count])];
        _fake = LanguageServiceFake.StartAsync().GetAwaiter().GetResult();
        _fake.RunningPolls = 0;
        _fake.RecordRequests = false;
        var settings = new AzureLanguageSettings { Analyzer = AzureLanguageSettings.AzureLanguage, Endpoint = _fake.Endpoint, Key = "benchmark" };
        _client = Reports.Adapters.Language.LanguageClients.Create(settings, options: new LanguageClientOptions { PollInterval = TimeSpan.Zero });
        _service = new AzureLanguageAnalyzer(_client, _builtIn, settings);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> BuiltIn() => (await _builtIn.AnalyzeAsync(_batch, 3, CancellationToken.None)).Count;

    [Benchmark]
    public async Task<int> AzureLanguageAgainstLocalService() => (await _service.AnalyzeAsync(_batch, 3, CancellationToken.None)).Count;
}
