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

    [Theory]
    [InlineData("vi", "Phái bộ cho biết hôm thứ Ba rằng ít nhất 164 dân thường đã thiệt mạng và 823 người bị thương trong tháng 10.", "killed 164 cumulative; injured 823 cumulative")]
    [InlineData("vi", "Phái bộ cho biết vào thứ Ba là 57 dân thường đã thiệt mạng từ đầu năm.", "killed 57 cumulative")]
    [InlineData("vi", "Phái bộ thông báo hôm thứ Ba rằng 57 dân thường đã thiệt mạng từ đầu năm.", "killed 57 cumulative")]
    // Negative: the day of the strike itself, after the count.
    [InlineData("vi", "Chính quyền cho biết 3 người thiệt mạng trong vụ không kích hôm thứ Ba.", "killed 3 event")]
    public void TheDayOfAStatement_DatesNoFigure_WhenTheVerbEndsInAFunctionWord(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
