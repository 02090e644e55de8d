using System.Globalization;
using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Core.Briefings;

namespace Reports.Briefings.Pdf.Charts;

/// <summary>
/// Grouped bars per bucket (day, ISO week or month as the period needs: <see cref="SeriesBuckets"/>) drawn with
/// XGraphics: a value axis with gridlines and labels, bucket labels thinned to fit, a legend, axis titles, and each
/// bar's value written on it (across a wide bar, along a narrow one). Kinds differ by shade and by pattern (shot-down
/// series are hatched), so the chart reads in grey-scale print.
/// </summary>
internal sealed class PeriodBarChart(TextLayout layout, string title, IReadOnlyList<SeriesBucket> buckets, string bucketName, IReadOnlyList<ChartSeries> series)
{
    private const double AxisLeft = 44;
    private const double AxisBottom = 34;
    private const double LegendHeight = 16;

    /// <summary>Where the plot area was drawn (page coordinates), for layout checks.</summary>
    public XRect PlotArea { get; private set; }

    public void Compose(PageFlow flow, double height)
    {
        flow.EnsureSpace(height);
        var graphics = flow.Graphics;
        var top = flow.Y;
        var titleBlock = layout.Layout(title, Typography.Subheading, flow.Width);
        titleBlock.Draw(graphics, flow.Left, top, flow.Width);
        var legendTop = top + titleBlock.Height + 2;
        DrawLegend(graphics, flow.Left + AxisLeft, legendTop);

        var plot = new XRect(flow.Left + AxisLeft, legendTop + LegendHeight + 6, flow.Width - AxisLeft - 8, height - titleBlock.Height - LegendHeight - 8 - AxisBottom - 6);
        PlotArea = plot;
        var largest = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var scale = AxisScale.For(largest);
        DrawValueAxis(graphics, plot, scale);
        DrawBars(graphics, plot, scale);
        DrawDayAxis(graphics, plot);
        if (largest == 0)
        {
            var none = layout.Layout("No figures in this period", Typography.Small, plot.Width);
            none.Draw(graphics, plot.Left, plot.Top + (plot.Height / 2) - 6, plot.Width, TextAlign.Center);
        }

        flow.Y = top + height;
    }

    private void DrawLegend(XGraphics graphics, double left, double top)
    {
        var x = left;
        foreach (var s in series)
        {
            Fill(graphics, s, new XRect(x, top + 3, 9, 9));
            var label = layout.Layout(s.Label, Typography.Small, 200);
            label.Draw(graphics, x + 13, top + 1, label.Width);
            x += 13 + label.Width + 16;
        }
    }

    private void DrawValueAxis(XGraphics graphics, XRect plot, AxisScale scale)
    {
        var grid = new XPen(Typography.Rule, 0.4);
        foreach (var tick in scale.Ticks())
        {
            var y = plot.Bottom - (plot.Height * tick / scale.Max);
            graphics.DrawLine(grid, plot.Left, y, plot.Right, y);
            var label = layout.Layout(Labels.Number(tick), Typography.Caption, AxisLeft - 6);
            label.Draw(graphics, plot.Left - AxisLeft, y - (Typography.Caption.LineHeight / 2), AxisLeft - 5, TextAlign.End);
        }

        var axis = new XPen(Typography.Muted, 0.8);
        graphics.DrawLine(axis, plot.Left, plot.Top, plot.Left, plot.Bottom);
        graphics.DrawLine(axis, plot.Left, plot.Bottom, plot.Right, plot.Bottom);

        // Axis title, rotated along the value axis.
        var state = graphics.Save();
        graphics.RotateAtTransform(-90, new XPoint(plot.Left - AxisLeft + 2, plot.Top + (plot.Height / 2)));
        var count = layout.Layout("count per " + (bucketName.StartsWith("ISO week", StringComparison.Ordinal) ? "week" : bucketName), Typography.Caption, plot.Height);
        count.Draw(graphics, plot.Left - AxisLeft + 2 - (plot.Height / 2), plot.Top + (plot.Height / 2) - 4, plot.Height, TextAlign.Center);
        graphics.Restore(state);
    }

