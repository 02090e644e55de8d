namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-fifth session, written for these tests (no evaluation text): spelled numbers whose blocks were added or
/// multiplied wrongly — a word of whole hundreds or thousands ("seratus", "seribu") is a block that later words add to,
/// and a multiplier larger than everything read since the last scale ("mil", "mille", "ألف") multiplies all of it.
/// </summary>
public sealed class LeadTwentyFifthTests
{
    [Theory]
    [InlineData("id", "Seratus empat puluh tiga orang terluka dalam serangan itu pada Senin.", "injured 143")]
    [InlineData("id", "Seribu dua ratus orang tewas dalam serangan itu pada Senin.", "killed 1200")]
    [InlineData("ar", "قتل مئة ألف شخص منذ بداية الحرب.", "killed 100000")]
    [InlineData("ar", "قتل خمسمئة ألف شخص منذ بداية الحرب.", "killed 500000")]
    [InlineData("fr", "Deux cent cinquante mille personnes ont été tuées depuis le début de la guerre.", "killed 250000")]
    [InlineData("fr", "Cent mille personnes ont été tuées depuis le début de la guerre.", "killed 100000")]
    [InlineData("fr", "Deux mille cinq cents personnes ont été tuées depuis le début de la guerre.", "killed 2500")]
    [InlineData("es", "Ciento cincuenta mil personas murieron desde el inicio de la guerra.", "killed 150000")]
    [InlineData("es", "Dos mil trescientas personas murieron desde el inicio de la guerra.", "killed 2300")]
    [InlineData("ru", "С начала войны погибли две тысячи сто человек.", "killed 2100")]
    [InlineData("vi", "Một trăm bốn mươi ba người thiệt mạng kể từ đầu cuộc chiến.", "killed 143")]
    [InlineData("en", "One thousand five hundred people have been killed since the war began.", "killed 1500")]
    [InlineData("fa", "سیصد و پنجاه هزار نفر از آغاز جنگ کشته شده‌اند.", "killed 350000")]
    public void SpelledNumbers_BlocksAddAndMultiplyInOrder(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
