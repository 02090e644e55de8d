using System.Text;
using System.Text.Json;
using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Analysis;

public sealed class SummarizerSharedTests
{
    [SharedFact]
    public void Analyze_EvaluationSummaries_OneSentenceRougeLAtLeastLeadOnEverySetAndAtTheMeasuredRatio()
    {
        var sut = new ArticleAnalyzer();
        var bySet = new Dictionary<string, (double System, double Lead, int Count)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.File("eval/dev/summaries.jsonl")).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            var raw = root.GetProperty("text").GetString()!;
            var reference = root.GetProperty("summary").GetString()!;
            var set = $"{root.GetProperty("lang").GetString()}/{root.GetProperty("source").GetString()}";
            var summary = sut.Analyze(new ArticleText(raw.Normalize(NormalizationForm.FormC).Replace('_', ' ')), 1).Summary;
            var (system, lead, count) = bySet.GetValueOrDefault(set);
            bySet[set] = (system + RougeL.F1(string.Join(" ", summary), reference), lead + RougeL.F1(RougeL.Lead(raw, 1), reference), count + 1);
        }

        Assert.NotEmpty(bySet);
        Assert.All(bySet, kv => Assert.True(kv.Value.System >= kv.Value.Lead - 1e-9, $"{kv.Key}: ROUGE-L {kv.Value.System / kv.Value.Count:F4} below LEAD-1 {kv.Value.Lead / kv.Value.Count:F4}"));
        // The floor is the ratio measured (1.079 on 2026-12-07, docs/analysis.md "Summarizer"), less rounding.
        var ratio = bySet.Values.Sum(v => v.System / v.Count) / bySet.Values.Sum(v => v.Lead / v.Count);
        Assert.True(ratio >= 1.075, $"ROUGE-L/LEAD-1 ratio {ratio:F4} below the measured floor 1.075");
    }
}
