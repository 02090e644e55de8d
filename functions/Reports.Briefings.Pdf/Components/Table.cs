using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;

namespace Reports.Briefings.Pdf.Components;

/// <summary>
/// A table whose cells wrap; rows never split, and the header repeats on every page the table continues on.
/// </summary>
internal sealed class Table(TextLayout layout, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
{
    private const double PadX = 4;
    private const double PadY = 3;

    public void Compose(PageFlow flow)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => flow.Width * c.Weight / total).ToArray();
        var header = LayoutRow(columns.Select(c => c.Header).ToArray(), widths, Typography.TableHeader);
        var laidOut = rows.Select(r => LayoutRow(r, widths, Typography.TableCell)).ToList();

        flow.EnsureSpace(RowHeight(header) + (laidOut.Count > 0 ? RowHeight(laidOut[0]) : 0));
        DrawRow(flow, header, widths, Typography.Panel);
        for (var i = 0; i < laidOut.Count; i++)
        {
            var height = RowHeight(laidOut[i]);
            if (height > flow.Remaining)
            {
                flow.NewPage();
                DrawRow(flow, header, widths, Typography.Panel);
            }

            DrawRow(flow, laidOut[i], widths, i % 2 == 1 ? Typography.Zebra : null);
        }

        flow.Graphics.DrawLine(Typography.RulePen, flow.Left, flow.Y, flow.Left + flow.Width, flow.Y);
    }

    private TextBlock[] LayoutRow(IReadOnlyList<string> cells, double[] widths, TextStyle style) =>
        cells.Select((text, i) => layout.Layout(text, style, widths[i] - (2 * PadX))).ToArray();

    private static double RowHeight(TextBlock[] cells) => cells.Max(c => c.Height) + (2 * PadY);

    private void DrawRow(PageFlow flow, TextBlock[] cells, double[] widths, XColor? fill)
    {
        var height = RowHeight(cells);
        var graphics = flow.Graphics;
        if (fill is { } color)
        {
            graphics.DrawRectangle(new XSolidBrush(color), flow.Left, flow.Y, flow.Width, height);
        }

        var x = flow.Left;
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].Draw(graphics, x + PadX, flow.Y + PadY, widths[i] - (2 * PadX), columns[i].Align);
            x += widths[i];
        }

        flow.Y += height;
    }
}
