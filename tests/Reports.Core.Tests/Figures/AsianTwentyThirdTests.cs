using Reports.Core.Analysis;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-third session, asian helper, written for these tests (no evaluation text): a count after "not including"
/// ("chưa bao gồm", "belum termasuk", "بدون احتساب", "не считая") is no figure; a verb of exceeding after its number
/// ("از ۶۵ هزار نفر گذشت", "hat 65.000 überschritten") is "more than"; a vague count of wounded tended over weeks or months
/// (evacuated, treated, admitted) is no casualty figure, nor is the headline's same count; "all" past a description of the
/// weapons ("18 drone yang terbang … semuanya ditembak jatuh", "۲۰ پهپاد که …، همگی … منهدم شدند") downs what was
/// launched; Persian items after "؛" with a place ("شش نفر در زاپوریژیا") share the predicate before; a part "of them" with
/// a place ("51 di antaranya di Gaza") takes the figure's kind.
/// </summary>
public sealed class AsianTwentyThirdTests
{
    [Theory]
    [InlineData("vi", "Theo Bộ Y tế, hơn 41.000 người đã thiệt mạng kể từ đầu cuộc chiến. Con số trên chưa bao gồm hàng nghìn người mắc kẹt dưới đống đổ nát.", "killed 41000 more_than")]
    [InlineData("vi", "Hơn 41.000 người đã thiệt mạng kể từ đầu cuộc chiến, không tính hàng nghìn người còn nằm dưới đống đổ nát.", "killed 41000 more_than")]
    [InlineData("id", "Lebih dari 41.000 orang tewas sejak awal perang, belum termasuk ribuan orang yang masih tertimbun reruntuhan.", "killed 41000 more_than")]
    [InlineData("id", "Lebih dari 41.000 orang tewas sejak awal perang, tidak termasuk ribuan korban yang belum ditemukan.", "killed 41000 more_than")]
    [InlineData("fa", "بیش از ۴۱ هزار نفر از آغاز جنگ کشته شده‌اند. این آمار بدون احتساب هزاران نفری است که زیر آوار مانده‌اند.", "killed 41000 more_than")]
    [InlineData("ru", "С начала войны погибли более 41 000 человек, не считая тысяч людей под завалами.", "killed 41000 more_than")]
    [InlineData("uk", "Від початку війни загинули понад 41 000 людей, не враховуючи тисяч людей під завалами.", "killed 41000 more_than")]
    // Negatives: a count after the left-out phrase, not right after its words, stays a figure.
    [InlineData("en", "Not including the missing, 41 people were killed in the strikes.", "killed 41")]
    [InlineData("vi", "Chưa kể số người mất tích, 41 người đã thiệt mạng trong các cuộc không kích.", "killed 41")]
    public void ACountNotIncludedIsNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "شمار کشته‌شدگان جنگ غزه از ۶۵ هزار نفر گذشت.", "killed 65000 more_than")]
    [InlineData("fa", "تعداد زخمی‌های این حمله از ۲۰۰ نفر فراتر رفت.", "injured 200 more_than")]
    [InlineData("de", "Die Zahl der Toten im Gazastreifen hat 65.000 überschritten.", "killed 65000 more_than")]
    // Negatives: no verb of exceeding after the number.
    [InlineData("fa", "در این حمله ۶۵ نفر کشته شدند.", "killed 65")]
    [InlineData("de", "Bei dem Angriff wurden 65 Menschen getötet.", "killed 65")]
    public void AVerbOfExceedingAfterItsNumberIsMoreThan(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Hàng chục người bị thương đã được đưa ra nước ngoài điều trị trong nhiều tháng qua.", "")]
    [InlineData("id", "Ratusan korban luka telah dirujuk ke rumah sakit di Mesir selama beberapa bulan terakhir.", "")]
    [InlineData("fa", "صدها مجروح طی ماه‌های گذشته برای درمان به ترکیه منتقل شده‌اند.", "")]
    [InlineData("en", "Hundreds of wounded people have been flown out of Gaza for treatment over the past few months.", "")]
    // Negatives: the wounded of one attack, tended the same day; an exact count.
    [InlineData("vi", "Hàng chục người bị thương đã được đưa tới bệnh viện sau vụ tấn công sáng nay.", "injured 10 at_least")]
    [InlineData("en", "Dozens of wounded were taken to hospital after the strike.", "injured 12 at_least")]
    public void VagueWoundedTendedOverMonthsAreNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Fact]
    public void TheHeadlinesCountOfWoundedTendedIsNoFigureEither()
    {
        var profile = LanguageCatalog.Default.Get("vi");
        var sentences = new SentenceSegmenter().Split(
            "Hàng trăm người bị thương được đưa ra khỏi Gaza\n\nWHO cho biết hàng trăm người bị thương đã được đưa ra khỏi Gaza trong nhiều tháng qua.", profile);
        Assert.Empty(new FigureExtractor().Extract(sentences, profile, null, 0));
    }

    [Theory]
    [InlineData("id", "Sebanyak 18 drone yang terbang ke arah Belgorod semuanya ditembak jatuh oleh pertahanan udara.", "drones_launched 18; drones_downed 18")]
    [InlineData("id", "Sebanyak 20 drone Ukraina yang menyerang wilayah Kursk semuanya dihancurkan.", "drones_launched 20; drones_downed 20")]
    [InlineData("fa", "۲۰ پهپاد که به سمت مسکو در پرواز بودند، همگی توسط پدافند هوایی منهدم شدند.", "drones_launched 20; drones_downed 20")]
    [InlineData("fa", "۱۸ پهپاد اوکراینی که به بلگورود حمله کرده بودند، همه سرنگون شدند.", "drones_launched 18; drones_downed 18")]
    [InlineData("vi", "12 UAV cánh bằng của Ukraine nhằm vào tỉnh Kursk đều đã bị phòng không tiêu diệt.", "drones_launched 12; drones_downed 12")]
    // Negatives: no "all", or no downing verb after it.
    [InlineData("id", "Sebanyak 20 drone yang menyerang wilayah Kursk menghantam sebuah gudang.", "drones_launched 20")]
    [InlineData("vi", "Nga phóng 12 UAV nhằm vào tỉnh Kursk trong đêm qua.", "drones_launched 12")]
    public void AllPastADescriptionDownsWhatWasLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "در حملات روز شنبه ۹ غیرنظامی کشته شدند؛ شش نفر در زاپوریژیا و سه نفر در سومی.", "killed 9; killed 6; killed 3")]
    [InlineData("fa", "در حملات امروز ۲۱ نفر شهید شدند؛ ۱۲ نفر در خان یونس و ۹ نفر در دیر البلح.", "killed 21; killed 12; killed 9")]
    // Negative: an item with a predicate of its own.
    [InlineData("fa", "در این حمله ۹ نفر کشته شدند؛ ۱۲ خانه تخریب شد.", "killed 9")]
    public void PersianItemsAfterASemicolonShareThePredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Sepanjang tahun ini 75 pekerja kemanusiaan tewas, 51 di antaranya di Gaza.", "killed 75; killed 51")]
    [InlineData("id", "Serangan itu menewaskan 30 orang, 18 di antaranya di Khan Younis.", "killed 30; killed 18")]
    [InlineData("en", "This year 75 aid workers have been killed, 51 of them in Gaza.", "killed 75; killed 51")]
    // Negative: who the part are still reads as before.
    [InlineData("id", "Serangan itu menewaskan 30 orang, 18 di antaranya anak-anak.", "killed 30; killed 18")]
    public void APartOfThemWithAPlaceTakesTheKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "از هفتم اکتبر ۲۰۲۳ بیش از ۴۳ هزار نفر در غزه کشته شده‌اند.", "killed 43000 more_than")]
    [InlineData("fa", "از اکتبر ۲۰۲۳ دست‌کم ۴۳ هزار فلسطینی کشته شده‌اند.", "killed 43000 at_least")]
    [InlineData("fa", "از اکتبر ۲۰۲۳ بیش از چهل هزار نفر در غزه کشته شده‌اند.", "killed 40000 more_than")]
    [InlineData("ar", "منذ أكتوبر 2023 أكثر من 43 ألف شخص قتلوا في غزة.", "killed 43000 more_than")]
    [InlineData("id", "Sejak Oktober 2023 lebih dari 43 ribu orang tewas di Gaza.", "killed 43000 more_than")]
    // Negative: a number word right after a number is still a name's.
    [InlineData("en", "Russia launched 1,300 One Way Attack drones at Ukraine last month.", "drones_launched 1300")]
    public void AQualifiedNumberAfterAYearIsACount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Sistem itu mulai dipakai pada 2011. Setiap baterai memiliki empat peluncur dengan 20 rudal Tamir.", "")]
    [InlineData("id", "Sistem itu mulai dipakai pada 2011. Harga satu rudal Tamir sekitar 40.000 dolar AS.", "")]
    [InlineData("vi", "Loại tên lửa này có tầm bắn từ 4 đến 70 km.", "")]
    // Negative: weapons with a launching verb stay.
    [InlineData("id", "Rusia meluncurkan 20 rudal ke Kyiv.", "missiles_launched 20")]
    public void WeaponsHeldPricedOrRangedAreNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Trong bốn ngày qua, 52 người đã thiệt mạng ở Gaza.", "killed 52 cumulative")]
    [InlineData("vi", "Bộ Y tế cho biết trong 3 ngày qua có 52 người thiệt mạng.", "killed 52 cumulative")]
    // Negatives: the past day or 24 hours, and days ago, are one event.
    [InlineData("vi", "Trong 24 giờ qua, 12 người đã thiệt mạng ở Kharkiv.", "killed 12 event")]
    [InlineData("vi", "Ba ngày trước, 12 người thiệt mạng trong một cuộc không kích vào Kharkiv.", "killed 12 event")]
    public void ThePastSeveralDaysInVietnameseAreARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
