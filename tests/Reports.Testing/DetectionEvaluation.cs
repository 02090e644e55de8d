using System.Globalization;
using System.Text;
using System.Text.Json;
using Reports.Core.Analysis;
using Reports.Core.Languages;

namespace Reports.Testing;

/// <summary>
/// Scores the built-in language detector on every article of the shared evaluation sets (<c>eval/dev/figures.jsonl</c>,
/// <c>eval/dev/summaries.jsonl</c>, each row with its annotated <c>lang</c>) cut three ways: the whole text, its first
/// sentence (the article's own segmentation, so usually the headline) and its first 60 characters (a channel post's
/// opening). Used by a <c>[SharedFact]</c> floor test and by the benchmarks' <c>detect-eval</c> command.
/// </summary>
public static class DetectionEvaluation
{
    public const int ShortLength = 60;

    public static readonly string[] Files = ["eval/dev/figures.jsonl", "eval/dev/summaries.jsonl"];

    public static readonly string[] Cuts = ["whole", "first sentence", $"first {ShortLength} chars"];

    /// <summary>Every evaluation article as (id, annotated language, NFC text).</summary>
    public static IReadOnlyList<(string Id, string Language, string Text)> LoadArticles()
    {
        var articles = new List<(string, string, string)>();
        foreach (var file in Files)
        {
            foreach (var line in File.ReadLines(SharedData.File(file)).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var row = JsonDocument.Parse(line);
                var root = row.RootElement;
                articles.Add((root.GetProperty("id").GetString()!, root.GetProperty("lang").GetString()!, root.GetProperty("text").GetString()!.Normalize(NormalizationForm.FormC)));
            }
        }

        return articles;
    }

    /// <summary>The three cuts of one text, in the order of <see cref="Cuts"/>.</summary>
    public static string[] CutsOf(string text, LanguageProfile? profile)
    {
        var sentences = new SentenceSegmenter().Split(text, profile);
        var first = sentences.Count > 0 ? sentences[0].Text : text.Trim();
        var trimmed = text.TrimStart();
        return [text, first, trimmed[..Math.Min(ShortLength, trimmed.Length)]];
    }

    /// <summary>Detects every article in every cut.</summary>
    public static Result Run(LanguageDetector detector, LanguageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(catalog);
        var rows = new List<Row>();
        foreach (var (id, language, text) in LoadArticles())
        {
            var cuts = CutsOf(text, catalog.Find(language));
            for (var c = 0; c < cuts.Length; c++)
            {
                var guess = detector.Detect(cuts[c]);
                rows.Add(new Row(id, language, Cuts[c], cuts[c], guess.Code));
            }
        }

        return new Result(rows);
    }

    public sealed record Row(string Id, string Expected, string Cut, string Text, string Actual)
    {
        public bool Right => Expected == Actual;
    }

    public sealed record Result(IReadOnlyList<Row> Rows)
    {
        public double Accuracy(string cut, string? language = null)
        {
            var rows = Rows.Where(r => r.Cut == cut && (language is null || r.Expected == language)).ToList();
            return rows.Count == 0 ? double.NaN : (double)rows.Count(r => r.Right) / rows.Count;
        }

        public int Count(string cut, string? language = null) => Rows.Count(r => r.Cut == cut && (language is null || r.Expected == language));

        public int Undetermined(string cut) => Rows.Count(r => r.Cut == cut && r.Actual == LanguageGuess.Undetermined);

        /// <summary>A Markdown table: accuracy per language (rows) and cut (columns), the article count, und answers.</summary>
        public string Table()
        {
            var languages = Rows.Select(r => r.Expected).Distinct().Order(StringComparer.Ordinal).ToList();
            var s = new StringBuilder();
            s.Append("| language | n | ").AppendJoin(" | ", Cuts).AppendLine(" |");
            s.Append("|---|---|").AppendJoin("", Cuts.Select(_ => "---|")).AppendLine();
            foreach (var language in languages)
            {
                s.Append(CultureInfo.InvariantCulture, $"| {language} | {Count(Cuts[0], language)} | ")
                    .AppendJoin(" | ", Cuts.Select(c => Accuracy(c, language).ToString("0.000", CultureInfo.InvariantCulture))).AppendLine(" |");
            }

            s.Append(CultureInfo.InvariantCulture, $"| **all** | {Count(Cuts[0])} | ")
                .AppendJoin(" | ", Cuts.Select(c => Accuracy(c).ToString("0.000", CultureInfo.InvariantCulture))).AppendLine(" |");
            s.Append("| und answers | | ").AppendJoin(" | ", Cuts.Select(c => Undetermined(c).ToString(CultureInfo.InvariantCulture))).AppendLine(" |");
            return s.ToString();
        }
    }
}
