namespace Reports.Core.Tests.Figures;

/// <summary>
/// "One of them" after a weapons count ("một trong số đó", "یکی از آنها", "một quả", "یک فروند"): a weak "one" with "of"
/// or a counting word right after it is a tally of the weapons named before; items of a part list marked "of them" keep
/// the list ("۳۰ فروند از آنها بر فراز بریانسک و ۲۰ فروند بر فراز کورسک"). Sentences written for these tests.
/// </summary>
public sealed class OneOfThemTests
{
    [Theory]
    [InlineData("vi", "Lực lượng Houthi đã phóng hai tên lửa về phía Israel, một trong số đó đã bị đánh chặn.", "missiles_launched 2; missiles_downed 1")]
    [InlineData("vi", "Lực lượng Houthi đã phóng hai tên lửa về phía Israel, một quả đã bị đánh chặn.", "missiles_launched 2; missiles_downed 1")]
    [InlineData("fa", "حوثی\u200cها دو موشک به سوی اسرائیل شلیک کردند که یکی از آنها رهگیری شد.", "missiles_launched 2; missiles_downed 1")]
    [InlineData("fa", "حوثی\u200cها دو موشک به سوی اسرائیل شلیک کردند که یک فروند از آنها رهگیری شد.", "missiles_launched 2; missiles_downed 1")]
    // Negatives: "one" with a counting word that counts something else (a car), or a spokesman, is no weapon.
    [InlineData("vi", "Một cuộc tấn công bằng UAV nhằm vào một chiếc ô tô ở Nabatieh khiến 3 người thiệt mạng.", "killed 3")]
    [InlineData("vi", "Một phát ngôn viên cho biết lực lượng này đã sử dụng 37 UAV.", "drones_launched 37")]
    public void OneOfTheWeapons_IsATallyOfOne(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "پدافند هوایی ۸۵ پهپاد را منهدم کرد که ۳۰ فروند از آنها بر فراز استان بریانسک و ۲۰ فروند بر فراز استان کورسک بودند.", "drones_downed 85; drones_downed 30; drones_downed 20")]
    [InlineData("en", "Air defences destroyed 85 drones, 30 of them over Bryansk region and 20 over Kursk region.", "drones_downed 85; drones_downed 30; drones_downed 20")]
    // Negative: "of" and a noun (not a pronoun) between the counts is a predicate of its own.
    [InlineData("en", "Air defences destroyed 85 drones; 30 of the pilots' targets and 20 bridges were hit.", "drones_downed 85")]
    public void PartsMarkedOfThem_StayOneList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
