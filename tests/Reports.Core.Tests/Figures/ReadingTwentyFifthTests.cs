namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-fifth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentyFifthTests
{
    [Theory]
    // People hurt "including (the) dead", the dead not counted: the attack's casualties, killed and injured together.
    [InlineData("ru", "При обстреле Горловки пострадали 14 человек, в том числе погибшие.", "casualties 14")]
    [InlineData("uk", "Через удар по Херсону постраждали 10 людей, серед них загиблі.", "casualties 10")]
    [InlineData("ar", "أصيب 13 شخصا بينهم قتلى في القصف على المدينة.", "casualties 13")]
    [InlineData("de", "Bei dem Angriff wurden 13 Menschen verletzt, darunter Tote.", "casualties 13")]
    [InlineData("es", "Trece personas resultaron heridas en el ataque, entre ellas fallecidos.", "casualties 13")]
    // Negatives: a part that is no dead, or the dead counted, leaves the injured as they were.
    [InlineData("ru", "При обстреле Горловки пострадали 14 человек, в том числе дети.", "injured 14")]
    [InlineData("ru", "При обстреле Горловки пострадали 14 человек, в том числе трое погибших.", "injured 14; killed 3")]
    [InlineData("uk", "Поранено 14 людей, серед них троє дітей.", "injured 14; injured 3")]
    public void TheHurtIncludingTheDead_AreCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A toll verb, then a qualifier whose word is also "more" (data others): the losses noun heads the toll.
    [InlineData("de", "Die Verluste der Armee belaufen sich auf mehr als 500.000 Soldaten.", "casualties 500000 more_than")]
    [InlineData("es", "Las bajas del ejército ruso ascienden a más de 500.000 soldados.", "casualties 500000 more_than")]
    [InlineData("es", "Las bajas rusas se elevan a más de 500.000 militares.", "casualties 500000 more_than")]
    [InlineData("en", "The personnel losses of the Russian army in the war amount to more than 600,000 soldiers.", "casualties 600000 more_than")]
    // Negative: the same qualifier before a count of something else gives nothing.
    [InlineData("de", "Die Verluste der Armee belaufen sich auf mehr als 5.000 Panzer.", "")]
    public void AQualifierAfterATollVerb_KeepsTheLossesToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Data: ru "унес(ла) жизнь" (took the life of one).
    [InlineData("ru", "Удар дрона по машине унес жизнь одного человека.", "killed 1")]
    [InlineData("ru", "Атака унесла жизнь одного мирного жителя, еще двое ранены.", "killed 1; injured 2")]
    public void DataWords(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
