namespace Reports.Core.Tests.Figures;

/// <summary>
/// An excluded noun (villages, homes, towns) that ends a prepositional phrase or is counted by its own number is no label
/// of the number after it when a casualty word follows that number ("حمله به سه روستا هفت کشته بر جای گذاشت": the strike
/// on three villages left seven dead). Sentences written for these tests.
/// </summary>
public sealed class ExcludedObjectTests
{
    [Theory]
    [InlineData("fa", "حمله به سه روستا هفت کشته بر جای گذاشت.", "killed 7")]
    [InlineData("fa", "حمله به روستا هفت کشته بر جای گذاشت.", "killed 7")]
    [InlineData("fa", "حمله به شهر دست\u200cکم ۱۲ کشته و ۳۰ زخمی بر جا گذاشت.", "killed 12 at_least; injured 30")]
    // Negatives: an age right before a casualty verb, a number of villages with no casualty word after it.
    [InlineData("en", "A man aged 45 died in hospital.", "")]
    [InlineData("fa", "نیروهای روسیه سه روستا را تصرف کردند.", "")]
    public void AnExcludedObjectBeforeACasualtyCount_LeavesTheCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
