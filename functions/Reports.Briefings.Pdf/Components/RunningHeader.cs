using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Core.Aggregation;

namespace Reports.Briefings.Pdf.Components;

/// <summary>The small header on every page after the cover: what the briefing covers.</summary>
internal sealed class RunningHeader(TextLayout layout, Period period)
{
    public void Compose(XGraphics graphics)
    {
        var top = PageGeometry.MarginTop - 30;
        layout.Layout($"Briefing · {period}", Typography.Footer, PageGeometry.ContentWidth)
            .Draw(graphics, PageGeometry.ContentLeft, top, PageGeometry.ContentWidth);
        graphics.DrawLine(Typography.RulePen, PageGeometry.ContentLeft, top + 14, PageGeometry.ContentLeft + PageGeometry.ContentWidth, top + 14);
    }
}
