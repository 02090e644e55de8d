using System.Globalization;
using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Core.Aggregation;

namespace Reports.Briefings.Pdf.Charts;

/// <summary>
/// Grouped bars per day drawn with XGraphics: a value axis with gridlines and labels, day labels thinned to fit
/// (1 to 90+ days), a legend, and axis titles.
/// </summary>
internal sealed class DailyBarChart(TextLayout layout, string title, Period period, IReadOnlyList<ChartSeries> series)
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
            graphics.DrawRectangle(new XSolidBrush(s.Color), x, top + 3, 9, 9);
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
        var count = layout.Layout("count per day", Typography.Caption, plot.Height);
        count.Draw(graphics, plot.Left - AxisLeft + 2 - (plot.Height / 2), plot.Top + (plot.Height / 2) - 4, plot.Height, TextAlign.Center);
        graphics.Restore(state);
    }

    private void DrawBars(XGraphics graphics, XRect plot, AxisScale scale)
    {
        var days = period.Days;
        var group = plot.Width / days;
        var bar = Math.Min(16, group * 0.8 / series.Count);
        var groupWidth = bar * series.Count;
        for (var d = 0; d < days; d++)
        {
            var x = plot.Left + (d * group) + ((group - groupWidth) / 2);
            foreach (var s in series)
            {
                var value = s.Values[d];
                if (value > 0)
                {
                    var h = plot.Height * value / scale.Max;
                    graphics.DrawRectangle(new XSolidBrush(s.Color), x, plot.Bottom - h, bar, h);
                    if (bar >= 11)
                    {
                        // Wide bars carry their value, so the chart reads without the table.
                        var label = layout.Layout(Labels.Number(value), Typography.Caption, 40);
                        label.Draw(graphics, x + (bar / 2) - 20, plot.Bottom - h - Typography.Caption.LineHeight, 40, TextAlign.Center);
                    }
                }

                x += bar;
            }
        }
    }

    private void DrawDayAxis(XGraphics graphics, XRect plot)
    {
        var days = period.Days;
        var group = plot.Width / days;
        var format = days == 1 ? "yyyy-MM-dd" : "MM-dd";
        var maxLabels = Math.Max(1, (int)(plot.Width / 40));
        var step = Math.Max(1, (int)Math.Ceiling(days / (double)maxLabels));
        var tick = new XPen(Typography.Muted, 0.6);
        var d = 0;
        foreach (var day in period.EachDay())
        {
            if (d % step == 0)
            {
                var center = plot.Left + (d * group) + (group / 2);
                graphics.DrawLine(tick, center, plot.Bottom, center, plot.Bottom + 3);
                var label = layout.Layout(day.ToString(format, CultureInfo.InvariantCulture), Typography.Caption, 60);
                label.Draw(graphics, center - 30, plot.Bottom + 4, 60, TextAlign.Center);
            }

            d++;
        }

        var axisTitle = layout.Layout($"day (UTC), {period}", Typography.Caption, plot.Width);
        axisTitle.Draw(graphics, plot.Left, plot.Bottom + 18, plot.Width, TextAlign.Center);
    }
}
