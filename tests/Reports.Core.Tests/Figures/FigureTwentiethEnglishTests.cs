namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twentieth session, English probes of our own (UN and WHO round-ups, ministry statements, Red Sea, Sudan, Israel-Iran,
/// Gaza and Lebanon tolls, live blogs, Telegram-style posts; casualty and scope traps). Sentences written for these tests.
/// </summary>
public sealed class FigureTwentiethEnglishTests
{
    [Theory]
    [InlineData("en", "Three of the 12 wounded soldiers later died in hospital, the brigade said.", "killed 3; injured 12")]
    [InlineData("en", "Two of the nine injured civilians died on the way to hospital.", "killed 2; injured 9")]
    [InlineData("en", "Two of the five injured died in hospital.", "killed 2; injured 5")]
    [InlineData("en", "Three of the 12 wounded soldiers were flown to Israel.", "injured 12; injured 3")]
    public void WoundedWhoDied_PastTheirNoun_AreKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Of the 40 passengers on the bus, three were killed and 11 were injured when the drone struck.", "killed 3; injured 11")]
    [InlineData("en", "Of its 200 workers, six were killed in the missile strike.", "killed 6")]
    [InlineData("en", "Out of 60 people at the wedding, 14 were wounded.", "injured 14")]
    [InlineData("en", "Of the 40 killed, 12 were children.", "killed 40; killed 12")]
    [InlineData("en", "Of the 40 people killed, 12 were children.", "killed 40; killed 12")]
    public void AGroupFrontedByOf_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia launched 25 drones at the Odesa region overnight, and the air force said it shot down all of them.",
        "drones_launched 25; drones_downed 25")]
    [InlineData("en", "Iran fired seven ballistic missiles at the base, the Pentagon said, adding that air defences intercepted all of them.",
        "missiles_launched 7; missiles_downed 7")]
    [InlineData("en", "Hezbollah fired 12 rockets at Haifa, and the army said it intercepted them all.", "missiles_launched 12; missiles_downed 12")]
    [InlineData("en", "Russia launched 25 drones overnight, and the air force said it shot down all but three.", "drones_launched 25")]
    public void DowningAllOfThem_DownsAsManyAsLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Kharkiv has lost more than 800 residents to Russian strikes since February 2022.", "killed 800 more_than")]
    [InlineData("en", "The town has lost about 300 of its residents to Russian bombardment.", "killed 300 about")]
    [InlineData("en", "Russia has lost around 1,150,000 troops since the invasion.", "casualties 1150000 about")]
    [InlineData("en", "The region has lost 40 people to cholera this year.", "")]
    public void PeopleLostToACause_AreKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Nine people were killed in an RSF drone strike on a market in Kadugli on the same day that health officials reported 40 new cholera deaths.",
        "killed 9")]
    [InlineData("en", "The ministry said 111 people have died of malnutrition-related causes since the start of the war.", "")]
    [InlineData("en", "A drone strike killed 21 people at a market, and 15 children died of hunger in the camp.", "killed 21")]
    [InlineData("en", "A drone strike on a cholera clinic killed 21 people.", "killed 21")]
    public void ADiseaseNamedInTheCountsPhrase_IsItsCause(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Civilian deaths per month, as verified by the mission: January 139, February 176, March 164.",
        "killed 139; killed 176; killed 164")]
    [InlineData("en", "Civilian deaths by month, as reported by the monitoring mission: January 74, February 92, March 101.",
        "killed 74; killed 92; killed 101")]
    [InlineData("en", "Attacks per month, as verified by the mission: January 139, February 176.", "")]
    public void AnAttributionBeforeTheColon_StandsAside(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Seven people were killed and dozens were trapped under the debris after a missile hit an apartment block in Dnipro.", "killed 7")]
    [InlineData("en", "Eleven people were confirmed dead and dozens more were feared trapped under the rubble.", "killed 11")]
    [InlineData("en", "A strike killed 12 people who were trapped in a basement.", "killed 12")]
    public void PeopleTrappedUnderRubble_AreNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
