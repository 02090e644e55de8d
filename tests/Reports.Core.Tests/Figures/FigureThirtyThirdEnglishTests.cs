namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-third session, English probes of our own (part pairs, earlier values, bodies, lists sharing one qualifier).
/// Sentences written for these tests.
/// </summary>
public sealed class FigureThirtyThirdEnglishTests
{
    [Theory]
    [InlineData("en", "Air defences shot down 26 drones out of 28 and two missiles over the south overnight.", "drones_downed 26; drones_launched 28; missiles_downed 2")]
    [InlineData("en", "Air defences destroyed 26 drones out of 28 overnight.", "drones_downed 26; drones_launched 28")]
    [InlineData("es", "La defensa aérea derribó 26 drones de un total de 28 y dos misiles.", "drones_downed 26; drones_launched 28; missiles_downed 2")]
    [InlineData("vi", "Lực lượng phòng không đã bắn hạ 26 UAV trong số 28 và hai tên lửa.", "drones_downed 26; drones_launched 28; missiles_downed 2")]
    // Negatives: a whole that names its own noun keeps it, and a part pair of missiles stays missiles.
    [InlineData("en", "Air defences shot down 26 drones out of 28 drones and missiles.", "drones_downed 26; drones_launched 28")]
    [InlineData("en", "Air defences shot down 9 missiles out of 11 and 32 drones.", "missiles_downed 9; missiles_launched 11; drones_downed 32")]
    public void ABareWholeAfterAPartsNoun_IsThatWeaponsLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry said 1,060 people were killed in the strikes, up from an earlier figure of 610.", "killed 1060; killed 610")]
    [InlineData("en", "The death toll rose to 23, up from a previous figure of 19.", "killed 23; killed 19")]
    [InlineData("en", "The number of wounded rose to 40, from an initial figure of 25.", "injured 40; injured 25")]
    // Negative: a figure of something else is no earlier value.
    [InlineData("en", "The death toll rose to 23; the previous figure of 19 homes damaged was revised.", "killed 23")]
    public void AnEarlierFigureWithAnIndefiniteArticle_RestatesTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The hospital received 12 bodies, including two recovered from the rubble, over the past day.", "killed 12; killed 2")]
    [InlineData("en", "The ministry said 41 people were killed, including six pulled from under the rubble.", "killed 41; killed 6")]
    [InlineData("es", "Los hospitales recibieron 12 cadáveres, entre ellos dos rescatados de los escombros.", "killed 12; killed 2")]
    // Negatives: a count larger than the figure before is no part of it, and a noun of its own keeps its reading.
    [InlineData("en", "Russian strikes killed 12 people, including 20 sent to hospital.", "killed 12")]
    [InlineData("en", "The attack killed 12 people, including three children.", "killed 12; killed 3")]
    public void ABareCountAfterIncludingWithAParticiple_IsAPartOfTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russian air defences shot down four U.S.-made ATACMS missiles and 31 drones over the Belgorod region.", "missiles_downed 4; drones_downed 31")]
    [InlineData("en", "Russian air defences shot down four U.S.-made missiles.", "missiles_downed 4")]
    [InlineData("en", "Ukraine fired six U.S.-supplied ATACMS missiles at the region, five of which were shot down.", "missiles_launched 6; missiles_downed 5")]
    // Negative: weapons received stay no figure, with or without the abbreviation.
    [InlineData("en", "Ukraine received 40 U.S.-made missiles last month.", "")]
    public void AnAbbreviationsCompoundBeforeTheWeaponNoun_IsNoWordBetween(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The U.S. Navy fired about 120 SM-2 missiles, 80 SM-6 and 20 SM-3 since late 2023.", "missiles_launched 120 cumulative; missiles_launched 80 cumulative; missiles_launched 20 cumulative")]
    [InlineData("en", "The navy has fired 90 SM-2 missiles and 40 SM-6 since October 2023.", "missiles_launched 90 cumulative; missiles_launched 40 cumulative")]
    // Negatives: an item after a time of the first item's own keeps its own, and a list with no time stays one event.
    [InlineData("en", "Russia launched 40 drones overnight, and 1,200 since the start of the month.", "drones_launched 40 event; drones_launched 1200 cumulative")]
    [InlineData("en", "The destroyer fired 12 SM-2 missiles, 4 SM-6 and 2 SM-3 on Tuesday.", "missiles_launched 12 event; missiles_launched 4 event; missiles_launched 2 event")]
    public void AListsItemsAfterTheFirst_ShareTheListsClosingTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
