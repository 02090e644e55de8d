using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Core.Aggregation;

namespace Reports.Briefings.Pdf.Components;

/// <summary>The cover's box of headline numbers: one card per kind with its headline value and range.</summary>
internal sealed class HeadlineNumbers(TextLayout layout, IReadOnlyList<KindTotal> totals)
{
    private const int Columns = 4;
    private const double CardHeight = 70;
    private const double Gap = 8;
    private const double Pad = 10;

    public void Compose(PageFlow flow)
    {
        var rowsNeeded = Math.Max(1, (totals.Count + Columns - 1) / Columns);
        var boxHeight = (2 * Pad) + 16 + (rowsNeeded * (CardHeight + Gap));
        flow.EnsureSpace(boxHeight);
        var graphics = flow.Graphics;
        var top = flow.Y;
        graphics.DrawRoundedRectangle(new XPen(Typography.Rule, 0.8), new XSolidBrush(Typography.Panel), flow.Left, top, flow.Width, boxHeight, 8, 8);
        layout.Layout("Headline numbers (events in the period, each counted once)", Typography.Subheading, flow.Width - (2 * Pad))
            .Draw(graphics, flow.Left + Pad, top + Pad - 2, flow.Width - (2 * Pad));

        if (totals.Count == 0)
        {
            layout.Layout("No figures were reported in this period.", Typography.Body, flow.Width - (2 * Pad))
                .Draw(graphics, flow.Left + Pad, top + Pad + 26, flow.Width - (2 * Pad));
        }

        var cardWidth = (flow.Width - (2 * Pad) - ((Columns - 1) * Gap)) / Columns;
        for (var i = 0; i < totals.Count; i++)
        {
            var x = flow.Left + Pad + ((i % Columns) * (cardWidth + Gap));
            var y = top + Pad + 20 + ((i / Columns) * (CardHeight + Gap));
            DrawCard(graphics, totals[i], x, y, cardWidth);
        }

        flow.Y = top + boxHeight;
    }

    private void DrawCard(XGraphics graphics, KindTotal total, double x, double y, double width)
    {
        graphics.DrawRectangle(new XPen(Typography.Rule, 0.6), XBrushes.White, x, y, width, CardHeight);
        var inner = width - 12;
        layout.Layout(Labels.Of(total.Kind), Typography.Small, inner).Draw(graphics, x + 6, y + 5, inner);
        // Large numbers shrink to fit the card rather than wrap.
        var headline = Labels.Number(total.Headline);
        var style = Typography.Headline;
        while (style.Size > 9 && layout.Measure(headline, style) > inner)
        {
            style = style with { Size = style.Size - 1 };
        }

        layout.Layout(headline, style, inner).Draw(graphics, x + 6, y + 17 + (Typography.Headline.Ascent - style.Ascent), inner);
        var range = total.Upper == total.Lower ? "exact" : "range " + Labels.Range(total.Lower, total.Upper);
        layout.Layout(range, Typography.Caption, inner).Draw(graphics, x + 6, y + 45, inner);
        layout.Layout($"{Labels.Count(total.Events, "event", "events")} · {Labels.Count(total.Sources, "source", "sources")}", Typography.Caption, inner)
            .Draw(graphics, x + 6, y + 56, inner);
    }
}
