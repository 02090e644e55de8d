namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirtieth session, scope helper, written for these tests (no evaluation text): the days one attack lasted (an event),
/// a month's statistic of attacks before a toll with no time of its own (a running total), the day so far after a
/// "since" word (an event).
/// </summary>
public sealed class ScopeThirtiethTests
{
    [Theory]
    [InlineData("fr", "Des dizaines de soldats ont été tués lors d'un assaut de quatre jours contre la position.", "killed 10 event")]
    [InlineData("es", "Decenas de civiles murieron en un asalto de cinco días contra la aldea.", "killed 10 event")]
    [InlineData("ru", "Сотни бойцов погибли в ходе пятидневного штурма поселка.", "killed 100 event")]
    [InlineData("uk", "Сотні військових загинули під час п'ятиденного штурму селища.", "killed 100 event")]
    [InlineData("ar", "قتل العشرات في هجوم استمر خمسة أيام على القرية.", "killed 10 event")]
    [InlineData("fa", "ده‌ها نفر در حمله پنج روزه به این روستا کشته شدند.", "killed 10 event")]
    [InlineData("id", "Puluhan orang tewas dalam serangan lima hari ke desa itu.", "killed 10 event")]
    [InlineData("vi", "Hàng chục người thiệt mạng trong cuộc tấn công kéo dài 5 ngày vào ngôi làng.", "killed 10 event")]
    [InlineData("en", "Hundreds of people were killed in the assault on the town, officials said.", "killed 100 event")]
    // Negatives: days of attacks in the plural, attacks by a side during the days, days since an attack began.
    [InlineData("en", "Dozens of people were killed in three days of strikes on the city.", "killed 12 cumulative")]
    [InlineData("id", "Serangan Rusia selama lima hari telah menewaskan 60 orang di kota itu.", "killed 60 cumulative")]
    [InlineData("vi", "Các cuộc tấn công kéo dài 5 ngày đã khiến 60 người thiệt mạng.", "killed 60 cumulative")]
    [InlineData("ar", "منذ بدء الهجوم قبل خمسة أيام قتل 60 شخصا.", "killed 60 cumulative")]
    public void TheDaysOneAttackLasted_AreThatAttacksTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Russian artillery hit the district 940 times in September. 18 civilians were killed and 75 injured.", "killed 18 cumulative; injured 75 cumulative")]
    [InlineData("es", "La artillería rusa atacó el distrito 940 veces en agosto. Murieron 18 civiles y 75 resultaron heridos.", "killed 18 cumulative; injured 75 cumulative")]
    [InlineData("de", "Die russische Armee griff den Bezirk im August 940 Mal an. 18 Zivilisten wurden getötet.", "killed 18 cumulative")]
    [InlineData("uk", "У серпні ворог атакував громаду 940 разів. Загинули 18 цивільних, ще 75 дістали поранень.", "killed 18 cumulative; injured 75 cumulative")]
    [InlineData("ru", "Российские войска в августе ударили по району 940 раз. Погибли 18 мирных жителей.", "killed 18 cumulative")]
    [InlineData("fr", "L'artillerie russe a frappé le district 940 fois en août. 18 civils ont été tués.", "killed 18 cumulative")]
    [InlineData("ar", "قصفت القوات المنطقة 940 مرة في أغسطس. وقتل 18 مدنيا.", "killed 18 cumulative")]
    [InlineData("fa", "دشمن در ماه اوت ۹۴۰ بار این منطقه را هدف قرار داد. ۱۸ غیرنظامی کشته شدند.", "killed 18 cumulative")]
    [InlineData("id", "Rusia menyerang distrik itu 940 kali pada bulan Agustus. Sebanyak 18 warga sipil tewas.", "killed 18 cumulative")]
    // Negative: a count that names its own attack after the month's statistic is that attack's.
    [InlineData("en", "Russian artillery hit the district 940 times in September. On Tuesday a missile strike on the market killed five people.", "killed 5 event")]
    public void AMonthsStatisticOfAttacks_FramesTheNextToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("es", "En lo que va del día, 12 personas han muerto en bombardeos sobre la ciudad.", "killed 12 event")]
    [InlineData("uk", "Від початку доби внаслідок обстрілів загинули двоє людей.", "killed 2 event")]
    // Negative: the year so far stays a running total.
    [InlineData("es", "En lo que va del año, 312 personas han muerto en bombardeos sobre la ciudad.", "killed 312 cumulative")]
    public void TheDaySoFar_IsOneDay(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("uk", "Загальні бойові втрати ворога з 24.02.22 по 30.11.26 орієнтовно склали: особового складу — близько 1 038 500 осіб, з них 990 осіб — за минулу добу.", "casualties 1038500 cumulative; casualties 990 event")]
    [InlineData("ru", "Потери противника с 24.02.22 по 30.11.26 составили: личного состава — около 1 038 500 человек, в том числе 990 — за прошедшие сутки.", "casualties 1038500 cumulative; casualties 990 event")]
    public void ADayAfterAPartsDash_IsNoTimeOfTheWhole(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("es", "El ataque dejó 17 muertos -la cifra inicial era de 10- y 22 heridos.", "killed 17 event; killed 10 event; injured 22 event")]
    [InlineData("fr", "La frappe a fait 17 morts - le bilan initial faisait état de 10 - et 22 blessés.", "killed 17 event; killed 10 event; injured 22 event")]
    [InlineData("de", "Der Angriff forderte 17 Tote – die erste Zahl lag bei zehn – und 22 Verletzte.", "killed 17 event; killed 10 event; injured 22 event")]
    public void AnInitialValueBetweenDashes_RestatesTheToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("ar", "وأعلنت الوزارة في تقريرها الأسبوعي مقتل 35 شخصا.", "killed 35 cumulative")]
    public void AWeeklyReport_StatesRunningTotals(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Prosecutors recorded the missile strike on the depot, in which 9 workers were killed, as a war crime.", "killed 9 event")]
    [InlineData("en", "Investigators recorded the drone strike on the minibus, in which five passengers were killed.", "killed 5 event")]
    // Negative: strikes in the plural keep the running total.
    [InlineData("en", "Monitors recorded missile strikes on hospitals, which killed 140 people.", "killed 140 cumulative")]
    public void ARecordedStrikeOfAWeapon_IsOneAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
