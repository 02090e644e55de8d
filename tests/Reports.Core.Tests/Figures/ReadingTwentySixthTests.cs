using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-sixth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentySixthTests
{
    [Theory]
    // A collective numeral counts people by itself: a fronted victims word far before it is its predicate.
    [InlineData("ru", "Погибших при обстреле рынка в центре города в итоге оказалось шестеро.", "killed 6")]
    [InlineData("ru", "Раненых после удара по остановке оказалось семеро.", "injured 7")]
    [InlineData("uk", "Загиблих унаслідок удару по багатоповерхівці в Дніпрі п'ятеро.", "killed 5")]
    [InlineData("uk", "Поранених після нічної атаки на Харків виявилося дванадцятеро.", "injured 12")]
    // Negatives and unchanged readings: a collective with its own verb, and a count of things.
    [InlineData("ru", "Погибли трое, ранены двое.", "killed 3; injured 2")]
    [InlineData("ru", "Погибших при обстреле рынка в центре города в итоге оказалось шесть домов.", "")]
    public void ACollectiveNumeral_CountsPeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // An item of a list after a figure, with its people noun, is counted over that figure's time.
    [InlineData("ru", "Погибли за выходные в Макеевке семь человек, в Донецке – четверо.", "killed 7 cumulative; killed 4 cumulative")]
    [InlineData("ru", "Погибли за выходные в Макеевке семь человек, в Донецке – 4 человека.", "killed 7 cumulative; killed 4 cumulative")]
    // Negative: an item with a day of its own is that day's.
    [InlineData("uk", "Загинули 7 людей, у Донецьку – четверо.", "killed 7 event; killed 4 event")]
    public void AListItemWithPeople_TakesTheFiguresTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // Data: es "al menos a" (the personal "a" after the qualifier).
    [InlineData("es", "Los ataques mataron el lunes al menos a 40 personas en el norte.", "killed 40 at_least")]
    [InlineData("es", "Las explosiones hirieron por lo menos a 15 civiles.", "injured 15 at_least")]
    // Data: weapons a launcher or vehicle carries (ru "несет", uk "несе", es "transporta", fr "emporte", de "trägt") are held.
    [InlineData("ru", "Боевая машина комплекса несет до 12 зенитных управляемых ракет.", "")]
    [InlineData("uk", "Ракетна установка несе 16 ракет, повідомили у Повітряних силах.", "")]
    [InlineData("es", "Cada camión lanzador transporta hasta 12 misiles.", "")]
    [InlineData("fr", "Selon l'état-major, le bombardier emporte quatre missiles de croisière.", "")]
    [InlineData("de", "Das Startgerät trägt bis zu acht Raketen.", "")]
    // Negatives: a launch or a downing is still read.
    [InlineData("ru", "Россия несет потери, а ПВО за ночь уничтожила 12 ракет.", "missiles_downed 12")]
    [InlineData("es", "Rusia lanzó 12 misiles contra Kiev.", "missiles_launched 12")]
    public void DataWords(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A count, then an aside that denies the earlier value, then the predicate: the count reads, the denied value does not.
    [InlineData("es", "Cuatro vecinos, y no tres como se dijo al principio, fallecieron en el bombardeo.", "killed 4")]
    [InlineData("fr", "Quatre habitants, et non trois comme indiqué hier, ont été tués dans le bombardement.", "killed 4")]
    [InlineData("fr", "Six soldats ont été blessés et non quatre.", "injured 6")]
    [InlineData("de", "Vier Bewohner, nicht drei wie anfangs berichtet, wurden bei dem Beschuss verletzt.", "injured 4")]
    [InlineData("ru", "Шестеро жителей, а не пятеро, как говорилось утром, погибли при обстреле.", "killed 6")]
    [InlineData("uk", "Шестеро мешканців, а не п'ятеро, як казали зранку, загинули під час обстрілу.", "killed 6")]
    [InlineData("en", "Four residents, not three as first said, were killed in the shelling.", "killed 4")]
    // Negatives: a denied predicate still states nothing; an aside with a figure word of its own is no denied value.
    [InlineData("es", "Los doce pasajeros no resultaron heridos.", "")]
    [InlineData("fr", "Les 12 passagers, non blessés, ont été évacués.", "")]
    public void ADeniedEarlierValueBetweenCommas_LeavesTheCountItsPredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A casualty participle set off by a comma after the people, with its own place or cause phrase: their predicate.
    [InlineData("ru", "Журналисты знают имена 4500 военных, погибших на фронте.", "killed 4500")]
    [InlineData("uk", "Відомі імена 3200 захисників, загиблих у боях за місто.", "killed 3200")]
    [InlineData("ru", "В больницы доставлены 40 жителей, раненых при обстреле.", "injured 40")]
    [InlineData("en", "Volunteers have named 900 soldiers, killed in the fighting for the town.", "killed 900")]
    // Negatives: a clause of its own after the comma, or a denial, gives the people no predicate.
    [InlineData("ru", "Из города вывезли 300 жителей, раненых доставили в больницу.", "")]
    [InlineData("ru", "Эвакуированы 30 жителей, погибших при этом нет.", "")]
    public void ACasualtyParticipleWithItsPhrase_IsThePeoplesPredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // People harmed, killed and hurt alike (data affected), with dead among them: the attack's casualties.
    [InlineData("es", "Diecisiete personas resultaron afectadas por el bombardeo del mercado, entre ellas tres fallecidas.", "casualties 17; killed 3")]
    [InlineData("fr", "Dix-huit personnes ont été touchées par la frappe, dont trois mortellement.", "casualties 18; killed 3")]
    [InlineData("fr", "Au total, 22 personnes ont été touchées, dont cinq morts.", "casualties 22; killed 5")]
    [InlineData("de", "Bei dem Angriff sind 19 Menschen zu Schaden gekommen, darunter Tote.", "casualties 19")]
    [InlineData("en", "Eleven people were affected by the blast, including two killed.", "casualties 11; killed 2")]
    // Negatives: people harmed with no dead among them, and the parts after them, are no figure; a denial stays one.
    [InlineData("es", "Doce personas resultaron afectadas por el humo del incendio.", "")]
    [InlineData("es", "Quince personas resultaron afectadas por el ataque, entre ellas dos niños.", "")]
    [InlineData("fr", "Près de 300 foyers ont été touchés par les coupures.", "")]
    [InlineData("de", "Bei dem Angriff ist niemand zu Schaden gekommen.", "")]
    public void ThoseHarmedWithDeadAmongThem_AreCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A downing verb before a list whose first item is a dual: a launching verb after the last item only describes it.
    [InlineData("ar", "أعلن الجيش أنه اعترض صاروخين وأربع طائرات مسيرة أطلقت من اليمن.", "missiles_downed 2; drones_downed 4")]
    [InlineData("ar", "اعترضت الدفاعات مسيرتين وثلاثة صواريخ أطلقت من لبنان.", "drones_downed 2; missiles_downed 3")]
    // Negative: a launching verb of the clause itself is still read.
    [InlineData("ar", "أطلقت روسيا صاروخين وأربع طائرات مسيرة على المدينة.", "missiles_launched 2; drones_launched 4")]
    public void ADualOpensTheListADowningVerbGoverns(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A comma between a part and "of" its larger whole of weapons: the part is downed, the whole launched, as without it.
    [InlineData("ar", "أعلن الجيش أنه أسقط خلال الليل عددا من المسيرات، منها 25، من أصل 40 مسيرة أطلقتها روسيا.", "drones_downed 25; drones_launched 40")]
    [InlineData("ar", "أسقطت الدفاعات الجوية 25، من أصل 40 مسيرة.", "drones_downed 25; drones_launched 40")]
    // Negative: a smaller count after the "of" is no whole.
    [InlineData("ar", "أسقطت الدفاعات الجوية 25 مسيرة، من أصل 4 مناطق.", "drones_downed 25")]
    // Data: es "bajas mortales" (deaths) are killed, not casualties.
    [InlineData("es", "Las tropas han sufrido más de 350 bajas mortales en dos semanas.", "killed 350 more_than")]
    public void APartAndItsWholeOfWeaponsAcrossAComma(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "Only", "alone" between a part and its place or time (data stopwords: es "solo", fr "seulement", "rien", de "allein", ar "فقط").
    [InlineData("es", "Desde enero han muerto 52 civiles, entre ellos 17 solo en el bombardeo del viernes.", "killed 52; killed 17")]
    [InlineData("fr", "Depuis janvier, 52 civils ont été tués, dont 17 rien que dans la frappe de vendredi.", "killed 52; killed 17")]
    [InlineData("de", "Seit Januar wurden 52 Zivilisten getötet, darunter 17 allein bei dem Angriff am Freitag.", "killed 52; killed 17")]
    // Weapons deployed or stationed, and battalions of a system, are no launch (data supplied, exclusions).
    [InlineData("uk", "Росія розмістила 40 ракет на позиціях поблизу кордону.", "")]
    [InlineData("ru", "В регионе развернуто около 10 дивизионов С-400.", "")]
    [InlineData("de", "Russland hat rund 20 Iskander-Raketen in Kaliningrad stationiert.", "")]
    // Negative: a launch is still read.
    [InlineData("ru", "Противник выпустил 10 ракет С-300 по Харькову.", "missiles_launched 10")]
    public void OnlyBeforeAPartsPlace_AndWeaponsDeployed(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Data: ar weekdays alone are event times ("في هجوم الثلاثاء", in Tuesday's attack); "since" a weekday stays a running total.
    [InlineData("ar", "قتل 52 مدنيا منذ يناير، بينهم 17 في هجوم الخميس.", "killed 52 cumulative; killed 17 event")]
    [InlineData("ar", "قتل 52 مدنيا منذ السبت في غارات على المدينة.", "killed 52 cumulative")]
    public void ArabicWeekdaysAreEventTimes(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // Data: ru "установк*" (launchers) is a unit, "установлены" (established) is none.
    [InlineData("ru", "К концу года поименно установлены более 90 тысяч российских военных, погибших в Украине.", "killed 90000 more_than")]
    // Negative: launchers counted stay no figure.
    [InlineData("ru", "Противник разместил три установки С-300 у самой границы.", "")]
    public void EstablishedIsNoUnit(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
