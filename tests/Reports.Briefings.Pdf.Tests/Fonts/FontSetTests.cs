using System.Text;
using Reports.Briefings.Pdf.Fonts;

namespace Reports.Briefings.Pdf.Tests.Fonts;

public sealed class FontSetTests
{
    private readonly FontSet _sut = new();

    [Fact]
    public void Split_MixedScripts_PicksFontPerScript()
    {
        var runs = _sut.Split("Kyiv: Щонайменше 5, Việt Nam \uFEB3\uFEFC\uFEE1 ۲۳", bold: false);

        Assert.Equal(2, runs.Count);
        Assert.Equal(FontFace.DejaVuSans, runs[0].Face);
        Assert.Equal("Kyiv: Щонайменше 5, Việt Nam ", runs[0].Text);
        Assert.Equal(FontFace.Vazirmatn, runs[1].Face);
        Assert.Equal("\uFEB3\uFEFC\uFEE1 ۲۳", runs[1].Text);
    }

    [Fact]
    public void Split_ArabicLetters_NeverUseDejaVu()
    {
        foreach (var bold in new[] { false, true })
        {
            var runs = _sut.Split("\u0627\u0644\u0639\u0631\u0628\u064A\u0629 \uFEFB \u067E\u0686\u0698\u06AF\u06A9\u06CC", bold);
            Assert.All(runs, r => Assert.Equal(FontFace.Vazirmatn, r.Face));
        }
    }

    [Theory]
    [InlineData("Kyiv 中文", 0x4E2D)]            // CJK: no bundled font has it
    [InlineData("ok \U00020000", 0x20000)]      // CJK extension B, outside the BMP
    [InlineData("नमस्ते", 0x0928)]               // Devanagari
    public void Split_CharacterInNoBundledFont_ThrowsMissingGlyph(string text, int codePoint)
    {
        var error = Assert.Throws<MissingGlyphException>(() => _sut.Split(text, bold: false));

        Assert.Equal(codePoint, error.CodePoint);
        Assert.Contains($"U+{codePoint:X4}", error.Message, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ệ")]
    [InlineData("ố")]
    [InlineData("ї")]
    [InlineData("∞")]
    [InlineData("–")]
    public void HasGlyph_CharactersTheBriefingUses_AreCoveredByDejaVu(string text)
    {
        Assert.True(_sut.HasGlyph(FontFace.DejaVuSans, false, Rune.GetRuneAt(text, 0)));
        Assert.True(_sut.HasGlyph(FontFace.DejaVuSans, true, Rune.GetRuneAt(text, 0)));
    }
}
