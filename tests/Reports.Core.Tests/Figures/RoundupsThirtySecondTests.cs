namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-second session, roundups helper, written for these tests (no evaluation text): statistical round-ups that list
/// the parts of a toll by sex and age under one predicate ("19 men, 11 women, 7 boys and 5 girls").
/// </summary>
public sealed class RoundupsThirtySecondTests
{
    [Theory]
    [InlineData("fa", "حملات هوایی روز شنبه ۱۴ مرد، ۸ زن، ۶ پسر و ۳ دختر را کشت.", "killed 14 exact; killed 8 exact; killed 6 exact; killed 3 exact")]
    [InlineData("ar", "أسفرت الغارات يوم السبت عن مقتل 14 رجلا و8 نساء و6 فتيان و3 فتيات.", "killed 14 exact; killed 8 exact; killed 6 exact; killed 3 exact")]
    [InlineData("ru", "Среди погибших — 14 мужчин, 8 женщин, 6 мальчиков и 3 девочки.", "killed 14 exact; killed 8 exact; killed 6 exact; killed 3 exact")]
    [InlineData("uk", "Серед загиблих — 14 чоловіків, 8 жінок, 6 хлопчиків і 3 дівчинки.", "killed 14 exact; killed 8 exact; killed 6 exact; killed 3 exact")]
    [InlineData("uk", "Серед поранених — 7 дівчат та 4 хлопці.", "injured 7 exact; injured 4 exact")]
    [InlineData("de", "Getötet wurden 14 Männer, 8 Frauen, 6 Jungen und 3 Mädchen.", "killed 14 exact; killed 8 exact; killed 6 exact; killed 3 exact")]
    public void BoysAndGirls_ArePeopleOfTheList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
