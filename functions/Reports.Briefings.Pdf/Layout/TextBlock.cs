using PdfSharp.Drawing;

namespace Reports.Briefings.Pdf.Layout;

/// <summary>A paragraph laid out into lines of one style. Right-to-left lines are drawn flush right.</summary>
internal sealed record TextBlock(IReadOnlyList<TextLine> Lines, TextStyle Style)
{
    public double Height => Lines.Count * Style.LineHeight;

    public double Width => Lines.Count == 0 ? 0 : Lines.Max(l => l.Width);

    public void DrawLine(XGraphics graphics, int index, double left, double top, double width, TextAlign align = TextAlign.Start)
    {
        var line = Lines[index];
        var x = (align, line.RightToLeft) switch
        {
            (TextAlign.Center, _) => left + ((width - line.Width) / 2),
            (TextAlign.End, false) or (TextAlign.Start, true) => left + width - line.Width,
            _ => left,
        };
        var baseline = top + Style.Ascent;
        var brush = Style.Brush;
        foreach (var run in line.Runs)
        {
            graphics.DrawString(run.Text, run.Font, brush, x, baseline, XStringFormats.BaseLineLeft);
            x += run.Width;
        }
    }

    public void Draw(XGraphics graphics, double left, double top, double width, TextAlign align = TextAlign.Start)
    {
        for (var i = 0; i < Lines.Count; i++)
        {
            DrawLine(graphics, i, left, top + (i * Style.LineHeight), width, align);
        }
    }
}
