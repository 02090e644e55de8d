namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirtieth session, English probes of our own (merged wire updates, live pages, long reads, regional outlets, explainers,
/// NGO statements, UN and ministry round-ups), each class checked in the other languages where it applies. Sentences
/// written for these tests.
/// </summary>
public sealed class FigureThirtiethEnglishTests
{
    [Theory]
    [InlineData("en", "The army said 11 terrorists were killed in a follow-up raid.", "killed 11")]
    [InlineData("en", "Nine extremists and three soldiers died in the clash.", "killed 9; killed 3")]
    [InlineData("fr", "Onze terroristes ont été tués lors du raid.", "killed 11")]
    [InlineData("de", "Elf Terroristen wurden bei dem Einsatz getötet.", "killed 11")]
    [InlineData("es", "Once terroristas murieron en la operación.", "killed 11")]
    [InlineData("ru", "В ходе операции были убиты 11 террористов.", "killed 11")]
    [InlineData("uk", "Під час операції було вбито 11 терористів.", "killed 11")]
    [InlineData("id", "Sebanyak 11 teroris tewas dalam operasi itu.", "killed 11")]
    [InlineData("fa", "۱۱ تروریست در این عملیات کشته شدند.", "killed 11")]
    [InlineData("vi", "11 kẻ khủng bố đã thiệt mạng trong chiến dịch.", "killed 11")]
    // Negatives: a terror attack is still an attack (its count is none); the attack words still name one attack.
    [InlineData("en", "There were 4 terror attacks in the province last month.", "")]
    [InlineData("ru", "В результате террористического акта погибли 5 человек.", "killed 5")]
    public void FightersOfAnArmedGroup_ArePeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "This week, 12 civilians were killed and 47 injured in the region, against 9 and 31 last week.", "killed 12 cumulative; injured 47 cumulative; killed 9 cumulative; injured 31 cumulative")]
    [InlineData("ru", "На этой неделе погибли 12 мирных жителей и 47 получили ранения, против 9 и 31 на прошлой неделе.", "killed 12 cumulative; injured 47 cumulative; killed 9 cumulative; injured 31 cumulative")]
    [InlineData("de", "In dieser Woche wurden 12 Zivilisten getötet und 47 verletzt, gegenüber 9 und 31 in der Vorwoche.", "killed 12 cumulative; injured 47 cumulative; killed 9 cumulative; injured 31 cumulative")]
    [InlineData("es", "Esta semana murieron 12 civiles y 47 resultaron heridos, frente a 9 y 31 la semana pasada.", "killed 12 cumulative; injured 47 cumulative; killed 9 cumulative; injured 31 cumulative")]
    [InlineData("fr", "Cette semaine, 12 civils ont été tués et 47 blessés, contre 9 et 31 la semaine dernière.", "killed 12 cumulative; injured 47 cumulative; killed 9 cumulative; injured 31 cumulative")]
    // Negative: a range of days before a named month stays dates.
    [InlineData("en", "Between 1 and 31 May, 40 civilians were killed in the region.", "killed 40 cumulative")]
    public void TwoCountsBeforeARelativePeriod_AreNoRangeOfDays(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "In November Russia launched 4,210 drones and 188 missiles at Ukraine. Air defence destroyed 3,690 and 131 respectively.", "drones_launched 4210; missiles_launched 188; drones_downed 3690; missiles_downed 131")]
    [InlineData("en", "In November Russia launched 188 missiles and 4,210 drones at Ukraine. Air defence destroyed 131 and 3,690 respectively.", "missiles_launched 188; drones_launched 4210; missiles_downed 131; drones_downed 3690")]
    [InlineData("en", "Russia launched 90 drones and 12 missiles overnight. Of these, 72 and 9 respectively were shot down.", "drones_launched 90; missiles_launched 12; drones_downed 72; missiles_downed 9")]
    // Negative: with one weapon count before, the list has no places to take; the nearest weapon stays.
    [InlineData("en", "Russia launched 90 drones overnight. Air defence destroyed 72 and 9 respectively over Kyiv and Odesa.", "drones_launched 90; drones_downed 72; drones_downed 9")]
    public void ARespectiveListAfterTheSentenceOfItsWeapons_TakesThemInOrder(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Lithuania orders 5,000 FPV drones for its army.", "")]
    [InlineData("en", "Lithuania is ordering 5,000 FPV drones from local firms.", "")]
    // Negative: an order of other things beside an attack keeps the attack's weapons.
    [InlineData("en", "Putin orders strikes; Russia launches 90 drones at Ukraine.", "drones_launched 90")]
    public void WeaponsOrdered_AreNoLaunch(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
