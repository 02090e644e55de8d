namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twentieth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these tests,
/// never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentiethTests
{
    [Theory]
    // The displaced and refugees (data uprooted) after a count of the dead are no item of it.
    [InlineData("es", "Según la ONU, los combates en Kordofán han dejado más de 200 muertos y más de 3 millones de desplazados.", "killed 200 more_than")]
    [InlineData("es", "La ofensiva ha causado 90 muertos y 15.000 refugiados en la frontera con Chad.", "killed 90")]
    [InlineData("es", "Hubo 300 muertos, 2.000 desplazados y 40 heridos en la región.", "killed 300; injured 40")]
    [InlineData("fr", "Les combats ont fait 75 morts et plus de 20 000 déplacés, selon l'OCHA.", "killed 75")]
    [InlineData("de", "Die Kämpfe forderten 60 Tote und 18.000 Vertriebene, teilte die UN mit.", "killed 60")]
    [InlineData("ar", "أسفرت المعارك عن 45 قتيلا و12 ألف نازح خلال أسبوع.", "killed 45")]
    [InlineData("ru", "Бои унесли жизни 35 человек, 8 тысяч беженцев покинули город.", "killed 35")]
    // Negatives: the displaced killed are the dead, with their verb before or after.
    [InlineData("es", "Una bomba mató a más de 12 desplazados en Rafah.", "killed 12 more_than")]
    [InlineData("es", "Murieron 14 civiles desplazados en el bombardeo de la escuela.", "killed 14")]
    [InlineData("fr", "Deux civils déplacés ont été tués par une frappe sur une école.", "killed 2")]
    [InlineData("fr", "Le bombardement a tué 8 réfugiés dans le camp.", "killed 8")]
    [InlineData("ar", "استشهد 12 فلسطينيا من النازحين في قصف على مدرسة.", "killed 12")]
    public void TheDisplaced_AreNoItemOfTheDead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Arabic "آلاف" alone is "thousands" (at least 1000); after a number it multiplies.
    [InlineData("ar", "قالت الأمم المتحدة إن آلاف المدنيين قتلوا في الفاشر منذ اندلاع الحرب.", "killed 1000 at_least")]
    [InlineData("ar", "وتسببت الحرب في آلاف الجرحى منذ بدايتها.", "injured 1000 at_least")]
    [InlineData("ar", "قتل 3 آلاف شخص في المعارك.", "killed 3000")]
    // Drones whose track was lost are downed (lost), as "disappeared from radar".
    [InlineData("ar", "أعلن سلاح الجو الأوكراني أن روسيا أطلقت 30 مسيرة، تم إسقاط 22 منها، فيما فقد أثر 8 أخرى.", "drones_launched 30; drones_downed 22; drones_downed 8")]
    // Negative: a lost track of people is no figure.
    [InlineData("ar", "أطلقت روسيا 40 مسيرة على أوكرانيا.", "drones_launched 40")]
    public void ArabicThousandsAndLostTracks(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A year after its month before "to" is a date, no first end of a range.
    [InlineData("ar", "وارتفعت حصيلة الشهداء منذ السابع من أكتوبر 2023 إلى 43500 شهيد و102000 مصاب.", "killed 43500; injured 102000")]
    // Negative: a range of ages still excludes both ends.
    [InlineData("ru", "Погибли трое мужчин в возрасте от 20 до 60 лет.", "killed 3")]
    public void AYearAfterItsMonth_IsNoRange(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "до" after a losing verb with a place or time between is "up to".
    [InlineData("ru", "За неделю боев российская армия потеряла в районе Покровска до 2 тысяч военнослужащих.", "casualties 2000 up_to")]
    [InlineData("ru", "Украинская сторона потеряла на этом направлении до 40 человек.", "casualties 40 up_to")]
    // Negatives: a toll's change "до" is the new value; "направлении" (direction) is no launching verb.
    [InlineData("ru", "Число погибших возросло до 21.", "killed 21")]
    [InlineData("ru", "Число потерь противника возросло до 1300.", "casualties 1300")]
    [InlineData("ru", "На Покровском направлении за сутки сбиты 12 беспилотников.", "drones_downed 12")]
    public void UpToApartFromItsLosingVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Ukrainian "загальні втрати" with one day in the toll's phrase is that day's tally.
    [InlineData("uk", "Генштаб ЗСУ: загальні бойові втрати противника за минулу добу склали 1250 осіб.", "casualties 1250 event")]
    [InlineData("uk", "Загальні втрати противника за добу становлять 1300 осіб.", "casualties 1300 event")]
    // A value after its own running-total time across the dash is that running total.
    [InlineData("uk", "Втрати противника за минулу добу склали 1250 осіб, а з початку повномасштабного вторгнення – близько 720 тисяч.", "casualties 1250 event; casualties 720000 cumulative")]
    // French and Spanish "bilan total" of one strike is its toll.
    [InlineData("fr", "Le bilan total de la frappe russe sur Soumy s'est alourdi à 35 morts.", "killed 35 event")]
    [InlineData("es", "El balance total del ataque contra Dnipró asciende a 21 muertos.", "killed 21 event")]
    // Negatives: total losses with no day, or a day before the head, stay running totals.
    [InlineData("uk", "Загальні бойові втрати противника склали близько 720 тисяч осіб.", "casualties 720000 cumulative")]
    [InlineData("uk", "У вівторок загальні втрати противника сягнули 720 тисяч осіб.", "casualties 720000 cumulative")]
    [InlineData("fr", "Le bilan total depuis le début de la guerre s'élève à 350 morts.", "killed 350 cumulative")]
    public void TotalsOfOneDayOrOneStrike(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // Instrumental and dative plurals of regions are units.
    [InlineData("uk", "Над шістьма областями вночі збили 16 дронів.", "drones_downed 16")]
    [InlineData("ru", "Над пятью областями ночью сбиты 16 беспилотников.", "drones_downed 16")]
    public void RegionsInTheInstrumental_AreNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Weapons with no verb of their own after a supply word earlier in the sentence are that supply's.
    [InlineData("es", "Estados Unidos aprobó un nuevo paquete de ayuda militar para Ucrania, que incluye munición para los sistemas HIMARS y 100 drones.", "")]
    [InlineData("es", "Alemania anunció un nuevo paquete de ayuda militar a Ucrania que incluye 500 drones interceptores y 20 vehículos blindados.", "")]
    // Negatives: a launching verb of their own, or one between, still launches them.
    [InlineData("es", "Ucrania produce 4.000 drones al mes; esta noche Rusia atacó con 90 drones.", "drones_launched 90")]
    [InlineData("es", "Rusia lanzó 40 drones contra Ucrania durante la noche.", "drones_launched 40")]
    public void WeaponsAfterASupplyWord_AreSupplied(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Surface-to-air guided missiles are missiles, not anti-aircraft guns.
    [InlineData("ru", "Над Крымом ночью сбиты 27 украинских беспилотников и две зенитные управляемые ракеты С-200.", "drones_downed 27; missiles_downed 2")]
    [InlineData("uk", "Під час повітряної тривоги зенітні ракетні комплекси збили 4 крилаті ракети.", "missiles_downed 4")]
    // Negatives: anti-aircraft guns stay units.
    [InlineData("ru", "Зенитные установки уничтожили 5 дронов.", "drones_downed 5")]
    [InlineData("ru", "Уничтожены три зенитных установки противника.", "")]
    public void SurfaceToAirMissiles_AreMissiles(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A type named after a word for "type" is the same weapons: "all … downed" after it still downs them.
    [InlineData("uk", "У ніч на 12 травня ворог запустив 35 дронів типу «Шахед», усі цілі знешкоджено.", "drones_launched 35; drones_downed 35")]
    [InlineData("ru", "Россия выпустила 20 дронов типа «Герань», все они сбиты.", "drones_launched 20; drones_downed 20")]
    [InlineData("es", "Rusia lanzó 30 drones de tipo Shahed, todos fueron derribados.", "drones_launched 30; drones_downed 30")]
    // Negative: a part downed stays the part.
    [InlineData("uk", "Ворог запустив 35 дронів типу «Шахед», 20 з них збито.", "drones_launched 35; drones_downed 20")]
    public void ATypeName_IsTheSameWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Spanish "la última jornada" is one day; "militares caídos" are the dead.
    [InlineData("es", "Rusia perdió en la última jornada unos 1.200 soldados, entre muertos y heridos.", "casualties 1200 event")]
    [InlineData("es", "El Ejército eleva a 380 los militares caídos desde el inicio de la ofensiva terrestre.", "killed 380 cumulative")]
    // Negatives: losses with no day stay a running total; fallen debris counts nobody.
    [InlineData("es", "Rusia ha perdido unos 700.000 soldados, entre muertos y heridos.", "casualties 700000 cumulative")]
    [InlineData("es", "Los restos caídos de 3 drones dañaron una casa.", "")]
    public void SpanishDayAndFallen(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
