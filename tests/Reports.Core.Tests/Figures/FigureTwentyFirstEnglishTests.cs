namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-first session, English probes of our own (UN and WHO round-ups, ministry statements, Red Sea, Sudan, Israel-Iran,
/// Gaza and Lebanon tolls, live blogs, several outlets' numbers, Telegram-style posts, ISW/ACLED and weekly Air Force
/// summaries). Sentences written for these tests.
/// </summary>
public sealed class FigureTwentyFirstEnglishTests
{
    [Theory]
    [InlineData("en", "Russia sent 816 drones against Ukraine overnight, breaking the previous record of 741 set in early September.",
        "drones_launched 741; drones_launched 816")]
    [InlineData("en", "Russia fired 122 missiles at Ukraine on Friday, just short of the previous high of 127, the air force said.",
        "missiles_launched 122; missiles_launched 127")]
    [InlineData("en", "Russia fired 742 drones at Ukraine overnight, surpassing the previous high of 653 set earlier this month.",
        "drones_launched 653; drones_launched 742")]
    [InlineData("en", "Russia launched 5,800 long-range drones in September, below July's record of 6,297, according to an AFP analysis.",
        "drones_launched 5800; drones_launched 6297")]
    [InlineData("en", "Local authorities said 31 people were killed in the strike on the bus station. The Red Crescent gave a higher figure of 38.",
        "killed 31; killed 38")]
    [InlineData("en", "Russia launched 810 drones overnight, beating the previous record of 728 hectares of farmland burned.", "drones_launched 810")]
    [InlineData("en", "The army set a record of 40 sorties in one day.", "")]
    [InlineData("en", "Russia launched 810 drones overnight, beating the previous record of 728 sorties flown in July.", "drones_launched 810")]
    public void AnEarlierRecordOrAnotherSourcesFigure_RestatesTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Activists said the RSF killed more than 1,500 people in El Fasher, while the UN said it had confirmed at least 460.",
        "killed 1500 more_than; killed 460 at_least")]
    [InlineData("en", "Activists reported hundreds of deaths in the camp. The UN said it had confirmed at least 95.",
        "killed 100 at_least; killed 95 at_least")]
    [InlineData("en", "The UN said it had confirmed at least 95.", "")]
    [InlineData("en", "Seven people were killed in the strike, and police confirmed 12 arrests.", "killed 7")]
    public void ABareCountAfterAVerbOfConfirming_RestatesTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia fired 742 drones overnight, surpassing the previous high of 653.", "drones_launched 653 exact; drones_launched 742 exact")]
    [InlineData("en", "The number of dead has surpassed 500, the ministry said.", "killed 500 more_than")]
    public void AVerbOfExceedingBeforeAnEarlierRecord_QualifiesTheNewFigure(string code, string text, string expected)
    {
        var actual = ExtractorHarness.Extract(code, text).Select(f => $"{f.Kind} {f.Value} {f.Qualifier}").Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split("; ").Order(StringComparer.Ordinal), actual);
    }

    [Theory]
    [InlineData("en", "The war in Sudan has killed as many as 150,000 people, including those who died of hunger and disease.", "killed 150000 up_to")]
    [InlineData("en", "Fighting has killed at least 20,000 people, including many who died of hunger.", "killed 20000 at_least")]
    [InlineData("en", "Floods in the north killed 40 people, including many who drowned.", "")]
    [InlineData("en", "Ten people, including four children, died of malnutrition in the past day, the ministry said.", "")]
    [InlineData("en", "The conflict has killed at least 40,000 people, although aid groups say the true toll, including deaths from famine, is higher.",
        "killed 40000 at_least")]
    [InlineData("en", "Hunger has killed at least 300 children in the camp, including 40 this month.", "")]
    public void AnAccidentNamedOnlyInAPart_LeavesTheTollStanding(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "A fire at a fuel depot in the port killed four workers, the port authority said, blaming an electrical fault.", "")]
    [InlineData("en", "A short circuit started a blaze that killed two patients at the hospital.", "")]
    [InlineData("en", "A drone strike on a fuel depot killed four workers, the port authority said.", "killed 4")]
    public void AnElectricalFault_IsAnAccident(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Hezbollah fired about 60 rockets and projectiles at northern Israel on Sunday, the army said.", "missiles_launched 60 about")]
    [InlineData("en", "Russia launched 45 drones and projectiles overnight.", "drones_launched 45")]
    [InlineData("en", "Iran fired some 200 missiles and drones at Israel.", "drones_launched 200 about")]
    public void MixedWeaponsBesideAMissileNoun_StayMissiles(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Thirty-three journalists have been killed covering the war, the press union said.", "killed 33 cumulative")]
    [InlineData("en", "At least 27 journalists have been killed covering the conflict, according to the CPJ.", "killed 27 cumulative")]
    [InlineData("en", "At least 40 aid workers have been killed in the war in Sudan, the UN said.", "killed 40 cumulative")]
    [InlineData("en", "Two journalists were killed covering a strike on Khan Younis on Monday.", "killed 2 event")]
    public void KilledCoveringTheWar_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Drones fired at Ukraine each month, according to air force figures compiled by AFP: June 5,400, July 6,100, August 4,900.",
        "drones_launched 5400; drones_launched 6100; drones_launched 4900")]
    [InlineData("en", "Missiles launched by Russia per month, according to the Ukrainian air force: March 190, April 230.",
        "missiles_launched 190; missiles_launched 230")]
    [InlineData("en", "Shahed-type drones launched at Ukraine by month, per air force data: February 5,100, March 4,200, April 4,600.",
        "drones_launched 5100; drones_launched 4200; drones_launched 4600")]
    [InlineData("en", "Drones built by Russia each month, according to intelligence: June 2,700, July 2,900.", "")]
    public void AWeaponLabelWithANameAndAnAttribution_NamesTheMonthlyItems(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Overnight the Houthis fired two ballistic missiles and six drones toward Israel; the drones were all shot down, the army said.",
        "missiles_launched 2; drones_launched 6; drones_downed 6")]
    [InlineData("en", "Russia launched 30 drones at Odesa, and the missiles were all shot down.", "drones_launched 30")]
    [InlineData("en", "Russia launched 30 drones at Odesa; the drones were all aimed at the port.", "drones_launched 30")]
    public void WeaponsThatWereAllShotDown_AreDownedAsLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Six people died in Russian shelling of Kherson region on Tuesday, bringing the week's toll to 12, the administration said.",
        "killed 12 cumulative; killed 6 event")]
    [InlineData("en", "Last week's strike on the market killed 12 people.", "killed 12 event")]
    public void TheWeeksToll_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "This week Russia launched more than 1,300 attack drones, about 40 missiles and nearly 1,200 glide bombs against Ukraine, Zelensky said on Sunday.",
        "drones_launched 1300 cumulative; missiles_launched 40 cumulative")]
    [InlineData("en", "Russia launched 40 drones on Monday, and 30 missiles were fired in the past month.",
        "drones_launched 40 event; missiles_launched 30 cumulative")]
    public void WeaponCountsInACommaList_ShareOneTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
