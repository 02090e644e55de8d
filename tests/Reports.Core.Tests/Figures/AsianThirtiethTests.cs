namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirtieth session, asian helper, written for these tests (no evaluation text): Persian solar months and the Hijri
/// year after a month's name ("از مرداد ۱۴۰۳", "روز ۱۶ آذر"); related stories' headlines after an arrow bullet (">>", "►");
/// a weak "one" as a part inside its whole's phrase ("Năm người, trong đó có một trẻ em, đã thiệt mạng") and before "of"
/// and people ("یکی از سربازانش … کشته شد"); a fronted time of each period set off by a comma ("Mỗi tháng, …") is a rate;
/// id "tewas atau luka" is one combined count.
/// </summary>
public sealed class AsianThirtiethTests
{
    [Theory]
    [InlineData("fa", "بیش از ۴۰۰ غیرنظامی از مرداد ۱۴۰۳ تاکنون در این استان جان باخته‌اند.", "killed 400 more_than")]
    [InlineData("fa", "از ۱۲ آبان ۱۴۰۴ تاکنون ۳۵ نفر در این شهر کشته شده‌اند.", "killed 35")]
    [InlineData("fa", "در تیر ۱۴۰۴ دست‌کم ۲۰ نفر در حمله به این زندان کشته شدند.", "killed 20 at_least")]
    [InlineData("fa", "از آذرماه ۱۴۰۳ تاکنون ۸۰ نفر کشته شده‌اند.", "killed 80")]
    // Negatives: a count after a month without a year still counts; "تیر" (a shot) with no day or year is no month.
    [InlineData("fa", "در مرداد ۱۵۰ نفر در این استان کشته شدند.", "killed 150")]
    [InlineData("fa", "او با شلیک تیر مستقیم کشته شد و ۳ نفر دیگر زخمی شدند.", "injured 3")]
    public void AHijriYearAfterAMonthIsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "در حمله روز ۱۶ آذر به کی‌یف ۱۲ نفر کشته شدند.", "killed 12 event")]
    [InlineData("fa", "در حمله روز ۱۶ اکتبر به خارکیف ۹ نفر کشته شدند.", "killed 9 event")]
    [InlineData("fa", "در حمله روز ۳ تیر به زندان اوین ۷۹ نفر کشته شدند.", "killed 79 event")]
    // Negatives: a span of days before the count stays a running total; a solar month without a day frames a period.
    [InlineData("fa", "در حملات روز ۱۶ به خارکیف ۹ نفر کشته شدند.", "killed 9 cumulative")]
    [InlineData("fa", "در آذر ۴۰ غیرنظامی در استان خرسون کشته شدند.", "killed 40 cumulative")]
    public void ADayNumberBeforeAMonthsNameIsADate(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Hai bên sẽ nối lại đàm phán vào tuần tới.\n>> Nga tập kích Kharkiv bằng 120 UAV, 9 người thiệt mạng", "")]
    [InlineData("id", "Perundingan dilanjutkan pekan depan.\n>> Serangan drone Rusia di Odesa tewaskan 6 orang", "")]
    [InlineData("fa", "مذاکرات هفته آینده ادامه می‌یابد.\n» حمله پهپادی روسیه به اودسا؛ ۶ نفر کشته شدند", "")]
    [InlineData("en", "Talks resume next week.\n► Russian drones hit Odesa, 6 killed", "")]
    [InlineData("uk", "Переговори продовжаться наступного тижня.\n▶ Росія атакувала Одесу 60 дронами", "")]
    // Negatives: a sentence after the arrow (it ends with a full stop) is the article's; a German quotation opened by "»".
    [InlineData("vi", "► 12 người thiệt mạng trong vụ tấn công vào Kharkiv đêm qua.", "killed 12")]
    [InlineData("en", "► Russia launched 80 drones overnight, and 70 were shot down.", "drones_launched 80; drones_downed 70")]
    [InlineData("de", "»Wir haben 12 Tote gezählt«, sagte der Bürgermeister von Charkiw.", "killed 12")]
    public void AnArrowBulletBeforeAHeadlineLinksAnotherStory(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Năm người, trong đó có một trẻ em, đã thiệt mạng khi UAV tấn công một chiếc ô tô ở Nabatieh.", "killed 5; killed 1")]
    [InlineData("id", "Lima orang, termasuk seorang anak, tewas ketika drone menghantam sebuah mobil di Nabatieh.", "killed 5; killed 1")]
    [InlineData("fa", "پنج نفر، از جمله یک کودک، در حمله پهپادی به خودرویی در نبطیه کشته شدند.", "killed 5; killed 1")]
    [InlineData("fr", "Cinq personnes, dont un enfant, ont été tuées dans une frappe sur Nabatieh.", "killed 5; killed 1")]
    // Negatives: after the predicate the weak one names a victim; English "a" is no number.
    [InlineData("vi", "Năm người đã thiệt mạng, trong đó có một trẻ em.", "killed 5")]
    [InlineData("id", "Lima orang tewas, termasuk seorang anak.", "killed 5")]
    [InlineData("en", "Five people, including a child, were killed in the strike.", "killed 5")]
    public void AWeakOneInsideItsWholesPhraseIsAPart(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "ارتش اسرائیل اعلام کرد یکی از سربازانش در جریان درگیری در رفح کشته شد.", "killed 1")]
    [InlineData("fa", "یکی از این سربازان در انفجار مین زخمی شد.", "injured 1")]
    [InlineData("vi", "Một trong số các binh sĩ đã thiệt mạng trong giao tranh ở Rafah.", "killed 1")]
    [InlineData("id", "Militer Israel mengumumkan seorang tentaranya tewas, sehingga jumlah tentara yang tewas menjadi 480 orang.", "killed 1; killed 480")]
    // Negatives: one of the victims singled out, one of the deadliest attacks.
    [InlineData("fa", "یکی از قربانیان ۷۲ ساله بود.", "")]
    [InlineData("fa", "یکی از مرگبارترین حملات بود که ۲۰ کشته داشت.", "killed 20")]
    [InlineData("vi", "Đây là một trong những vụ tấn công đẫm máu nhất, làm 20 người chết.", "killed 20")]
    public void AWeakOneBeforeOfAndPeopleIsOneOfThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Mỗi tháng, hai bên sử dụng khoảng 80.000 UAV trên chiến trường.", "")]
    [InlineData("en", "Every month, Russia launches about 5,000 drones at Ukraine.", "")]
    [InlineData("id", "Setiap bulan, Rusia menggunakan sekitar 6.000 drone Shahed.", "")]
    [InlineData("fa", "روسیه هر ماه حدود ۶ هزار پهپاد شاهد به سوی اوکراین شلیک می‌کند.", "")]
    // Negatives: "every night" before the subject without a comma counts what a night brings; a day's date stays.
    [InlineData("en", "Every night Russia launched 300 drones at the city.", "drones_launched 300")]
    [InlineData("vi", "Mỗi đêm Nga phóng hơn 100 UAV vào Ukraine.", "drones_launched 100 more_than")]
    [InlineData("en", "On Monday, Russia launched 80 drones at Ukraine.", "drones_launched 80")]
    public void AFrontedTimeOfEachPeriodIsARate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Lebih dari 1.000 tentara Korea Utara menjadi korban tewas atau luka di Kursk.", "casualties 1000 more_than")]
    [InlineData("id", "Sekitar 300 orang tewas atau luka dalam pertempuran itu.", "casualties 300 about")]
    // Negative: the dead and the wounded told apart stay apart.
    [InlineData("id", "Sebanyak 12 orang tewas dan 30 lainnya luka-luka.", "killed 12; injured 30")]
    public void DeadOrWoundedIsOneCombinedCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
