using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Reports.Core.Analysis;

namespace Reports.Benchmarks;

/// <summary>
/// <c>stage-pair &lt;other-build-dir&gt; &lt;stage&gt; [seconds]</c>: one stage of the analysis (<c>detection</c>;
/// <c>credits</c>: credits, unmarked caption and title; <c>summary</c>: the summariser, each article's reading made
/// before it, outside the time) of this build and of another build (its Reports.Core.dll loaded in a context of its own,
/// as <c>analyze-pair</c> does), both called the same way (by reflection) over the five benchmark articles segmented
/// beforehand, their passes alternated. Each article's stage is timed on its own (30–100 µs, mostly shorter than the
/// time slice a busy host takes away), so the low percentiles of each article's times, summed over the articles, are
/// the stage's time without the host's interruptions: their ratio says whether a change to one stage made it faster
/// where a whole pass (2.3 ms) hides a stage's few per cent in its noise.
/// <c>stage-pair &lt;dir&gt; &lt;stage&gt; 0 count &lt;passes&gt;</c> runs only that build ("." for this one), printing nothing
/// (for a profiler).
/// </summary>
internal static class StagePair
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("stage-pair <other-build-dir> <detection|credits|summary> [seconds]");
            return 2;
        }

        var stage = args[2];
        var texts = BenchmarkArticles.Load().Select(a => a.Text).ToList();
        if (args.Length > 5 && args[4] == "count")
        {
            var only = StageOf(args[1] == "." ? typeof(ArticleAnalyzer).Assembly : AnalyzerPair.LoadCore(args[1]), stage, texts);
            var count = int.Parse(args[5], CultureInfo.InvariantCulture);
            var ticks = new long[texts.Count];
            for (var r = 0; r < count; r++)
            {
                only(ticks);
            }


            return 0;
        }

        var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 20;
        Action<long[]>[] passes = [StageOf(typeof(ArticleAnalyzer).Assembly, stage, texts), StageOf(AnalyzerPair.LoadCore(args[1]), stage, texts)];
        var pass = new long[texts.Count];
        for (var w = 0; w < 300; w++)
        {
            passes[0](pass);
            passes[1](pass);
        }

        // times[build][article]: the article's stage times in ms, one per pass.
        var times = new List<double>[2][];
        for (var b = 0; b < 2; b++)
        {
            times[b] = [.. texts.Select(_ => new List<double>())];
        }

        var stopwatch = Stopwatch.StartNew();
        var passCount = 0;
        for (var r = 0; stopwatch.Elapsed.TotalSeconds < seconds; r++)
        {
            for (var k = 0; k < 2; k++)
            {
                var build = (r + k) % 2;
                passes[build](pass);
                for (var a = 0; a < texts.Count; a++)
                {
                    times[build][a].Add(Stopwatch.GetElapsedTime(0, pass[a]).TotalMilliseconds);
                }
            }

            passCount++;
        }

        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss} load {load}: {stage}, {passCount} passes of each build"));
        double[] quantiles = [0, 0.05, 0.1, 0.25, 0.5];
        var sums = new double[2][];
        for (var b = 0; b < 2; b++)
        {
            sums[b] = new double[quantiles.Length];
            foreach (var article in times[b])
            {
                article.Sort();
                for (var q = 0; q < quantiles.Length; q++)
                {
                    sums[b][q] += AnalyzerPair.At(article, quantiles[q]);
                }
            }
        }

        string[] names = ["this build", "other build"];
        for (var b = 0; b < 2; b++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {names[b]} (ms per pass, each article's fastest / 5th / 10th / 25th percentile / median, summed): {string.Join(" / ", sums[b].Select(v => v.ToString("F4", CultureInfo.InvariantCulture)))}"));
        }

        Console.WriteLine("  this / other: " + string.Join(" / ", quantiles.Select((q, k) => string.Create(CultureInfo.InvariantCulture, $"{(q == 0 ? "fastest" : $"p{q * 100:F0}")} {sums[0][k] / sums[1][k]:F3}"))));
        return 0;
    }

    /// <summary>A build's stage, called by reflection with the inputs made by the build's own code.</summary>
    private static Action<long[]> StageOf(Assembly core, string stage, List<string> texts)
    {
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
        var catalogType = core.GetType("Reports.Core.Languages.LanguageCatalog", true)!;
        var detectorType = core.GetType("Reports.Core.Languages.LanguageDetector", true)!;
        var segmenterType = core.GetType("Reports.Core.Analysis.SentenceSegmenter", true)!;
        var summarizerType = core.GetType("Reports.Core.Analysis.Summarizer", true)!;
        var creditsType = core.GetType("Reports.Core.Analysis.Credits", true)!;
        var analyzerType = core.GetType("Reports.Core.Analysis.ArticleAnalyzer", true)!;
        var profileType = core.GetType("Reports.Core.Languages.LanguageProfile", true)!;
        var sentenceList = typeof(IReadOnlyList<>).MakeGenericType(core.GetType("Reports.Core.Analysis.Sentence", true)!);
        var catalog = catalogType.GetProperty("Default", Any)!.GetValue(null);
        var detector = Activator.CreateInstance(detectorType, catalog)!;
        var segmenter = Activator.CreateInstance(segmenterType)!;
        var summarizer = Activator.CreateInstance(summarizerType)!;
        var detect = detectorType.GetMethod("Detect", Any, [typeof(string)])!;
        var split = segmenterType.GetMethod("Split", Any, [typeof(string), profileType])!;
        var find = creditsType.GetMethod("Find", Any, [typeof(string), sentenceList, profileType])!;
        var caption = creditsType.GetMethod("UnmarkedCaption", Any, [typeof(string), sentenceList, typeof(bool[]), profileType])!;
        var titleOf = analyzerType.GetMethod("TitleOf", Any, [typeof(string), sentenceList, profileType, typeof(bool[]), typeof(int)])!;
        var summarize = summarizerType.GetMethod("Summarize", Any, [typeof(string), sentenceList, profileType, typeof(int), typeof(IReadOnlyList<bool>), typeof(int), typeof(CancellationToken)])!;
        var readingType = core.GetType("Reports.Core.Figures.ArticleReading", true)!;
        var read = readingType.GetMethod("Read", Any, [sentenceList, profileType, typeof(CancellationToken)])!;
        var withReading = summarizerType.GetMethod("Summarize", Any, [typeof(string), sentenceList, profileType, typeof(int), typeof(IReadOnlyList<bool>), typeof(int), readingType, typeof(CancellationToken)]);
        var inputs = texts.Select(t =>
        {
            var guess = detect.Invoke(detector, [t])!;
            var profile = guess.GetType().GetProperty("Closest")!.GetValue(guess);
            var sentences = split.Invoke(segmenter, [t, profile])!;
            var credits = (bool[])find.Invoke(null, [t, sentences, profile])!;
            var at = (int)caption.Invoke(null, [t, sentences, credits, profile])!;
            var title = (string)titleOf.Invoke(null, [t, sentences, profile, credits, at])!;
            return (Text: t, Profile: profile, Sentences: sentences, Credits: credits, Caption: at, Title: title);
        }).ToList();
        return stage switch
        {
            "detection" => ticks =>
            {
                for (var a = 0; a < inputs.Count; a++)
                {
                    var start = Stopwatch.GetTimestamp();
                    detect.Invoke(detector, [inputs[a].Text]);
                    ticks[a] = Stopwatch.GetTimestamp() - start;
                }
            },
            "credits" => ticks =>
            {
                for (var a = 0; a < inputs.Count; a++)
                {
                    var i = inputs[a];
                    var start = Stopwatch.GetTimestamp();
                    var credits = (bool[])find.Invoke(null, [i.Text, i.Sentences, i.Profile])!;
                    var at = (int)caption.Invoke(null, [i.Text, i.Sentences, credits, i.Profile])!;
                    titleOf.Invoke(null, [i.Text, i.Sentences, i.Profile, credits, at]);
                    ticks[a] = Stopwatch.GetTimestamp() - start;
                }
            },
            "summary" => ticks =>
            {
                // Each article's reading is made first (ArticleAnalyzer makes it before extraction), outside the time:
                // a build whose summariser reads it is given it.
                for (var a = 0; a < inputs.Count; a++)
                {
                    var i = inputs[a];
                    var reading = read.Invoke(null, [i.Sentences, i.Profile, CancellationToken.None]);
                    var start = Stopwatch.GetTimestamp();
                    _ = withReading is null
                        ? summarize.Invoke(summarizer, [i.Title, i.Sentences, i.Profile, ArticleAnalyzer.DefaultSummarySentences, i.Credits, i.Caption, CancellationToken.None])
                        : withReading.Invoke(summarizer, [i.Title, i.Sentences, i.Profile, ArticleAnalyzer.DefaultSummarySentences, i.Credits, i.Caption, reading, CancellationToken.None]);
                    ticks[a] = Stopwatch.GetTimestamp() - start;
                }
            },
            _ => throw new ArgumentException($"Unknown stage '{stage}'."),
        };
    }
}
