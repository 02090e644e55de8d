namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the thirty-first session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingThirtyFirstTests
{
    [Theory]
    // "Respectively" opening a bare list right after its verb ("уничтожила соответственно 3690 и 131") is no gap between
    // the verb and the number; the items count the weapons of the sentence before at their places.
    [InlineData("ru", "В ноябре Россия запустила 4210 дронов и 188 ракет. ПВО уничтожила соответственно 3690 и 131.", "drones_launched 4210; missiles_launched 188; drones_downed 3690; missiles_downed 131")]
    [InlineData("uk", "У жовтні Росія випустила 4100 дронів і 150 ракет. Сили ППО знешкодили відповідно 3600 і 110.", "drones_launched 4100; missiles_launched 150; drones_downed 3600; missiles_downed 110")]
    [InlineData("fr", "Cette nuit, la Russie a lancé 80 drones et six missiles. La défense aérienne en a abattu respectivement 64 et quatre.", "drones_launched 80; missiles_launched 6; drones_downed 64; missiles_downed 4")]
    [InlineData("en", "Overnight Russia launched 80 drones and six missiles, and air defence destroyed respectively 64 and four.", "drones_launched 80; missiles_launched 6; drones_downed 64; missiles_downed 4")]
    // Negative: the word as "accordingly" before a count of its own changes nothing.
    [InlineData("ru", "Соответственно, в городе погибли 12 человек.", "killed 12")]
    public void RespectivelyOpeningTheList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A count noun and its casualty participle with a phrase of their own between ("die Zahl der seit Jahresbeginn in der
    // Stadt getöteten Zivilisten"): function words are no distance; at most four other words may stand between.
    [InlineData("de", "Bei dem Angriff starben drei Menschen, womit die Zahl der seit Jahresbeginn in der Stadt getöteten Zivilisten auf 214 stieg.", "killed 3; killed 214")]
    [InlineData("es", "Tres personas murieron, con lo que el número de civiles de la ciudad que han muerto desde enero asciende a 214.", "killed 3; killed 214")]
    // Negative: a count noun with more than four content words before the casualty word is none of its.
    [InlineData("de", "Die Zahl der Schulen und Krankenhäuser in den östlichen umkämpften Frontstädten stieg auf 40, getötet wurde niemand.", "")]
    public void ACountNounBeforeAParticiplePhrase(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // After a pair of the dead and the wounded, a count sharing the wounded's verb that is followed at its own place by a
    // count naming the wounded ("où six blessés", "con cuatro heridos", "where four were injured") counts the dead.
    [InlineData("fr", "Les frappes ont tué trois personnes et en ont blessé 12 autres à Soumy, ainsi que deux personnes à Kherson, où quatre blessés sont à déplorer.", "killed 3; injured 12; killed 2; injured 4")]
    [InlineData("es", "Los bombardeos mataron a nueve personas e hirieron a 30 en Dnipró, y a dos más, con seis heridos, en Jersón.", "killed 9; injured 30; killed 2; injured 6")]
    [InlineData("en", "Russian strikes killed six people and injured 25 in Donetsk region, and two more in Kherson, where four were injured.", "killed 6; injured 25; killed 2; injured 4")]
    [InlineData("de", "Russische Angriffe töteten in Donezk sechs Menschen und verletzten 25, in Cherson zwei weitere, wo vier verletzt wurden.", "killed 6; injured 25; killed 2; injured 4")]
    // Negatives: a gapped wounded count with no named count after it stays wounded; a new item after "and" is no pair.
    [InlineData("en", "The strikes killed two people and injured 14 in Kharkiv and 5 in Sumy.", "killed 2; injured 14; injured 5")]
    [InlineData("en", "The strikes killed three people and injured 10 in Kherson and 4 in Mykolaiv, and 6 more people were injured in Sumy.", "killed 3; injured 10; injured 4; injured 6")]
    public void ASecondPlacesPair(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Arabic "خسائر" (losses) heads a toll of people as "потери" does; material and economic losses are no figure.
    [InlineData("ar", "وقالت الوزارة إن خسائر الجيش الروسي بلغت نحو 1052000 عسكري منذ بداية الحرب.", "casualties 1052000 about")]
    [InlineData("ar", "وقدرت الخسائر المادية في المدينة بنحو 12 مليون دولار.", "")]
    [InlineData("ar", "وقالت البلدية إن الخسائر الاقتصادية طالت 40 متجرا في السوق.", "")]
    public void ArabicLosses(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // The items of a "respectively" list counting the weapons of the sentence before take that sentence's time.
    [InlineData("ru", "За неделю Россия запустила 1120 дронов и 64 ракеты. Силы ПВО уничтожили соответственно 980 и 51.", "drones_launched 1120 cumulative; missiles_launched 64 cumulative; drones_downed 980 cumulative; missiles_downed 51 cumulative")]
    [InlineData("ru", "Ночью Россия запустила 120 дронов и 6 ракет. ПВО уничтожила соответственно 98 и 5.", "drones_launched 120 event; missiles_launched 6 event; drones_downed 98 event; missiles_downed 5 event")]
    public void RespectiveItemsTakeTheirWeaponsTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A definite article right before a downed count ("les deux missiles", "los siete misiles que Rusia lanzó", data
    // wholeArticles) makes it the whole launched, as "all" does ("shot down all 27 drones").
    [InlineData("fr", "L'armée a annoncé avoir intercepté les deux missiles balistiques tirés depuis le Yémen.", "missiles_launched 2; missiles_downed 2")]
    [InlineData("fr", "La défense aérienne a abattu les 12 drones lancés sur Odessa.", "drones_launched 12; drones_downed 12")]
    [InlineData("es", "Las defensas aéreas derribaron los siete misiles de crucero que Rusia lanzó contra la capital.", "missiles_launched 7; missiles_downed 7")]
    // Negatives: no article, or a part of a whole, downs only what it names.
    [InlineData("es", "Las defensas aéreas derribaron siete misiles de crucero sobre la capital.", "missiles_downed 7")]
    [InlineData("fr", "La défense aérienne a abattu 12 des 15 drones lancés sur Odessa.", "drones_downed 12; drones_launched 15")]
    public void ADefiniteWholeDowned(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A casualty participle set off after its people with a long phrase of place, cause and time (up to ten content words).
    [InlineData("ru", "В Курске простились с тремя сотрудниками энергокомпании, погибшими при ударе беспилотника по автомобилю аварийной бригады в четверг вечером.", "killed 3")]
    // "Член" (member) is a people word: "Еще один член бригады получил ранения" is one more wounded.
    [InlineData("ru", "Погибли трое рабочих. Еще один член бригады получил ранения.", "killed 3; injured 1")]
    // Negative: a participle whose phrase holds another figure's word is no predicate of the people before it.
    [InlineData("ru", "Из города вывезли 300 жителей, раненых доставили в больницу.", "")]
    public void ALongParticiplePhrase(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
