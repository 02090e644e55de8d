namespace Reports.Core.Tests.Figures;

/// <summary>
/// Sixteenth session, English probes of our own in the held-out styles (air-force tallies, Israeli and Houthi reports,
/// ministry round-ups). Sentences written for these tests.
/// </summary>
public sealed class FigureSixteenthEnglishTests
{
    [Theory]
    [InlineData("en", "Russia launched 63 drones overnight and 50 of them had been shot down.", "drones_launched 63; drones_downed 50")]
    [InlineData("en", "The air force said Russia had launched 63 drones and that 50 of them have been destroyed or jammed.", "drones_launched 63; drones_downed 50")]
    [InlineData("en", "Russia launched 63 drones overnight and 50 of them were shot down.", "drones_launched 63; drones_downed 50")]
    [InlineData("en", "Russia launched 63 drones overnight and 12 of them had hit targets in the city.", "drones_launched 63")]
    public void AVerbReachedThroughAuxiliaries_IsTheNumbersOwn(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia launched 152 drones and four missiles, the air force said, adding that 130 drones and two of the four missiles had been shot down.",
        "drones_launched 152; missiles_launched 4; drones_downed 130; missiles_downed 2")]
    [InlineData("en", "The army reported 143 drones, of which 118 were shot down.", "drones_launched 143; drones_downed 118")]
    public void AnXOfYItemInAList_OpensNoPart(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Air defences intercepted a missile and two drones launched from Yemen overnight.", "drones_downed 2")]
    [InlineData("en", "Air defences shot down six missiles and 14 drones launched by Russia.", "missiles_downed 6; drones_downed 14")]
    [InlineData("en", "Russia launched 14 drones and air defences shot down a missile.", "drones_launched 14")]
    public void ADowningVerbBeforeAnotherWeaponItem_GovernsTheDescribedWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Analysts warn a single salvo of 50 ballistic missiles could kill hundreds in a crowded city.")]
    [InlineData("en", "Officials fear 1,000 drones would overwhelm the city's air defences.")]
    public void WeaponsFollowedByAModal_AreHypothetical(string code, string text) =>
        Assert.Empty(ExtractorHarness.Extract(code, text));

    [Theory]
    [InlineData("en", "Russia launched 50 ballistic missiles at the city overnight.", "missiles_launched 50")]
    public void WeaponsWithoutAModal_StillCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Ukraine's air force said 25 drones were shot down; one drone fell on a house in Odesa, killing two people.", "drones_downed 25; killed 2")]
    [InlineData("en", "The Houthis fired two drones at Eilat; the military said the missile was intercepted and both drones fell in open areas.", "drones_launched 2")]
    [InlineData("en", "Hezbollah launched five drones; two of the drones were intercepted and the others fell in open areas.", "drones_launched 5; drones_downed 2")]
    public void WeaponsThatFell_AreHitsNotDowned(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry said 26 drones were intercepted and destroyed overnight: 10 over the Bryansk region, nine over Kursk.",
        "drones_downed 26; drones_downed 10; drones_downed 9")]
    [InlineData("en", "The ministry said 26 drones were destroyed overnight: 10 over the Bryansk region, nine over Kursk.",
        "drones_downed 26; drones_downed 10; drones_downed 9")]
    public void JoinedDowningVerbs_HeadAColonList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
