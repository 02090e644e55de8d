namespace Reports.Core.Tests.Figures;

/// <summary>
/// Fifteenth session, English probes of our own (classes shared with other languages where their words exist): asides
/// of ages, changes written "up to N from M" and "deaths … rose to N from M", counts glued to their noun ("a 100-drone
/// attack"), people taken hostage. Sentences written for these tests.
/// </summary>
public sealed class FigureFifteenthEnglishTests
{
    [Theory]
    [InlineData("en", "Twenty-four people, aged between 5 and 79, were injured in the strike.", "injured 24")]
    [InlineData("en", "Two sisters, aged 7 and 9, were killed by the shelling.", "killed 2")]
    [InlineData("en", "Three men, aged 40, were wounded in the attack.", "injured 3")]
    [InlineData("en", "Five people aged 30 to 50 were killed.", "killed 5")]
    public void AnAsideOfAges_DoesNotCutTheCountFromItsVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The death toll was revised up to five from three.", "killed 5; killed 3")]
    [InlineData("en", "Up to 50 people were killed in the strike.", "killed 50 up_to")]
    [InlineData("en", "Up to 50 people from three villages were killed.", "killed 50 up_to")]
    [InlineData("en", "Civilian deaths in Ukraine rose to 202 in July from 164 in June.", "killed 202; killed 164")]
    [InlineData("en", "Civilian injuries in the Kharkiv region fell to 90 from 120.", "injured 90; injured 120")]
    public void AChangeUpToOrToFrom_IsExactAndCountsItsCasualtyNoun(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia launched a 100-drone attack on Kyiv overnight.", "drones_launched 100")]
    [InlineData("en", "Air defences shot down 81 drones of a 100-drone attack.", "drones_downed 81; drones_launched 100")]
    [InlineData("de", "Russland griff mit einem 100-Drohnen-Angriff an.", "drones_launched 100")]
    public void ACountGluedToItsWeaponByAHyphen_IsACount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The 12-year-old boy was hurt.")]
    [InlineData("en", "A Kh-101 missile was shot down over the city.")]
    [InlineData("en", "A 155-mm shell hit the building and a MQ-9 drone was lost.")]
    public void DigitsGluedToOtherWords_AreNoCounts(string code, string text) =>
        Assert.Empty(ExtractorHarness.Extract(code, text));

    [Theory]
    [InlineData("en", "Gunmen killed two soldiers and took 14 civilians hostage.", "killed 2")]
    [InlineData("en", "The attack killed some 1,200 people, and militants took 251 others hostage.", "killed 1200 about")]
    [InlineData("en", "Three hostages were killed in the strike.", "killed 3")]
    [InlineData("en", "One hostage was killed and two were wounded.", "killed 1; injured 2")]
    public void PeopleTakenHostage_AreNoCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
