namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-first session, scope helper, written for these tests (no evaluation text): a day after an "as of" term (a running
/// total), a period's statistic of attacks framed by a running-total term before a toll with no time of its own (a running
/// total), Indonesian "Pada Minggu" (Sunday, one day), an initial report's value between dashes (the event's).
/// </summary>
public sealed class ScopeThirtyFirstTests
{
    [Theory]
    [InlineData("en", "At least 310 people had been killed in the fighting in the city as of Monday, the doctors' union said.", "killed 310 cumulative")]
    [InlineData("fa", "شبکه پزشکان اعلام کرد تا روز دوشنبه ۳۱۰ نفر در درگیری‌های شهر کشته شده‌اند.", "killed 310 cumulative")]
    [InlineData("ar", "قالت نقابة الأطباء إن المعارك أسفرت حتى يوم الاثنين عن مقتل 310 أشخاص.", "killed 310 cumulative")]
    [InlineData("de", "Bis zum Montag wurden bei den Kämpfen in der Stadt 310 Menschen getötet.", "killed 310 cumulative")]
    [InlineData("es", "Hasta el lunes, 310 personas habían muerto en los combates en la ciudad.", "killed 310 cumulative")]
    [InlineData("id", "Hingga Senin, 310 orang tewas dalam pertempuran di kota itu.", "killed 310 cumulative")]
    // Negatives: a night from one day to the next, a day that dates one attack.
    [InlineData("fr", "Dans la nuit de dimanche au lundi, 12 drones ont été abattus au-dessus de la région.", "drones_downed 12 event")]
    [InlineData("en", "Two people were killed in a drone strike on a bus on Monday, the governor said.", "killed 2 event")]
    public void ADayAfterAsOf_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Since the beginning of the year, Russian troops have shelled the district 2,600 times. 31 civilians were killed and 140 wounded.", "killed 31 cumulative; injured 140 cumulative")]
    [InlineData("vi", "Kể từ đầu năm, lực lượng Nga đã pháo kích huyện này 2.600 lần. 31 dân thường thiệt mạng và 140 người bị thương.", "killed 31 cumulative; injured 140 cumulative")]
    [InlineData("vi", "Quân Nga đã tấn công huyện này 870 lần trong tháng 9. 31 dân thường thiệt mạng.", "killed 31 cumulative")]
    [InlineData("id", "Sejak awal tahun, pasukan Rusia menggempur distrik itu 2.600 kali. Sebanyak 31 warga sipil tewas.", "killed 31 cumulative")]
    [InlineData("fa", "روسیه در هفته گذشته ۸۷۰ بار این منطقه را گلوله‌باران کرد. ۳۱ غیرنظامی کشته شدند.", "killed 31 cumulative")]
    // Negatives: a day in the counting sentence; a toll that names its own time.
    [InlineData("en", "On Sunday alone, Russian troops shelled the district 120 times. Two civilians were killed.", "killed 2 event")]
    [InlineData("vi", "Kể từ đầu năm, lực lượng Nga đã pháo kích huyện này 2.600 lần. Sáng nay, một quả tên lửa đã khiến 3 người thiệt mạng.", "missiles_launched 1 event; killed 3 event")]
    public void APeriodsStatisticOfAttacks_FramesTheNextToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("id", "Serangan Rusia menewaskan 42 warga sipil selama 30 hari terakhir. Pada Minggu, sebuah drone melukai empat penumpang.", "killed 42 cumulative; injured 4 event")]
    // Negative: "minggu lalu" is last week.
    [InlineData("id", "Pada minggu lalu, serangan Rusia menewaskan 42 warga sipil di Kherson.", "killed 42 cumulative")]
    public void PadaMinggu_IsSunday(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The number of people killed in the strike on the station has risen to 19 - initial reports spoke of 12 - officials said.", "killed 19 event; killed 12 event")]
    public void AnInitialReportsValue_RestatesTheToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "In September, Russia fired 4,300 drones and 160 missiles at Ukraine. Air defences destroyed 3,900 drones and 120 missiles.", "drones_launched 4300 cumulative; missiles_launched 160 cumulative; drones_downed 3900 cumulative; missiles_downed 120 cumulative")]
    [InlineData("vi", "Trong tháng 9, Nga đã phóng 4.300 UAV và 160 tên lửa vào Ukraine. Phòng không Ukraine đã bắn hạ 3.900 UAV và 120 tên lửa.", "drones_launched 4300 cumulative; missiles_launched 160 cumulative; drones_downed 3900 cumulative; missiles_downed 120 cumulative")]
    [InlineData("id", "Sepanjang September, Rusia meluncurkan 4.300 drone dan 160 rudal ke Ukraina. Pertahanan udara Ukraina menembak jatuh 3.900 drone dan 120 rudal.", "drones_launched 4300 cumulative; missiles_launched 160 cumulative; drones_downed 3900 cumulative; missiles_downed 120 cumulative")]
    [InlineData("fa", "روسیه در ماه سپتامبر ۴۳۰۰ پهپاد و ۱۶۰ موشک به سوی اوکراین شلیک کرد. پدافند هوایی اوکراین ۳۹۰۰ پهپاد و ۱۲۰ موشک را سرنگون کرد.", "drones_launched 4300 cumulative; missiles_launched 160 cumulative; drones_downed 3900 cumulative; missiles_downed 120 cumulative")]
    [InlineData("en", "In September, Russia fired 160 missiles at Ukraine. Air defences destroyed 120 missiles.", "missiles_launched 160 cumulative; missiles_downed 120 cumulative")]
    // Negatives: a downing sentence with launches of its own; launches of one night before it.
    [InlineData("en", "In September, Russia fired 160 missiles at Ukraine. Air defences destroyed 20 of 25 missiles.", "missiles_launched 160 cumulative; missiles_downed 20 event; missiles_launched 25 event")]
    [InlineData("en", "Russia fired 25 missiles at Ukraine overnight. Air defences destroyed 20 missiles.", "missiles_launched 25 event; missiles_downed 20 event")]
    public void DowningsAfterAPeriodsLaunches_AreCountedOverThePeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Ukrainian air defences shot down 4,750 drones and 140 missiles, the air force said.", "drones_downed 4750 cumulative; missiles_downed 140 cumulative")]
    [InlineData("ru", "Украинская ПВО сбила 4420 дронов и 150 ракет.", "drones_downed 4420 cumulative; missiles_downed 150 cumulative")]
    public void ACountCoordinatedWithARunningTotal_SharesItsTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "KYIV, Dec 9 - At least 190 civilians were killed and 842 injured across Ukraine in November, the UN mission said.", "killed 190 cumulative; injured 842 cumulative")]
    // Negative: a date in the lede after the dateline's place is no dateline.
    [InlineData("en", "KYIV - At least 19 people were killed in a missile strike on Dec 8, the governor said.", "killed 19 event")]
    public void AWireDatelinesDate_DatesNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("ar", "أسفرت غارة إسرائيلية الاثنين عن مقتل 12 شخصا في مخيم النصيرات.", "killed 12 event")]
    [InlineData("ar", "قالت وزارة الصحة، الاثنين، إن 12 شخصا قتلوا في غارة على مخيم النصيرات.", "killed 12 event")]
    [InlineData("ar", "قتل 12 شخصا الاثنين في غارة إسرائيلية على مخيم النصيرات.", "killed 12 event")]
    // Negative: "two" without the article is still a number.
    [InlineData("ar", "قتل ثلاثة أشخاص وأصيب اثنان آخران في غارة على المخيم.", "killed 3 event; injured 2 event")]
    public void TheArabicMonday_CountsNothing(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("ar", "أسفرت الغارات الإسرائيلية منذ استئناف الحرب عن مقتل 920 شخصا وإصابة 2054 آخرين.", "killed 920 cumulative; injured 2054 cumulative")]
    [InlineData("en", "Since the war resumed, Israeli strikes have killed 920 people and wounded 2054 others.", "killed 920 cumulative; injured 2054 cumulative")]
    // Negative: a year after a plain word stays a year.
    [InlineData("en", "Since the war resumed in 2025, Israeli strikes have killed 920 people.", "killed 920 cumulative")]
    public void AYearLikeCountOfOthers_IsACount(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "ارتش در ماه اکتبر بیش از ۹۰۰ بار این شهر را بمباران کرد. در این حملات ۳۸۰ نفر کشته شدند.", "killed 380 cumulative")]
    // Negative: after one night's attack, "these attacks" are that night's.
    [InlineData("fa", "روسیه شب گذشته ۷۰ پهپاد به سوی اوکراین شلیک کرد. در این حملات چهار نفر کشته شدند.", "drones_launched 70 event; killed 4 event")]
    public void TheseAttacksAfterAPeriodsStatistic_AreThePeriods(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
