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

    [Theory]
    [InlineData("en", "Air strikes killed civilians at a growing pace in the second quarter: 212 in April, 247 in May and 305 in June.", "killed 212 cumulative; killed 247 cumulative; killed 305 cumulative")]
    [InlineData("en", "Strikes killed civilians across the north on Sunday: 12 in Kharkiv, 7 in Sumy and 3 in Kherson.", "killed 12 event; killed 7 event; killed 3 event")]
    [InlineData("fr", "Les frappes ont tué des civils au deuxième trimestre : 212 en avril, 247 en mai et 305 en juin.", "killed 212 cumulative; killed 247 cumulative; killed 305 cumulative")]
    [InlineData("es", "Los ataques mataron a civiles en el norte el domingo: 12 en Járkov, 7 en Sumy y 3 en Jersón.", "killed 12 event; killed 7 event; killed 3 event")]
    [InlineData("de", "Die Angriffe töteten Zivilisten im Norden am Sonntag: 12 in Charkiw, 7 in Sumy und 3 in Cherson.", "killed 12 event; killed 7 event; killed 3 event")]
    [InlineData("id", "Serangan udara menewaskan warga sipil di berbagai daerah pada Minggu: 12 di Kharkiv, 7 di Sumy dan 3 di Kherson.", "killed 12 event; killed 7 event; killed 3 event")]
    // Negatives: items with a predicate of their own; an attribution's comma before the colon.
    [InlineData("en", "Strikes killed civilians across the region on Sunday: 40 fled to Poland.", "")]
    [InlineData("en", "The strikes killed civilians across the region, officials said: 40 in Kharkiv.", "")]
    public void ACasualtyVerbWithNoCount_NamesTheColonsGappedItems(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Shot down or suppressed: 81 drones; 2 missiles.", "drones_downed 81 exact; missiles_downed 2 exact")]
    [InlineData("uk", "Збито/подавлено: 81 БпЛА; 2 ракети.", "drones_downed 81 exact; missiles_downed 2 exact")]
    [InlineData("ru", "Сбиты: 81 беспилотник; 2 ракеты.", "drones_downed 81 exact; missiles_downed 2 exact")]
    [InlineData("vi", "Bị bắn hạ: 81 UAV; 2 tên lửa.", "drones_downed 81 exact; missiles_downed 2 exact")]
    // Negatives: a second label of its own; an item with its own verb.
    [InlineData("en", "Launched: 90 drones; shot down: 81 drones.", "drones_launched 90 exact; drones_downed 81 exact")]
    [InlineData("en", "Shot down: 81 drones; 6 missiles were launched from Kursk.", "drones_downed 81 exact; missiles_launched 6 exact")]
    public void ALabelsVerb_GovernsTheItemsItsSemicolonsSeparate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Civilian deaths fell from 164 people in March to 134 in April, the mission said.", "killed 164 cumulative; killed 134 cumulative")]
    [InlineData("fa", "شمار غیرنظامیان کشته‌شده از ۱۶۴ نفر در ماه مارس به ۱۳۴ نفر در ماه آوریل کاهش یافت.", "killed 164 cumulative; killed 134 cumulative")]
    [InlineData("id", "Jumlah warga sipil yang tewas turun dari 164 orang pada Maret menjadi 134 pada April.", "killed 164 cumulative; killed 134 cumulative")]
    public void AChangesOldValue_MayKeepItsNounBeforeItsTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
