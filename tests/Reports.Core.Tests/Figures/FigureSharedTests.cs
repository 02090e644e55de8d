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
    private static IEnumerable<(string Lang, string Text, HashSet<(string Kind, long Value)> Gold)> Articles() =>
        Annotated().Select(a => (a.Lang, a.Text, a.Scopes.Keys.ToHashSet()));

    /// <summary>Each article with its gold figures and their scopes (the first annotation of a (kind, value) wins).</summary>
    private static IEnumerable<(string Lang, string Text, Dictionary<(string Kind, long Value), string> Scopes)> Annotated()
    {
        foreach (var line in File.ReadLines(SharedData.File("eval/dev/figures.jsonl")).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            var scopes = new Dictionary<(string Kind, long Value), string>();
            foreach (var f in root.GetProperty("figures").EnumerateArray())
            {
                scopes.TryAdd((f.GetProperty("kind").GetString()!, f.GetProperty("value").GetInt64()),
                    f.TryGetProperty("scope", out var scope) ? scope.GetString()! : "event");
            }

            yield return (root.GetProperty("lang").GetString()!, root.GetProperty("text").GetString()!, scopes);
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
        // Floors at what is measured, rounded down (2026-12-06, seventeenth session: overall 0.967; vi 0.989, en 0.964,
        // fa 0.963, id 0.947; the other six together above 0.95; the seventh session's were 0.96 and 0.94): raise them as
        // it improves.
        Assert.True(F1(counts["all"]) >= 0.965, $"overall F1 {F1(counts["all"]):F3} < 0.965");
        foreach (var lang in new[] { "vi", "fa", "en", "id" })
        {
            Assert.True(F1(counts[lang]) >= 0.945, $"{lang} F1 {F1(counts[lang]):F3} < 0.945");
        }
    }

    [SharedFact]
    public void Extract_DevSet_GetsTheScopeOfMatchedFiguresRight()
    {
        var sut = new ArticleAnalyzer();
        int matched = 0, right = 0;
        foreach (var (_, text, scopes) in Annotated())
        {
            var seen = new HashSet<(string, long)>();
            foreach (var f in sut.Analyze(new ArticleText(text.Normalize(NormalizationForm.FormC))).Figures)
            {
                var key = (FigureNames.Of(f.Kind), f.Value);
                if (seen.Add(key) && scopes.TryGetValue(key, out var gold))
                {
                    matched++;
                    right += gold == FigureNames.Of(f.Scope) ? 1 : 0;
                }
            }
        }

        // Measured 0.973 of matched figures (seventeenth session; 0.969 from the ninth session: a year named alone frames that year's total; 0.962 from the
        // fifth session, where the day of a statement became no cue; 0.944 before that, 0.937 before a time expression belonged to its own clause and "since" made a
        // date a period's start; 0.839 before the scope came from the nearest time expression).
        Assert.True(matched > 0 && (double)right / matched >= 0.985, $"scope right on {right}/{matched} matched figures");
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
