namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the nineteenth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these tests,
/// never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingNineteenthTests
{
    [Theory]
    // "As many again" after "and" or a comma repeats the number before it, with its qualifier.
    [InlineData("es", "Dos personas murieron y otros tantos resultaron heridos en un bombardeo israelí contra Nabatieh.", "killed 2; injured 2")]
    [InlineData("es", "Al menos tres milicianos murieron y otras tantas personas quedaron heridas en el ataque.", "killed 3 at_least; injured 3 at_least")]
    [InlineData("fr", "Deux personnes ont été tuées et autant blessées dans une frappe sur une voiture à Tyr.", "killed 2; injured 2")]
    [InlineData("fr", "Dans l'attaque, deux militaires ont été tués et autant ont été blessés, a précisé l'armée.", "killed 2; injured 2")]
    [InlineData("de", "Bei dem Luftangriff wurden zwei Menschen getötet und ebenso viele verletzt.", "killed 2; injured 2")]
    [InlineData("de", "Die Polizei meldete zwei Tote und genauso viele Verletzte.", "killed 2; injured 2")]
    [InlineData("ru", "Два человека погибли, еще столько же ранены при обстреле Горловки.", "killed 2; injured 2")]
    [InlineData("uk", "Двоє людей загинули, ще стільки ж поранені внаслідок атаки на Херсон.", "killed 2; injured 2")]
    // Negatives: "autant" as "as much"/"however", and no number before it, count nobody.
    [InlineData("fr", "Il a perdu deux frères dans la guerre, mais il n'a pas pour autant renoncé.", "")]
    [InlineData("es", "Murieron muchos civiles y otros tantos resultaron heridos.", "")]
    [InlineData("fr", "Trois personnes ont été blessées, autant que lors de la dernière attaque.", "injured 3")]
    public void AsManyAgain_RepeatsTheNumberBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A downing or launching verb right before "of them" is the part's own, not the whole's.
    [InlineData("ar", "قال سلاح الجو الأوكراني إن روسيا أطلقت 60 طائرة مسيرة خلال الليل، أسقط منها 40.", "drones_launched 60; drones_downed 40")]
    [InlineData("ar", "أعلن الجيش الإسرائيلي أن حزب الله أطلق نحو 30 صاروخا باتجاه الجليل، اعترض منها 12 وسقط الباقي في مناطق مفتوحة.", "missiles_launched 30 about; missiles_downed 12")]
    // Negatives: without a verb the part counts as the whole does; a part of people stays people.
    [InlineData("ar", "أطلقت روسيا 60 طائرة مسيرة، منها 40 من طراز شاهد.", "drones_launched 60; drones_launched 40")]
    [InlineData("ar", "أطلقت روسيا أكثر من 50 مسيرة على أوكرانيا، تم إسقاط أكثر من 30 منها.", "drones_launched 50 more_than; drones_downed 30 more_than")]
    public void AVerbBeforeOfThem_IsThePartsOwn(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Victims still under the rubble are missing: no figure.
    [InlineData("ar", "قال الدفاع المدني في غزة إن آلاف الضحايا ما زالوا تحت الركام، فيما استشهد 14 فلسطينيا في غارة على جباليا.", "killed 14")]
    [InlineData("ar", "وأشار إلى أن مئات الشهداء لا يزالون تحت الأنقاض.", "")]
    [InlineData("es", "Según la Defensa Civil, unas 10.000 personas siguen bajo los escombros en Gaza.", "")]
    [InlineData("ru", "По данным спасателей, 12 человек остаются под завалами, погибли трое.", "killed 3")]
    [InlineData("fr", "Une dizaine de personnes sont toujours sous les décombres, a indiqué la Défense civile.", "")]
    // Negatives: bodies pulled from under the rubble, and deaths under it, are the dead.
    [InlineData("ar", "انتشلت طواقم الدفاع المدني جثامين 12 شهيدا من تحت الأنقاض.", "killed 12")]
    [InlineData("es", "Cinco personas murieron bajo los escombros de su casa en Jan Yunis.", "killed 5")]
    public void VictimsStillUnderTheRubble_AreNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Days of mourning after the count are no period it covers.
    [InlineData("fr", "Trois civils ont été tués dans un bombardement russe sur Kherson, et la ville a décrété trois jours de deuil.", "killed 3 event")]
    [InlineData("es", "Siete personas murieron en el ataque contra Dnipró, y la ciudad decretó tres días de luto.", "killed 7 event")]
    [InlineData("ru", "В результате удара погибли пять человек, в городе объявлены три дня траура.", "killed 5 event")]
    [InlineData("uk", "Внаслідок удару загинули шестеро людей, у місті оголошено три дні жалоби.", "killed 6 event")]
    // Negatives: a span of days alone still frames its count.
    [InlineData("fr", "En trois jours, 40 personnes ont été tuées à Khartoum.", "killed 40 cumulative")]
    [InlineData("es", "En tres días de combates murieron 40 personas en El Fasher.", "killed 40 cumulative")]
    public void DaysOfMourning_AreNoPeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // Russian and Ukrainian superlatives of bloodshed frame their "since" as a comparison, not a period.
    [InlineData("ru", "Около 100 человек погибли при ударе по рынку, это самая кровопролитная атака на город с 1944 года.", "killed 100 event")]
    [InlineData("uk", "Щонайменше 20 людей загинули, це найкривавіший удар по місту з 2022 року.", "killed 20 event")]
    // Negative: "since" without a superlative is a running total.
    [InlineData("ru", "С 2022 года в городе погибли около 100 человек.", "killed 100 cumulative")]
    public void SuperlativesOfBloodshed_FrameTheirSince(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // Bodies (genitive plural), crew members; interceptor drones and aid packages are weapons supplied, not downed.
    [InlineData("ru", "Из-под завалов в Торецке извлекли девять тел, поиски продолжаются.", "killed 9")]
    [InlineData("uk", "З-під завалів дістали шість тіл, пошукова операція триває.", "killed 6")]
    [InlineData("es", "Tres tripulantes del granelero murieron en el ataque de un misil hutí en el golfo de Adén.", "killed 3")]
    [InlineData("es", "Estados Unidos aprobó un nuevo paquete de ayuda que incluye 300 drones.", "")]
    [InlineData("es", "Estados Unidos entregará 300 drones interceptores a Ucrania.", "")]
    // Negatives: bodies with their casualty word, and downing interceptions, still read.
    [InlineData("ru", "Спасатели обнаружили тела 22 погибших.", "killed 22")]
    [InlineData("es", "La defensa antiaérea interceptó 20 drones durante la noche.", "drones_downed 20")]
    public void BodiesCrewsAndInterceptorDrones_ReadAsTheyAre(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A number that looks like a year but has a unit after it is a distance or a sum, no year framing the count.
    [InlineData("es", "Los hutíes lanzaron tres misiles contra Eilat, a unos 2000 kilómetros de Saná.", "missiles_launched 3 event")]
    [InlineData("ar", "أعلن الحوثيون إطلاق صاروخين باليستيين على مدينة إيلات التي تبعد نحو 2000 كيلومتر عن صنعاء.", "missiles_launched 2 event")]
    [InlineData("ru", "Два человека погибли при ударе дрона по автобусу, ущерб составил 2000 рублей.", "killed 2 event")]
    // Negatives: a year named alone, or with its own noun, still frames the year's total.
    [InlineData("es", "En 2024 murieron 230 personas en ataques con drones en la región.", "killed 230 cumulative")]
    [InlineData("ru", "В 2024 году в регионе погибли 230 человек.", "killed 230 cumulative")]
    public void AYearLikeNumberWithAUnit_IsNoYear(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // Ukrainian "загальна кількість" (total number) heads a toll: one attack named in its segment makes it that attack's toll.
    [InlineData("uk", "Загальна кількість загиблих унаслідок удару по Дніпру зросла до 7.", "killed 7 event")]
    // Negatives: a total since the start of the war, and a total with no attack named, stay running totals.
    [InlineData("uk", "Загальна кількість загиблих з початку війни зросла до 700.", "killed 700 cumulative")]
    [InlineData("uk", "За даними ООН, загальна кількість загиблих цивільних сягнула 12 тисяч.", "killed 12000 cumulative")]
    public void AUkrainianTotalOfOneAttack_IsThatAttacksToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A part after "among the wounded" right after a toll of the dead counts the wounded.
    [InlineData("uk", "Кількість загиблих унаслідок удару по Кривому Рогу зросла до 9, серед поранених – 38 людей.", "killed 9; injured 38")]
    [InlineData("ru", "Число погибших возросло до 9, среди раненых – 38 человек.", "killed 9; injured 38")]
    // Negatives: a part among the dead, or after "including", keeps the kind of the figure before it.
    [InlineData("ru", "Погибли девять человек, среди погибших – трое детей.", "killed 9; killed 3")]
    [InlineData("uk", "Загинули дев'ятеро людей, серед них – троє дітей.", "killed 9; killed 3")]
    public void APartAmongTheWounded_CountsTheWounded(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
