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
}
