namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-fourth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentyFourthTests
{
    [Theory]
    // A time in a concessive phrase after the count ("despite the ceasefire in force since …") dates the thing conceded.
    [InlineData("en", "Four people were killed in Israeli strikes on the south of Lebanon despite the truce that has held since 27 November.", "killed 4 event")]
    [InlineData("fr", "Trois personnes ont été tuées par des frappes israéliennes dans le sud du Liban malgré la trêve en vigueur depuis le 27 novembre.", "killed 3 event")]
    [InlineData("es", "Cuatro personas murieron en bombardeos israelíes en el sur del Líbano, a pesar de la tregua vigente desde el 27 de noviembre.", "killed 4 event")]
    [InlineData("de", "Drei Menschen wurden bei israelischen Luftangriffen im Süden des Libanon getötet, trotz der seit dem 27. November geltenden Feuerpause.", "killed 3 event")]
    [InlineData("ru", "Четыре человека погибли при израильских ударах по югу Ливана, несмотря на режим прекращения огня, действующий с 27 ноября.", "killed 4 event")]
    [InlineData("uk", "Троє людей загинули через ізраїльські удари по півдню Лівану попри перемир'я, яке діє з 27 листопада.", "killed 3 event")]
    [InlineData("ar", "قتل أربعة أشخاص في غارات إسرائيلية على جنوب لبنان رغم الهدنة السارية منذ 27 نوفمبر.", "killed 4 event")]
    [InlineData("id", "Empat orang tewas dalam serangan Israel di Lebanon selatan, meskipun gencatan senjata berlaku sejak 27 November.", "killed 4 event")]
    [InlineData("vi", "Bốn người thiệt mạng trong các cuộc không kích của Israel ở miền nam Liban, bất chấp lệnh ngừng bắn có hiệu lực kể từ ngày 27/11.", "killed 4 event")]
    [InlineData("fa", "چهار نفر در حملات اسرائیل به جنوب لبنان کشته شدند، با وجود آتش‌بسی که از ۲۷ نوامبر برقرار است.", "killed 4 event")]
    // Negatives: a running total whose own time stands outside the concessive phrase, or after it, stays one.
    [InlineData("en", "Despite the truce, 120 people have been killed in southern Lebanon since 27 November.", "killed 120 cumulative")]
    [InlineData("es", "Pese a la tregua, desde el 27 de noviembre han muerto 120 personas en el sur del Líbano.", "killed 120 cumulative")]
    [InlineData("fr", "Depuis le 27 novembre, malgré la trêve, 120 personnes ont été tuées dans le sud du Liban.", "killed 120 cumulative")]
    public void ConcessivePhrase_TimeIsNotTheCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
