using BenchmarkDotNet.Attributes;
using Reports.Core.Languages;

namespace Reports.Benchmarks;

/// <summary>Detects the language of every benchmark article once per operation (the analyzer's detect stage alone).</summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private string[] _texts = [];
    private LanguageDetector _detector = new(LanguageCatalog.Default);

    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. BenchmarkArticles.Load().Select(a => a.Text)];
        _detector = new LanguageDetector(LanguageCatalog.Default);
    }

    [Benchmark]
    public int DetectAll()
    {
        var sure = 0;
        foreach (var text in _texts)
        {
            sure += _detector.Detect(text).Code == LanguageGuess.Undetermined ? 0 : 1;
        }

        return sure;
    }
}
