using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Core.Tests.Analysis;

/// <summary>ROUGE-L F1 and LEAD-n as <c>../shared/eval/score.py</c> computes them, for regression tests.</summary>
internal static partial class RougeL
{
    public static double F1(string candidate, string reference)
    {
        var a = Tokens(candidate);
        var b = Tokens(reference);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var x in a)
        {
            for (var j = 0; j < b.Length; j++)
            {
                current[j + 1] = x == b[j] ? previous[j] + 1 : Math.Max(previous[j + 1], current[j]);
            }

            (previous, current) = (current, previous);
        }

        double lcs = previous[^1];
        if (lcs == 0)
        {
            return 0;
        }

        var p = lcs / a.Length;
        var r = lcs / b.Length;
        return 2 * p * r / (p + r);
    }

    public static string Lead(string text, int n) =>
        string.Join(" ", SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 20).Take(n));

    private static string[] Tokens(string text) =>
        [.. Word().Matches(text.Replace('_', ' ').Replace("\u200c", string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormC).ToLowerInvariant()).Select(m => m.Value)];

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[.!?؟。])\s+|\n+")]
    private static partial Regex SentenceEnd();
}
