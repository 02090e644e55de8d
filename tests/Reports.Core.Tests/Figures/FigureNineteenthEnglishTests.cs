namespace Reports.Core.Tests.Figures;

/// <summary>
/// Nineteenth session, English probes of our own in held-out styles (UN and WHO round-ups, ministry statements, Red Sea,
/// Sudan, Israel-Iran, Gaza and Lebanon tolls, Telegram-style posts). Sentences written for these tests.
/// </summary>
public sealed class FigureNineteenthEnglishTests
{
    [Theory]
    [InlineData("en", "Civilian deaths in the first half of the year reached 1,014, the mission said.", "killed 1014")]
    [InlineData("en", "Civilian deaths in the first half of the year reached 1,014, up from 781 in the same period a year earlier.", "killed 1014; killed 781")]
    [InlineData("en", "Injuries among aid workers across the country in 2024 stood at 412, the agency said.", "injured 412")]
    public void ACasualtyNounHeadingATollVerb_IsTheToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Fact]
    public void ACasualtyNounAfterAnotherCasualtyWord_LeavesTheTollToTheFirst() =>
        ExtractorHarness.AssertFigures("id", "Korban militer Rusia, baik tewas maupun terluka, telah mencapai lebih dari 1 juta tentara.",
            "casualties 1000000 more_than");

    [Theory]
    [InlineData("en", "Air defence units were able to shoot down 40 of the 50 drones launched overnight.", "drones_downed 40; drones_launched 50")]
    [InlineData("en", "The crew was able to shoot down 3 drones before the ship was hit.", "drones_downed 3")]
    [InlineData("en", "Russia is now able to launch 500 drones per night.", "")]
    public void WasAbleTo_IsNoModal(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry said 1,120 people had been killed, including 640 near distribution points and 480 along supply convoy routes.",
        "killed 1120; killed 640; killed 480")]
    [InlineData("en", "Since May, 1,300 people have been killed, including 700 in the vicinity of aid sites and 600 on the routes.",
        "killed 1300; killed 700; killed 600")]
    [InlineData("en", "Five people were killed, including 2 children of the same family.", "killed 5; killed 2")]
    public void PartsOfAPlacePhrase_AreItems(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "More than 3,000 soldiers have been wounded since the ground operation began, around 500 of them seriously.",
        "injured 3000 more_than; injured 500 about")]
    [InlineData("en", "Eight soldiers were wounded in an explosion in Rafah, two of them seriously.", "injured 8; injured 2")]
    public void APartOfThemAfterATimeOfItsOwn_IsAPart(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "In June Russia launched more than 5,200 drones, including a record 479 on the night of June 9.",
        "drones_launched 5200 more_than; drones_launched 479")]
    public void IncludingARecord_IsAPart(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Two of the ship's 22 crew members were killed in the attack.", "killed 2")]
    [InlineData("en", "Five of the 12 people on board were killed.", "killed 5")]
    [InlineData("en", "Two of its 22 crew members were killed, and 20 others were evacuated.", "killed 2")]
    [InlineData("en", "Three of the 12 wounded soldiers were flown to Israel.", "injured 12; injured 3")]
    [InlineData("en", "Twelve people were killed and 22 crew members were injured.", "killed 12; injured 22")]
    public void TheGroupAPartIsTakenFrom_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The death toll has surpassed 1,000, officials said.", "killed 1000 more_than")]
    [InlineData("en", "The number of dead exceeded, according to the ministry, 2,300.", "killed 2300 more_than")]
    [InlineData("en", "Confirmed deaths topped 500 on Monday.", "killed 500 more_than")]
    [InlineData("en", "The death toll rose to 40, according to the ministry.", "killed 40")]
    public void VerbsOfExceeding_AreMoreThan(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Overnight the enemy attacked with 74 drones. Impacts of 15 drones were recorded at 8 locations.", "drones_launched 74")]
    [InlineData("en", "Rescue work is ongoing, with 45 emergency workers and 12 units of equipment involved.", "")]
    [InlineData("en", "Air defence destroyed 12 units of enemy drones.", "drones_downed 12")]
    public void HitsAndEquipment_AreNoCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
