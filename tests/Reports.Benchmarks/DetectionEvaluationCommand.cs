using Reports.Core.Languages;
using Reports.Testing;

namespace Reports.Benchmarks;

/// <summary>
/// <c>detect-eval [--wrong]</c>: the built-in detector's accuracy per language on the shared dev articles, whole and
/// cut short (see <see cref="DetectionEvaluation"/>); <c>--wrong</c> also lists every miss. Numbers go in docs/analysis.md.
/// </summary>
internal static class DetectionEvaluationCommand
{
    public static int Run(string[] args)
    {
        if (!SharedData.Exists)
        {
            Console.Error.WriteLine("../shared (the evaluation sets) is not beside this clone.");
            return 2;
        }

        var catalog = LanguageCatalog.Default;
        var result = DetectionEvaluation.Run(new LanguageDetector(catalog), catalog);
        Console.Write(result.Table());
        if (args.Contains("--wrong"))
        {
            foreach (var row in result.Rows.Where(r => !r.Right))
            {
                var text = row.Text.Length > 90 ? row.Text[..90] + "…" : row.Text;
                Console.WriteLine($"{row.Id} [{row.Cut}] {row.Expected} -> {row.Actual}: {text.ReplaceLineEndings(" ")}");
            }
        }

        return 0;
    }
}
