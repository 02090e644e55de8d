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
}
