namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the fifteenth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these tests,
/// never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingFifteenthTests
{
    [Theory]
    // "As of" a date (data asOf): the count as it stood that day, a running total.
    [InlineData("uk", "Станом на ранок 3 березня внаслідок агресії загинули 412 дітей, понад 900 дістали поранення.", "killed 412 cumulative; injured 900 cumulative")]
    [InlineData("ru", "По состоянию на 1 марта в регионе погибли 212 мирных жителей.", "killed 212 cumulative")]
    [InlineData("en", "As of 4 March, 318 civilians had been killed in the province.", "killed 318 cumulative")]
    [InlineData("es", "Hasta el 4 de marzo habían muerto 318 civiles en la provincia.", "killed 318 cumulative")]
    // Negatives: a time of day after "as of" is one night's tally; a date without "as of" dates one event.
    [InlineData("uk", "Станом на 08:30 збито 41 ударний БпЛА.", "drones_downed 41 event")]
    [InlineData("uk", "Вранці 3 березня внаслідок удару загинули четверо людей.", "killed 4 event")]
    public void AsOfADate_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A value compared with one a unit excludes counts that unit: the weapon after it is what it is about.
    [InlineData("fr", "Les missiles Kh-101 portent à 2 500 km, contre quelques centaines pour les S-300.", "")]
    [InlineData("en", "The Kh-101 has a range of 2,500 km, against a few hundred for the S-300.", "")]
    [InlineData("es", "El Kh-101 tiene un alcance de 2.500 kilómetros, frente a unos cientos para los S-300.", "")]
    // Negative: a compared value of a figure stays that figure's ("contre 18 la veille").
    [InlineData("fr", "Les forces russes ont lancé 27 drones, contre 18 la veille.", "drones_launched 27; drones_launched 18")]
    public void AValueComparedWithAnExcludedOne_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A part by region after "dont" with a preposition of place ("au-dessus de") before its place.
    [InlineData("fr", "L'armée dit avoir abattu 37 drones, dont 21 au-dessus de la région de Belgorod et 9 au-dessus de celle d'Orel.", "drones_downed 37; drones_downed 21; drones_downed 9")]
    [InlineData("fr", "Moscou dit avoir détruit 30 drones, dont 20 au-dessus de Koursk et 6 au-dessus de Briansk.", "drones_downed 30; drones_downed 20; drones_downed 6")]
    // Negative: a count with a noun of its own after "et" is no part.
    [InlineData("fr", "L'armée dit avoir abattu 37 drones au-dessus de Belgorod et 9 chars ont été détruits.", "drones_downed 37")]
    public void APartOverAPlace_IsAnItemOfTheWhole(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A corrected count "X, not Y": only X is a figure.
    [InlineData("uk", "Унаслідок удару загинули двоє людей, а не троє, як повідомлялося раніше.", "killed 2")]
    [InlineData("ru", "Глава города уточнил, что погибли двое, а не трое.", "killed 2")]
    // Negative: "and not" without a correction keeps both counts of their own kinds.
    [InlineData("ru", "Погибли двое, ранены трое.", "killed 2; injured 3")]
    public void ACorrectedCount_KeepsOnlyTheNewValue(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A gapped change after a label's dash: "пострадавших — до 95" is the injured count's new value.
    [InlineData("ru", "Число погибших при ударе по Сумам возросло до 14, пострадавших — до 61.", "killed 14; injured 61")]
    [InlineData("uk", "Кількість загиблих зросла до 14, поранених — до 61.", "killed 14; injured 61")]
    // Negative: a dash and "до" before a count of something else is no casualty.
    [InlineData("ru", "Число погибших возросло до 14, повреждённых домов — до 61.", "killed 14")]
    public void AGappedChangeAfterADash_TakesTheLabelsKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A singular noun of nationality after a weak "one" beside another count: "Un palestino murió y otros dos…".
    [InlineData("es", "Un palestino murió y otros tres resultaron heridos en Tubas.", "killed 1; injured 3")]
    [InlineData("fr", "Un Palestinien a été tué et trois autres blessés à Tubas.", "killed 1; injured 3")]
    // Negative: a weak "one" alone names no count.
    [InlineData("es", "Un palestino murió en Tubas, informó la agencia.", "")]
    public void AWeakOneWithANationality_CountsBesideAnotherNumber(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "41 тыс. 337": an abbreviated thousand, its full stop, then the rest of the number.
    [InlineData("ru", "С начала операции уничтожены 41 тыс. 337 беспилотных летательных аппаратов.", "drones_downed 41337")]
    [InlineData("ru", "Потери противника составили 2 тыс. 120 военнослужащих.", "casualties 2120")]
    // Negatives: "тыс." with nothing after it, and a decimal thousand, stay as they were.
    [InlineData("ru", "С начала войны погибли свыше 12 тыс. мирных жителей.", "killed 12000 more_than")]
    [InlineData("ru", "За сутки сбиты 1,2 тыс. дронов.", "drones_downed 1200")]
    public void AnAbbreviatedThousandAndItsRest_AreOneNumber(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "тысячи" alone is vague (at least 1,000); after a number it multiplies.
    [InlineData("ru", "Погибли сотни людей, тысячи получили ранения.", "killed 100 at_least; injured 1000 at_least")]
    [InlineData("uk", "Загинули тисячі людей.", "killed 1000 at_least")]
    // Negatives: "две тысячи", "44 тысячи" are counts.
    [InlineData("ru", "С начала войны погибли две тысячи мирных жителей и три тысячи двести ранены.", "killed 2000; injured 3200")]
    [InlineData("uk", "Загинули дві тисячі людей.", "killed 2000")]
    public void ThousandsAlone_AreVague(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // An attribution between a figure and the colon of its list of parts ("…, сообщили в Минобороны: 12 над …").
    [InlineData("ru", "За ночь уничтожены 19 украинских БПЛА, сообщили в Минобороны: 11 над Брянской областью, восемь над Курской.", "drones_downed 19; drones_downed 11; drones_downed 8")]
    [InlineData("en", "Russia destroyed 19 Ukrainian drones overnight, the defence ministry said: 11 over the Bryansk region and eight over Kursk.", "drones_downed 19; drones_downed 11; drones_downed 8")]
    // Negative: a speech verb and a colon before a count of something else.
    [InlineData("ru", "За ночь уничтожены 19 украинских БПЛА, сообщили в Минобороны: 11 зданий повреждены.", "drones_downed 19")]
    public void AnAttributionBeforeTheListsColon_KeepsTheList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "N of them" opening the next sentence, with no verb, is a part of the weapons downed before.
    [InlineData("ru", "За ночь уничтожены 19 украинских БПЛА. 11 из них – над Брянской областью, восемь – над Курской.", "drones_downed 19; drones_downed 11; drones_downed 8")]
    // Negative: "of them" after something no figure counts.
    [InlineData("ru", "Повреждены 19 домов. 11 из них – в Брянской области.", "")]
    [InlineData("en", "A drone hit a building in the port, wounding 22 people, two of them seriously.", "injured 22; injured 2")]
    [InlineData("ru", "Ночью БПЛА попали в два дома, один из которых многоквартирный.", "")]
    public void OfThemAfterWeaponsDowned_IsAPart(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "Жертвами <attack> стали N": victims announce their number like a toll, however long the attack's name.
    [InlineData("ru", "Жертвами обстрела Кировского района Донецка стали четыре человека, еще 9 пострадали.", "killed 4; injured 9")]
    [InlineData("uk", "Жертвами удару по центру Харкова стали троє людей.", "killed 3")]
    // Negative: victims of something with no number.
    [InlineData("ru", "Жертвами обстрела стали мирные жители, 5 домов разрушены.", "")]
    public void VictimsBecameN_IsKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "За три года войны", "en tres años de guerra": years of a war frame a running total.
    [InlineData("ru", "За три года войны в городе погибли 250 детей.", "killed 250 cumulative")]
    [InlineData("uk", "За три роки війни в місті загинули 250 дітей.", "killed 250 cumulative")]
    [InlineData("es", "En tres años de guerra murieron 250 niños en la ciudad.", "killed 250 cumulative")]
    // Negative: one night's attack.
    [InlineData("ru", "В ночь на вторник в городе погибли три человека.", "killed 3 event")]
    public void YearsOfWar_FrameARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
