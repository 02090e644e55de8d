using PdfSharp.Drawing;

namespace Reports.Briefings.Pdf.Layout;

/// <summary>How a piece of text looks: size in points, weight and colour. The typeface follows the script.</summary>
internal sealed record TextStyle(double Size, bool Bold, XColor Color)
{
    /// <summary>Distance between baselines.</summary>
    public double LineHeight => Size * 1.45;

    /// <summary>From the top of a line to its baseline.</summary>
    public double Ascent => Size * 1.08;

    public XBrush Brush => new XSolidBrush(Color);

    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };

    public TextStyle WithColor(XColor color) => this with { Color = color };
}
