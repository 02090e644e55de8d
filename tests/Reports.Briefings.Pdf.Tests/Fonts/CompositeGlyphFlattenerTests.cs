using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Reports.Briefings.Pdf.Fonts;
using Reports.Briefings.Pdf.Layout;

namespace Reports.Briefings.Pdf.Tests.Fonts;

public sealed class CompositeGlyphFlattenerTests
{
    [Theory]
    [InlineData("DejaVuSans.ttf")]
    [InlineData("DejaVuSans-Bold.ttf")]
    public void Flatten_DejaVu_LeavesNoCompositeInsideAComposite(string file)
    {
        var shipped = BundledFonts.ReadResource(file);

        var flat = CompositeGlyphFlattener.Flatten(shipped);

        Assert.True(CompositeGlyphFlattener.CountNested(shipped) > 50, "DejaVu nests composites (Vietnamese ấ = a + circumflex-acute)");
        Assert.Equal(0, CompositeGlyphFlattener.CountNested(flat));
        Assert.Same(flat, CompositeGlyphFlattener.Flatten(flat));
    }

    [Fact]
    public void Flatten_Vazirmatn_HasNothingToDo()
    {
        var shipped = BundledFonts.ReadResource("Vazirmatn-Regular.ttf");

        Assert.Same(shipped, CompositeGlyphFlattener.Flatten(shipped));
    }

    [PopplerFact]
    public void Render_LetterWithTwoMarks_KeepsBothMarksInTheSubset()
    {
        // The bug this guards: in PDFsharp's subset, "ấ" lost its circumflex and drew like "á".
        var folder = Directory.CreateTempSubdirectory("reports-pdf-marks-").FullName;
        try
        {
            var path = Path.Combine(folder, "marks.pdf");
            using (var layout = new TextLayout(new FontSet()))
            using (var document = new PdfDocument())
            {
                using (var flow = new PageFlow(document, header: null))
                {
                    var style = new TextStyle(60, false, XColors.Black);
                    foreach (var text in new[] { "ấ ố ằ ẫ ộ", "á ó à ã ọ" })
                    {
                        flow.NewPage();
                        layout.Layout(text, style, 400).Draw(flow.Graphics, 100, 100, 400);
                    }
                }

                document.Save(path);
            }

            var twoMarks = Poppler.Page(path, 1, 60).InkShare(90, 80, 420, 120, 60);
            var oneMark = Poppler.Page(path, 2, 60).InkShare(90, 80, 420, 120, 60);

            Assert.True(twoMarks > oneMark * 1.1, $"two marks {twoMarks:P2} vs one mark {oneMark:P2}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
