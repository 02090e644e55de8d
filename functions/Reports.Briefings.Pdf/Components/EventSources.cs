using System.Globalization;
using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Briefings.Pdf.Text;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;

namespace Reports.Briefings.Pdf.Components;

/// <summary>
/// One event of the appendix: its kind, day, headline and range, then every article that states it with the figure
/// as stated and the sentence (evidence) in the article's own script.
/// </summary>
internal sealed class EventSources(TextLayout layout, ReportedEvent reported, string label, ArticleNumbers numbers)
{
    private const double Indent = 14;

    public void Compose(PageFlow flow)
    {
        var heading = layout.Layout(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{label} · {Labels.Of(reported.Kind)} · {Labels.Day(reported.Day)}{(BriefingText.Place(reported) is { } place ? " · " + place : string.Empty)} · headline {Labels.Number(reported.Headline)} · range {Labels.Range(reported.Lower, reported.Upper)} · {Labels.Count(reported.Sources.Count, "source", "sources")}{(BriefingText.NotCounted(reported) is { } why ? " · " + why : string.Empty)}"),
            Typography.BodyBold,
            flow.Width);
        flow.EnsureSpace(heading.Height + (3 * Typography.Evidence.LineHeight));
        flow.Text(heading, flow.Left, flow.Width);

        foreach (var source in reported.Sources)
        {
            var figure = source.Figure;
            var cite = layout.Layout(
                $"{numbers.Of(source.ArticleId)} — {source.Title} ({source.Language}, {source.Source}): {Labels.Of(figure.Qualifier)} {Labels.Number(figure.Value)}{(source.Part ? " (" + BriefingText.PartNote + ")" : string.Empty)}",
                Typography.Small,
                flow.Width - Indent);
            var evidence = layout.Layout(figure.Evidence, Typography.Evidence, flow.Width - Indent - 8, ParagraphDirection.Dominant);
            flow.EnsureSpace(cite.Height + Math.Min(evidence.Height, 2 * Typography.Evidence.LineHeight));
            flow.Text(cite, flow.Left + Indent, flow.Width - Indent);

            // A bar on the side the sentence starts from marks it as quoted evidence.
            var rightToLeft = evidence.Lines.Count > 0 && evidence.Lines[0].RightToLeft;
            var textLeft = rightToLeft ? flow.Left + Indent : flow.Left + Indent + 8;
            var barX = rightToLeft ? flow.Left + flow.Width - 2 : flow.Left + Indent + 2;
            var top = flow.Y;
            var page = flow.Document.PageCount;
            flow.Text(evidence, textLeft, flow.Width - Indent - 8);
            var barTop = page == flow.Document.PageCount ? top : PageGeometry.ContentTop;
            flow.Graphics.DrawLine(new XPen(Typography.Accent, 1.4), barX, barTop + 2, barX, flow.Y - 2);
            flow.Space(3);
        }

        flow.Space(6);
    }
}
