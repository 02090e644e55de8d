using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Reports.Benchmarks;

/// <summary>
/// <c>analyze-pair &lt;other-build-dir&gt; [seconds]</c>: this build's analyzer and another build's (the folder holding
/// its Reports.Core.dll, loaded in a context of its own) in one process, their passes over the benchmark articles
/// alternated (which goes first alternates too). On a shared machine whose speed drifts by a third within minutes, both
/// builds see the same moments: the paired ratio (this pass over the other's, its median) and the low percentiles
/// compare them where separate runs cannot (docs/analysis.md, "Speed").
/// </summary>
internal static class AnalyzerPair
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("analyze-pair <other-build-dir> [seconds]");
            return 2;
        }

        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var texts = BenchmarkArticles.Load().Select(a => a.Text).ToList();
        Func<int>[] passes = [PassOf(Path.GetDirectoryName(typeof(Reports.Core.Analysis.ArticleAnalyzer).Assembly.Location)!, texts, own: true), PassOf(args[1], texts, own: false)];
        for (var w = 0; w < 300; w++)
        {
            passes[0]();
            passes[1]();
        }

        List<double>[] times = [[], []];
        var ratios = new List<double>();
        var pass = new double[2];
        var stopwatch = Stopwatch.StartNew();
        for (var round = 0; stopwatch.Elapsed.TotalSeconds < seconds; round++)
        {
            for (var k = 0; k < 2; k++)
            {
                var build = (round + k) % 2;
                var start = Stopwatch.GetTimestamp();
                passes[build]();
                pass[build] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                times[build].Add(pass[build]);
            }

            ratios.Add(pass[0] / pass[1]);
        }

        times[0].Sort();
        times[1].Sort();
        ratios.Sort();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss} load {load}: {ratios.Count} pairs"));
        string[] names = ["this build", "other build"];
        for (var b = 0; b < 2; b++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {names[b]}: fastest {times[b][0]:F3} ms ({texts.Count / times[b][0] * 1000:F0} articles/s), 5th percentile {At(times[b], 0.05):F3}, quartile {At(times[b], 0.25):F3}, median {At(times[b], 0.5):F3} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  this / other: fastest {times[0][0] / times[1][0]:F3}, 5th percentile {At(times[0], 0.05) / At(times[1], 0.05):F3}, paired median {At(ratios, 0.5):F3}"));
        return 0;
    }

    internal static double At(List<double> sorted, double quantile) => sorted[(int)(quantile * (sorted.Count - 1))];

    /// <summary>The Reports.Core.dll of the build in <paramref name="folder"/>, in a load context of its own.</summary>
    internal static Assembly LoadCore(string folder) =>
        new FolderLoadContext(folder).LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(folder), "Reports.Core.dll"));

    /// <summary>One pass over the articles with the analyzer of the build in <paramref name="folder"/>, called by reflection.</summary>
    private static Func<int> PassOf(string folder, List<string> texts, bool own)
    {
        var core = own ? typeof(Reports.Core.Analysis.ArticleAnalyzer).Assembly : LoadCore(folder);
        var analyzerType = core.GetType("Reports.Core.Analysis.ArticleAnalyzer", throwOnError: true)!;
        var articleType = core.GetType("Reports.Core.Articles.ArticleText", throwOnError: true)!;
        var analyzer = Activator.CreateInstance(analyzerType)!;
        var articles = texts.Select(t => Activator.CreateInstance(articleType, t, null)!).ToArray();
        var analyze = analyzerType.GetMethod("Analyze", [articleType, typeof(int)])!;
        object[] arguments = [null!, Reports.Core.Analysis.ArticleAnalyzer.DefaultSummarySentences];
        return () =>
        {
            var analysed = 0;
            foreach (var article in articles)
            {
                arguments[0] = article;
                analysed += analyze.Invoke(analyzer, arguments) is null ? 0 : 1;
            }

            return analysed;
        };
    }

    /// <summary>Loads the other build's assemblies from its folder; the framework's come from the default context.</summary>
    internal sealed class FolderLoadContext(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(Path.GetFullPath(folder), assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
