namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-third session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentyThirdTests
{
    [Theory]
    // A casualty verb that opens its clause is the predicate of the people counted after long place, time and cause phrases.
    [InlineData("ru", "Погибли при атаке дрона на маршрутку в Белгородском районе трое мирных жителей.", "killed 3")]
    [InlineData("ru", "Погибли в воскресенье в результате обстрела рынка в Донецке пять человек: трое на остановке и двое возле рынка.", "killed 5; killed 3; killed 2")]
    [InlineData("uk", "Загинули внаслідок удару КАБом по околиці Краматорська двоє чоловіків, ще четверо поранені.", "killed 2; injured 4")]
    [InlineData("fr", "Ont été tués lors de la frappe de drone qui a visé samedi une voiture près de Kherson deux civils.", "killed 2")]
    [InlineData("es", "Murieron en el bombardeo israelí contra una escuela de Jan Yunis seis personas.", "killed 6")]
    [InlineData("ar", "استشهد في القصف الإسرائيلي على مخيم النصيرات وسط قطاع غزة أربعة فلسطينيين.", "killed 4")]
    // Negatives: a count after a preposition, people acted upon, a count past a comma.
    [InlineData("ru", "Ранены при атаке на автобус с 30 пассажирами двое.", "")]
    [InlineData("ru", "Погибли в результате удара по городу, где проживают 300 тысяч человек.", "")]
    [InlineData("es", "Fueron evacuadas tras el ataque contra el hospital 40 personas.", "")]
    public void OpeningCasualtyVerb_CountsThePeopleAfterItsPhrases(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "N of them in PLACE and M in PLACE": parts after a figure whose place phrase is long, with "of them" glued to one
    // word (Arabic), and gapped items whose place has an article, plain words or an "of" before its name.
    [InlineData("es", "Once personas murieron en ataques israelíes contra el sur del Líbano, seis de ellas en Nabatieh y cinco en la ciudad costera de Tiro.", "killed 11; killed 6; killed 5")]
    [InlineData("de", "Bei Luftangriffen sind neun Menschen ums Leben gekommen, fünf davon in Nabatijeh und vier in der Hafenstadt Tyros.", "killed 9; killed 5; killed 4")]
    [InlineData("ar", "استشهد سبعة فلسطينيين خلال اقتحام للضفة الغربية، أربعة منهم في جنين وثلاثة في نابلس.", "killed 7; killed 4; killed 3")]
    [InlineData("en", "Ten people were killed in Israeli strikes across southern Lebanon, six of them in Nabatieh and four in the coastal city of Tyre.", "killed 10; killed 6; killed 4")]
    [InlineData("es", "Los bombardeos mataron a siete civiles: cuatro en la región de Donetsk y tres en la de Járkov.", "killed 7; killed 4; killed 3")]
    // A span of time before the list's colon is no other count of the clause.
    [InlineData("es", "Los ataques rusos mataron a seis civiles en las últimas 48 horas: cuatro en la región de Donetsk y dos en la de Járkov.", "killed 6; killed 4; killed 2")]
    // Negatives: a thing after the item's number, and an item with a verb of its own, are no items of the dead.
    [InlineData("es", "Nueve personas murieron en Nabatieh, y 30 casas en la ciudad costera de Tiro quedaron destruidas.", "killed 9")]
    [InlineData("de", "Neun Menschen kamen ums Leben, und 40 Häuser in der Stadt Tyros wurden zerstört.", "killed 9")]
    public void PartsAndItems_PastLongPlaces(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A verb-second language ends the clause with the participle: the people reach it past the attack's long phrases.
    [InlineData("de", "Mindestens 15 Zivilisten sind bei einem russischen Raketenangriff auf ein als Einkaufszentrum genutztes Gebäude in Charkiw getötet worden.", "killed 15 at_least")]
    [InlineData("de", "Sieben Menschen sind bei dem russischen Drohnenangriff auf ein als Notunterkunft dienendes Wohnheim am Stadtrand von Sumy verletzt worden.", "injured 7")]
    [InlineData("de", "Zwölf Zivilisten wurden am Morgen bei dem Beschuss eines Marktes im Zentrum der Stadt Cherson durch russische Artillerie verletzt.", "injured 12")]
    // Negative: people who were evacuated are no victims.
    [InlineData("de", "Mindestens 15 Zivilisten sind nach dem russischen Raketenangriff auf ein Einkaufszentrum in Charkiw evakuiert worden.", "")]
    public void VerbSecond_ParticipleAtTheClauseEnd(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Crossing a threshold and exceeding "the million" are "more than".
    [InlineData("fr", "Le nombre de morts à Gaza a franchi la barre des 60 000 depuis octobre 2023.", "killed 60000 more_than")]
    [InlineData("es", "Las pérdidas rusas superan ya el millón de soldados.", "casualties 1000000 more_than")]
    [InlineData("fr", "Les pertes russes ont dépassé le million de soldats.", "casualties 1000000 more_than")]
    // Negatives: "el millón" of money and a shooting range are no figures.
    [InlineData("es", "La ayuda supera ya el millón de euros.", "")]
    public void ThresholdsAndTheMillion_AreMoreThan(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A weak "one" before a plain noun is an article, whatever people come later in the clause.
    [InlineData("es", "Cuatro palestinos murieron en una redada del ejército israelí en Tubas.", "killed 4")]
    [InlineData("fr", "Quatre Palestiniens ont été tués lors d'une opération de l'armée israélienne à Tubas.", "killed 4")]
    // Negatives: a tally of one beside another count still reads.
    [InlineData("es", "Un soldado israelí murió y otros dos resultaron heridos.", "killed 1; injured 2")]
    [InlineData("fr", "Une personne a été tuée et quatre autres blessées dans une frappe.", "killed 1; injured 4")]
    public void WeakOne_BeforeAPlainNoun_IsAnArticle(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Arabic bare "فقد" (lost; also the connective "so, indeed") loses the people right after it (data lossesBeforeCount).
    [InlineData("ar", "قالت كييف إن الجيش الروسي فقد نحو 1500 جندي خلال الساعات الأربع والعشرين الماضية.", "casualties 1500 about")]
    [InlineData("ar", "وأضاف البيان أن العدو فقد أكثر من 900 جندي في معارك زابوريجيا.", "casualties 900 more_than")]
    // Negatives: the connective before another verb, and losses of tanks.
    [InlineData("ar", "وبحسب البيان، فقد تم رصد 40 طائرة مسيرة فوق البحر.", "drones_launched 40")]
    [InlineData("ar", "وقال إن الجيش فقد 120 دبابة.", "")]
    public void ArabicBareLosingWord_LosesThePeopleRightAfterIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A concessive "even if / although" opens a clause of fact, no hypothetical ("même si" hid the "si" of "if").
    [InlineData("fr", "Le conflit a fait plus de 18 000 morts selon l'ONU, même si des chercheurs estiment que le bilan dépasse les 100 000.", "killed 18000 more_than; killed 100000 more_than")]
    // Negative: "si" alone is still a condition.
    [InlineData("fr", "Si la Russie lançait 500 drones en une nuit, la défense serait débordée.", "")]
    public void ConcessiveClause_IsNoHypothetical(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
