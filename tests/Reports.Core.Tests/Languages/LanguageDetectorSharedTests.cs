using System.Text;
using System.Text.Json;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Languages;

public sealed class LanguageDetectorSharedTests
{
    [SharedFact]
    public void Detect_EveryEvaluationArticle_ReturnsItsAnnotatedLanguage()
    {
        var sut = new LanguageDetector(LanguageCatalog.Default);
        var wrong = new List<string>();
        var count = 0;
        foreach (var file in new[] { "eval/dev/figures.jsonl", "eval/dev/summaries.jsonl" })
        {
            foreach (var line in File.ReadLines(SharedData.File(file)).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var row = JsonDocument.Parse(line);
                var expected = row.RootElement.GetProperty("lang").GetString();
                var text = row.RootElement.GetProperty("text").GetString()!.Normalize(NormalizationForm.FormC).Replace('_', ' ');
                var actual = sut.Detect(text).Code;
                count++;
                if (actual != expected)
                {
                    wrong.Add($"{row.RootElement.GetProperty("id").GetString()}: {expected} read as {actual}");
                }
            }
        }

        Assert.True(count > 0, "no evaluation articles read");
        Assert.Empty(wrong);
    }

    [SharedFact]
    public void Detect_EvaluationArticlesCutShort_StayAboveTheMeasuredFloors()
    {
        var catalog = LanguageCatalog.Default;

        var result = DetectionEvaluation.Run(new LanguageDetector(catalog), catalog);

        // Measured 2026-12-04 (docs/analysis.md): whole 1.000, first sentence 0.975, first 60 characters 0.971
        // (before the script-first evidence: 1.000, 0.750, 0.721).
        Assert.True(result.Count(DetectionEvaluation.Cuts[0]) > 0, "no evaluation articles read");
        Assert.Equal(1.0, result.Accuracy(DetectionEvaluation.Cuts[0]));
        Assert.True(result.Accuracy(DetectionEvaluation.Cuts[1]) >= 0.97, result.Table());
        Assert.True(result.Accuracy(DetectionEvaluation.Cuts[2]) >= 0.96, result.Table());
    }
}
