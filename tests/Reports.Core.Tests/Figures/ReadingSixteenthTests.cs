namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the sixteenth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these tests,
/// never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingSixteenthTests
{
    [Theory]
    // A verb of exceeding right before the number is "more than" (GUIDELINE: more than, over).
    [InlineData("ru", "Число погибших в анклаве с начала войны превысило 41 тысячу.", "killed 41000 more_than")]
    [InlineData("uk", "Кількість загиблих унаслідок удару по Сумах перевищила 20 осіб.", "killed 20 more_than")]
    [InlineData("fr", "Le nombre de morts dans l'enclave dépasse les 41 000, selon le ministère.", "killed 41000 more_than")]
    [InlineData("de", "Die Zahl der Toten übersteigt 41.000, teilte die Behörde mit.", "killed 41000 more_than")]
    [InlineData("ar", "وتخطى عدد الجرحى في القطاع 95 ألفا.", "injured 95000 more_than")]
    [InlineData("es", "El número de heridos superó los 95.000, según el ministerio.", "injured 95000 more_than")]
    // Negative: a toll that rose to a number keeps it exact.
    [InlineData("ru", "Число погибших в анклаве выросло до 41 тысячи.", "killed 41000")]
    public void AVerbOfExceeding_IsMoreThan(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A unit counted by a number of its own ("hace un año") excludes no number after the qualifying verb that follows it.
    [InlineData("es", "El número de muertos desde que comenzó la ofensiva hace un año supera los 2.300, según el ministerio.", "killed 2300 more_than")]
    [InlineData("es", "El número de muertos desde que comenzó la ofensiva hace más de un año supera ya los 2.300.", "killed 2300 more_than")]
    // Negative: a unit right before a number with nothing between still excludes it ("el año 2023").
    [InlineData("es", "En el año 2023 murieron 40 civiles en la zona.", "killed 40")]
    public void ACountedUnit_ExcludesNoLaterNumber(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "два десятка", "два десятки": a number before a word for ten multiplies it.
    [InlineData("ru", "Почти два десятка человек погибли при ударе по рынку.", "killed 20 nearly")]
    [InlineData("uk", "Майже два десятки людей загинули внаслідок удару по ринку.", "killed 20 nearly")]
    [InlineData("ru", "Три десятка беспилотников сбиты над областью.", "drones_downed 30")]
    // Negative: the word alone is still a round "about ten", and "десятки" alone still vague.
    [InlineData("ru", "Около десятка человек получили ранения.", "injured 10 about")]
    [InlineData("uk", "Десятки людей отримали поранення.", "injured 10 at_least")]
    public void TensCountedByANumber_Multiply(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // No article: a singular noun of a person beside a casualty verb is one victim when a count marked "others" follows.
    [InlineData("ru", "В Никополе погибла женщина, еще трое получили ранения.", "killed 1; injured 3")]
    [InlineData("ru", "В Горловке погиб мирный житель, еще двое ранены.", "killed 1; injured 2")]
    [InlineData("uk", "У Херсоні загинув чоловік, ще четверо людей дістали поранення.", "killed 1; injured 4")]
    [InlineData("ar", "استشهد شاب وأصيب ثلاثة آخرون برصاص الاحتلال في نابلس.", "killed 1; injured 3")]
    [InlineData("ar", "قتل رجل وأصيب اثنان آخران في غارة على سيارة.", "killed 1; injured 2")]
    // Negatives: no tally beside it (a bare noun is no figure); a number already counted by the verb; no casualty verb.
    [InlineData("ru", "В Никополе погибла женщина.", "")]
    [InlineData("ru", "В Никополе ранена женщина, повреждены 5 домов.", "")]
    [InlineData("ru", "Погибли две женщины, еще трое ранены.", "killed 2; injured 3")]
    [InlineData("uk", "Чоловік звернувся до лікарів, ще троє людей дістали поранення.", "injured 3")]
    public void ASingularVictimSetAgainstOthers_IsOne(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A downing participle between the count noun and the weapon noun makes the count the downed.
    [InlineData("ru", "В ночь на воскресенье число сбитых над регионами России беспилотников превысило 100.", "drones_downed 100 more_than")]
    [InlineData("uk", "Кількість збитих над областю дронів сягнула 40.", "drones_downed 40")]
    // Negative: without a downing word the count is the launched.
    [InlineData("ru", "Число запущенных по региону беспилотников достигло 60.", "drones_launched 60")]
    public void ADowningParticipleInACountedToll_IsDowned(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A word that excludes its numbers (hits) heads a list whose first weapon has no number: the next item is a hit too.
    [InlineData("uk", "Ворог атакував 90 ударними БпЛА. Зафіксовано влучання ракет та 8 ударних БпЛА на 5 локаціях.", "drones_launched 90")]
    [InlineData("uk", "Ворог атакував 90 ударними БпЛА. Зафіксовано влучання балістичних ракет та 8 ударних БпЛА.", "drones_launched 90")]
    // Negative: "and" after a downed weapon noun joins a count of its own.
    [InlineData("uk", "Сили ППО збили ракети та 8 ударних БпЛА.", "drones_downed 8")]
    public void HitsOfAListOfWeapons_AreNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // The other end of a change is counted over the change's time; a count marked "others" after a running total whose
    // own phrase holds the time shares it.
    [InlineData("ru", "Число погибших в области с начала августа выросло до 112 с 98, еще 430 человек получили ранения.", "killed 112 cumulative; killed 98 cumulative; injured 430 cumulative")]
    [InlineData("ru", "Число погибших в области с начала августа выросло до 112, еще 430 человек получили ранения.", "killed 112 cumulative; injured 430 cumulative")]
    // Negatives: a one-night change stays an event; "others" after a total that names one attack stays the attack's.
    [InlineData("ru", "Число погибших при ночном ударе по Сумам выросло до 14 с 11, еще 30 человек ранены.", "killed 14 event; killed 11 event; injured 30 event")]
    [InlineData("en", "The toll since the war began rose to 41,000, and another 160 people were wounded in a strike on Rafah on Monday.", "killed 41000 cumulative; injured 160 event")]
    public void AChangeAndOthersAfterATotal_ShareItsTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A month in the nominative after "за" (for October) frames a month's statistics.
    [InlineData("uk", "За жовтень на Харківщині загинули 94 цивільні, ще 380 отримали поранення.", "killed 94 cumulative; injured 380 cumulative")]
    [InlineData("uk", "За вересень у області загинули 51 людина.", "killed 51 cumulative")]
    // Negative: a day's date stays one event.
    [InlineData("uk", "Вранці 3 жовтня на Харківщині загинули четверо людей.", "killed 4 event")]
    public void AMonthsStatistics_AreARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A month-by-month item whose time stands before its number, nothing after it: the figure before gives its kind.
    [InlineData("de", "Im September wurden in der Region 47 Zivilisten getötet, im Oktober 63.", "killed 47; killed 63")]
    [InlineData("es", "En septiembre murieron 47 civiles en la región y en octubre 63.", "killed 47; killed 63")]
    [InlineData("fr", "En septembre, 47 civils ont été tués dans la région, en octobre 63.", "killed 47; killed 63")]
    // Negatives: a number with a noun or a verb of its own after the time is no gapped item; no time, no item.
    [InlineData("de", "Im September wurden 47 Zivilisten getötet, im Oktober wurden 63 Häuser zerstört.", "killed 47")]
    [InlineData("de", "Im September wurden 47 Zivilisten getötet, sagte er am Montag 63.", "killed 47")]
    public void AGappedItemWithItsTimeBefore_TakesThePredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "y el de heridos, a 95", "et celui des blessés à 40": an elided toll after "and" heads the next count.
    [InlineData("es", "El número de muertos por el ataque ascendió a 28 y el de heridos, a 95, informaron las autoridades.", "killed 28; injured 95")]
    [InlineData("fr", "Le bilan est passé à 12 morts et celui des blessés à 40, selon le gouverneur.", "killed 12; injured 40")]
    // Negative: an inverted toll right after its number still counts it ("elevó a 45.227 la cifra de muertos").
    [InlineData("es", "El ministerio elevó a 45.227 la cifra de muertos y a 107.573 la de heridos.", "killed 45227; injured 107573")]
    public void AnElidedTollAfterAnd_HeadsTheNextCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A breakdown ("из них четверо детей") is a part of the figure before it, not of the next group marked "others".
    [InlineData("ru", "За неделю погибли 48 мирных жителей, из них четверо детей, еще 160 человек получили ранения.", "killed 48; killed 4; injured 160")]
    [InlineData("uk", "За тиждень загинули 48 цивільних, серед них четверо дітей, ще 160 людей отримали поранення.", "killed 48; killed 4; injured 160")]
    // Negative: parts whose last item has its own verb take it ("among them 411 women and 96 children killed").
    [InlineData("en", "Overall 1,724 people were killed and 4,012 injured, among them 411 women and 96 children killed.", "killed 1724; injured 4012; killed 411; killed 96")]
    public void ABreakdownBeforeOthers_KeepsItsFiguresKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A sentence of parts by place right after a sentence that downed weapons: "Из них 21 – над …", "«18 - над …»".
    [InlineData("ru", "ПВО уничтожили 64 беспилотника. Из них 21 – над территорией Брянской области, 17 – над Курской областью.", "drones_downed 64; drones_downed 21; drones_downed 17")]
    [InlineData("ru", "ПВО уничтожили 41 беспилотник, сообщили в Минобороны. «18 - над территорией Брянской области, 11 - над Курской», - говорится в сообщении.", "drones_downed 41; drones_downed 18; drones_downed 11")]
    [InlineData("ru", "ПВО уничтожили 64 беспилотника. 21 – над территорией Брянской области, 17 – над Курской областью.", "drones_downed 64; drones_downed 21; drones_downed 17")]
    // Negatives: after a launched count, after a sentence with no weapons, or with a noun of its own, it is no part.
    [InlineData("ru", "Россия запустила 64 беспилотника. Из них 21 – над Харьковской областью.", "drones_launched 64")]
    [InlineData("ru", "Губернатор провел совещание. 21 – над территорией Брянской области.", "")]
    [InlineData("ru", "ПВО уничтожили 64 беспилотника. 21 человек получил ранения.", "drones_downed 64; injured 21")]
    public void PartsByPlaceAfterADowningSentence_AreParts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Instrumental number words: "атакував … сімома ракетами", "атаковал двенадцатью беспилотниками".
    [InlineData("uk", "Ворог атакував Україну 120 ударними БпЛА та сімома ракетами.", "drones_launched 120; missiles_launched 7")]
    [InlineData("ru", "Противник атаковал область двенадцатью беспилотниками.", "drones_launched 12")]
    // Negative: weapons with no number of their own stay no count.
    [InlineData("uk", "Ворог атакував Україну 120 ударними БпЛА та ракетами.", "drones_launched 120")]
    public void InstrumentalNumberWords_AreCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Drones diverted by electronic warfare ("umgelenkt", "abgelenkt") are downed (GUIDELINE: jammed).
    [InlineData("de", "Von 50 Drohnen wurden 30 abgeschossen, 17 weitere wurden durch elektronische Abwehr umgelenkt.", "drones_launched 50; drones_downed 30; drones_downed 17")]
    [InlineData("de", "Zwölf Drohnen wurden durch elektronische Kampfführung abgelenkt.", "drones_downed 12")]
    // Negative: a diverted road is no figure.
    [InlineData("de", "Der Verkehr wurde umgelenkt, 17 Menschen wurden verletzt.", "injured 17")]
    public void DivertedDrones_AreDowned(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A labelled parenthesis right after the figures ("(Vormonat: 110 und 480)", "(в августе: 110 и 480)") compares values.
    [InlineData("de", "Im September wurden 127 Zivilisten getötet und 546 verletzt (im August: 110 und 480).", "killed 127; injured 546; killed 110; injured 480")]
    [InlineData("ru", "В сентябре погибли 127 мирных жителей, 546 ранены (в августе: 110 и 480).", "killed 127; injured 546; killed 110; injured 480")]
    // Negative: a label that names people counts them itself ("(Kinder: 12)" is no earlier value of both).
    [InlineData("de", "Im September wurden 127 Zivilisten getötet und 546 verletzt (darunter Kinder: 12).", "killed 127; injured 546; injured 12")]
    public void ALabelledParenthesis_ComparesValues(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
