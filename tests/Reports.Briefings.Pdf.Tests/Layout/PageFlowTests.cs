using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Reports.Briefings.Pdf.Fonts;
using Reports.Briefings.Pdf.Layout;

namespace Reports.Briefings.Pdf.Tests.Layout;

public sealed class PageFlowTests
{
    [Fact]
    public void Text_LongerThanPage_BreaksAcrossPagesBetweenLines()
    {
        using var layout = new TextLayout(new FontSet());
        using var document = new PdfDocument();
        using var sut = new PageFlow(document, header: null);
        sut.NewPage();
        var block = layout.Layout(string.Join(' ', Enumerable.Repeat("Щонайменше 5 людей загинули внаслідок нічного удару.", 300)), new TextStyle(10, false, XColors.Black), sut.Width);

        sut.Text(block, sut.Left, sut.Width);

        var perPage = (int)((PageGeometry.ContentBottom - PageGeometry.ContentTop) / block.Style.LineHeight);
        Assert.Equal((block.Lines.Count + perPage - 1) / perPage, document.PageCount);
        Assert.True(sut.Y <= PageGeometry.ContentBottom);
    }

    [Fact]
    public void EnsureSpace_NotEnoughRoom_StartsNewPage()
    {
        using var document = new PdfDocument();
        using var sut = new PageFlow(document, header: null);
        sut.NewPage();
        sut.Y = PageGeometry.ContentBottom - 10;

        sut.EnsureSpace(20);

        Assert.Equal(2, document.PageCount);
        Assert.Equal(PageGeometry.ContentTop, sut.Y);
    }
}
