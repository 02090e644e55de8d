using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Seventeenth session, English probes of our own in the held-out styles (UN and ministry round-ups, air-force tallies,
/// CENTCOM and Israeli army statements, wire leads, live blogs). Sentences written for these tests.
/// </summary>
public sealed class FigureSeventeenthEnglishTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("en", "Overnight attack. Ballistic missiles launched: 12. Intercepted: 9. Attack drones launched: 40. Shot down: 33.",
        "missiles_launched 12; missiles_downed 9; drones_launched 40; drones_downed 33")]
    [InlineData("en", "Drones launched: 40. • Destroyed: 31.", "drones_launched 40; drones_downed 31")]
    public void AVerbLabelOpeningItsLine_CountsTheWeaponOfTheLineBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Intercepted: 9. Shot down: 4.")]
    [InlineData("en", "Drones launched: 40. Hits recorded in the city. Later, the governor said: 12.")]
    public void AVerbLabelWithNoWeaponBefore_GivesNothing(string code, string text) =>
        Assert.DoesNotContain(ExtractorHarness.Extract(code, text), f => f.Kind is "drones_downed" or "missiles_downed" || f.Value is 9 or 4 or 12);

    [Theory]
    [InlineData("en", "A missile struck a playground, killing 14 people. Five of those killed were under 18.", "killed 14; killed 5")]
    [InlineData("en", "Children under 5 were among the 20 killed.", "killed 20")]
    [InlineData("en", "Most of the victims were over 60, officials said, and 12 people were injured.", "injured 12")]
    [InlineData("en", "Nine of the dead were children under the age of 12.", "killed 9")]
    public void AnAgeLimit_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The toll was over 50 by Sunday.", "killed 50 more_than")]
    [InlineData("en", "Rescuers said over 40 were injured and under 10 were killed.", "injured 40 more_than; killed 10 up_to")]
    [InlineData("en", "Air defences shot down over 60 drones.", "drones_downed 60 more_than")]
    public void OverAndUnderBeforeACount_StayQualifiers(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "CENTCOM said its forces destroyed four Houthi uncrewed aerial vehicles and two anti-ship cruise missiles over the Red Sea.",
        "drones_downed 4; missiles_downed 2")]
    [InlineData("en", "The Houthis launched three unmanned aerial systems at the ship.", "drones_launched 3")]
    public void UncrewedAerialVehicles_AreDrones(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Fact]
    public void TwoEqualItemsOfOneSentence_KeepTheFirstItemsPlace()
    {
        var analysis = analyzer.Analyze(new ArticleText("Drones downed over Russia\n\nRussia's Defence Ministry said air defences destroyed 31 Ukrainian drones overnight: 12 over the Bryansk region, 12 over the Kursk region and seven over the Oryol region.", null));

        Assert.Equal("ru/bryansk-oblast", analysis.Figures.Single(f => f.Value == 12).Place);
        Assert.Equal("ru/oryol-oblast", analysis.Figures.Single(f => f.Value == 7).Place);
    }

    [Fact]
    public void TwoEqualItemsOfAHeadlineSentence_KeepTheFirst()
    {
        var figures = ExtractorHarness.Figures("en", "Air defences destroyed 31 drones overnight: 12 over the Bryansk region, 12 over the Kursk region and seven over the Oryol region.");

        var twelve = figures.Single(f => f.Value == 12);
        Assert.True(twelve.Offset < figures.Single(f => f.Value == 7).Offset - 40);
    }

    [Theory]
    [InlineData("en", "Three U.S. soldiers were killed in the attack.", "killed 3")]
    [InlineData("en", "Three U.N. peacekeepers were wounded when a shell hit their post.", "injured 3")]
    [InlineData("en", "A one-way attack drone struck the base. He was one of three U.S. soldiers killed in the attack.", "killed 3")]
    public void ADottedAbbreviation_EndsNoClause(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia attacked with 62 drones overnight. Air defences shot down 27 of them, while 28 were \"locationally lost\".",
        "drones_launched 62; drones_downed 27; drones_downed 28")]
    [InlineData("en", "The army said 12 soldiers were “seriously wounded” in the clash.", "injured 12")]
    public void QuotationMarksAroundAVerb_AreNoWordsBetween(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Civilian casualties in October by region: Donetsk 412, Kharkiv 380, Kherson 226 and Zaporizhzhia 154.",
        "casualties 412; casualties 380; casualties 226; casualties 154")]
    [InlineData("en", "The ministry said 20 people were killed: Gaza City 12, Khan Younis 8.", "killed 20; killed 12; killed 8")]
    public void ItemsLabelledByAName_TakeTheListsKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Shelling incidents by region: Donetsk 412, Kharkiv 380.")]
    [InlineData("en", "Population by region: Donetsk 4100000, Kharkiv 2600000.")]
    public void ItemsLabelledByANameUnderNoCasualtyLabel_GiveNothing(string code, string text) =>
        Assert.Empty(ExtractorHarness.Extract(code, text));

    [Theory]
    [InlineData("en", "The army announced two deaths on Monday, bringing the number of soldiers killed since the start of the ground operation on October 27 to 385.",
        "killed 2 event; killed 385 cumulative")]
    [InlineData("en", "The number of soldiers killed since the ground operation began on October 27 has risen to 385.", "killed 385 cumulative")]
    [InlineData("en", "The WHO said 226 health workers had been killed in Lebanon over the past year.", "killed 226 cumulative")]
    [InlineData("en", "Five people were killed in a strike on Kharkiv on October 27.", "killed 5 event")]
    public void ADateEndingASincePhrase_StartsTheRunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Militants stormed the border, killing about 1,200 people and taking 251 hostages.", "killed 1200 about")]
    [InlineData("en", "The raid killed 12 people and freed four hostages.", "killed 12")]
    [InlineData("en", "Three hostages were killed in the strike.", "killed 3")]
    [InlineData("en", "The militants killed three hostages and wounded two soldiers.", "killed 3; injured 2")]
    public void HostagesTakenInAList_AreNoVictims(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "As of 22 September, 41,909 Palestinians had been killed, of whom 11,355 were children, 6,297 women, 2,596 elderly and 17,677 men.",
        "killed 41909; killed 11355; killed 6297; killed 2596; killed 17677")]
    [InlineData("en", "The journalist was killed together with three colleagues in the strike.", "killed 3")]
    public void ElderlyAndColleagues_ArePeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
