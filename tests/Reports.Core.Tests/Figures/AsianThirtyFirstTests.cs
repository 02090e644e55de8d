namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-first session, asian helper, written for these tests (no evaluation text): a period without a day between one
/// attack's long head and its count ("Vụ tấn công … hồi tháng 3 năm ngoái đã làm …") dates that attack; a Persian earlier
/// value in parentheses ("(آمار قبلی ۱۲ نفر بود)") restates the toll; "ماه" before a month's name inside a month-by-month
/// list; weapons held ("در اختیار داشت", "punya") are no launches; a verb that closes the first weapons item's clause;
/// Persian "one of them" reads to its clause's final verb; an exceeding word inside a longer term ("siêu vượt âm"); more
/// bodies of another count keep the toll; people gathered to mourn.
/// </summary>
public sealed class AsianThirtyFirstTests
{
    [Theory]
    [InlineData("vi", "Vụ tấn công bằng tên lửa vào một nhà ga đông người ở thành phố Kramatorsk hồi tháng 4 năm ngoái đã làm 61 người thiệt mạng, trong đó có 5 trẻ em.", "killed 61 event; killed 5 event")]
    [InlineData("fa", "حمله پهپادی روسیه به یک ایستگاه قطار شلوغ در مرکز شهر کراماتورسک در آوریل سال گذشته ۶۱ کشته برجای گذاشت.", "killed 61 event")]
    [InlineData("id", "Serangan pada April tahun lalu itu menewaskan 61 orang, termasuk lima anak, dan melukai lebih dari 100 orang lainnya.", "killed 61 event; killed 5 event; injured 100 event")]
    // Negatives: plural attacks and a month with no attack head keep the period's total.
    [InlineData("vi", "Các cuộc tấn công bằng tên lửa vào các thành phố miền đông Ukraine hồi tháng 4 năm ngoái đã làm 61 người thiệt mạng.", "killed 61 cumulative")]
    [InlineData("id", "Pada April tahun lalu, 61 warga sipil tewas di wilayah Donetsk.", "killed 61 cumulative")]
    [InlineData("fa", "در آوریل سال گذشته ۶۱ غیرنظامی در استان دونتسک کشته شدند.", "killed 61 cumulative")]
    public void APeriodAfterOneAttacksLongHeadDatesThatAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "شمار کشته‌های حمله صبح امروز به بازار شهر به ۱۶ نفر رسید (آمار قبلی ۱۱ نفر بود).", "killed 16 event; killed 11 event")]
    [InlineData("fa", "شمار کشته‌های انفجار دیشب در بندر به ۹ نفر رسید؛ رقم قبلی ۷ نفر بود.", "killed 9 event; killed 7 event")]
    public void APersianEarlierValueRestatesTheToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "در ماه ژوئن ۹۰ غیرنظامی، در ماه ژوئیه ۱۱۲ غیرنظامی و در ماه اوت ۷۵ غیرنظامی در این استان کشته شدند.", "killed 90; killed 112; killed 75")]
    [InlineData("fa", "در ماه ژوئن ۹۰ نفر و در ماه ژوئیه ۱۱۲ نفر زخمی شدند.", "injured 90; injured 112")]
    public void AMonthsUnitBeforeItsNameJoinsTheList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "به برآورد کارشناسان، این گروه پیش از جنگ حدود ۶۰ هزار راکت و موشک در اختیار داشت.", "")]
    [InlineData("fa", "شبه‌نظامیان هنوز صدها پهپاد انتحاری در اختیار دارند.", "")]
    [InlineData("id", "Menurut intelijen, kelompok itu masih punya sekitar 3.000 rudal jarak pendek.", "")]
    // Negative: what was fired is still counted.
    [InlineData("fa", "این گروه شب گذشته ۲۰ موشک به سوی شهر شلیک کرد.", "missiles_launched 20")]
    public void WeaponsHeldAreNoLaunches(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "دشمن ۲۱۰ پهپاد و ۹ موشک پرتاب کرد و پدافند هوایی ۱۸۵ پهپاد و ۶ موشک را منهدم کرد.", "drones_launched 210; missiles_launched 9; drones_downed 185; missiles_downed 6")]
    [InlineData("en", "Russia launched 210 drones and nine missiles, and air defences destroyed 185 drones and six missiles.", "drones_launched 210; missiles_launched 9; drones_downed 185; missiles_downed 6")]
    // Negative: items of one list still share the verb after the last.
    [InlineData("fa", "پدافند هوایی ۱۸۵ پهپاد و ۶ موشک را منهدم کرد.", "drones_downed 185; missiles_downed 6")]
    public void AVerbClosesTheFirstItemsClause(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "چهار مسافر زخمی شدند که یکی از آنها صبح امروز در بیمارستان جان باخت.", "injured 4; killed 1")]
    [InlineData("fa", "دو امدادگر زخمی شدند و یکی از آنان ساعاتی بعد در بیمارستان جان سپرد.", "injured 2; killed 1")]
    // Negative: a bare count keeps the bare reach.
    [InlineData("fa", "۱۲ فروند از پهپادها در آسمان شمال این استان رهگیری شدند.", "drones_downed 12")]
    public void OneOfThemReadsToItsVerbFinalPredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Korban tewas naik menjadi 21 orang setelah tim SAR menemukan tiga jenazah lagi di bawah puing.", "killed 21")]
    [InlineData("id", "Jumlah korban tewas bertambah menjadi 21 orang setelah ditemukan tiga jenazah lagi.", "killed 21")]
    // Negative: the bodies' own "more" is still no figure of its own.
    [InlineData("vi", "Lực lượng cứu hộ tìm thấy thêm 3 thi thể, nâng số người thiệt mạng lên 21.", "killed 21")]
    public void MoreBodiesOfAnotherCountKeepTheToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Ratusan warga berkumpul di alun-alun untuk mengenang korban serangan rudal.", "")]
    [InlineData("fa", "صدها نفر روز جمعه در میدان شهر گرد هم آمدند تا یاد قربانیان را گرامی بدارند.", "")]
    // Negative: the dead counted before a gathering still count.
    [InlineData("id", "Serangan itu menewaskan 13 orang, dan ratusan warga berkumpul untuk mengenang mereka.", "killed 13")]
    public void PeopleGatheredToMournAreNoCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "به گفته سازمان ملل، ۲۵ غیرنظامی در روز در این منطقه کشته می‌شوند.", "")]
    [InlineData("fa", "روسیه ۱۲۰ پهپاد در روز به سوی اوکراین پرتاب می‌کند.", "")]
    // Negatives: "on the day of" a date, a weekday or the attack names that day.
    [InlineData("fa", "۲۵ نفر در روز ۱۶ آذر در این منطقه کشته شدند.", "killed 25")]
    [InlineData("fa", "۲۵ نفر در روز سه‌شنبه در این منطقه کشته شدند.", "killed 25")]
    [InlineData("fa", "۲۵ نفر در روز دوم حملات کشته شدند.", "killed 25")]
    public void APersianRatePerDayIsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Houthi cho biết đã phóng 3 tên lửa siêu vượt âm và 4 UAV vào Eilat.", "missiles_launched 3 exact; drones_launched 4 exact")]
    public void AHypersonicMissileIsNoQualifier(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
