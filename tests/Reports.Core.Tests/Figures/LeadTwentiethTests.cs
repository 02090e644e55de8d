namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twentieth session, written for these tests (no evaluation text): a description after a list of weapons ("fired from
/// Lebanon") is every item's, so the verb after it downs them all ("Four missiles and 10 drones fired from Lebanon were
/// intercepted" gave four missiles launched); a description set off by commas ("Drohnen, die … abgefeuert wurden,",
/// "беспилотников, запущенных из Ливана,") leaves the main verb the predicate; weapons fired in a military exercise or
/// test (data <c>exercises</c>) are no figures; interceptor missiles of an aid package are no figures; Indonesian
/// "kedua"/"ketiga" rank the attack they follow (data <c>ranksAfterAttack</c>: "serangan kedua dalam dua pekan").
/// </summary>
public sealed class LeadTwentiethTests
{
    [Theory]
    [InlineData("en", "Four missiles and 10 drones fired from Lebanon were intercepted overnight, the army said.", "missiles_downed 4; drones_downed 10")]
    [InlineData("fr", "Quatre missiles et dix drones tirés depuis le Liban ont été interceptés, selon l'armée.", "missiles_downed 4; drones_downed 10")]
    [InlineData("ru", "Четыре ракеты и десять беспилотников, запущенных из Ливана, были перехвачены.", "missiles_downed 4; drones_downed 10")]
    [InlineData("uk", "Чотири ракети та десять дронів, запущених з Лівану, були збиті.", "missiles_downed 4; drones_downed 10")]
    [InlineData("de", "Vier Raketen und zehn Drohnen, die aus dem Libanon abgefeuert wurden, wurden abgefangen.", "missiles_downed 4; drones_downed 10")]
    [InlineData("fa", "ارتش اعلام کرد پدافند هوایی چهار موشک و ۱۰ پهپاد شلیک شده از لبنان را رهگیری کرده است.", "missiles_downed 4; drones_downed 10")]
    [InlineData("id", "Empat rudal dan 10 drone yang diluncurkan dari Lebanon berhasil dicegat, kata militer.", "missiles_downed 4; drones_downed 10")]
    [InlineData("vi", "Bốn tên lửa và 10 UAV được phóng từ Lebanon đã bị đánh chặn, quân đội cho biết.", "missiles_downed 4; drones_downed 10")]
    [InlineData("ar", "اعترضت الدفاعات الجوية أربعة صواريخ وعشر طائرات مسيرة أطلقت من لبنان.", "missiles_downed 4; drones_downed 10")]
    // Negatives: a list launched and then partly downed keeps both verbs; a list with its own verb before is unchanged.
    [InlineData("en", "Hezbollah fired four missiles and 10 drones at northern Israel, and 8 of the drones were intercepted.", "missiles_launched 4; drones_launched 10; drones_downed 8")]
    [InlineData("en", "Four missiles and 10 drones were launched from Lebanon.", "missiles_launched 4; drones_launched 10")]
    [InlineData("en", "Overnight: 249 drones and 226 missiles; air defences shot down 211 drones and 38 missiles.", "drones_launched 249; missiles_launched 226; drones_downed 211; missiles_downed 38")]
    [InlineData("ru", "Россия выпустила четыре ракеты и десять беспилотников, шесть из них были сбиты.", "missiles_launched 4; drones_launched 10; drones_downed 6")]
    public void ADescriptionAfterAListOfWeaponsIsEveryItems(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Zehn Drohnen, die aus dem Libanon abgefeuert wurden, wurden abgefangen.", "drones_downed 10")]
    [InlineData("ru", "Десять беспилотников, запущенных из Ливана, были перехвачены.", "drones_downed 10")]
    [InlineData("uk", "Десять дронів, запущених з Лівану, були знищені.", "drones_downed 10")]
    // Negatives: a set-off description with no downing verb after it keeps the launch; a new clause with its own count.
    [InlineData("ru", "Десять беспилотников, запущенных из Ливана, упали на севере страны.", "drones_launched 10")]
    [InlineData("en", "Air defences shot down 12 drones, launched 3 missiles at the border and lost a radar.", "drones_downed 12; missiles_launched 3")]
    public void ADescriptionSetOffByCommasLeavesTheMainVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "During the drills, the Revolutionary Guards fired more than 50 ballistic missiles and 20 drones at mock targets.", "")]
    [InlineData("fa", "سپاه پاسداران در رزمایش بیش از ۵۰ موشک بالستیک و ۲۰ پهپاد را به سوی اهداف فرضی شلیک کرد.", "")]
    [InlineData("vi", "Trong cuộc tập trận, Triều Tiên đã phóng 10 tên lửa đạn đạo ra biển.", "")]
    [InlineData("vi", "Triều Tiên đã phóng 10 tên lửa đạn đạo ra biển trong cuộc tập trận mùa hè.", "")]
    [InlineData("id", "Dalam latihan militer itu, Korea Utara menembakkan 10 rudal balistik ke laut.", "")]
    [InlineData("ru", "В ходе учений Северный флот выпустил 6 крылатых ракет по морским мишеням.", "")]
    // Negatives: drills in another clause, or after a clause opener, leave the attack's figures.
    [InlineData("en", "Russia launched 50 drones at Ukraine overnight as Belarus began military drills near the border.", "drones_launched 50")]
    [InlineData("en", "Russia launched 50 drones at Ukraine overnight, and Belarus began military drills near the border.", "drones_launched 50")]
    [InlineData("id", "Rusia meluncurkan 50 drone ke Ukraina ketika Belarus memulai latihan militer.", "drones_launched 50")]
    public void WeaponsFiredInAnExerciseAreNoFigures(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "آمریکا بسته کمک نظامی ۵۰۰ میلیون دلاری شامل ۱۰ سامانه پدافندی و صدها موشک رهگیر را برای اوکراین تصویب کرد.", "")]
    [InlineData("vi", "Gói viện trợ trị giá 500 triệu USD bao gồm hàng trăm tên lửa đánh chặn cho Ukraine.", "")]
    [InlineData("id", "Paket bantuan itu mencakup ratusan rudal pencegat untuk Ukraina.", "")]
    // Negative: missiles intercepted are still counted.
    [InlineData("vi", "Hệ thống phòng không đã đánh chặn 12 tên lửa trong đêm.", "missiles_downed 12")]
    public void InterceptorMissilesOfAnAidPackageAreNoFigures(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Empat warga sipil tewas dalam serangan pesawat nirawak di El Fasher, serangan kedua dalam dua pekan terakhir.", "killed 4 event")]
    [InlineData("id", "Tiga orang tewas di pasar itu, serangan ketiga dalam sebulan terakhir.", "killed 3 event")]
    // Negatives: "kedua" (both) with no attack word before it ranks nothing; a toll over two weeks stays a running total.
    [InlineData("id", "Dalam dua pekan terakhir, 40 warga sipil tewas di kedua kota itu.", "killed 40 cumulative")]
    public void AnOrdinalAfterAnAttackWordRanksTheAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "شمار کشته‌شدگان به ۱۹ نفر رسید که نه نفر از آنها کودک بودند.", "killed 19; killed 9")]
    [InlineData("fa", "شمار کشته‌شدگان حمله موشکی به ۱۹ نفر رسید که ۹ نفر از آنان کودک بودند.", "killed 19; killed 9")]
    [InlineData("fa", "شمار کشته‌شدگان به ۱۹ نفر رسید، نه نفر از آنها کودک بودند.", "killed 19; killed 9")]
    // Negative: a count with its own verb after the relative is no part.
    [InlineData("fa", "شمار کشته‌شدگان به ۱۹ نفر رسید که ۳۰ نفر زخمی شدند.", "killed 19; injured 30")]
    public void APartOpenedByARelativeAfterATollIsAPart(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The city declared three days of mourning after seven people were killed in the missile strike.", "killed 7 event")]
    [InlineData("vi", "Thành phố tuyên bố ba ngày quốc tang sau khi bảy người thiệt mạng trong vụ tấn công tên lửa.", "killed 7 event")]
    [InlineData("id", "Pemerintah kota mengumumkan tiga hari berkabung setelah tujuh orang tewas dalam serangan rudal.", "killed 7 event")]
    [InlineData("en", "After ten days of relative calm, a drone strike killed four people in the village.", "killed 4 event")]
    // Negative: a span of days that counts the dead stays a running total.
    [InlineData("id", "Dalam tiga hari terakhir, 45 orang tewas akibat serangan udara di kota itu.", "killed 45 cumulative")]
    public void DaysOfMourningOrCalmAreNoPeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Tổng số người chết đã lên tới 1.200, Bộ Y tế cho biết.", "killed 1200 exact")]
    [InlineData("vi", "Bộ Y tế cho biết tổng số người bị thương đã lên đến 3.400.", "injured 3400 exact")]
    // Negative: "up to" with no toll before it stays "up to".
    [InlineData("vi", "Vụ tấn công có thể khiến lên tới 50 người thiệt mạng.", "")]
    [InlineData("vi", "Các cuộc tấn công làm bị thương lên tới 30 người.", "injured 30 up_to")]
    public void TheTotalNumberOfTheDeadReachesItsValue(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Trong tháng 7 có 164 dân thường thiệt mạng, gồm 40 phụ nữ và 16 trẻ em, và 860 người bị thương.", "killed 164; killed 40; killed 16; injured 860")]
    [InlineData("fa", "در ماه ژوئیه ۱۶۴ غیرنظامی از جمله ۴۰ زن و ۱۶ کودک کشته و ۸۶۰ نفر زخمی شدند.", "killed 164; killed 40; killed 16; injured 860")]
    [InlineData("fa", "در ماه ژوئیه ۱۶۴ غیرنظامی از جمله ۴۰ زن و ۱۶ کودک کشته شدند.", "killed 164; killed 40; killed 16")]
    [InlineData("en", "In July 164 civilians including 40 women and 16 children were killed and 860 were injured.", "killed 164; killed 40; killed 16; injured 860")]
    // Negatives: a list of parts whose last item has its own verb still takes it; items joined by commas share the verb.
    [InlineData("en", "The toll rose to 1,724 killed and 4,012 injured, among them 411 women and 96 children killed.", "killed 1724; injured 4012; killed 411; killed 96")]
    [InlineData("vi", "Trong vụ không kích, 12 đàn ông, 9 phụ nữ và 5 trẻ em đã thiệt mạng.", "killed 12; killed 9; killed 5")]
    public void APartsListClosedByAndEndsAtTheComma(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Kementerian Pertahanan Rusia mengatakan sistem pertahanan udaranya menghancurkan 18 pesawat tak berawak Ukraina.", "drones_downed 18")]
    public void IndonesianUnmannedAircraftAreDrones(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
