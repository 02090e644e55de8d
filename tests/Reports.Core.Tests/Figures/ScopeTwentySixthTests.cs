namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-sixth session, scope helper, written for these tests (no evaluation text): a span of fewer days than a running
/// total's ("in the past two days", "за останні дві доби", "au cours des deux derniers jours", "خلال اليومين الماضيين") in
/// the count's own clause is one event's time, as "the past 24 hours" is, whatever running-total time another clause names.
/// </summary>
public sealed class ScopeTwentySixthTests
{
    [Theory]
    [InlineData("en", "Ukraine has endured more than 9,000 air attacks since the invasion began, the minister said, adding that air defences downed 31 drones in the past two days.", "drones_downed 31 event")]
    [InlineData("fr", "L'Ukraine a subi plus de 9 000 attaques aériennes depuis le début de l'invasion, a dit le ministre, et la défense a abattu 31 drones au cours des deux derniers jours.", "drones_downed 31 event")]
    [InlineData("es", "Ucrania ha sufrido más de 9.000 ataques aéreos desde el inicio de la invasión, dijo el ministro, y sus defensas derribaron 31 drones en los últimos dos días.", "drones_downed 31 event")]
    [InlineData("de", "Die Ukraine hat seit Beginn der Invasion über 9.000 Luftangriffe erlebt, sagte der Minister, die Flugabwehr habe in den letzten zwei Tagen 31 Drohnen abgeschossen.", "drones_downed 31 event")]
    [InlineData("ru", "С начала вторжения Украина пережила свыше 9000 воздушных атак, сказал министр, а за последние два дня ПВО сбила 31 дрон.", "drones_downed 31 event")]
    [InlineData("uk", "Від початку вторгнення Україна пережила понад 9000 повітряних атак, сказав міністр, а за останні дві доби ППО збила 31 дрон.", "drones_downed 31 event")]
    [InlineData("ar", "قال الوزير إن أوكرانيا تعرضت لأكثر من 9000 هجوم جوي منذ بداية الغزو، وإن الدفاعات أسقطت 31 مسيرة خلال اليومين الماضيين.", "drones_downed 31 event")]
    [InlineData("vi", "Ukraine đã hứng chịu hơn 9.000 cuộc không kích kể từ đầu cuộc chiến, bộ trưởng nói, và phòng không đã bắn hạ 31 UAV trong hai ngày qua.", "drones_downed 31 event")]
    [InlineData("id", "Ukraina telah mengalami lebih dari 9.000 serangan udara sejak awal invasi, kata menteri, dan pertahanan udara menembak jatuh 31 drone dalam dua hari terakhir.", "drones_downed 31 event")]
    // Negatives: three days or more still frame a running total; "two days ago" dates a day and decides nothing.
    [InlineData("en", "Since the invasion began, air defences have downed 9,000 drones, including 31 in the past three days.", "drones_downed 9000 cumulative; drones_downed 31 cumulative")]
    [InlineData("fr", "La défense a abattu 31 drones au cours des trois derniers jours.", "drones_downed 31 cumulative")]
    [InlineData("en", "Two days ago, officials said 310 civilians had been killed in the region since January.", "killed 310 cumulative")]
    public void AFewDaysInTheCountsOwnClauseAreOneEvent(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // "дві доби" (two days) is a time, not a count of drones.
    [InlineData("uk", "За останні дві доби ППО збила 31 дрон.", "drones_downed 31")]
    public void TwoDaysIsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The death toll from Israeli air strikes on Gaza has reached 230, including 64 children, officials said.", "killed 230 cumulative; killed 64 cumulative")]
    [InlineData("fr", "Le bilan des frappes israéliennes sur le sud du Liban a atteint 230 morts, selon le ministère.", "killed 230 cumulative")]
    [InlineData("es", "El número de muertos por los bombardeos israelíes sobre Gaza ha alcanzado los 230, según Sanidad.", "killed 230 cumulative")]
    [InlineData("de", "Die Zahl der Toten der israelischen Luftangriffe auf Gaza ist auf 230 gestiegen.", "killed 230 cumulative")]
    [InlineData("ru", "Число погибших в результате израильских авиаударов по Газе достигло 230.", "killed 230 cumulative")]
    [InlineData("uk", "Кількість загиблих унаслідок ізраїльських авіаударів по Газі сягнула 230.", "killed 230 cumulative")]
    [InlineData("ar", "ارتفعت حصيلة الغارات الإسرائيلية على جنوب لبنان إلى 230 قتيلا.", "killed 230 cumulative")]
    [InlineData("fa", "شمار کشته‌های حملات هوایی اسرائیل به جنوب لبنان به ۲۳۰ نفر رسید.", "killed 230 cumulative")]
    [InlineData("vi", "Số người thiệt mạng do các cuộc không kích của Israel vào Gaza đã lên tới 230.", "killed 230 cumulative")]
    // Negatives: one attack's toll, a day named, and a small toll of a night's strikes stay events.
    [InlineData("en", "The death toll from the Russian missile strike on Dnipro has reached 230.", "killed 230 event")]
    [InlineData("en", "The death toll from Israeli strikes on Gaza on Tuesday rose to 230.", "killed 230 event")]
    [InlineData("en", "The death toll from Russian strikes on Kharkiv has risen to 12, the governor said.", "killed 12 event")]
    [InlineData("ru", "Число погибших в результате атаки на Днепр достигло 230.", "killed 230 event")]
    public void ATollOfAttacksInThePluralWithNoTimeIsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Since the ground offensive began twelve days ago, 44 soldiers have been killed and 160 wounded, the army said.", "killed 44 cumulative; injured 160 cumulative")]
    [InlineData("en", "Since the operation started 12 days ago, 44 fighters have died.", "killed 44 cumulative")]
    // Negatives: days ago with no "since" phrase date one attack; a "since" with no days ago is read as before.
    [InlineData("en", "Forty-four people were killed in a strike on the market twelve days ago, officials said.", "killed 44 event")]
    [InlineData("en", "Twelve days ago, a strike on the market killed 44 people.", "killed 44 event")]
    public void DaysAgoEndingASincePhraseStartARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
