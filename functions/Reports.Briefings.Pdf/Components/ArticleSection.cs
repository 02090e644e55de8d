using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Core.Aggregation;

namespace Reports.Briefings.Pdf.Components;

/// <summary>One article: label and title, language, date and source, the summary in its own script, its figures.</summary>
internal sealed class ArticleSection(TextLayout layout, StoredAnalysis article, string label)
{
    public void Compose(PageFlow flow)
    {
        var title = layout.Layout($"{article.Title}", Typography.Subheading, flow.Width - 34);
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

        var summary = article.Summary.Count == 0 ? "(no summary)" : string.Join(" ", article.Summary);
        flow.Text(layout.Layout(summary, Typography.Body, flow.Width), flow.Left, flow.Width);
        flow.Space(4);

        if (article.Figures.Count > 0)
        {
            new Table(
                layout,
                [
                    new TableColumn("Kind", 3),
                    new TableColumn("Value", 1.6, TextAlign.End),
                    new TableColumn("Qualifier", 1.8),
                    new TableColumn("Range", 2, TextAlign.End),
                    new TableColumn("Scope", 1.8),
                ],
                article.Figures.Select(f => (IReadOnlyList<string>)[
                    Labels.Of(f.Kind) + (f.Combined ? " (drones and missiles together)" : string.Empty),
                    Labels.Number(f.Value),
                    Labels.Of(f.Qualifier),
                    Labels.Range(f.Lower, f.Upper),
                    Labels.Of(f.Scope),
                ]).ToList()).Compose(flow);
        }
        else
        {
            flow.Text(layout.Layout("No figures stated.", Typography.Small, flow.Width), flow.Left, flow.Width);
        }

        flow.Space(14);
    }
}
