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
}
