using System.Globalization;
using System.Text;
using Reports.Core.Aggregation;
using Reports.Core.Figures;

namespace Reports.Core.Briefings;

/// <summary>
/// One row per event source (events, then cumulative totals): day, kind, headline, lower, upper, scope, counted,
/// value, qualifier, stated, article_id, title, language, source, place (the event's gazetteer id), part (the source's
/// figure is a part of a larger one in its article, not added), not_counted_reason (empty when counted), evidence. RFC 4180: comma-separated, CRLF
/// line ends, fields with a comma, quote or line break quoted and quotes doubled. UTF-8 with a BOM so Excel reads
/// Persian or Vietnamese right. A text cell that starts with = + - @ (or a tab/CR) gets a leading apostrophe, so a
/// spreadsheet never runs an article's text as a formula.
/// </summary>
public sealed class CsvBriefingRenderer : IBriefingRenderer
{
    public static readonly IReadOnlyList<string> Header =
        ["day", "kind", "headline", "lower", "upper", "scope", "counted", "value", "qualifier", "stated", "article_id", "title", "language", "source", "place", "part", "not_counted_reason", "evidence"];

    public string Format => "csv";

    public string ContentType => "text/csv; charset=utf-8; header=present";

    public async Task RenderAsync(Briefing briefing, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        var line = new StringBuilder();
        await WriteRowAsync(writer, line, Header, cancellationToken).ConfigureAwait(false);
        foreach (var e in briefing.Events.Concat(briefing.Cumulative))
        {
            foreach (var s in e.Sources)
            {
                await WriteRowAsync(writer, line, Row(e, s), cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string[] Row(ReportedEvent e, FigureSource s) =>
    [
        BriefingText.Day(e.Day),
        FigureNames.Of(e.Kind),
        Whole(e.Headline),
        Whole(e.Lower),
        e.Upper is { } u ? Whole(u) : string.Empty,
        FigureNames.Of(e.Scope),
        e.Counted ? "true" : "false",
        Whole(s.Figure.Value),
        FigureNames.Of(s.Figure.Qualifier),
        Text(BriefingText.Stated(s.Figure)),
        Text(s.ArticleId),
        Text(s.Title),
        Text(s.Language),
        Text(s.Source),
        Text(e.Place ?? string.Empty),
        s.Part ? "true" : "false",
        Text(e.Counted ? string.Empty : e.NotCountedReason ?? "part of a larger figure"),
        Text(s.Figure.Evidence),
    ];

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Neutralises a leading formula character (OWASP CSV injection).</summary>
    internal static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static async Task WriteRowAsync(StreamWriter writer, StringBuilder line, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        line.Clear();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            Quote(line, fields[i]);
        }

        await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
    }

    internal static void Quote(StringBuilder line, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(field);
            return;
        }

        line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
