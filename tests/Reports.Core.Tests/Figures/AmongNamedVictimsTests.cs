namespace Reports.Core.Tests.Figures;

/// <summary>
/// Sixteenth session, written for these tests (no evaluation text): a clause that opens with "among" and a casualty word
/// names the kind of its count even with a time or place phrase between them ("Among those killed on Monday were 11
/// children"); a number after a month's name is a count where dates put the day first (data <c>dayFirst</c>); Persian
/// drones lost ("مفقود شدند", to "جنگ الکترونیک") are downed; "جان N نفر را گرفت" (took the lives of N) is killed.
/// </summary>
public sealed class AmongNamedVictimsTests
{
    [Theory]
    [InlineData("en", "Officials said 38 people were killed and 112 wounded. Among those killed on Monday were 11 children and seven women.", "killed 38; injured 112; killed 11; killed 7")]
    [InlineData("en", "Officials said 38 people were killed and 112 wounded. Among the wounded in Odesa were 20 children.", "killed 38; injured 112; injured 20")]
    [InlineData("vi", "Bộ Y tế cho biết 38 người thiệt mạng và 112 người bị thương. Trong số những người thiệt mạng hôm qua có 11 trẻ em và 7 phụ nữ.", "killed 38; injured 112; killed 11; killed 7")]
    [InlineData("id", "Kementerian menyatakan 38 orang tewas dan 112 orang terluka. Di antara korban tewas hari Senin terdapat 11 anak-anak.", "killed 38; injured 112; killed 11")]
    [InlineData("fa", "وزارت بهداشت اعلام کرد ۳۸ نفر کشته و ۱۱۲ نفر زخمی شدند. در میان کشته‌شدگان دیروز ۱۱ کودک و ۷ زن هستند.", "killed 38; injured 112; killed 11; killed 7")]
    [InlineData("fa", "وزارت بهداشت اعلام کرد ۳۸ نفر کشته و ۱۱۲ نفر زخمی شدند. در میان زخمی‌ها در غزه ۲۰ کودک هستند.", "killed 38; injured 112; injured 20")]
    // Negatives: "among" that opens no casualty phrase, and a count with its own verb or weapon.
    [InlineData("en", "Among the towns hit on Monday were 11 villages in Sumy region.", "")]
    [InlineData("en", "Among those killed on Monday, 14 drones were shot down over Kyiv.", "drones_downed 14")]
    [InlineData("vi", "Trong số các địa phương bị tấn công hôm qua có 11 ngôi làng.", "")]
    public void AmongTheVictims_WithATimeOrPlaceBetween_NamesTheKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "سازمان ملل اعلام کرد در ماه اکتبر ۱۲ غیرنظامی در خارکیف کشته شدند.", "killed 12")]
    [InlineData("id", "PBB menyatakan pada bulan Oktober 12 warga sipil tewas di Kharkiv.", "killed 12")]
    // Negatives: the day still comes first ("۱۲ اکتبر", "12 Oktober"), and English "October 12" is a date.
    [InlineData("fa", "در حمله ۱۲ اکتبر به خارکیف ۵ نفر کشته شدند.", "killed 5")]
    [InlineData("id", "Serangan pada 12 Oktober di Kharkiv menewaskan 5 orang.", "killed 5")]
    [InlineData("en", "The strike on October 12 killed five people in Kharkiv.", "killed 5")]
    public void ANumberAfterAMonth_IsACount_WhereTheDayComesFirst(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "پدافند هوایی ۶۲ پهپاد را سرنگون کرد و ۳۰ پهپاد دیگر به دلیل جنگ الکترونیک مفقود شدند.", "drones_downed 62; drones_downed 30")]
    [InlineData("fa", "روسیه ۸۰ پهپاد شلیک کرد که ۵۰ فروند سرنگون شد و ۲۵ فروند مفقود شدند.", "drones_launched 80; drones_downed 50; drones_downed 25")]
    // Negative: people missing are no figure.
    [InlineData("fa", "در این حمله ۵ نفر کشته و ۱۰ نفر مفقود شدند.", "killed 5")]
    public void PersianDronesLost_AreDowned(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "حمله موشکی روسیه به شهر خارکیف جان ۷ نفر را گرفت و ۲۰ نفر زخمی شدند.", "killed 7; injured 20")]
    [InlineData("fa", "انفجار در بازار جان دست‌کم ۱۲ غیرنظامی را گرفت.", "killed 12 at_least")]
    // Negative: lives saved are no toll.
    [InlineData("fa", "امدادگران جان ۱۲ نفر را نجات دادند.", "")]
    public void PersianTookTheLivesOf_IsKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Tim penyelamat mengevakuasi 14 jenazah dari reruntuhan gedung.", "killed 14")]
    [InlineData("en", "Rescuers evacuated 14 bodies from the rubble.", "killed 14")]
    // Negative: people evacuated are no casualties.
    [InlineData("id", "Tim penyelamat mengevakuasi 140 warga dari gedung itu.", "")]
    public void BodiesEvacuated_AreKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Secara keseluruhan, 410 orang terluka sejak Senin.", "injured 410 cumulative")]
    [InlineData("id", "Serangan itu melukai 41 orang pada hari Senin.", "injured 41 event")]
    public void Overall_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Last week, Russia launched more than 1,200 drones and nearly 40 missiles at Ukraine.", "drones_launched 1200 cumulative; missiles_launched 40 cumulative")]
    [InlineData("vi", "Tuần trước, Nga đã phóng hơn 1.200 UAV và gần 40 tên lửa vào Ukraine.", "drones_launched 1200 cumulative; missiles_launched 40 cumulative")]
    [InlineData("fa", "هفته گذشته روسیه بیش از ۱۲۰۰ پهپاد به سوی اوکراین شلیک کرد.", "drones_launched 1200 cumulative")]
    // Negatives: last week's one attack stays an event.
    [InlineData("en", "Last week, a Russian missile strike on Dnipro killed five people.", "killed 5 event")]
    [InlineData("vi", "Tuần trước, một cuộc tấn công tên lửa vào Dnipro làm 5 người chết.", "killed 5 event")]
    [InlineData("fa", "هفته گذشته حمله موشکی روسیه به دنیپرو ۵ نفر را کشت.", "killed 5 event")]
    public void LastWeek_IsTheWeeksTotal_UnlessItDatesOneAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
