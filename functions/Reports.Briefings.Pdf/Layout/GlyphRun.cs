using PdfSharp.Drawing;

namespace Reports.Briefings.Pdf.Layout;

/// <summary>Text in visual order drawn with one font, and its advance width.</summary>
internal sealed record GlyphRun(string Text, XFont Font, double Width);
