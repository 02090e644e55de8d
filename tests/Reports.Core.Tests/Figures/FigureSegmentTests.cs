using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Segments of a sentence, on sentences written for these tests: parts set off by commas, spans of days glued to their
/// number, places of counts that share one verb.
/// </summary>
public sealed class FigureSegmentTests
{
    [Theory]
    [InlineData("en", "At least nine people, four of them medics, were killed in the strike on the hospital.", "killed 9 at_least; killed 4")]
    [InlineData("id", "Sedikitnya sembilan orang, empat di antaranya petugas medis, tewas dalam serangan itu.", "killed 9 at_least; killed 4")]
    [InlineData("en", "Nine people, including four medics, were killed in the strike.", "killed 9; killed 4")]
    // Negative: "X of Y" after the comma is a whole of its own, not a part set aside.
    [InlineData("en", "Russia launched 90 drones overnight, 72 of 90 were shot down.", "drones_launched 90; drones_downed 72")]
    public void APartSetOffByCommas_WithItsOfThemAfterIt_IsSetAside(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "وزارت بهداشت اعلام کرد در جنگ ۱۲ روزه ۶۱۰ نفر کشته شدند.", "killed 610 cumulative")]
    // Negative: one day is still one event.
    [InlineData("fa", "در حمله روز دوشنبه ۱۲ نفر کشته شدند.", "killed 12 event")]
    public void APersianSpanOfDays_GluedAsAnAdjective_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The Donetsk region was hardest hit, with 70 killed, followed by Kharkiv with 35.", "killed 70; killed 35")]
    [InlineData("vi", "Tỉnh Donetsk chịu thiệt hại nặng nhất với 70 người chết, tiếp theo là Kharkiv với 35 người.", "killed 70; killed 35")]
    [InlineData("id", "Wilayah Donetsk mencatat korban terbanyak dengan 70 orang tewas, disusul Kharkiv dengan 35 orang.", "killed 70; killed 35")]
    // Negatives: a count with a verb of its own keeps it; a count of weapons after "with" is no casualty.
    [InlineData("en", "The strike killed 12 people, with 40 injured.", "killed 12; injured 40")]
    [InlineData("en", "Troops killed 12 fighters with 40 rounds of artillery.", "killed 12")]
    public void ACountAfterTheSameWithWord_IsCountedAlike(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}

