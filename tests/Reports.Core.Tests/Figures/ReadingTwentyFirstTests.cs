namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-first session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentyFirstTests
{
    [Theory]
    // An abbreviated year of birth ("2007 г.р.", "2010 р.н.") is one word with its dot: no year framing the count, no end
    // of the sentence.
    [InlineData("ru", "В Шебекино ранены двое мирных жителей, среди них девушка 2007 г.р.", "injured 2 event")]
    [InlineData("uk", "Внаслідок удару загинули троє людей, ще п'ятеро поранені, серед них дівчина 2010 р.н.", "killed 3 event; injured 5 event")]
    // Negative: a year framing the count still makes it a running total.
    [InlineData("ru", "С 2022 года в Белгородской области ранены более 1000 мирных жителей.", "injured 1000 cumulative")]
    public void AbbreviatedBirthYears_AreNoYearOfTheCount(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A losing verb before a time phrase that stands before the people counted: their losses.
    [InlineData("es", "El ejército ruso perdió el lunes unos 1.100 soldados, según Kiev.", "casualties 1100 about")]
    [InlineData("es", "Rusia perdió en las últimas 24 horas 1.480 militares.", "casualties 1480")]
    // Negatives: downing still downs; a verb with an object of its own before the time is no loss of the people after.
    [InlineData("es", "Ucrania derribó ayer 40 drones.", "drones_downed 40")]
    [InlineData("es", "Rusia perdió ayer terreno cerca de Kúrajove, donde 12 civiles resultaron heridos.", "injured 12")]
    public void LosingVerbBeforeATime_CountsTheLosses(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A total toll right after a sentence that names a weapon's hit is that strike's latest toll.
    [InlineData("uk", "Російська ракета влучила в багатоповерхівку в Дніпрі. Загальна кількість загиблих зросла до 9.", "killed 9 event")]
    // Negatives: with no strike before, with a running-total time of its own, or in the thousands, it stays a running total.
    [InlineData("uk", "Загальна кількість загиблих зросла до 9.", "killed 9 cumulative")]
    [InlineData("uk", "Ізраїльська ракета влучила в школу. Загальна кількість загиблих у Газі з початку війни зросла до 440.", "killed 440 cumulative")]
    [InlineData("uk", "Ізраїльська ракета влучила в школу. Загальна кількість загиблих у Газі зросла до 44 тисяч.", "killed 44000 cumulative")]
    public void TotalAfterAStrike_IsItsToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // The whole of "N of the M people" reads to the clause's verb past a long attribute and an instrument ("por un misil").
    [InlineData("es", "Tres de los 25 marineros del petrolero alcanzado el martes por un misil en el mar Rojo murieron.", "killed 3")]
    [InlineData("es", "Dos de los 20 tripulantes del granelero atacado el miércoles por los hutíes frente a las costas de Yemen murieron, confirmó la naviera.", "killed 2")]
    // Negatives: the whole with another verb, or no part, counts no victims.
    [InlineData("es", "Los 25 marineros del petrolero alcanzado el martes por un misil en el mar Rojo fueron rescatados.", "")]
    [InlineData("es", "Doce personas murieron en el ataque contra el mercado de Omdurmán.", "killed 12")]
    public void WholeOfAPart_ReadsToItsVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Data: uk/ru genitive "one day" phrases date the General Staff's losses; fr/de singular nouns of people.
    [InlineData("uk", "Росіяни втратили минулої доби 1250 військових.", "casualties 1250 event")]
    [InlineData("ru", "За последние сутки ВСУ потеряли 1400 военнослужащих.", "casualties 1400 event")]
    [InlineData("fr", "Un Casque bleu a été tué et deux autres ont été blessés.", "killed 1 event; injured 2 event")]
    [InlineData("de", "Ein Besatzungsmitglied wurde getötet, zwei weitere wurden verletzt.", "killed 1 event; injured 2 event")]
    // Negative: losses with no day stay a running total.
    [InlineData("uk", "Росія втратила в Україні понад 700 тисяч військових.", "casualties 700000 cumulative")]
    public void DayPhrasesAndSingularPeople(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
