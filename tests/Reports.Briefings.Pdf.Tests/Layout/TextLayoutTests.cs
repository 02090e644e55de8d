using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Fonts;
using Reports.Briefings.Pdf.Layout;
using Reports.Briefings.Pdf.Text;

namespace Reports.Briefings.Pdf.Tests.Layout;

public sealed class TextLayoutTests : IDisposable
{
    private static readonly TextStyle Body = new(10, false, XColors.Black);
    private readonly TextLayout _sut = new(new FontSet());

    [Fact]
    public void Layout_LongParagraph_WrapsWithinWidthKeepingEveryWord()
    {
        var text = string.Join(' ', Enumerable.Repeat("Lực lượng phòng không cho biết đã bắn hạ 40 trong số 52 máy bay.", 8));

        var block = _sut.Layout(text, Body, 200);

        Assert.True(block.Lines.Count > 5);
        Assert.All(block.Lines, line => Assert.True(line.Width <= 200.01, $"line of {line.Width:F1} pt"));
        Assert.Equal(text.Split(' '), block.Lines.SelectMany(l => l.VisualText.Split(' ')));
    }

    [Fact]
    public void Layout_WordWiderThanBox_IsBrokenBetweenCharacters()
    {
        var block = _sut.Layout("https://example.org/" + new string('x', 120), Body, 100);

        Assert.True(block.Lines.Count >= 3);
        Assert.All(block.Lines, line => Assert.True(line.Width <= 100.01));
    }

    [Fact]
    public void Layout_PersianParagraph_IsRightToLeftWithWordsReversedPerLine()
    {
        var text = "دست کم ۲۳ نفر در حمله پهپادی به شهر بندری کشته شدند و سخنگوی ارتش گفت عملیات ادامه دارد.";

        var block = _sut.Layout(text, Body, 150);

        Assert.True(block.Lines.Count > 1);
        Assert.All(block.Lines, line => Assert.True(line.RightToLeft));
        var firstLineWords = block.Lines[0].VisualText.Split(' ');
        Assert.Equal(new string([.. ArabicShaper.Shape("دست").Reverse()]), firstLineWords[^1]);
    }

    [Fact]
    public void Layout_Newlines_StartNewParagraphsWithTheirOwnDirection()
    {
        var block = _sut.Layout("Kyiv\nکیف", Body, 300);

        Assert.Equal(2, block.Lines.Count);
        Assert.False(block.Lines[0].RightToLeft);
        Assert.True(block.Lines[1].RightToLeft);
    }

    [Fact]
    public void Layout_DominantDirection_PersianOpeningWithLatinNameIsRightToLeft()
    {
        const string text = "Karimi گفت که حمله ادامه دارد";

        Assert.False(_sut.Layout(text, Body, 400).Lines[0].RightToLeft);
        var line = _sut.Layout(text, Body, 400, ParagraphDirection.Dominant).Lines[0];

        Assert.True(line.RightToLeft);
        Assert.EndsWith("Karimi", line.VisualText, StringComparison.Ordinal); // the first word sits at the right end
    }

    [Fact]
    public void Measure_WiderText_IsWider() =>
        Assert.True(_sut.Measure("killed and injured", Body) > _sut.Measure("killed", Body));

    public void Dispose() => _sut.Dispose();
}