    private void DrawBars(XGraphics graphics, XRect plot, AxisScale scale)
    {
        var count = buckets.Count;
        var group = plot.Width / count;
        var bar = Math.Min(16, group * 0.8 / series.Count);
        var groupWidth = bar * series.Count;
        for (var d = 0; d < count; d++)
        {
            var x = plot.Left + (d * group) + ((group - groupWidth) / 2);
            foreach (var s in series)
            {
                var value = s.Values[d];
                if (value > 0)
                {
                    var h = Math.Max(0.8, plot.Height * value / scale.Max);
                    Fill(graphics, s, new XRect(x, plot.Bottom - h, bar, h));
                    ValueLabel(graphics, value, x, bar, plot.Bottom - h);
                }

                x += bar;
            }
        }
    }

    /// <summary>The value on its bar: across it when the bar is wide, else turned along it, above the bar.</summary>
    private void ValueLabel(XGraphics graphics, long value, double x, double bar, double barTop)
    {
        var text = Labels.Number(value);
        if (bar >= 11)
        {
            var label = layout.Layout(text, Typography.Caption, 40);
            label.Draw(graphics, x + (bar / 2) - 20, barTop - Typography.Caption.LineHeight, 40, TextAlign.Center);
            return;
        }

        if (bar < 4)
        {
            return;
        }

        var turned = layout.Layout(text, Typography.Caption, 60);
        var state = graphics.Save();
        var anchor = new XPoint(x + (bar / 2) + (Typography.Caption.LineHeight / 2) - 1, barTop - 2);
        graphics.RotateAtTransform(-90, anchor);
        turned.Draw(graphics, anchor.X, anchor.Y - (Typography.Caption.LineHeight / 2), turned.Width);
        graphics.Restore(state);
    }

    /// <summary>A bar or legend swatch: solid for launched and people, hatched on a lighter shade for shot down.</summary>
    private static void Fill(XGraphics graphics, ChartSeries s, XRect rect)
    {
        graphics.DrawRectangle(new XSolidBrush(s.Color), rect);
        if (!s.Hatched || rect.Width < 2 || rect.Height < 2)
        {
            return;
        }

        var state = graphics.Save();
        graphics.IntersectClip(rect);
        var pen = new XPen(Typography.Ink, 0.5);
        for (var offset = -rect.Height; offset < rect.Width; offset += 3)
        {
            graphics.DrawLine(pen, rect.Left + offset, rect.Bottom, rect.Left + offset + rect.Height, rect.Top);
        }

        graphics.Restore(state);
        graphics.DrawRectangle(new XPen(Typography.Ink, 0.4), rect);
    }

    private void DrawDayAxis(XGraphics graphics, XRect plot)
    {
        var count = buckets.Count;
        var group = plot.Width / count;
        var maxLabels = Math.Max(1, (int)(plot.Width / 40));
        var step = Math.Max(1, (int)Math.Ceiling(count / (double)maxLabels));
        var tick = new XPen(Typography.Muted, 0.6);
        for (var d = 0; d < count; d++)
        {
            if (d % step == 0)
            {
                var center = plot.Left + (d * group) + (group / 2);
                graphics.DrawLine(tick, center, plot.Bottom, center, plot.Bottom + 3);
                var label = layout.Layout(buckets[d].Label, Typography.Caption, 60);
                label.Draw(graphics, center - 30, plot.Bottom + 4, 60, TextAlign.Center);
            }
        }

        var from = buckets[0].From;
        var to = buckets[^1].To;
        var axisTitle = layout.Layout(string.Create(CultureInfo.InvariantCulture, $"{bucketName} (UTC), {BriefingText.Day(from)} – {BriefingText.Day(to)}"), Typography.Caption, plot.Width);
        axisTitle.Draw(graphics, plot.Left, plot.Bottom + 18, plot.Width, TextAlign.Center);
    }
}
