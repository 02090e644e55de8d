using System.Diagnostics;
using System.Globalization;
using Reports.Core.Analysis;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Benchmarks;

/// <summary>
/// <c>extract-ab [seconds]</c>: the figure extraction of the five benchmark articles (sentences segmented once), run in
/// short alternating rounds with the per-word start bits of the keyword and number matchers on (A) and off (B, every
/// word looked up as before), in one process: both see the same load, so their ratio is steadier than two builds run in
/// turn. Prints the fastest and the median round of each and the paired median of A / B.
/// </summary>
internal static class ExtractionAb
{
    public static int Run(string[] args)
    {
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var analyzer = new ArticleAnalyzer();
        var detector = new LanguageDetector(analyzer.Catalog);
        var segmenter = new SentenceSegmenter();
        var extractor = new FigureExtractor();
        var inputs = BenchmarkArticles.Load().Select(a =>
        {
            var profile = detector.Detect(a.Text).Closest!;
            return (a.Text, Sentences: segmenter.Split(a.Text, profile), Profile: profile);
        }).ToList();
        var languages = inputs.Select(i => CompiledLanguage.For(i.Profile)).Distinct().ToList();
        var bits = languages.Select(l => (l.Keywords.StartBit, l.Numbers.StartBit)).ToList();

        void Set(bool on)
        {
            for (var k = 0; k < languages.Count; k++)
            {
                languages[k].Keywords.StartBit = on ? bits[k].Item1 : (byte)0;
                languages[k].Numbers.StartBit = on ? bits[k].Item2 : (byte)0;
            }
        }

        double Round()
        {
            var start = Stopwatch.GetTimestamp();
            for (var r = 0; r < 20; r++)
            {
                foreach (var (text, sentences, profile) in inputs)
                {
                    extractor.Extract(text, sentences, profile, null, 0, null, null, null);
                }
            }

            return Stopwatch.GetElapsedTime(start).TotalMilliseconds / 20;
        }

        for (var w = 0; w < 50; w++)
        {
            Set(w % 2 == 0);
            Round();
        }

        var a = new List<double>();
        var b = new List<double>();
        var ratios = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            Set(true);
            var ta = Round();
            Set(false);
            var tb = Round();
            a.Add(ta);
            b.Add(tb);
            ratios.Add(ta / tb);
        }

        Set(true);
        a.Sort();
        b.Sort();
        ratios.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"{a.Count} pairs: A (start bits) fastest {a[0]:F3} ms, median {a[a.Count / 2]:F3}; B (looked up) fastest {b[0]:F3} ms, median {b[b.Count / 2]:F3}; A/B fastest {a[0] / b[0]:F3}, paired median {ratios[ratios.Count / 2]:F3}"));
        return 0;
    }
}
