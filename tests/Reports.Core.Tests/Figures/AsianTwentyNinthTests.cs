namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-ninth session, asian helper, written for these tests (no evaluation text): an earlier value told in a sentence
/// of its own ("پیش‌تر ۱۵ نفر اعلام شده بود"); a vague count of dead whose clause tells one attack by its verb after
/// "when" ("khi RSF tấn công …"); a duration glued as an adjective between a Persian count and its verb ("۸۰ روزه"); a
/// martyr's name in a Persian place ("فرودگاه شهید …"); a Vietnamese part by sex ("7 nam và 4 nữ").
/// </summary>
public sealed class AsianTwentyNinthTests
{
    [Theory]
    [InlineData("fa", "شمار کشته‌های حمله به خارکیف به ۲۱ نفر رسید. پیش‌تر ۱۵ نفر اعلام شده بود.", "killed 21; killed 15")]
    [InlineData("fa", "شمار زخمی‌های این حمله به ۴۰ نفر رسید. پیشتر ۲۸ نفر گزارش شده بود.", "injured 40; injured 28")]
    [InlineData("en", "The death toll from the strike on Kharkiv rose to 21. Earlier, 15 had been reported.", "killed 21; killed 15")]
    [InlineData("id", "Jumlah korban tewas serangan di Kharkiv naik menjadi 21 orang. Sebelumnya disebutkan 15 orang.", "killed 21; killed 15")]
    // Negatives: a count that was not reported but did something else stays nothing; with no figure before, nothing.
    [InlineData("en", "The death toll from the strike on Kharkiv rose to 21. Earlier, 300 people had fled the district.", "killed 21")]
    [InlineData("fa", "شمار کشته‌های حمله به خارکیف به ۲۱ نفر رسید. پیش‌تر ۳۰۰ نفر از این منطقه تخلیه شده بودند.", "killed 21")]
    [InlineData("fa", "پیش‌تر ۱۵ نفر اعلام شده بود.", "")]
    public void AnEarlierValueInASentenceOfItsOwnRestatesTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "شمار کشته‌های حمله به خارکیف به ۲۱ نفر رسید. پیش‌تر ۱۵ نفر اعلام شده بود.", "killed 15 event; killed 21 event")]
    [InlineData("vi", "Hàng trăm người thiệt mạng khi quân đội Myanmar không kích một khu chợ ở Sagaing.", "killed 100 event")]
    [InlineData("id", "Ratusan orang tewas ketika pasukan RSF menyerang sebuah pasar di Kordofan.", "killed 100 event")]
    [InlineData("en", "Hundreds of people were killed when militiamen attacked a market in Kordofan.", "killed 100 event")]
    // Negatives: many attacks, and a vague count with no attack at all, stay running totals.
    [InlineData("en", "Hundreds of people were killed when airstrikes hit markets across Kordofan.", "killed 100 cumulative")]
    [InlineData("vi", "Hàng trăm người thiệt mạng khi các cuộc không kích nhắm vào các khu chợ ở Sagaing.", "killed 100 cumulative")]
    [InlineData("id", "Ratusan orang tewas di Kordofan.", "killed 100 cumulative")]
    public void OneAttackToldByItsVerbMakesAVagueCountAnEvent(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "۲۰ نفر در جریان درگیری ۴ ساعته در حومه حلب کشته شدند.", "killed 20")]
    [InlineData("fa", "بیش از ۹۰۰ غیرنظامی در جریان محاصره ۶۰ روزه شهر جان باختند.", "killed 900 more_than")]
    [InlineData("fa", "۱۱ نفر در نبرد ۳ ماهه برای این شهر کشته شدند.", "killed 11")]
    // Negative: a floor of a building stays excluded.
    [InlineData("fa", "۶ نفر در حمله به ساختمان ۹ طبقه کشته شدند.", "killed 6")]
    public void ADurationGluedAsAnAdjectiveIsNoCountAndNoStop(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "۸ نفر در انفجار نزدیک فرودگاه شهید دستغیب زخمی شدند.", "injured 8")]
    [InlineData("fa", "ده‌ها نفر در حمله به بندر شهید باهنر مجروح شدند.", "injured 10 at_least")]
    // Negative: a martyr who is a victim stays killed.
    [InlineData("fa", "۳ رزمنده در این حمله شهید شدند.", "killed 3")]
    public void AMartyrNamedInAPlaceIsNoDead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Vụ pháo kích vào chợ làm 11 người thiệt mạng, gồm 7 nam và 4 nữ.", "killed 11; killed 7; killed 4")]
    [InlineData("vi", "Có 20 người bị thương, trong đó 12 nữ và 8 nam.", "injured 20; injured 12; injured 8")]
    // Negative: the south of a country is no people.
    [InlineData("vi", "Israel không kích 5 ngôi làng ở miền Nam Liban.", "")]
    public void AVietnamesePartBySexTakesItsFiguresKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Tháng 8 năm ngoái, tên lửa Nga đánh trúng một siêu thị ở Kostiantynivka làm 17 người chết.", "killed 17 event")]
    [InlineData("id", "Pada Agustus tahun lalu, rudal Rusia menghantam sebuah supermarket di Kostiantynivka dan menewaskan 17 orang.", "killed 17 event")]
    [InlineData("fa", "اوت سال گذشته، یک موشک روسیه به فروشگاهی در کوستیانتینیفکا اصابت کرد و ۱۷ نفر کشته شدند.", "killed 17 event")]
    [InlineData("es", "En agosto del año pasado, un misil ruso impactó en un supermercado de Kostiantinivka y mató a 17 personas.", "killed 17 event")]
    // Negatives: weapons that hit many places, or no place, keep the month's total.
    [InlineData("vi", "Tháng 8, tên lửa Nga đánh trúng nhiều thành phố, làm 45 người chết.", "killed 45 cumulative")]
    [InlineData("id", "Pada Agustus, rudal dan drone Rusia menewaskan 45 warga sipil di Donetsk.", "killed 45 cumulative")]
    public void AMonthBeforeOneWeaponStrikeDatesThatStrike(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Hai bên đã phóng UAV vào các thành phố của nhau trong đêm.", "")]
    [InlineData("en", "Both sides fired drones at each other's cities overnight.", "")]
    [InlineData("ru", "Обе стороны ночью запустили беспилотники по городам друг друга.", "")]
    [InlineData("es", "Ambos bandos lanzaron drones contra las ciudades del otro durante la noche.", "")]
    [InlineData("fr", "Les deux camps ont lancé des drones sur les villes de l'autre pendant la nuit.", "")]
    [InlineData("de", "Beide Seiten setzten in der Nacht Drohnen gegen die Städte des anderen ein.", "")]
    // Negatives: the count after stays, and "bên" inside a phrase of people does not stop the casualty word.
    [InlineData("en", "Both sides fired drones overnight, and Russia alone launched 85 of them.", "drones_launched 85")]
    [InlineData("vi", "9 người bên trong tòa nhà đã thiệt mạng.", "killed 9")]
    public void BothSidesAreNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "پهپاد به اتوبوسی با ۱۲ مسافر اصابت کرد. یکی از آنها کشته شد.", "killed 1")]
    [InlineData("fa", "پهپاد اسرائیلی به موتورسیکلتی با دو سرنشین اصابت کرد. یکی از آنان کشته شد.", "killed 1")]
    // Negatives: one of the biggest attacks, one of the dead named, are no count of people hurt.
    [InlineData("fa", "این یکی از بزرگ‌ترین حملات روسیه به کی‌یف بود.", "")]
    [InlineData("fa", "یکی از کشته‌شدگان پزشک بود.", "")]
    public void OneOfThemIsACountOfOneInPersian(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
