using System.Text;
using System.Text.Json;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// The extractor against the developers' annotated articles (../shared/eval/dev/figures.jsonl), scored the way
/// score.py scores it: one (kind, value) per article. Guards the issue's bars so a change cannot silently regress.
/// </summary>
public sealed class FigureSharedTests
{
    private static IEnumerable<(string Lang, string Text, HashSet<(string Kind, long Value)> Gold)> Articles()
    {
        foreach (var line in File.ReadLines(SharedData.File("eval/dev/figures.jsonl")).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            var gold = root.GetProperty("figures").EnumerateArray()
                .Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("value").GetInt64()))
                .ToHashSet();
            yield return (root.GetProperty("lang").GetString()!, root.GetProperty("text").GetString()!, gold);
        }
    }

    [SharedFact]
    public void Extract_DevSet_MeetsTheF1Bars()
    {
        var sut = new ArticleAnalyzer();
        var counts = new Dictionary<string, (int Tp, int Predicted, int Gold)>(StringComparer.Ordinal);
        foreach (var (lang, text, gold) in Articles())
        {
            var predicted = sut.Analyze(new ArticleText(text.Normalize(NormalizationForm.FormC))).Figures
                .Select(f => (FigureNames.Of(f.Kind), f.Value)).ToHashSet();
            foreach (var key in new[] { lang, "all" })
            {
                var (tp, p, g) = counts.GetValueOrDefault(key);
                counts[key] = (tp + predicted.Intersect(gold).Count(), p + predicted.Count, g + gold.Count);
            }
        }

        static double F1((int Tp, int Predicted, int Gold) c) => c.Tp == 0 ? 0 : 2.0 * c.Tp / (c.Predicted + c.Gold);
        Assert.True(F1(counts["all"]) >= 0.85, $"overall F1 {F1(counts["all"]):F3} < 0.85");
        foreach (var lang in new[] { "vi", "fa", "en", "id" })
        {
            Assert.True(F1(counts[lang]) >= 0.80, $"{lang} F1 {F1(counts[lang]):F3} < 0.80");
        }
    }

    [SharedFact]
    public void Analyze_EveryEvaluationText_GivesFiguresThatPointIntoTheirSentence()
    {
        var sut = new ArticleAnalyzer();
        var texts = Articles().Select(a => a.Text)
            .Concat(File.ReadLines(SharedData.File("eval/dev/summaries.jsonl")).Where(l => !string.IsNullOrWhiteSpace(l))
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!));
        foreach (var raw in texts)
        {
            var text = raw.Normalize(NormalizationForm.FormC);
            var analysis = sut.Analyze(new ArticleText(text));
            foreach (var figure in analysis.Figures)
            {
                Assert.InRange(figure.Offset, 0, text.Length - figure.Length);
                var phrase = text.Substring(figure.Offset, figure.Length);
                Assert.Contains(phrase, figure.Evidence, StringComparison.Ordinal);
                Assert.Contains(figure.Evidence, text, StringComparison.Ordinal);
                Assert.Equal(Figure.Bounds(figure.Value, figure.Qualifier), (figure.Lower, figure.Upper));
            }

            Assert.All(analysis.Summary, s => Assert.Contains(s, text, StringComparison.Ordinal));
        }
    }
}
