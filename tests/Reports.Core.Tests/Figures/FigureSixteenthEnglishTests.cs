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

    [Theory]
    [InlineData("en", "OHCHR recorded 164 civilian casualties (41 killed and 123 injured), including nine children (two killed and seven injured).",
        "casualties 164; killed 41; injured 123; casualties 9; killed 2; injured 7")]
    [InlineData("en", "Twelve people were injured, including three children (one seriously and two lightly).", "injured 12; injured 3")]
    public void ACountWhoseKilledAndInjuredPartsAddUp_IsCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Six people were killed in a strike on a hotel in Kharkiv, which opened in 2019, the governor said.", "killed 6 event")]
    [InlineData("en", "In the camp, which was founded in 1952, four people were killed on Monday.", "killed 4 event")]
    [InlineData("en", "In 2024, 230 people were killed in the region.", "killed 230 cumulative")]
    [InlineData("en", "Strikes killed 12 people on Monday, the ministry said, which put the toll since October 2023 at 3,900.", "killed 12 event; killed 3900 cumulative")]
    [InlineData("id", "Serangan udara menewaskan 12 orang pada Senin, menurut kementerian, yang menyebut total korban tewas sejak Oktober 2023 mencapai 3.900 orang.", "killed 12 event; killed 3900 cumulative")]
    [InlineData("en", "Sunday's attack, which killed 20 people, was the deadliest since the start of the year.", "killed 20 event")]
    public void ATimeInARelativeClause_DatesThatClauseOnly(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "During the reporting period, at least 31 civilians were killed and 74 injured, OCHA said.", "killed 31 cumulative; injured 74 cumulative")]
    [InlineData("en", "Killed this week: 9 (previous week: 6).", "killed 9 cumulative; killed 6 cumulative")]
    public void AReportingPeriodAndThePreviousWeek_AreRunningTotals(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Fact]
    public void AKilledCountRestatedAsALoss_StaysKilled() =>
        ExtractorHarness.AssertFigures("en", "Five soldiers were killed and two wounded near Kupiansk. \"We lost five brothers,\" the brigade wrote.",
            "killed 5; injured 2; casualties 5");

    [Fact]
    public void VictimsShownByABreakdown_StayOneCasualtyCount() =>
        ExtractorHarness.AssertFigures("en", "The UN counted 300 victims.\n\nThe UN report lists 300 casualties, 100 killed and 200 injured.",
            "casualties 300; killed 100; injured 200");

    [Theory]
    [InlineData("en", "Men accounted for 60 of the dead in October, women for 45 and children for 23.", "killed 60; killed 45; killed 23")]
    [InlineData("en", "Nine people were killed in Kharkiv on Monday, and children for 3 hours hid in shelters.", "killed 9")]
    public void AGappedClauseKeepingItsSubject_SharesThePredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
