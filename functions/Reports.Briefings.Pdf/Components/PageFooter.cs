using System.Globalization;
using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;

namespace Reports.Briefings.Pdf.Components;

/// <summary>"page N of M" and the generation time, drawn on every page once the page count is known.</summary>
internal sealed class PageFooter(TextLayout layout, DateTimeOffset generatedAt)
{
    public void Compose(XGraphics graphics, int pageNumber, int pageCount)
    {
        var top = PageGeometry.Height - PageGeometry.MarginBottom + 22;
        graphics.DrawLine(Typography.RulePen, PageGeometry.ContentLeft, top - 4, PageGeometry.ContentLeft + PageGeometry.ContentWidth, top - 4);
        var half = PageGeometry.ContentWidth / 2;
        layout.Layout($"Reports briefing · generated {Labels.Time(generatedAt)}", Typography.Footer, half)
            .Draw(graphics, PageGeometry.ContentLeft, top, half);
        layout.Layout(string.Create(CultureInfo.InvariantCulture, $"page {pageNumber} of {pageCount}"), Typography.Footer, half)
            .Draw(graphics, PageGeometry.ContentLeft + half, top, half, TextAlign.End);
    }
}
