namespace Reports.Core.Tests.Figures;

/// <summary>
/// Items of a list that share the predicate of the figure before them and repeat its noun ("120 người trong tháng 9, 183
/// người trong tháng 10"), or whose time is a running one; words glued by a zero-width non-joiner (Persian participles);
/// a number restated by a possessive ("angkanya"). Sentences written for these tests.
/// </summary>
public sealed class GappedListNounTests
{
    [Theory]
    [InlineData("vi", "Số người thiệt mạng là 120 người trong tháng 9, 183 người trong tháng 10.", "killed 120; killed 183")]
    [InlineData("vi", "Số người thiệt mạng là 120 người vào tháng Chín, 183 người vào tháng Mười.", "killed 120; killed 183")]
    [InlineData("en", "Nine people were killed in Kharkiv on Monday, six people in Odesa on Tuesday.", "killed 9; killed 6")]
    // Negatives: the repeated noun with a predicate of its own is no gapped item; a noun of things is no item of a toll.
    [InlineData("vi", "Số người thiệt mạng là 120 người trong tháng 9, 183 người được sơ tán trong tháng 10.", "killed 120")]
    [InlineData("en", "Nine people were killed in Kharkiv on Monday, 60 homes in Odesa on Tuesday.", "killed 9")]
    public void AnItemRepeatingTheFiguresNoun_SharesItsPredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "در این حمله ۱۲ غیرنظامی کشته\u200cشده بودند.", "killed 12")]
    [InlineData("fa", "شمار غیرنظامیان کشته\u200cشده ۱۲۰ نفر بود.", "killed 120")]
    [InlineData("fa", "در این حمله ۱۴ نفر زخمی\u200cشده به بیمارستان منتقل شدند.", "injured 14")]
    // Negative: the participle of another verb is no casualty.
    [InlineData("fa", "در این حمله ۱۲ غیرنظامی بازداشت\u200cشده آزاد شدند.", "")]
    public void APersianParticipleGluedByANonJoiner_IsItsVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Sedikitnya 164 warga sipil tewas selama November. Pada Oktober angkanya mencapai 183 orang.", "killed 164 at_least; killed 183")]
    // Negative: a number restated about prices is no casualty.
    [InlineData("id", "Harga bahan bakar naik 10 persen; angkanya mencapai 12 ribu rupiah per liter.", "")]
    public void APossessiveNumber_RestatesTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
