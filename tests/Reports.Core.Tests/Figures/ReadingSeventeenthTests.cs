namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the seventeenth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these tests,
/// never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingSeventeenthTests
{
    [Theory]
    // A verb followed by a function word and "others" is the verb of the number after them, or of the others alone.
    [InlineData("es", "Un ataque aéreo mató a 19 personas e hirió a otras 40, según Sanidad.", "killed 19; injured 40")]
    [InlineData("es", "El bombardeo causó la muerte de 12 personas y heridas a otras 25.", "killed 12; injured 25")]
    [InlineData("es", "Un ataque hirió a 19 personas y mató a otras dos.", "injured 19; killed 2")]
    [InlineData("ar", "استشهد ثلاثة مواطنين وأصيب آخرون في قصف على دير البلح.", "killed 3")]
    // Negatives: the verb after the number with no "others" still counts it; a verb right before the next number too.
    [InlineData("es", "Diecinueve personas resultaron heridas en el ataque.", "injured 19")]
    [InlineData("es", "Un ataque mató a 19 personas y dejó 40 heridos.", "killed 19; injured 40")]
    [InlineData("ar", "أصيب ثلاثة مواطنين في قصف على دير البلح.", "injured 3")]
    public void AVerbOfOthers_IsNoPredicateOfTheNumberBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A day or a date between a casualty verb and its number is no gap.
    [InlineData("es", "Las RSF mataron el martes a 23 civiles en un mercado de El Fasher.", "killed 23")]
    [InlineData("es", "Las RSF mataron el martes 5 de noviembre a 23 civiles en El Fasher.", "killed 23")]
    [InlineData("fr", "Les FSR ont tué mardi 5 novembre 23 civils à El-Facher.", "killed 23")]
    [InlineData("ru", "Боевики убили во вторник 23 мирных жителя.", "killed 23")]
    // A German ordinal day before a month is a date, not a count.
    [InlineData("de", "Die RSF töteten am 5. November 23 Zivilisten.", "killed 23")]
    // Negatives: other words between still stop the verb ("the town of"), and a day alone counts nothing.
    [InlineData("es", "Las RSF mataron el martes a varios civiles en la ciudad de 23 barrios.", "")]
    [InlineData("fr", "Les FSR ont attaqué mardi 5 novembre la ville.", "")]
    public void ADayBetweenVerbAndNumber_IsNoGap(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "since" with an article before a date ("desde el 23 de septiembre", "depuis le 23 septembre") frames a running total.
    [InlineData("es", "Los bombardeos han causado alrededor de 700 muertos desde el 23 de septiembre, según el ministerio.", "killed 700 cumulative")]
    [InlineData("fr", "Les frappes ont fait plus de 1 000 morts depuis le 23 septembre, selon le ministère.", "killed 1000 cumulative")]
    [InlineData("de", "Seit dem 7. Oktober wurden im Libanon 1200 Menschen getötet.", "killed 1200 cumulative")]
    // Negatives: a date without "since" dates one event.
    [InlineData("es", "Al menos 20 personas murieron el 23 de septiembre en Beirut.", "killed 20 event")]
    [InlineData("fr", "Vingt personnes ont été tuées le 23 septembre à Beyrouth.", "killed 20 event")]
    public void SinceAnArticleAndADate_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // Month names in ru and uk are whole words: a place named after a month ("Октябрьский", "Жовтневе") is no month.
    [InlineData("ru", "В результате атаки на поселок Октябрьский пострадали пять человек.", "injured 5 event")]
    [InlineData("uk", "Унаслідок обстрілу селища Жовтневе поранено трьох людей.", "injured 3 event")]
    // Negatives: the month's own forms still frame a running total.
    [InlineData("ru", "В октябре в области погибли 12 человек.", "killed 12 cumulative")]
    [InlineData("uk", "У жовтні в області загинули 12 людей.", "killed 12 cumulative")]
    [InlineData("ru", "За сентябрь погибли 12 человек.", "killed 12 cumulative")]
    public void APlaceNamedAfterAMonth_IsNoMonth(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A bare number after a dash that ends the sentence gives the value of the clause before it.
    [InlineData("ru", "За сутки средствами ПВО сбиты 210 беспилотников. Наибольшее число было сбито над Курской областью — 87.", "drones_downed 210; drones_downed 87")]
    [InlineData("uk", "Над Україною вночі знешкоджено 46 ворожих безпілотників. Найбільше збито над Київщиною — 20.", "drones_downed 46; drones_downed 20")]
    [InlineData("ru", "Уничтожены 41 беспилотник. Больше всего — над Брянской областью: 18.", "drones_downed 41; drones_downed 18")]
    [InlineData("ru", "Больше всего жертв за год зафиксировано в Донецкой области — 612.", "killed 612")]
    // Negatives: no verb and no superlative after a downing tally; a launched tally before; a number that goes on.
    [InlineData("ru", "Уничтожены 41 беспилотник. Над Брянской областью — 18.", "drones_downed 41")]
    [InlineData("ru", "Запущены 41 беспилотник. Больше всего — над Брянской областью: 18.", "drones_launched 41")]
    [InlineData("ru", "Сбиты 41 беспилотник. Наибольшее число было сбито над областью — 18 км от границы.", "drones_downed 41")]
    public void ANumberAfterADash_IsTheClausesValue(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // An Arabic dual that is a casualty or weapon word counts itself ("شهيدين", two killed; "مسيرتين", two drones).
    [InlineData("ar", "أدى القصف على مخيم البريج إلى سقوط شهيدين وخمسة جرحى.", "killed 2; injured 5")]
    [InlineData("ar", "أسفرت الغارة على بلدة الخيام عن شهيد وجريحين.", "injured 2")]
    [InlineData("ar", "أعلن الجيش الإسرائيلي اعتراض مسيرتين أطلقتا من اليمن.", "drones_downed 2")]
    [InlineData("ar", "اعترض سلاح الجو طائرتين مسيرتين أطلقتا من لبنان.", "drones_downed 2")]
    // Negative: a dual of people with its own verb after it keeps that verb.
    [InlineData("ar", "أصيب شخصين في القصف.", "injured 2")]
    public void AnArabicDualOfVictimsOrDrones_CountsItself(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Marches ("مسيرات حاشدة", "المسيرات والوقفات") and people taking part in them are no drones and no figures.
    [InlineData("ar", "خرج عشرات الآلاف في مسيرات حاشدة بالعاصمة، وشارك الآلاف في المسيرات دعما لغزة.", "")]
    [InlineData("ar", "وشهدت العواصم المئات من المسيرات والوقفات الاحتجاجية، شارك فيها عشرات الآلاف من المتظاهرين.", "")]
    // Negatives: drones are still drones.
    [InlineData("ar", "أطلق حزب الله 3 مسيرات انقضاضية على قاعدة عسكرية.", "drones_launched 3")]
    [InlineData("ar", "أسقطت الدفاعات الجوية المئات من المسيرات الروسية.", "drones_downed 100 at_least")]
    public void MarchesAreNoDrones(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A range of ages whose unit follows its second end ("de entre 20 y 30 años") excludes its first end too.
    [InlineData("es", "Seis jóvenes de entre 20 y 30 años murieron en un ataque con dron.", "killed 6")]
    [InlineData("ru", "Погибли пять мужчин в возрасте от 20 до 60 лет.", "killed 5")]
    // Negative: two counts joined by "and" before a weapon noun stay counts.
    [InlineData("de", "Die Armee fing 12 und 30 Drohnen ab.", "drones_downed 12; drones_downed 30")]
    public void AnAgeRangeWithItsUnitAfter_IsExcluded(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
