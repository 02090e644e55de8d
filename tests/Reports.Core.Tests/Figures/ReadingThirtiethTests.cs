namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the thirtieth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these tests,
/// never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingThirtiethTests
{
    [Theory]
    // A casualty verb before "another N" ("погибли еще двое") is that count's verb, though a list item after the comma
    // has its own verb ("семь человек ранены"): "еще" between the verb and the number is no gap.
    [InlineData("ru", "В Горловке погибли еще двое, семь человек ранены.", "killed 2; injured 7")]
    [InlineData("uk", "У Горлівці загинули ще двоє, семеро людей поранені.", "killed 2; injured 7")]
    // Negative: a list whose last item has its own verb still shares it when no verb stands right before the first.
    [InlineData("ru", "Погибли четыре человека, двое детей и три женщины ранены.", "killed 4; injured 2; injured 3")]
    public void AVerbBeforeAnotherCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "One of his" plain nouns (no people word) opening its clause with a casualty verb: "Uno de sus cocineros murió"; a
    // weak "one" right before an "of" word is the pronoun "one of", never an article ("Un de ses", "Einer seiner", "L'un de").
    [InlineData("es", "Uno de sus cocineros murió en el bombardeo de la madrugada en Járkov.", "killed 1")]
    [InlineData("fr", "L'un de ses cuisiniers est mort dans la frappe sur Zaporijia.", "killed 1")]
    [InlineData("fr", "Un de ses confrères a également été blessé dans la frappe sur Kharkiv.", "injured 1")]
    [InlineData("de", "Einer seiner Kellner starb bei dem russischen Angriff auf Odessa.", "killed 1")]
    [InlineData("de", "Einer der Kellner starb bei dem russischen Angriff auf Odessa.", "killed 1")]
    [InlineData("ar", "أصيب أربعة مدنيين في قصف روسي على خيرسون، وتوفي أحدهم لاحقاً في المستشفى.", "injured 4; killed 1")]
    // Negatives: one singled out of the victims ("l'un des blessés", "uno de los cocineros muertos") counts nobody; an
    // article before a noun ("un photographe") is no tally.
    [InlineData("fr", "C'était l'un des blessés de la frappe sur Kharkiv.", "")]
    [InlineData("es", "Era uno de los cocineros muertos en el bombardeo de Járkov.", "")]
    [InlineData("fr", "Un photographe a été blessé près de Kostiantynivka.", "")]
    public void OneOfAGroup(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Bare numbers joined by commas and a closing "and" share the unit after the last ("44, 52 та 67 років"): ages.
    [InlineData("uk", "Загинули троє людей — чоловіки 44, 52 та 67 років.", "killed 3")]
    [InlineData("ru", "Погибли три человека — мужчины 44, 52 и 67 лет.", "killed 3")]
    // Negatives: a count followed by a comma and an unrelated span keeps its figure; a spelled count is no age.
    [InlineData("ru", "Погибли двое, 5 и 7 лет назад здесь уже были удары.", "killed 2")]
    public void AUnitSharedByAList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A total after the victims named one by one ("— всего три человека", "en total tres personas", "au total trois
    // personnes", "insgesamt drei Menschen") takes the list's casualty verb; the articles of the names stay no tallies.
    [InlineData("ru", "В Днепре погибли охранник, сварщик и водитель погрузчика — всего три человека.", "killed 3")]
    [InlineData("uk", "У Дніпрі загинули охоронець, зварювальник і водій — усього троє людей.", "killed 3")]
    [InlineData("es", "En Dnipró murieron un guardia, un soldador y un conductor, en total tres personas.", "killed 3")]
    [InlineData("fr", "À Dnipro, un gardien, un soudeur et un chauffeur ont été tués, au total trois personnes.", "killed 3")]
    [InlineData("de", "In Dnipro wurden ein Wachmann, ein Schweißer und ein Fahrer getötet, insgesamt drei Menschen.", "killed 3")]
    // Negatives: a total word before a count of another thing, or with another count between, is no total of the names.
    [InlineData("ru", "В Днепре погибли охранник и сварщик, всего 3 дома разрушены.", "")]
    [InlineData("ru", "В Днепре погибли двое, всего за месяц 40 человек.", "killed 2; killed 40")]
    public void ATotalOfNamedVictims(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A weak "one" alone in its sentence ("Ein Mensch ist … getötet worden.") is a tally when the next sentence opens with
    // a count of "others" ("Vier weitere wurden verletzt"): de, fr, es, id.
    [InlineData("de", "Ein Mensch ist bei einem Angriff auf Krywyj Rih getötet worden. Vier weitere wurden verletzt.", "killed 1; injured 4")]
    [InlineData("de", "In Cherson ist ein Mann durch russischen Beschuss getötet worden. Drei weitere Menschen wurden verletzt.", "killed 1; injured 3")]
    [InlineData("fr", "Un homme a été tué à Kherson. Trois autres personnes ont été blessées par les bombardements.", "killed 1; injured 3")]
    [InlineData("es", "Una persona murió en Jersón por un ataque ruso. Otras tres resultaron heridas.", "killed 1; injured 3")]
    [InlineData("id", "Seorang warga tewas dalam serangan Rusia di Kherson. Tiga lainnya luka-luka.", "killed 1; injured 3")]
    // Negatives: no "others" in the next sentence, or "others" of no casualty, leaves the article alone.
    [InlineData("de", "Ein Mensch wurde in Kiew verletzt. Drei Menschen wurden getötet.", "killed 3")]
    [InlineData("de", "Ein Mann wurde in Kiew verletzt. Drei weitere Häuser wurden beschädigt.", "")]
    public void AWeakOneBeforeOthersInTheNextSentence(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A yearly rate ("в год", "al año", "pro Jahr", "سنويا") is no figure, as a daily one; a past plan ("planeaba
    // desplegar") is hypothetical, as a present one.
    [InlineData("ru", "Завод в Алабуге рассчитан на выпуск до 6 000 беспилотников в год.", "")]
    [InlineData("es", "Rusia lanza unos 6.000 drones al año contra Ucrania.", "")]
    [InlineData("de", "Russland setzt inzwischen 30.000 Drohnen pro Jahr ein.", "")]
    [InlineData("es", "Rusia dijo en 2024 que planeaba desplegar 6 misiles en Bielorrusia.", "")]
    // Negative: a count in a sentence that names a year as a time stays.
    [InlineData("ru", "В этом году сбиты 6 000 беспилотников.", "drones_downed 6000")]
    public void AYearlyRateOrAPastPlan(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // An earlier value after a comparison with its reporting participle ("frente a los ocho contabilizados el viernes") or
    // the feminine of Arabic "after it had been" ("بعد أن كانت 8", the toll is feminine).
    [InlineData("es", "Asciende a 12 el número de muertos por el ataque contra Sumy, frente a los ocho contabilizados el viernes.", "killed 12; killed 8")]
    [InlineData("ar", "ارتفعت حصيلة القتلى في الهجوم على سومي إلى 12 بعد أن كانت 8.", "killed 12; killed 8")]
    // Negative: the participle after a count of its own keeps that count.
    [InlineData("es", "Los 30 heridos contabilizados el viernes siguen en el hospital de Sumy.", "injured 30")]
    public void AnEarlierValueWithItsReportingWord(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}

