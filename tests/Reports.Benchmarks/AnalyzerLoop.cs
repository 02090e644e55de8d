using System.Diagnostics;
using System.Globalization;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Languages;
using Reports.Core.Places;

namespace Reports.Benchmarks;

/// <summary>
/// <c>analyze-loop [seconds] [rounds]</c>: the five benchmark articles analysed in a plain loop, reporting the fastest
/// and the median pass, the time of each stage (fastest pass, a stopwatch around each) and the bytes allocated per
/// pass, with the load average. On a shared machine the fastest pass is steadier than a mean; run the old and the new
/// code in turn in the same minutes to compare them (docs/analysis.md, "Speed").
/// </summary>
internal static class AnalyzerLoop
{
    private const int Stages = 6;

    public static int Run(string[] args)
    {
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 6;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        var articles = BenchmarkArticles.Load();
        var analyzer = new ArticleAnalyzer();
        var catalog = analyzer.Catalog;
        var detector = new LanguageDetector(catalog);
        var segmenter = new SentenceSegmenter();
        var summarizer = new Summarizer();
        var extractor = new FigureExtractor();
        for (var w = 0; w < 300; w++)
        {
            Pass(analyzer, articles);
        }

        for (var round = 0; round < rounds; round++)
        {
            var times = new List<double>();
            var stopwatch = Stopwatch.StartNew();
            var before = GC.GetAllocatedBytesForCurrentThread();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            while (stopwatch.Elapsed.TotalSeconds < seconds)
            {
                var start = Stopwatch.GetTimestamp();
                Pass(analyzer, articles);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)times.Count;
            process.Refresh();

            // The processor time the process spent per pass: unlike the wall-clock passes, it counts only the time the
            // process ran, so a busy machine slows it less (it still pays for caches other processes evict).
            var cpuPerPass = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / times.Count;
            times.Sort();

            // By stage: the same steps as ArticleAnalyzer.Analyze, each timed on its own.
            var stages = new double[Stages];
            Array.Fill(stages, double.MaxValue);
            var stageAllocated = new long[Stages];
            var notArticle = new List<int>();
            var stagePasses = 0;
            var stageWatch = Stopwatch.StartNew();
            while (stageWatch.Elapsed.TotalSeconds < seconds / 2)
            {
                var pass = new double[Stages];
                foreach (var article in articles)
                {
                    var t = Stopwatch.GetTimestamp();
                    var a = GC.GetAllocatedBytesForCurrentThread();
                    var guess = detector.Detect(article.Text);
                    Stage(0);
                    var sentences = segmenter.Split(article.Text, guess.Closest);
                    Stage(1);
                    var credits = Credits.Find(article.Text, sentences, guess.Closest);
                    var title = ArticleAnalyzer.TitleOf(article.Text, sentences, guess.Closest, credits);
                    Stage(2);
                    notArticle.Clear();
                    var figures = guess.Closest is null ? [] : extractor.Extract(sentences, guess.Closest, notArticle);
                    Stage(4);
                    foreach (var s in notArticle)
                    {
                        credits[s] = true;
                    }

                    summarizer.Summarize(title, sentences, guess.Closest, ArticleAnalyzer.DefaultSummarySentences, credits, CancellationToken.None);
                    Stage(3);
                    FigurePlaces.Attach(article.Text, title, sentences, figures, guess.Code, Gazetteer.Default, notArticle);
                    Stage(5);

                    void Stage(int k)
                    {
                        pass[k] += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                        var now = GC.GetAllocatedBytesForCurrentThread();
                        stageAllocated[k] += now - a;
                        a = now;
                        t = Stopwatch.GetTimestamp();
                    }
                }

                stagePasses++;
                for (var k = 0; k < Stages; k++)
                {
                    stages[k] = Math.Min(stages[k], pass[k]);
                }
            }

            var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
            var fastest = times[0];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{DateTime.UtcNow:HH:mm:ss} load {load}: {times.Count} passes, fastest {fastest:F3} ms ({articles.Count / fastest * 1000:F0} articles/s), median {times[times.Count / 2]:F3} ms, processor {cpuPerPass:F3} ms, {allocated / 1024:F1} KB per pass"));
            string[] names = ["detection", "segmentation", "credits and title", "summariser", "extraction", "places"];
            Console.WriteLine("  by stage (fastest ms, KB per pass): " + string.Join(", ", names.Select((n, k) =>
                string.Create(CultureInfo.InvariantCulture, $"{n} {stages[k]:F3} / {stageAllocated[k] / 1024.0 / stagePasses:F1}"))));
        }

        return 0;
    }

    private static int Pass(ArticleAnalyzer analyzer, IReadOnlyList<ArticleText> articles)
    {
        var figures = 0;
        foreach (var article in articles)
        {
            figures += analyzer.Analyze(article).Figures.Count;
        }

        return figures;
    }
}
