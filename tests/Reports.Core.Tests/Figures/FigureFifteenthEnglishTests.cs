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

    [Theory]
    [InlineData("en", "One ballistic missile was fired from Yemen toward central Israel and intercepted by air defences.", "missiles_launched 1; missiles_downed 1")]
    [InlineData("en", "Three missiles were launched at Israel and later intercepted.", "missiles_launched 3; missiles_downed 3")]
    [InlineData("en", "Ukraine sent 16 drones toward Belgorod overnight and all of them were destroyed.", "drones_launched 16; drones_downed 16")]
    [InlineData("en", "Russia fired 10 missiles at Kyiv and Ukraine intercepted most of them.", "missiles_launched 10")]
    [InlineData("en", "Five drones were launched at the city and hit a power plant.", "drones_launched 5")]
    public void ADowningVerbConjoinedToTheLaunch_DownsTheSameWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Six people were killed in a strike on the town on Monday, the 10th attack on the town this month.", "killed 6 event")]
    [InlineData("en", "Three civilians were killed in a drone attack on Horlivka, the mayor said, the 15th such attack in a week.", "killed 3 event")]
    [InlineData("en", "At least 40 people were killed in the second RSF attack on the Kabkabiya market in a month.", "killed 40 event")]
    [InlineData("fr", "Quatre personnes ont été tuées lundi dans la 10e attaque contre la ville ce mois-ci.", "killed 4 event")]
    [InlineData("en", "At least 50 people have been killed in the city this month, the 10th month of the siege.", "killed 50 cumulative")]
    public void AnOrdinalInDigits_RanksTheAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Three people were killed in Kharkiv, the governor said. Most read: 1. Russia fires 300 drones at Kyiv 2. Toll in Gaza passes 60,000 3. Sudan: 40 killed in market strike", "killed 3")]
    [InlineData("en", "Four people were killed in Kharkiv. The strike hit a school at 2. Two more died later.", "killed 4; killed 2")]
    public void ANumberedListOfLinksRunIntoOneLine_IsNoText(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry said nine people were killed — five men, three women and a child — and four others were wounded.", "killed 9; killed 5; killed 3; injured 4")]
    [InlineData("en", "Nine people were killed (five men, three women and a child) and two others were wounded.", "killed 9; killed 5; killed 3; injured 2")]
    [InlineData("en", "The mission verified 1,724 civilians killed and 4,012 injured, among them 411 women and 96 children killed.", "killed 1724; injured 4012; killed 411; killed 96")]
    [InlineData("en", "At least 15 people were killed, including five children, and 20 wounded.", "killed 15 at_least; killed 5; injured 20")]
    [InlineData("id", "Serangan itu menewaskan 11 orang, termasuk lima anak-anak, dan menyebabkan 30 lainnya terluka.", "killed 11; killed 5; injured 30")]
    public void ABreakdownSetOff_KeepsTheKindOfItsWholeOrOfItsOwnVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Ten of the injured have since died in hospital, bringing the toll from the strike to 28.", "killed 10 event; killed 28 event")]
    [InlineData("en", "Two of the wounded later died.", "killed 2 event")]
    public void WoundedWhoHaveSinceDied_AreKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "An earlier version of this story said 16 people were killed in Odesa. The correct figure is 15.", "killed 16; killed 15")]
    [InlineData("fr", "Une version précédente indiquait que 16 personnes avaient été tuées à Odessa. Le bon chiffre est de 15.", "killed 16; killed 15")]
    [InlineData("es", "Una versión anterior decía que 16 personas murieron en Odesa. La cifra correcta es 15.", "killed 16; killed 15")]
    [InlineData("de", "Zuvor hieß es, 16 Menschen seien in Odessa getötet worden. Die richtige Zahl ist 15.", "killed 16; killed 15")]
    [InlineData("en", "The death toll rose to four, while 24 others remain in hospital.", "killed 4; injured 24")]
    [InlineData("en", "Five doctors were killed in a strike on a hospital.", "killed 5")]
    public void ACorrectedFigureAndPeopleStillInHospital_AreRead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Most of the civilian deaths this month were in Donetsk region (57), followed by Kharkiv (24) and Zaporizhzhia (13).", "killed 57; killed 24; killed 13")]
    [InlineData("en", "Injuries were highest in Kharkiv (40) and Kherson (31).", "injured 40; injured 31")]
    [InlineData("en", "Ivan Petrenko (45) and Olga Petrenko (43) were killed in the strike.", "")]
    public void BareCountsInParenthesesAfterNames_CountTheCasualtyWordBeforeThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Eight people were killed in the strike. One of the dead was a journalist, the agency said.", "killed 8")]
    [InlineData("en", "One of the injured died in hospital on Sunday.", "killed 1")]
    [InlineData("en", "Two of the dead were children.", "killed 2")]
    [InlineData("en", "Officials lowered the death toll to 11 from 14, saying three bodies had been counted twice.", "killed 11; killed 14")]
    [InlineData("de", "Die Zahl der Toten wurde auf 11 von 14 gesenkt, da drei Leichen doppelt gezählt worden seien.", "killed 11; killed 14")]
    [InlineData("en", "Rescuers recovered three bodies from the rubble.", "killed 3")]
    public void OneSingledOutOfTheVictimsAndBodiesCountedTwice_AreNoFigures(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry said 29 drones were destroyed overnight, 11 of them over Bryansk region and seven over Kursk region.", "drones_downed 29; drones_downed 11; drones_downed 7")]
    [InlineData("en", "Russia launched 50 drones, 30 of which were shot down.", "drones_launched 50; drones_downed 30")]
    [InlineData("en", "Russia launched 50 drones overnight, 12 of them hit energy sites.", "drones_launched 50")]
    public void APartAfterAWeaponsFigureWithOfThemAfterIt_CountsAsTheFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
