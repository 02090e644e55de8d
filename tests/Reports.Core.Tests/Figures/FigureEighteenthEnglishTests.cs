using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Eighteenth session, English probes of our own in the held-out styles (wire copy with long attributions, live blogs with
/// timestamps, UN round-ups, air-force summaries, Middle East and Red Sea reports). Sentences written for these tests.
/// </summary>
public sealed class FigureEighteenthEnglishTests
{
    [Theory]
    [InlineData("en", "Sgt. Moffett was one of three soldiers killed in the drone attack on the base.", "killed 3")]
    [InlineData("en", "The victim, a nurse, was one of five people killed when a drone struck a minibus.", "killed 5")]
    [InlineData("en", "Police said one of the three dead was a police officer.", "killed 3")]
    [InlineData("en", "One of the 3 dead was a paramedic.", "killed 3")]
    public void OneSingledOutOfTheVictims_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Three were wounded and one of them later died in hospital.", "injured 3; killed 1")]
    [InlineData("en", "Officials said one of the three wounded later died in hospital.", "injured 3; killed 1")]
    [InlineData("en", "Two of the five injured died in hospital on Tuesday.", "injured 5; killed 2")]
    [InlineData("en", "Two of the dead were children and one of the wounded was a medic.", "killed 2; injured 1")]
    public void APartWithAVerbOfItsOwn_StillCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Ukraine's losses are thought to exceed 400,000 killed, wounded or missing.", "casualties 400000 more_than")]
    [InlineData("en", "The battle cost the army about 1.1 million men killed, wounded or captured.", "casualties 1100000 about")]
    [InlineData("en", "Some 20,000 soldiers were wounded, killed or taken prisoner.", "casualties 20000 about")]
    public void ThreeOutcomesOfOneCount_AreLosses(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Twelve people were killed, 30 wounded and four are missing.", "killed 12; injured 30")]
    [InlineData("en", "Five soldiers were killed, two wounded.", "killed 5; injured 2")]
    public void ACountPerOutcome_KeepsItsKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Two crew members were killed when the ship was struck by a missile in the Gulf of Aden, CENTCOM said, the first fatalities since the Houthis began attacking shipping in November.",
        "killed 2 event")]
    [InlineData("en", "U.S. airstrikes on the fuel port killed 20 people and wounded about 40, the health ministry said, in the deadliest single strike since Washington stepped up its campaign in March.",
        "injured 40 event; killed 20 event")]
    public void ATimeInsideASuperlativesSinceClause_DatesTheComparison(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Since March, 120 civilians have been killed in the province, the first such figure published by the ministry.", "killed 120 cumulative")]
    [InlineData("en", "In the first week of the war, 352 civilians were killed.", "killed 352 cumulative")]
    [InlineData("en", "Russian strikes have killed 64 people in the city since the start of the month, the first of them on March 2.", "killed 64 cumulative")]
    public void ARunningTotal_StaysCumulative(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "12.20 BST: Poland scrambled jets. 11.58 BST: Two people were injured in a drone strike on Kherson.", "injured 2")]
    [InlineData("en", "Updated at 09.14 GMT. The air force said 63 drones were shot down.", "drones_downed 63")]
    [InlineData("en", "Two people were killed in Nikopol. It is day 1,287 of the full-scale invasion.", "killed 2")]
    public void LiveBlogTimestampsAndDayNumbers_AreNoCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "In one day 35 people were killed in the region.", "killed 35")]
    [InlineData("en", "Russian attacks killed 7 people over the past day.", "killed 7")]
    [InlineData("en", "The air force said 40 drones were shot down during the day.", "drones_downed 40")]
    public void ADayBesideACount_LeavesIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia now has the ability to launch 500 drones per night, the commander warned.")]
    [InlineData("en", "Officials said Russia had the capacity to fire 60 missiles in one salvo.")]
    public void ACapacityToLaunch_IsNoLaunch(string code, string text) =>
        Assert.Empty(ExtractorHarness.Extract(code, text));

    [Theory]
    [InlineData("en", "Russia launched 500 drones overnight, the air force said.", "drones_launched 500")]
    [InlineData("en", "The capacity of the plant is not known; the air force said it shot down 40 of 50 drones.", "drones_downed 40; drones_launched 50")]
    public void AnActualLaunch_StillCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Hours later the death count climbed to 51, with rescuers still searching the rubble.", "killed 51")]
    [InlineData("en", "Ukraine's losses exceeded 400,000 dead and wounded, officials said.", "casualties 400000 more_than")]
    public void ADeathCountAndExceed_ReadTheToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "Since November 2023, the Houthis have attacked more than 100 merchant vessels with missiles and drones, killing at least eight seafarers.",
        "killed 8 at_least")]
    [InlineData("en", "The strike damaged 12 residential buildings with debris from drones, officials said.", "")]
    public void AnObjectNounAfterOneAttribute_IsWhatTheNumberCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia launched 45 Shahed drones at Odesa overnight.", "drones_launched 45")]
    [InlineData("en", "Twelve Ukrainian soldiers were wounded in the shelling.", "injured 12")]
    [InlineData("en", "Air defences destroyed 30 Ukrainian drones over the Belgorod region.", "drones_downed 30")]
    public void AnAttributeBeforeAWeaponOrPeopleNoun_StillCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Iran launched about 550 ballistic missiles at Israel. The vast majority were intercepted, with 36 missiles impacting populated areas.")]
    [InlineData("en", "Most were shot down, with 12 drones hitting buildings in Kharkiv.")]
    [InlineData("en", "Air defences intercepted most of them, with 3 missiles striking the port.")]
    public void WeaponsImpactingHittingOrStriking_AreNotDowned(string code, string text) =>
        Assert.DoesNotContain(ExtractorHarness.Extract(code, text), f => f.Kind is "drones_downed" or "missiles_downed");

    [Fact]
    public void WeaponsShotDownBeforeOthersImpacting_StayDowned() =>
        ExtractorHarness.AssertFigures("en", "Air defences shot down 30 drones, while 5 drones were impacting in open fields.", "drones_downed 30");

    [Theory]
    [InlineData("en", "Russia has fired more than 38,000 Shahed-type drones at Ukraine since the invasion began. In July alone, the number reached 6,297, according to an AFP analysis.",
        "drones_launched 38000 cumulative; drones_launched 6297 cumulative")]
    [InlineData("en", "Nine more people died in hospital on Monday. This brings the total to 44,176.", "killed 44176 cumulative; killed 9 event")]
    public void ABareCountNounAfterASentenceOfFigures_ContinuesItsKind(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Officials met on Monday. In July alone, the number reached 6,297.")]
    [InlineData("en", "Russia launched 40 drones overnight. The number of air raid alerts reached 1,200 this year.")]
    public void ABareCountNounWithNoFigureBefore_GivesNothing(string code, string text) =>
        Assert.DoesNotContain(ExtractorHarness.Extract(code, text), f => f.Value is 6297 or 1200);

    [Theory]
    [InlineData("en", "In the West Bank, 1,016 Palestinians, including 213 children, have been killed by Israeli forces or settlers since 7 October 2023 (up from 998 two weeks ago), according to OCHA.",
        "killed 1016 cumulative; killed 213 cumulative; killed 998 cumulative")]
    [InlineData("en", "In the West Bank, 1,016 Palestinians have been killed since 7 October 2023, up from 998 two weeks ago.",
        "killed 1016 cumulative; killed 998 cumulative")]
    [InlineData("en", "The death toll from the strike rose to 12 on Tuesday, up from nine on Monday.", "killed 12 event; killed 9 event")]
    public void AnEarlierValueAfterUpFrom_IsTheFiguresEarlierValue(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
    [Theory]
    [InlineData("en", "The overnight strikes on Kharkiv and Zaporizhzhia killed a total of 31 people, officials said.", "killed 31")]
    [InlineData("en", "Russia launched a total of 477 drones and 60 missiles overnight.", "drones_launched 477; missiles_launched 60")]
    [InlineData("en", "A total of 1,234 civilians have been killed since January.", "killed 1234")]
    public void ATotalOfBeforeTheNumber_IsNoGap(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
