using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Reports.Briefings.Pdf.Layout;

/// <summary>
/// Content flowing down A4 pages: a cursor (<see cref="Y"/>), a page break when the next piece does not fit, and a
/// running header on every page after the first. One <see cref="XGraphics"/> is open at a time, on the last page.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    private readonly Action<XGraphics>? _header;
    private XGraphics? _graphics;

    public PageFlow(PdfDocument document, Action<XGraphics>? header)
    {
        Document = document;
        _header = header;
    }

    public PdfDocument Document { get; }

    public double Y { get; set; }

    public double Left => PageGeometry.ContentLeft;

    public double Width => PageGeometry.ContentWidth;

    public double Remaining => PageGeometry.ContentBottom - Y;

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page yet: call NewPage first.");

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = Document.AddPage();
        page.Width = XUnit.FromPoint(PageGeometry.Width);
        page.Height = XUnit.FromPoint(PageGeometry.Height);
        _graphics = XGraphics.FromPdfPage(page);
        Y = PageGeometry.ContentTop;
        if (Document.PageCount > 1)
        {
            _header?.Invoke(_graphics);
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor.</summary>
    public void EnsureSpace(double height)
    {
        if (_graphics is null || (height > Remaining && Y > PageGeometry.ContentTop))
        {
            NewPage();
        }
    }

    public void Space(double height) => Y = Math.Min(Y + height, PageGeometry.ContentBottom);

    /// <summary>Draws a text block line by line, breaking across pages between lines.</summary>
    public void Text(TextBlock block, double left, double width, TextAlign align = TextAlign.Start)
    {
        var lineHeight = block.Style.LineHeight;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            EnsureSpace(lineHeight);
            block.DrawLine(Graphics, i, left, Y, width, align);
            Y += lineHeight;
        }
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _graphics = null;
    }
}
