namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-second session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentySecondTests
{
    [Theory]
    // The whole of "N of the M people" reads to its verb past an attribute set off by commas (a participle, a relative
    // clause) and past a long attribute with no commas.
    [InlineData("ru", "Трое из 17 членов экипажа сухогруза, обстрелянного беспилотником в Азовском море во вторник, погибли.", "killed 3")]
    [InlineData("uk", "Двоє з 15 членів екіпажу буксира, який атакував російський дрон біля Очакова, загинули.", "killed 2")]
    [InlineData("ru", "Семеро из 35 пассажиров маршрутки, попавшей под удар FPV-дрона на окраине Херсона, погибли.", "killed 7")]
    [InlineData("es", "Cuatro de los 16 marineros filipinos que trabajaban en el carguero alcanzado el jueves por un misil frente a Adén murieron.", "killed 4")]
    [InlineData("fr", "Deux des 19 marins du pétrolier libérien touché jeudi par des drones houthis au large de Moka ont été tués.", "killed 2")]
    [InlineData("es", "Cinco de los 12 jóvenes arrestados durante la incursión del ejército israelí en el campo de Tulkarem, que duró tres días, murieron.", "killed 5")]
    // Negatives: an aside whose comma is not followed by a casualty verb, or a whole with another verb, counts no victims.
    [InlineData("ru", "Трое из 17 членов экипажа сухогруза, обстрелянного беспилотником, были эвакуированы.", "")]
    [InlineData("es", "Los 16 marineros filipinos que trabajaban en el carguero alcanzado el jueves por un misil frente a Adén fueron rescatados.", "")]
    public void WholeOfAPart_ReadsPastAnAttribute(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "N of the M wounded … died": the part died, however far its verb stands past the wounded's place and time.
    [InlineData("es", "Tres de los siete socorristas heridos en el ataque israelí contra el centro de Defensa Civil en Nabatieh murieron el lunes.", "killed 3; injured 7")]
    [InlineData("fr", "Trois des neuf enfants blessés lors de la frappe sur l'école de Khartoum sont morts lundi.", "killed 3; injured 9")]
    [InlineData("de", "Drei der acht verletzten Sanitäter sind im Krankenhaus gestorben.", "killed 3; injured 8")]
    // Negatives: the wounded taken to a hospital stay wounded; another clause's killing verb is no death of theirs.
    [InlineData("es", "Tres de los siete socorristas heridos fueron trasladados al hospital de Tiro.", "injured 3; injured 7")]
    [InlineData("de", "Drei der acht verletzten Sanitäter wurden ins Krankenhaus gebracht, wo ein weiterer Patient starb.", "injured 3; injured 8; killed 1")]
    public void PartOfTheWounded_WhoDied_IsKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // The dot of an abbreviated scale word belongs to the number: what follows it is right after the number.
    [InlineData("ru", "ВСУ сбили 85 беспилотников. За месяц противник сбросил около 2,3 тыс. управляемых авиабомб.", "drones_downed 85")]
    [InlineData("ru", "Противник за сутки применил 1,2 тыс. артиллерийских снарядов и 40 беспилотников.", "drones_launched 40")]
    [InlineData("uk", "Сили ППО збили 60 дронів. Ворог скинув за тиждень 1,1 тис. керованих авіабомб.", "drones_downed 60")]
    // Negatives: people and drones after the abbreviation still count, and "41 тыс. 337" is still one number.
    [InlineData("ru", "С начала года в регионе погибли 1,5 тыс. человек.", "killed 1500")]
    [InlineData("ru", "Над регионом с начала года сбиты 2,4 тыс. беспилотников.", "drones_downed 2400")]
    [InlineData("ru", "Число погибших достигло 41 тыс. 337 человек.", "killed 41337")]
    public void AbbreviatedScale_KeepsItsDot(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Qualifiers that end with a preposition before the number ("оцениваются более чем в …").
    [InlineData("ru", "Потери противника с начала года оцениваются более чем в 400 тысяч человек.", "casualties 400000 more_than")]
    [InlineData("uk", "Втрати ворога з початку року оцінюються більш ніж у 400 тисяч осіб.", "casualties 400000 more_than")]
    // Negative: a distance after "в" stays no figure.
    [InlineData("ru", "Беспилотник упал примерно в 5 км от города, никто не пострадал.", "")]
    public void QualifierEndingInAPreposition(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A side's losses with its verb first: German verb-second past the subject and a place phrase, Arabic verb-first.
    [InlineData("de", "Laut Kiew verlor die russische Armee bei den Gefechten um Kupjansk rund 900 Soldaten.", "casualties 900 about")]
    [InlineData("de", "Verloren hat die russische Armee nach ukrainischen Angaben am Samstag rund 1.100 Soldaten.", "casualties 1100 about")]
    [InlineData("ar", "خسر الجيش الروسي أكثر من 1100 جندي خلال يوم واحد.", "casualties 1100 more_than")]
    [InlineData("ar", "فقد الجيش الروسي نحو 900 جندي في معارك كوبيانسك.", "casualties 900 about")]
    // Negatives: soldiers sent or taking part are no losses.
    [InlineData("de", "Laut Kiew verlegte die russische Armee in die Gegend um Kupjansk rund 900 Soldaten.", "")]
    [InlineData("ar", "شارك في المناورات نحو 900 جندي.", "")]
    public void FrontedLosingVerb_CountsTheLosses(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Items after the victims' verb and the place of their attack share its verb; an "and" written onto a number word
    // joins the next item.
    [InlineData("es", "Siete personas murieron en los bombardeos del lunes: cuatro en Tiro y tres en Sidón.", "killed 7; killed 4; killed 3")]
    [InlineData("ar", "استشهد 9 أشخاص في غارات إسرائيلية، خمسة في صور وأربعة في النبطية.", "killed 9; killed 5; killed 4")]
    // Negatives: attacks named as a label still count nothing; a number word that opens with "و" alone joins nothing.
    [InlineData("es", "Bombardeos: 14.", "")]
    [InlineData("ar", "استشهد 9 أشخاص في غارات إسرائيلية على 5 بلدات.", "killed 9")]
    public void ItemsAfterTheVerb_ShareIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A singular scale word with no number before it counts one of it ("a million").
    [InlineData("ru", "Потери противника с начала войны превысили миллион человек.", "casualties 1000000 more_than")]
    [InlineData("uk", "Росія втратила понад мільйон військових.", "casualties 1000000 more_than")]
    [InlineData("ar", "خسرت روسيا أكثر من مليون جندي.", "casualties 1000000 more_than")]
    [InlineData("en", "Russia has lost more than a million soldiers.", "casualties 1000000 more_than")]
    // Negatives: a scale after a number stays part of it, and money or the displaced stay no figure.
    [InlineData("ru", "Два миллиона человек покинули свои дома.", "")]
    [InlineData("ru", "Пентагон выделил Украине миллион долларов.", "")]
    [InlineData("ru", "С начала войны погибли 1,2 миллиона человек.", "killed 1200000")]
    public void LoneScaleWord_CountsOne(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Auxiliaries right before the casualty verb are the verb's: no distance between the people and it.
    [InlineData("fr", "Trois secouristes du Comité islamique de la santé ont été tués.", "killed 3")]
    [InlineData("en", "Four workers of the regional water utility in Kherson have been killed.", "killed 4")]
    // Negative: people with another verb stay no figure.
    [InlineData("fr", "Trois secouristes du Comité islamique de la santé ont été évacués vers Tyr.", "")]
    public void AuxiliariesBeforeTheVerb_AreNoDistance(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // es "pérdidas" are losses of people, as fr "pertes" and de "Verluste" are.
    [InlineData("es", "Las pérdidas rusas en la última semana ascienden a 7.200 soldados.", "casualties 7200")]
    // Negatives: a currency after "de"/"d'" excludes a scaled number.
    [InlineData("es", "Las pérdidas económicas de la región ascienden a 300 millones de euros.", "")]
    [InlineData("fr", "Les pertes économiques s'élèvent à 300 millions d'euros.", "")]
    public void LossesAndCurrencyAfterOf(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "до" after a losing verb is the MoD's day claim, as an "up to" qualifier is: no running total by its size alone.
    [InlineData("ru", "Противник потерял до 1250 военнослужащих, два танка и пять боевых бронированных машин.", "casualties 1250 event")]
    [InlineData("uk", "Ворог втратив до 1200 військових.", "casualties 1200 event")]
    // Negatives: a toll risen "to" a value in the thousands stays a running total; so do losses in the hundred thousands.
    [InlineData("ru", "Число погибших в Газе возросло до 45 000.", "killed 45000 cumulative")]
    [InlineData("ru", "Противник потерял более 700 тысяч военнослужащих.", "casualties 700000 cumulative")]
    public void UpToAfterALosingVerb_IsTheDaysClaim(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
