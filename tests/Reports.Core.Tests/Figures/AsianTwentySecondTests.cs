namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-second session, asian helper, written for these tests (no evaluation text): Vietnamese "đều" (all) with a
/// passive's agent before the launching verb ("Tám UAV do Hezbollah phóng … đều đã bị đánh chặn") and after "đều"
/// ("đều bị hệ thống Vòm Sắt bắn hạ"); "all" beside a count's own downing verb makes it launched too; Vietnamese "không"
/// (air) inside a longer word ("máy bay không người lái", "phòng không") denies nothing; a toll's label far before its
/// colon ("Số người thiệt mạng theo từng tháng trong năm nay là:", "شمار غیرنظامیان کشته‌شده … چنین بوده است:") names the
/// list after it; a part of weapons produced ("۲ هزار فروند از آن تولید می‌کند") is no figure; a building's floors
/// ("9 tầng", "9 pisos", "9 Stockwerken") are no count; Persian "کشتند" (they killed), "ملوان" (sailor) and Indonesian
/// "pelaut" are words of their kinds.
/// </summary>
public sealed class AsianTwentySecondTests
{
    [Theory]
    [InlineData("vi", "Tám UAV do Hezbollah phóng từ Lebanon về phía miền bắc Israel đều đã bị đánh chặn.", "drones_launched 8; drones_downed 8")]
    [InlineData("vi", "Quân đội cho biết tám UAV do Hezbollah phóng từ miền nam Lebanon trong đêm qua đều đã bị đánh chặn.", "drones_launched 8; drones_downed 8")]
    [InlineData("vi", "Quân đội Israel cho biết 8 UAV do lực lượng Hezbollah phóng đều bị hệ thống Vòm Sắt bắn hạ.", "drones_launched 8; drones_downed 8")]
    [InlineData("vi", "Tám UAV được phóng từ Lebanon về phía miền bắc Israel đều đã bị đánh chặn.", "drones_launched 8; drones_downed 8")]
    [InlineData("vi", "25 UAV xuất phát từ Lebanon đã bị lực lượng phòng không đánh chặn toàn bộ.", "drones_launched 25; drones_downed 25")]
    [InlineData("en", "Eight drones from Lebanon were all intercepted.", "drones_launched 8; drones_downed 8")]
    [InlineData("id", "Sebanyak 12 drone semuanya berhasil dicegat.", "drones_launched 12; drones_downed 12")]
    // Negatives: no "all", only what was downed; a part of a whole stays a part; a launch without a downing stays a launch.
    [InlineData("vi", "Hai tên lửa do Houthi phóng từ Yemen đã bị đánh chặn.", "missiles_downed 2")]
    [InlineData("en", "Of the 30 drones, 25 were all shot down.", "drones_launched 30; drones_downed 25")]
    [InlineData("vi", "Tám UAV do Hezbollah phóng từ Lebanon đã tấn công thành phố Haifa.", "drones_launched 8")]
    public void AllWithAnAgentDownsWhatWasLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("Ukraine cho biết 3 máy bay không người lái bị bắn hạ.", "drones_downed 3")]
    [InlineData("25 UAV đã bị phòng không đánh chặn.", "drones_downed 25")]
    [InlineData("Không quân cho biết 40 UAV đã bị lực lượng phòng không bắn hạ.", "drones_downed 40")]
    // Negatives: "không" (not) before the verb still denies.
    [InlineData("3 UAV không bị bắn hạ.", "")]
    [InlineData("Ba tên lửa không bị đánh chặn và rơi xuống Kyiv.", "")]
    public void AirInsideAWordDeniesNothing(string text, string expected) =>
        ExtractorHarness.AssertFigures("vi", text, expected);

    [Theory]
    [InlineData("vi", "Phái bộ cho biết số người thiệt mạng theo từng tháng trong năm nay là: tháng 4 là 74 người, tháng 5 là 92 người, tháng 6 là 118 người.",
        "killed 74 cumulative; killed 92 cumulative; killed 118 cumulative")]
    [InlineData("fa", "طبق گزارش سازمان ملل، شمار غیرنظامیان کشته‌شده در اوکراین در ماه‌های اخیر چنین بوده است: سپتامبر ۱۲۱ نفر، اکتبر ۱۴۷ نفر و نوامبر ۱۶۰ نفر.",
        "killed 121 cumulative; killed 147 cumulative; killed 160 cumulative")]
    [InlineData("en", "The number of civilians killed in the region in each of the recent months was as follows: September 121, October 147.",
        "killed 121 cumulative; killed 147 cumulative")]
    public void ATollLabelFarBeforeItsColonNamesTheList(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // Negatives: no count noun, or a figure's word between the casualty word and the colon: no label.
    [InlineData("vi", "Người dân thiệt mạng vì bom đạn ở các thành phố miền đông trong năm nay gồm: tháng 4 là 74 người.", "")]
    [InlineData("en", "The number of people killed rose as drones struck the towns of the region this year: September 121.", "")]
    public void AFarLabelNeedsATollAndPlainWords(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "قیمت هر پهپاد شاهد حدود ۵۰ هزار دلار است و روسیه ماهانه بیش از ۲ هزار فروند از آن تولید می‌کند.", "")]
    // Negative: a part downed after the launch stays.
    [InlineData("fa", "روسیه ۵۰ پهپاد پرتاب کرد که ۴۰ فروند از آنها رهگیری شدند.", "drones_launched 50; drones_downed 40")]
    public void APartProducedIsNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Tên lửa Nga tấn công Dnipro. Tòa nhà văn phòng 9 tầng bị phá hủy một phần.")]
    [InlineData("es", "Un misil ruso impactó en Dnipro. Un edificio de 9 pisos quedó destruido.")]
    [InlineData("de", "Eine russische Rakete traf Dnipro. Ein Bürogebäude mit 9 Stockwerken wurde zerstört.")]
    [InlineData("fa", "موشک روسیه به دنیپرو اصابت کرد. یک ساختمان اداری ۹ طبقه تخریب شد.")]
    [InlineData("id", "Rudal Rusia menghantam Dnipro. Gedung perkantoran 9 lantai hancur sebagian.")]
    public void FloorsOfABuildingAreNoCount(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "");

    [Theory]
    [InlineData("fa", "شبه‌نظامیان در حمله به روستایی بیش از ۱۲۰ نفر را کشتند و ۲۰۰ نفر را زخمی کردند.", "killed 120 more_than; injured 200")]
    [InlineData("fa", "یک ملوان کشته و چهار نفر دیگر زخمی شدند.", "killed 1; injured 4")]
    [InlineData("id", "Seorang pelaut tewas dan empat lainnya terluka.", "killed 1; injured 4")]
    // Negatives: a crew named without a casualty word, a bare "one" alone.
    [InlineData("fa", "خدمه کشتی ۲۰ نفر بودند.", "")]
    [InlineData("id", "Seorang pelaut terlihat di geladak kapal.", "")]
    public void KillingVerbsAndSailors(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Số nhà báo thiệt mạng từ đầu năm đến nay là 49 người, trong đó 11 người thiệt mạng ở Ukraine và 38 người ở Gaza.",
        "killed 49 cumulative; killed 11 cumulative; killed 38 cumulative")]
    [InlineData("id", "Sejak awal tahun 54 jurnalis tewas, termasuk 40 orang tewas di Gaza dan 6 di Ukraina.",
        "killed 54 cumulative; killed 40 cumulative; killed 6 cumulative")]
    // Negatives: parts of one attack's toll stay that event; a count after "and" with no including term keeps its own time.
    [InlineData("id", "Serangan itu menewaskan 10 orang, termasuk 4 anak.", "killed 10 event; killed 4 event")]
    [InlineData("vi", "Từ đầu năm đến nay, 49 nhà báo đã thiệt mạng, còn hôm qua 3 người thiệt mạng ở Gaza.", "killed 49 cumulative; killed 3 event")]
    public void PartsOfARunningTotalWithTheirOwnVerbAreItsParts(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Kể từ khi xung đột bùng phát ngày 7/10/2023, hơn 44.502 người Palestine đã thiệt mạng.", "killed 44502 cumulative")]
    // Negative: a night that starts at an hour of a date is one night.
    [InlineData("vi", "Theo Không quân Ukraine, từ 18h ngày 5/12, đối phương đã tấn công bằng 6 tên lửa hành trình Kh-101 và 93 UAV.",
        "missiles_launched 6 event; drones_launched 93 event")]
    public void ADateEndingASincePhraseStartsTheRunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("id", "Houthi menembakkan tiga rudal dan enam drone. Semua drone dan rudal itu berhasil dicegat.",
        "missiles_launched 3; drones_launched 6; drones_downed 6; missiles_downed 3")]
    [InlineData("en", "The Houthis fired three missiles and six drones. All the drones and missiles were intercepted.",
        "missiles_launched 3; drones_launched 6; drones_downed 6; missiles_downed 3")]
    // Negative: "all" over one noun downs only that noun's.
    [InlineData("id", "Houthi menembakkan tiga rudal dan enam drone. Semua drone itu berhasil dicegat.",
        "missiles_launched 3; drones_launched 6; drones_downed 6")]
    public void AllOverTwoWeaponNounsDownsBoth(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("Kementerian Pertahanan Rusia Klaim Cegat 35 Drone Ukraina di Atas Wilayah Bryansk", "drones_downed 35")]
    [InlineData("Jumlah Korban Tewas di Gaza Lampaui 44.500 Jiwa, Kata Kementerian Kesehatan", "killed 44500 more_than")]
    public void IndonesianHeadlineRootsAreVerbs(string text, string expected) =>
        ExtractorHarness.AssertFigures("id", text, expected);
}
