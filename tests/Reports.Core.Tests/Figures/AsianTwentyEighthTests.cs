namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-eighth session, asian helper, written for these tests (no evaluation text): a round-up whose items name
/// rebels or militiamen shares its one predicate ("12 tentara, 10 pemberontak dan 8 warga sipil tewas"); an attack noun
/// right after the number in a head-first language is what is counted ("30 serangan drone"); people who attended a
/// funeral are no dead ("هزاران نفر در مراسم تشییع شهدا شرکت کردند"), and an act between the people counted and their
/// casualty verb describes them ("khiến 16 người đang dự lễ tang thiệt mạng").
/// </summary>
public sealed class AsianTwentyEighthTests
{
    [Theory]
    [InlineData("id", "Menurut pemantau, 12 tentara pemerintah, 10 pemberontak dan 8 warga sipil tewas dalam bentrokan di Idlib pada Sabtu.", "killed 12; killed 10; killed 8")]
    [InlineData("fa", "به گفته دیدبان، ۱۴ نظامی ارتش، ۹ شورشی و ۶ غیرنظامی در درگیری‌های روز شنبه در ادلب کشته شدند.", "killed 14; killed 9; killed 6")]
    [InlineData("id", "Sebanyak 7 milisi dan 3 polisi tewas dalam baku tembak di Sagaing.", "killed 7; killed 3")]
    [InlineData("fa", "۵ شبه‌نظامی و ۲ پلیس در این درگیری کشته شدند.", "killed 5; killed 2")]
    [InlineData("vi", "Theo nhà chức trách, 11 binh sĩ, 7 phiến quân và 4 dân thường thiệt mạng trong giao tranh ở Idlib.", "killed 11; killed 7; killed 4")]
    // Negative: a round-up of rebels captured gives no casualty.
    [InlineData("id", "Pasukan pemerintah menangkap 25 pemberontak di Idlib.", "")]
    public void ARoundUpOfRebelsAndMilitiamenSharesItsPredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Pada September tercatat 42 serangan drone di wilayah Zaporizhzhia, kata gubernur.", "")]
    [InlineData("id", "Sedikitnya 9 serangan rudal menghantam Kharkiv semalam.", "")]
    [InlineData("fa", "در ماه سپتامبر ۴۲ حمله پهپادی در استان زاپوریژیا ثبت شد.", "")]
    // Negatives: the weapons counted stay figures, and English attack drones are drones.
    [InlineData("id", "Rusia meluncurkan 42 drone dalam serangan semalam di Zaporizhzhia.", "drones_launched 42")]
    [InlineData("id", "Rusia melancarkan serangan 42 drone ke Zaporizhzhia pada Selasa malam.", "drones_launched 42")]
    [InlineData("en", "Russia launched 42 attack drones at Zaporizhzhia overnight.", "drones_launched 42")]
    public void AnAttackNounRightAfterTheNumberIsWhatIsCounted(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "صدها نفر روز جمعه در مراسم تشییع شهدا در نبطیه شرکت کردند.", "")]
    [InlineData("fa", "هزاران نفر در مراسم تشییع کشته‌شدگان حمله شرکت کردند.", "")]
    [InlineData("uk", "Сотні людей прийшли на похорон загиблих у Сумах.", "")]
    // Negatives: the dead of the same sentence stay, and other people named before the verb keep the act theirs.
    [InlineData("fa", "۱۸ نفر در حمله به مراسم تشییع در نبطیه کشته شدند.", "killed 18")]
    [InlineData("ar", "آلاف الأشخاص شاركوا في تشييع الشهداء في النبطية.", "")]
    public void PeopleAtAFuneralAreNoDead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Một UAV của Nga lao vào nghĩa trang ở Sumy, khiến 11 người đang dự lễ tang thiệt mạng.", "killed 11")]
    [InlineData("vi", "Tên lửa Nga rơi xuống nghĩa trang, khiến 14 người đang dự lễ tang bị thương.", "injured 14")]
    [InlineData("fa", "۱۱ نفر که در مراسم تشییع شرکت کرده بودند در حمله پهپادی کشته شدند.", "killed 11")]
    // Negatives: people acted on stay no casualties; other people before the verb make the act's object.
    [InlineData("vi", "Khoảng 40 người đã được sơ tán khỏi khu vực.", "")]
    [InlineData("vi", "Hàng trăm người dự lễ tang các nạn nhân thiệt mạng trong vụ tấn công.", "")]
    public void AnActBetweenThePeopleAndTheirCasualtyVerbDescribesThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Phòng không Ukraine hạ 64 UAV trong đêm qua.", "drones_downed 64")]
    [InlineData("vi", "Lực lượng Ukraine đã hạ 41 trong số 58 UAV Nga phóng trong đêm.", "drones_downed 41; drones_launched 58")]
    [InlineData("vi", "Một tay súng đã hạ sát 3 người tại chốt kiểm soát.", "killed 3")]
    // Negatives: infrastructure, landing and a corporal are no downing.
    [InlineData("vi", "Nga phóng 30 UAV tấn công hạ tầng năng lượng của Ukraine.", "drones_launched 30")]
    [InlineData("vi", "Máy bay hạ cánh an toàn với 180 hành khách.", "")]
    [InlineData("vi", "2 hạ sĩ thiệt mạng trong trận pháo kích.", "killed 2")]
    public void BareHaIsShootingDown(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "ارتش اکنون دست‌کم ۴ نسل از این پهپاد را در اختیار دارد.", "")]
    [InlineData("vi", "Quân đội hiện có ít nhất 4 thế hệ UAV loại này.", "")]
    [InlineData("en", "The army now fields at least four generations of this missile.", "")]
    [InlineData("ru", "Армия разработала четыре поколения ракет этого типа.", "")]
    [InlineData("ar", "طور الجيش أربعة أجيال من هذا الصاروخ.", "")]
    [InlineData("es", "El ejército ha desarrollado cuatro generaciones de este misil.", "")]
    [InlineData("de", "Die Armee hat vier Generationen dieser Rakete entwickelt.", "")]
    [InlineData("fr", "L'armée a développé quatre générations de ce missile.", "")]
    [InlineData("uk", "Армія створила чотири покоління дронів цього типу.", "")]
    // Negative: the weapons themselves still count.
    [InlineData("en", "Russia launched four missiles of the newest generation at Dnipro.", "missiles_launched 4")]
    public void GenerationsOfAWeaponAreNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Trong khi đó, một quả tên lửa Patriot có giá khoảng 3 triệu USD.", "")]
    [InlineData("id", "Tiga rudal Patriot seharga sekitar 9 juta dolar AS.", "")]
    [InlineData("fa", "سه موشک پاتریوت حدود ۹ میلیون دلار هزینه دارد.", "")]
    // Negatives: the weapons launched keep their count when their price is told after them.
    [InlineData("vi", "Nga phóng 35 UAV Shahed, mỗi chiếc có giá khoảng 20.000 USD.", "drones_launched 35")]
    [InlineData("id", "Rusia meluncurkan 35 drone Shahed, masing-masing seharga 20.000 dolar.", "drones_launched 35")]
    public void TheWeaponsAPriceIsToldOfAreNoLaunch(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
