namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-seventh session, scope helper, written for these tests (no evaluation text): where the scope (one event or a
/// running total) is the hard part — a unit's losses since a season, the latest strike after a running total, "over the
/// same period", "as of" a date, a weekday's evening after "since", an anniversary of one attack.
/// </summary>
public sealed class ScopeTwentySeventhTests
{
    [Theory]
    [InlineData("en", "The 47th Brigade has lost 40 men since spring, its commander said.", "casualties 40 cumulative")]
    [InlineData("fr", "La brigade a perdu 40 hommes depuis le printemps, a déclaré son commandant.", "casualties 40 cumulative")]
    [InlineData("es", "La brigada ha perdido 40 hombres desde la primavera, dijo su comandante.", "casualties 40 cumulative")]
    [InlineData("de", "Die Brigade hat seit dem Frühjahr 40 Mann verloren, sagte ihr Kommandeur.", "casualties 40 cumulative")]
    [InlineData("ru", "С весны бригада потеряла 40 человек убитыми, рассказал ее командир.", "killed 40 cumulative")]
    [InlineData("uk", "Від весни бригада втратила 40 бійців загиблими, розповів її командир.", "killed 40 cumulative")]
    [InlineData("vi", "Lữ đoàn này đã mất 40 binh sĩ kể từ mùa xuân, chỉ huy cho biết.", "casualties 40 cumulative")]
    // Negatives: an ordinal that ranks an attack still frames the comparison; a season with no "since" is no running total.
    [InlineData("en", "It was the 10th attack on the city since spring, and it killed four people.", "killed 4 event")]
    [InlineData("fr", "Au printemps, une frappe sur le marché a tué 40 personnes.", "killed 40 event")]
    public void ASeasonAfterSinceStartsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "More than 6,000 people have been killed in Gaza since the truce ended, the ministry said. In the latest strikes, 52 people were killed across the territory.", "killed 6000 cumulative; killed 52 event")]
    [InlineData("fr", "Plus de 6000 personnes ont été tuées à Gaza depuis la fin de la trêve. Dans les dernières frappes, 52 personnes ont été tuées.", "killed 6000 cumulative; killed 52 event")]
    [InlineData("fr", "Au moins 1400 personnes ont été tuées à Gaza depuis mars. L'attaque contre une école a tué 60 personnes.", "killed 1400 cumulative; killed 60 event")]
    [InlineData("es", "Más de 6.000 personas han muerto en Gaza desde el fin de la tregua. En los últimos ataques murieron 52 personas.", "killed 6000 cumulative; killed 52 event")]
    [InlineData("ru", "С конца перемирия в Газе погибли более 6000 человек. В результате последних ударов погибли 52 человека.", "killed 6000 cumulative; killed 52 event")]
    [InlineData("uk", "Від завершення перемир'я в Газі загинули понад 6000 людей. Унаслідок останніх ударів загинули 52 людини.", "killed 6000 cumulative; killed 52 event")]
    [InlineData("ar", "قتل أكثر من 6000 شخص في غزة منذ انتهاء الهدنة. وأسفرت الغارات الأخيرة عن مقتل 52 شخصا.", "killed 6000 cumulative; killed 52 event")]
    [InlineData("id", "Lebih dari 6.000 orang tewas di Gaza sejak gencatan senjata berakhir. Serangan terbaru menewaskan 52 orang.", "killed 6000 cumulative; killed 52 event")]
    [InlineData("vi", "Hơn 6.000 người đã thiệt mạng ở Gaza kể từ khi lệnh ngừng bắn kết thúc. Các cuộc tấn công mới nhất khiến 52 người thiệt mạng.", "killed 6000 cumulative; killed 52 event")]
    // Negative: the latest strike that brings a running total keeps the total's scope.
    [InlineData("en", "The latest strikes brought the death toll since October to 44,100.", "killed 44100 cumulative")]
    public void TheLatestStrikeAfterARunningTotalIsOneEvent(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The number of people killed in Lebanon since March has risen to 1,240, the ministry said. A further 410 civilians were injured over the same period.", "killed 1240 cumulative; injured 410 cumulative")]
    [InlineData("fr", "Au moins 310 civils ont été tués en Ukraine en octobre, selon l'ONU. Sur la même période, 64 enfants ont été blessés.", "killed 310 cumulative; injured 64 cumulative")]
    [InlineData("es", "Al menos 310 civiles murieron en Ucrania en octubre, según la ONU. En el mismo periodo, otros 64 niños resultaron heridos.", "killed 310 cumulative; injured 64 cumulative")]
    [InlineData("de", "Im Oktober wurden in der Ukraine mindestens 310 Zivilisten getötet. Im selben Zeitraum wurden weitere 64 Kinder verletzt.", "killed 310 cumulative; injured 64 cumulative")]
    [InlineData("ru", "В октябре в Украине погибли не менее 310 мирных жителей. За тот же период еще 64 ребенка получили ранения.", "killed 310 cumulative; injured 64 cumulative")]
    [InlineData("uk", "У жовтні в Україні загинули щонайменше 310 цивільних. За той самий період ще 64 дитини зазнали поранень.", "killed 310 cumulative; injured 64 cumulative")]
    [InlineData("ar", "قتل ما لا يقل عن 310 مدنيين في أوكرانيا في أكتوبر. وخلال الفترة نفسها أصيب 64 طفلا آخرين.", "killed 310 cumulative; injured 64 cumulative")]
    [InlineData("id", "Sedikitnya 310 warga sipil tewas di Ukraina pada Oktober. Pada periode yang sama, 64 anak lainnya terluka.", "killed 310 cumulative; injured 64 cumulative")]
    // Negative: the same period after one day's figures is that day.
    [InlineData("en", "Russian strikes killed 14 people in the past 24 hours, the governor said. Over the same period, a further 30 were injured.", "killed 14 event; injured 30 event")]
    public void TheSamePeriodIsTheTimeOfTheFiguresBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fr", "Au 30 novembre, le ministère avait recensé 612 civils tués dans la région.", "killed 612 cumulative")]
    [InlineData("id", "Per 30 November, kementerian mencatat 612 warga sipil tewas di wilayah itu.", "killed 612 cumulative")]
    [InlineData("vi", "Tính đến ngày 30/11, bộ đã ghi nhận 612 dân thường thiệt mạng trong khu vực.", "killed 612 cumulative")]
    [InlineData("fa", "تا تاریخ ۳۰ نوامبر، ۶۱۲ غیرنظامی در این استان کشته شده‌اند.", "killed 612 cumulative")]
    // Negative: a day with no "as of" dates one attack.
    [InlineData("fr", "Le 30 novembre, une frappe a tué 12 civils dans la région.", "killed 12 event")]
    public void AsOfADateIsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("de", "Insgesamt wurden seit Samstagabend in der Region Charkiw vier Menschen getötet und 23 verletzt.", "killed 4 cumulative; injured 23 cumulative")]
    // Negative: the evening alone dates one attack.
    [InlineData("de", "Am Samstagabend wurden bei einem Angriff auf Charkiw vier Menschen getötet.", "killed 4 event")]
    public void AWeekdaysEveningAfterSinceStartsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Residents gathered on Sunday to mark a year since the missile strike on the children's hospital that killed 33 people.", "killed 33 event")]
    // Negative: a count after "since the attack" with its verb after it is counted over the time since.
    [InlineData("en", "Since the attack 45 more people have died of their wounds in the region's hospitals.", "killed 45 cumulative")]
    public void AnAttacksOwnTollAfterSinceIsOneEvent(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "It brings the military's toll in the ground operation to 420.", "killed 420 cumulative")]
    [InlineData("ru", "Таким образом, число погибших военных в наземной операции достигло 420.", "killed 420 cumulative")]
    [InlineData("ar", "وبذلك ارتفع عدد الجنود القتلى في العملية البرية إلى 420.", "killed 420 cumulative")]
    [InlineData("fa", "شمار نظامیان کشته‌شده در عملیات زمینی به ۴۲۰ نفر رسید.", "killed 420 cumulative")]
    [InlineData("de", "Die Zahl der bei der Bodenoffensive getöteten Soldaten liegt bei 420.", "killed 420 cumulative")]
    // Negative: soldiers killed in the operation on a day, with no toll, are that day's.
    [InlineData("en", "Two soldiers were killed in the ground operation in Gaza on Monday, the army said.", "killed 2 event")]
    public void ATollOfACampaignIsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // Indonesian "serangan" is singular and plural alike: a toll in the hundreds of attacks not marked as one is a campaign's.
    [InlineData("id", "Jumlah korban tewas akibat gempuran Israel di Lebanon selatan telah mencapai 347 orang.", "killed 347 cumulative")]
    // Negatives: one attack marked as one ("serangan itu"), and a toll under a hundred, stay events.
    [InlineData("id", "Jumlah korban tewas akibat serangan itu telah mencapai 347 orang.", "killed 347 event")]
    [InlineData("id", "Jumlah korban meninggal akibat serangan Rusia di Kharkiv telah mencapai 12 orang.", "killed 12 event")]
    public void AnIndonesianTollOfAttacksNotMarkedAsOneIsACampaigns(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The number of journalists killed in Gaza stands at 178, the committee said on Wednesday.", "killed 178 cumulative")]
    [InlineData("en", "UNRWA said on Tuesday that 170 of its staff had been killed in Gaza.", "killed 170 cumulative")]
    [InlineData("fr", "Le nombre de journalistes tués à Gaza s'élève désormais à 178, selon le comité.", "killed 178 cumulative")]
    [InlineData("ru", "Число погибших журналистов в секторе Газа достигло 178, сообщил комитет.", "killed 178 cumulative")]
    [InlineData("uk", "Кількість загиблих журналістів у Газі сягнула 178, повідомив комітет.", "killed 178 cumulative")]
    [InlineData("ar", "ارتفع عدد الصحفيين الذين قتلوا في غزة إلى 178، بحسب اللجنة.", "killed 178 cumulative")]
    [InlineData("fa", "شمار خبرنگاران کشته‌شده در غزه به ۱۷۸ نفر رسیده است.", "killed 178 cumulative")]
    [InlineData("vi", "Số nhà báo thiệt mạng ở Gaza đã lên tới 178 người, theo ủy ban.", "killed 178 cumulative")]
    // Negatives: a few of them, or an attack named, or a day of their own, stay events.
    [InlineData("en", "Two journalists were killed in southern Lebanon, the army said.", "killed 2 event")]
    [InlineData("en", "The number of aid workers killed in the strike on the convoy rose to 112.", "killed 112 event")]
    [InlineData("en", "On Monday, 120 aid workers were killed in Gaza.", "killed 120 event")]
    public void ATallyOfJournalistsOrAnAgencysStaffIsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // "Up to", "hingga", "تا" before a day of a month mean "until": the day is a date, no count.
    [InlineData("en", "Up to 30 November, 612 civilians had been killed in the region.", "killed 612")]
    [InlineData("id", "Hingga 30 November, 612 warga sipil tewas di wilayah itu.", "killed 612")]
    [InlineData("fa", "تا ۳۰ نوامبر، ۶۱۲ غیرنظامی در این استان کشته شده‌اند.", "killed 612")]
    // Negative: "up to" before people still counts them.
    [InlineData("en", "Up to 30 people were killed in the strike.", "killed 30 up_to")]
    public void UntilADayOfAMonthIsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A verb-first statement: the speaker between the verb and the day, "that" after the day; the day is the statement's.
    [InlineData("ar", "وقالت الأونروا يوم الثلاثاء إن 170 من موظفيها قتلوا في غزة.", "killed 170 cumulative")]
    // Negative: a span after the speaker is the reported clause's own time.
    [InlineData("fa", "ستاد کل ارتش اوکراین اعلام کرد روسیه در ۲۴ ساعت گذشته حدود ۱۵۰۰ نیرو را از دست داده است.", "casualties 1500 event")]
    public void ADayAfterTheSpeakerOfAVerbFirstStatementIsTheStatements(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // "serangan tunggal" (a single attack) is one attack: the month after it dates that attack.
    [InlineData("id", "Serangan tunggal paling mematikan, yang menewaskan 60 orang di sebuah pasar, terjadi pada Juni.", "killed 60 event")]
    public void ASingleAttackIsOneAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
