namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-fifth session, written for these tests (no evaluation text): spelled numbers whose blocks were added or
/// multiplied wrongly — a word of whole hundreds or thousands ("seratus", "seribu") is a block that later words add to,
/// and a multiplier larger than everything read since the last scale ("mil", "mille", "ألف") multiplies all of it; a
/// count after a time phrase whose last word is a unit ("هذا الشهر 350 قتيلا") is no value of that unit.
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

    [Theory]
    [InlineData("ar", "بلغ عدد القتلى هذا الشهر 350 قتيلا.", "killed 350")]
    [InlineData("ar", "بلغ عدد الجرحى منذ بداية الشهر ١٢٥٠ جريحا.", "injured 1250")]
    [InlineData("ar", "بلغ عدد القتلى خلال الشهر 1250.", "killed 1250")]
    [InlineData("fa", "تعداد کشته‌شدگان در این ماه ۳۵۰ کشته است.", "killed 350")]
    [InlineData("ru", "В этом месяце 350 погибших, сообщили власти.", "killed 350")]
    [InlineData("id", "Bulan ini 350 korban tewas tercatat di wilayah itu.", "killed 350")]
    // Negatives: the month's own number stays a date, a year stays a year.
    [InlineData("vi", "Trong tháng 10, 45 người thiệt mạng vì các cuộc tấn công.", "killed 45")]
    [InlineData("ar", "قتل 45 شخصا خلال العام 2024.", "killed 45")]
    public void ACountAfterATimePhrase_IsNoValueOfItsUnit(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("uk", "Двоє людей загинули, ще п'ятнадцятеро дістали поранення внаслідок удару по місту вранці.", "killed 2; injured 15")]
    [InlineData("uk", "Двоє людей загинули, ще п’ятнадцятеро дістали поранення внаслідок удару по місту вранці.", "killed 2; injured 15")]
    [InlineData("uk", "Одинадцятеро військових отримали поранення під час обстрілу.", "injured 11")]
    public void UkrainianCollectiveNumeralsAboveTen(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ru", "С пятницы в результате обстрелов в Донецкой области погибли 60 мирных жителей.", "killed 60 cumulative")]
    [InlineData("uk", "З п'ятниці внаслідок обстрілів на Донеччині загинули 60 мирних жителів.", "killed 60 cumulative")]
    [InlineData("uk", "Від понеділка ворог випустив по області 300 ударних БпЛА.", "drones_launched 300 cumulative")]
    // Negatives: the night from one day to the next is one event.
    [InlineData("ru", "В ночь с пятницы на субботу ПВО сбила 40 беспилотников над Брянской областью.", "drones_downed 40 event")]
    [InlineData("uk", "У ніч з п'ятниці на суботу сили ППО знешкодили 40 ударних БпЛА.", "drones_downed 40 event")]
    public void SinceADayOfTheWeek_RussianAndUkrainian(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "One in five of the 30 people killed in the region this month were children.", "killed 30")]
    [InlineData("en", "Nearly one in three civilians killed in the war was a woman, the report found.", "")]
    [InlineData("en", "One in every four victims was a child.", "")]
    [InlineData("es", "Uno de cada cinco muertos era un niño, según el informe.", "")]
    [InlineData("ar", "واحد من كل خمسة قتلى كان طفلا، بحسب التقرير.", "")]
    [InlineData("id", "Satu dari setiap lima korban tewas adalah anak-anak, menurut laporan itu.", "")]
    [InlineData("vi", "Cứ năm người thiệt mạng thì có một trẻ em, theo báo cáo.", "")]
    [InlineData("fa", "از هر پنج کشته یک نفر کودک بود، بر اساس این گزارش.", "")]
    [InlineData("ru", "Один из каждых пяти погибших был ребенком.", "")]
    // Negatives: counts beside "in" and "out of" that are no share.
    [InlineData("en", "Russian strikes killed five in three separate attacks on Sunday.", "killed 5")]
    [InlineData("en", "Shelling killed 3 in 10 days in the village.", "killed 3")]
    [InlineData("en", "Air defences shot down 28 out of 31 drones overnight.", "drones_downed 28; drones_launched 31")]
    [InlineData("fa", "از هر دو طرف ۱۲ نفر در درگیری‌ها کشته شدند.", "killed 12")]
    public void ARatioIsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "وقتل ثلاثة أشخاص في بئر السبع جراء سقوط صاروخ.", "killed 3")]
    [InlineData("ar", "أطلقت إيران 35 صاروخا على إسرائيل، وسقط أحدها في بئر السبع.", "missiles_launched 35")]
    // Negative: a count of the town's casualties stays.
    [InlineData("ar", "أصيب سبعة أشخاص في بئر السبع.", "injured 7")]
    public void AWellIsNoCountedThing_BeershebaIsNoSeven(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
