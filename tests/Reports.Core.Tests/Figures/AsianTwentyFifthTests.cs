namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-fifth session, asian helper, written for these tests (no evaluation text): a weekday after a day word names the
/// day ("روز شنبه ۴ کشته", "pada hari Sabtu 4 orang tewas"), not a span of days; a breakdown by month may open with a
/// short label and a comma ("Cụ thể,", "Rinciannya,") and name the month after the count ("20 orang pada Agustus");
/// "total" between a casualty verb and its count ("menewaskan total empat orang") and a total of losses after "sehingga"
/// with a running-total phrase between ("sehingga total kerugian sejak awal invasi mencapai 760.000") are read.
/// </summary>
public sealed class AsianTwentyFifthTests
{
    [Theory]
    [InlineData("fa", "حمله موشکی روسیه به خارکیف در روز شنبه ۴ کشته و ۱۹ زخمی بر جای گذاشت.", "killed 4 event; injured 19 event")]
    [InlineData("id", "Serangan di Kharkiv pada hari Sabtu 4 orang tewas dan 19 orang terluka.", "killed 4 event; injured 19 event")]
    // Negative: a span of days before the count still frames a running total.
    [InlineData("id", "Dalam tiga hari 4 orang tewas dan 19 orang terluka.", "killed 4 cumulative; injured 19 cumulative")]
    public void AWeekdayAfterADayWordIsNoSpanOfDays(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "34 nhà báo đã thiệt mạng trong quý III. Cụ thể, tháng 7 có 12 người, tháng 8 có 9 người và tháng 9 có 13 người.",
        "killed 34 cumulative; killed 12 cumulative; killed 9 cumulative; killed 13 cumulative")]
    [InlineData("id", "Komite mencatat 45 jurnalis tewas selama tiga bulan terakhir. Rinciannya, 20 orang pada Agustus, 15 orang pada September, dan 10 orang pada Oktober.",
        "killed 45 cumulative; killed 20 cumulative; killed 15 cumulative; killed 10 cumulative")]
    [InlineData("id", "Komite mencatat 45 jurnalis tewas selama tiga bulan terakhir. Rinciannya: 20 orang pada Agustus, 15 orang pada September.",
        "killed 45 cumulative; killed 20 cumulative; killed 15 cumulative")]
    [InlineData("en", "The committee says 45 journalists were killed in the past three months. In detail, 20 people in August, 15 people in September and 10 people in October.",
        "killed 45 cumulative; killed 20 cumulative; killed 15 cumulative; killed 10 cumulative")]
    // Negatives: an opening adverb before people of another story, and "cụ" (an old man) as a victim.
    [InlineData("en", "Six people were killed in Kharkiv on Monday. Meanwhile, 20 people in Kyiv were evacuated in August.", "killed 6 event")]
    [InlineData("id", "Enam orang tewas di Kharkiv. Selain itu, 20 orang pada Agustus dievakuasi dari kota.", "killed 6 event")]
    [InlineData("vi", "Hai cụ già thiệt mạng ở Kherson hôm thứ Ba.", "killed 2 event")]
    public void ABreakdownByMonthMayOpenWithALabelAndAComma(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("id", "Penembakan Rusia di Nikopol menewaskan total empat orang dan melukai 19 orang.", "killed 4; injured 19")]
    [InlineData("id", "Pertahanan udara menembak jatuh total 30 drone Rusia semalam.", "drones_downed 30")]
    [InlineData("id", "Rusia kehilangan sekitar 1.200 personel dalam 24 jam terakhir, sehingga total kerugian sejak awal invasi mencapai 760.000 personel.",
        "casualties 1200 about; casualties 760000")]
    [InlineData("id", "Rusia kehilangan 1.200 personel kemarin, menjadikan total kerugian sejak Februari 2022 mencapai 760.000 personel.",
        "casualties 1200; casualties 760000")]
    // Negative: "a total of" keeps reading as before.
    [InlineData("en", "The shelling killed a total of four people.", "killed 4")]
    public void ATotalBeforeTheCountIsNoGap(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Ba thủy thủ thiệt mạng sau khi tàu hàng bị tên lửa đánh trúng. Thủy thủ đoàn gồm 23 người, trong đó có 15 người Philippines.", "killed 3")]
    [InlineData("vi", "Ba thủy thủ thiệt mạng. Thủy thủ đoàn gồm 23 người.", "killed 3")]
    // Negatives: a part no larger than the figure before, or after an open-ended one, stays a part.
    [InlineData("vi", "20 người thiệt mạng trong vụ không kích. Trong đó có 15 trẻ em.", "killed 20; killed 15")]
    [InlineData("vi", "Hàng chục người thiệt mạng trong vụ không kích. Trong đó có 15 trẻ em.", "killed 10 at_least; killed 15")]
    public void APartLargerThanTheFigureBeforeIsNoPart(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Ten people were killed in the strike on the school; four men and six women.", "killed 10; killed 4; killed 6")]
    [InlineData("fa", "در حمله به مدرسه‌ای در جبالیا ۱۰ نفر شهید شدند؛ ۴ مرد و ۶ زن.", "killed 10; killed 4; killed 6")]
    [InlineData("vi", "Cuộc không kích khiến 10 người thiệt mạng; 4 nam giới và 6 phụ nữ.", "killed 10; killed 4; killed 6")]
    // Negatives: a larger count, or people with a verb of their own, after the semicolon are no parts.
    [InlineData("en", "Ten people were killed in the strike on the school; 300 people live in the area.", "killed 10")]
    [InlineData("en", "Ten people were killed in the strike on the school; six people live in the building.", "killed 10")]
    [InlineData("en", "Ten people were killed in the strike; six people were evacuated.", "killed 10")]
    public void ASemicolonOpensPartsByGroup(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "شمار فلسطینیانی که در سه ماه گذشته در کرانه باختری کشته شدند به تفکیک ماه چنین است: سپتامبر ۲۵ نفر، اکتبر ۳۱ نفر و نوامبر ۱۴ نفر.",
        "killed 25; killed 31; killed 14")]
    [InlineData("fa", "شمار فلسطینیانی که در کرانه باختری کشته شدند به تفکیک ماه چنین است: سپتامبر ۲۵ نفر، اکتبر ۳۱ نفر و نوامبر ۱۴ نفر که در مجموع ۷۰ نفر می‌شود.",
        "killed 25; killed 31; killed 14; killed 70")]
    [InlineData("fa", "شمار کشته‌شدگان در کرانه باختری چنین است: سپتامبر ۲۵ نفر، اکتبر ۳۱ نفر و نوامبر ۱۴ نفر؛ در مجموع ۷۰ نفر.",
        "killed 25; killed 31; killed 14; killed 70")]
    [InlineData("vi", "Số người thiệt mạng theo từng tháng như sau: tháng 9 có 25 người, tháng 10 có 31 người; tổng cộng 56 người.",
        "killed 25; killed 31; killed 56")]
    // Negatives: a total of other things after the items is none.
    [InlineData("fa", "شمار کشته‌شدگان در کرانه باختری چنین است: سپتامبر ۲۵ نفر، اکتبر ۳۱ نفر و نوامبر ۱۴ نفر؛ در مجموع ۷۰ روستا آسیب دید.",
        "killed 25; killed 31; killed 14")]
    [InlineData("vi", "Số người thiệt mạng theo từng tháng như sau: tháng 9 có 25 người, tháng 10 có 31 người; tổng cộng 56 ngôi nhà bị phá hủy.",
        "killed 25; killed 31")]
    public void ATotalAfterItsItemsAndALabelAcrossARelativeClause(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Korban Serangan di Dnipro Bertambah Jadi 15\n\nJumlah korban tewas akibat serangan rudal Rusia di Dnipro bertambah menjadi 15 orang, sementara 40 orang terluka.",
        "killed 15; injured 40")]
    // Negative: victims in the headline that no body figure restates stay.
    [InlineData("id", "Korban Serangan di Dnipro Jadi 15 Orang\n\nSerangan rudal Rusia di Dnipro menewaskan 10 orang dan melukai lima lainnya.",
        "casualties 15; killed 10; injured 5")]
    public void HeadlineVictimsRestatedAsDeadInTheBodyAreTheDead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "مقام‌های محلی می‌گویند در گلوله‌باران بازاری در دونتسک ۵ نفر کشته شدند. ماه گذشته نیز در حمله‌ای مشابه ۲۷ نفر کشته شده بودند.",
        "killed 5 event; killed 27 event")]
    // Negative: attacks (plural) over last month keep the period.
    [InlineData("fa", "ماه گذشته در حملات روسیه ۲۷ نفر کشته شدند.", "killed 27 cumulative")]
    public void AnAttackLastMonthIsAnEvent(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
