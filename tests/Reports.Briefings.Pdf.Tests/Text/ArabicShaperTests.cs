using Reports.Briefings.Pdf.Text;

namespace Reports.Briefings.Pdf.Tests.Text;

public sealed class ArabicShaperTests
{
    [Theory]
    [InlineData("سلام", "\uFEB3\uFEFC\uFEE1")]                   // seen initial, lam-alef final, meem isolated
    [InlineData("کتاب", "\uFB90\uFE98\uFE8E\uFE8F")]             // keheh initial, teh medial, alef final, beh isolated
    [InlineData("پیچ", "\uFB58\uFBFF\uFB7B")]                    // peh initial, farsi yeh medial, tcheh final
    [InlineData("گرگ", "\uFB94\uFEAE\uFB92")]                    // gaf initial, reh final, gaf isolated after reh
    [InlineData("ژاله", "\uFB8A\uFE8D\uFEDF\uFEEA")]             // jeh and alef never join forward
    [InlineData("یک", "\uFBFE\uFB8F")]                           // farsi yeh initial, keheh final
    [InlineData("ء", "\uFE80")]                                  // hamza: isolated only
    public void Shape_Word_GivesPresentationForms(string word, string expected) =>
        Assert.Equal(Hex(expected), Hex(ArabicShaper.Shape(word)));

    [Theory]
    [InlineData("لا", "\uFEFB")]                                 // isolated lam-alef
    [InlineData("علا", "\uFECB\uFEFC")]                          // ain initial, lam-alef final
    [InlineData("لآ", "\uFEF5")]                                 // lam with alef madda
    [InlineData("سلأ", "\uFEB3\uFEF8")]                          // lam with alef hamza above, final
    [InlineData("لإ", "\uFEF9")]                                 // lam with alef hamza below
    public void Shape_LamAlef_FormsLigature(string word, string expected) =>
        Assert.Equal(Hex(expected), Hex(ArabicShaper.Shape(word)));

    [Fact]
    public void Shape_ZeroWidthNonJoiner_BreaksJoiningAndIsRemoved()
    {
        // می‌شود: meem initial, yeh FINAL (the ZWNJ stops it), sheen initial, waw final, dal isolated.
        Assert.Equal(Hex("\uFEE3\uFBFD\uFEB7\uFEEE\uFEA9"), Hex(ArabicShaper.Shape("می\u200Cشود")));

        // Without it, yeh and sheen are medial.
        Assert.Equal(Hex("\uFEE3\uFBFF\uFEB8\uFEEE\uFEA9"), Hex(ArabicShaper.Shape("میشود")));
    }

    [Fact]
    public void Shape_Harakat_AreDroppedWithoutBreakingJoins() =>
        Assert.Equal(Hex("\uFEDB\uFE98\uFE90"), Hex(ArabicShaper.Shape("كَتَبَ")));

    [Fact]
    public void Shape_Tatweel_KeepsJoining() =>
        Assert.Equal(Hex("\uFE91\u0640\uFEE0\u0640\uFEEA"), Hex(ArabicShaper.Shape("بـلـه")));

    [Fact]
    public void Shape_WordsSeparatedBySpace_ShapeIndependently() =>
        Assert.Equal(Hex("\uFEE3\uFEE6 \uFE8F"), Hex(ArabicShaper.Shape("من ب")));

    [Fact]
    public void Shape_LatinAndDigits_ReturnsSameInstance()
    {
        var text = "Kyiv 2026, Việt Nam";
        Assert.Same(text, ArabicShaper.Shape(text));
    }

    [Fact]
    public void Shape_MixedText_LeavesLatinAndDigitsAlone() =>
        Assert.Equal(Hex("\uFEE3\uFEE6 Karimi 23"), Hex(ArabicShaper.Shape("من Karimi 23")));

    private static string Hex(string s) => string.Join(' ', s.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
