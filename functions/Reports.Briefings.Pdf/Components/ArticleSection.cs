using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Briefings.Pdf.Text;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Briefings.Pdf.Components;

/// <summary>One article: label and title, language, date and source, the summary in its own script, its figures.</summary>
internal sealed class ArticleSection(TextLayout layout, StoredAnalysis article, string label)
{
    public void Compose(PageFlow flow)
    {
        var title = layout.Layout(article.Title, Typography.Subheading, flow.Width - 34, ParagraphDirection.Dominant);
        var meta = layout.Layout(
            $"Language: {article.Language} · Date: {Labels.Day(article.Day)}{(article.PublishedOn is null ? " (uploaded)" : string.Empty)} · Source: {article.Source}",
            Typography.Small,
            flow.Width);

        // Keep the heading, the metadata and the first summary line together.
        flow.EnsureSpace(title.Height + meta.Height + Typography.Body.LineHeight + 8);
        var graphics = flow.Graphics;
        graphics.DrawRectangle(new XSolidBrush(Typography.Accent), flow.Left, flow.Y + 1, 28, 14);
        layout.Layout(label, Typography.Small.WithBold().WithColor(XColors.White), 28).Draw(graphics, flow.Left, flow.Y + 1.5, 28, TextAlign.Center);
        flow.Text(title, flow.Left + 34, flow.Width - 34);
        flow.Text(meta, flow.Left, flow.Width);
        flow.Space(3);

        if (BriefingText.SummaryNote(article.SummaryBy) is { } note)
        {
            flow.Text(layout.Layout(note, Typography.Small.WithColor(Typography.Ink), flow.Width), flow.Left, flow.Width);
            flow.Space(1);
        }

        var summary = article.Summary.Count == 0 ? "(no summary)" : string.Join(" ", article.Summary);
        flow.Text(layout.Layout(summary, Typography.Body, flow.Width, ParagraphDirection.Dominant), flow.Left, flow.Width);
        flow.Space(2);

        // The figures as stated, on one wrapped line: kind, value, qualifier and the range it allows.
        var figures = article.Figures.Count == 0
            ? "Figures: none stated."
            : "Figures: " + string.Join(" · ", article.Figures.Select(Describe));
        flow.Text(layout.Layout(figures, Typography.Small.WithColor(Typography.Ink), flow.Width), flow.Left, flow.Width);
        flow.Space(12);
    }

    private static string Describe(Figure figure)
    {
        var combined = figure.Combined ? " (drones and missiles together)" : string.Empty;
        var scope = figure.Scope == FigureScope.Cumulative ? ", running total" : string.Empty;
        return $"{Labels.Of(figure.Kind)}{combined} {Labels.Number(figure.Value)} ({Labels.Of(figure.Qualifier)}, {Labels.Range(figure.Lower, figure.Upper)}{scope})";
    }
}
