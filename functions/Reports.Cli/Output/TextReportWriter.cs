using System.Globalization;
using System.Text;
using Reports.Cli.Batches;
using Reports.Core.Figures;

namespace Reports.Cli.Output;

/// <summary>
/// The results for a person: a header per file, language, title, numbered summary and a figures table; when another
/// analyzer than the built-in one took part, a line saying which gave what, and its notes.
/// </summary>
internal sealed class TextReportWriter(TextWriter output) : IResultWriter
{
    private const int EvidenceWidth = 100;

    public async Task WriteAsync(ArticleResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        await output.WriteAsync(Format(result).AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static string Format(ArticleResult result)
    {
        var sb = new StringBuilder();
        sb.Append("== ").Append(result.Source).Append('\n');
        if (result.Error is not null || result.Analysis is null)
        {
            sb.Append("error: ").Append(result.Error ?? "no analysis").Append("\n\n");
            return sb.ToString();
        }

        var analysis = result.Analysis;
        sb.Append("language: ").Append(analysis.Language).Append('\n');
        sb.Append("title: ").Append(analysis.Title).Append('\n');
        if (!analysis.Analyzers.IsBuiltInOnly)
        {
            var analyzers = analysis.Analyzers;
            sb.Append("analyzers: language ").Append(analyzers.Language).Append(", summary ").Append(analyzers.Summary)
                .Append(", figures ").Append(analyzers.Figures).Append('\n');
            foreach (var note in analyzers.Notes)
            {
                sb.Append("  note: ").Append(note.ReplaceLineEndings(" ")).Append('\n');
            }
        }

        if (analysis.Summary.Count > 0)
        {
            sb.Append("summary:\n");
            for (var i = 0; i < analysis.Summary.Count; i++)
            {
                sb.Append("  ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(analysis.Summary[i]).Append('\n');
            }
        }

        if (analysis.Figures.Count == 0)
        {
            sb.Append("figures: none\n\n");
            return sb.ToString();
        }

        sb.Append("figures:\n");
        var rows = analysis.Figures
            .Select(f => new[] { FigureNames.Of(f.Kind), Value(f), FigureNames.Of(f.Qualifier), FigureNames.Of(f.Scope), Shorten(f) })
            .Prepend(["kind", "value", "qualifier", "scope", "evidence"])
            .ToList();
        var widths = Enumerable.Range(0, 4).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            sb.Append("  ");
            for (var c = 0; c < 4; c++)
            {
                sb.Append(row[c].PadRight(widths[c] + 2));
            }

            sb.Append(row[4]).Append('\n');
        }

        sb.Append('\n');
        return sb.ToString();
    }

    private static string Value(Figure figure) =>
        figure.Value.ToString(CultureInfo.InvariantCulture) + (figure.Combined ? " (drones+missiles)" : string.Empty);

    /// <summary>
    /// The evidence on one line, at most <see cref="EvidenceWidth"/> characters; a longer sentence is cut to a window
    /// that always holds the figure's phrase (its number), with "…" where it was cut.
    /// </summary>
    private static string Shorten(Figure figure)
    {
        var oneLine = figure.Evidence.Replace('\r', ' ').Replace('\n', ' ');
        if (oneLine.Length <= EvidenceWidth)
        {
            return oneLine;
        }

        var (at, length) = figure.EvidenceOffset >= 0 && figure.EvidenceOffset + figure.Length <= oneLine.Length
            ? (figure.EvidenceOffset, figure.Length)
            : NumberIn(oneLine, figure.Value);
        var width = EvidenceWidth - 2;
        length = Math.Min(length, width);
        var start = Math.Max(0, at - ((width - length) / 3));
        start = Math.Min(start, oneLine.Length - width);
        return (start > 0 ? "…" : string.Empty) + oneLine.Substring(start, width) + (start + width < oneLine.Length ? "…" : string.Empty);
    }

    /// <summary>The first place the value is written with digits ("1,200", "1.200", "1 200", "1200"), else the start.</summary>
    private static (int At, int Length) NumberIn(string text, long value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]) || (i > 0 && char.IsDigit(text[i - 1])))
            {
                continue;
            }

            var k = i;
            var matched = 0;
            while (k < text.Length && matched < digits.Length && (char.IsDigit(text[k]) ? CharUnicodeInfo.GetDecimalDigitValue(text[k]) == digits[matched] - '0' : matched > 0 && text[k] is ',' or '.' or ' ' or '\u00A0' or '\u202F' or '٬'))
            {
                matched += char.IsDigit(text[k]) ? 1 : 0;
                k++;
            }

            if (matched == digits.Length && (k >= text.Length || !char.IsDigit(text[k])))
            {
                return (i, k - i);
            }
        }

        return (0, 0);
    }
}
