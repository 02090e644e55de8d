namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-seventh session, English probes of our own (live blogs, explainers, "what we know" pages, UN and ministry
/// round-ups, ISW and ACLED notes, flash updates, ministry posts quoted in full, press-conference transcripts, local papers
/// reprinting wire copy), each class checked in the other languages where it applies. Sentences written for these tests.
/// </summary>
public sealed class FigureTwentySeventhEnglishTests
{
    [Theory]
    [InlineData("en", "Luhansk Oblast accounted for 31 deaths, Sumy for 12 and Odesa for 7.", "killed 31; killed 12; killed 7")]
    [InlineData("en", "Luhansk Oblast recorded 31 deaths, Sumy Oblast 12 and Odesa Oblast 7.", "killed 31; killed 12; killed 7")]
    [InlineData("fr", "La région de Louhansk a compté 31 morts, celle de Soumy 12 et celle d'Odessa 7.", "killed 31; killed 12; killed 7")]
    [InlineData("es", "La región de Lugansk registró 31 muertes, Sumy 12 y Odesa 7.", "killed 31; killed 12; killed 7")]
    [InlineData("de", "Auf die Region Luhansk entfielen 31 Tote, auf Sumy 12 und auf Odessa 7.", "killed 31; killed 12; killed 7")]
    [InlineData("ru", "На Луганскую область пришлось 31 погибший, на Сумскую 12, на Одесскую 7.", "killed 31; killed 12; killed 7")]
    // Negatives: a place's item after a count of no figure continues that count.
    [InlineData("en", "The shelling killed 4 people and damaged 60 houses, Sumy 35 and Odesa 25.", "killed 4")]
    public void AGappedItemNamedByItsPlace_SharesThePredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // The change's size stays a figure, as FigureClauseTests pins ("rose by three overnight to 23").
    [InlineData("en", "Civilian deaths in Sumy region rose by six in October compared with September, to 31.", "killed 6; killed 31")]
    [InlineData("en", "Civilian deaths in Sumy region increased by six last month, reaching 31, prosecutors said.", "killed 6; killed 31")]
    [InlineData("en", "Civilian deaths in Sumy region rose by six to 31.", "killed 6; killed 31")]
    [InlineData("fr", "Le nombre de civils tués dans la région de Soumy a augmenté de six en octobre par rapport à septembre, à 31.", "killed 6; killed 31")]
    [InlineData("es", "Las muertes de civiles en la región de Sumy aumentaron en seis en octubre respecto a septiembre, a 31.", "killed 6; killed 31")]
    [InlineData("ru", "Число погибших мирных жителей в Сумской области в октябре выросло на шесть по сравнению с сентябрем, до 31.", "killed 6; killed 31")]
    // Negatives: a change of no casualty word, and a percentage.
    [InlineData("en", "Exports rose by 12 in October, to 40 shipments.", "")]
    [InlineData("en", "Prices rose by 25 percent in 2024, to 40 dollars.", "")]
    public void AChangesSizeThenItsNewValue_PastATimeAndAComma(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Ukraine recorded 31 drone deaths in October.", "killed 31")]
    [InlineData("en", "Officials counted 31 drone deaths and 12 missile deaths last month.", "killed 31; killed 12")]
    // Negatives: weapons that are the subject of the casualty verb keep their own reading.
    [InlineData("en", "Twelve drones killed four people in Sumy.", "drones_launched 12; killed 4")]
    public void AWeaponNounBeforeAVictimsNoun_SaysHowTheyDied(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Since June the pastor has buried eleven of his neighbours, all killed by glide bombs.", "killed 11")]
    [InlineData("en", "She has lost seven relatives, every one of them killed in shelling.", "killed 7")]
    [InlineData("fr", "Il a enterré onze civils, tous tués par des bombes planantes.", "killed 11")]
    [InlineData("es", "Ha enterrado a once civiles, todos muertos por bombas planeadoras.", "killed 11")]
    [InlineData("ru", "Он похоронил одиннадцать мирных жителей, все убиты авиабомбами.", "killed 11")]
    // Negatives: "all" with no casualty word after it.
    [InlineData("en", "The shelter houses 60 displaced children, all from Kupiansk.", "")]
    public void ACountThenAllKilled_ReadsThePredicateAfterTheComma(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The medical company has evacuated more than 400 wounded soldiers since the summer.", "")]
    [InlineData("en", "A volunteer surgeon treated more than 700 wounded fighters near Kostiantynivka.", "")]
    [InlineData("fr", "La compagnie médicale a évacué plus de 400 soldats blessés depuis l'été.", "")]
    [InlineData("es", "La compañía médica ha evacuado a más de 400 soldados heridos desde octubre.", "")]
    [InlineData("ru", "Медицинская рота эвакуировала более 400 раненых военных с лета.", "")]
    // Negatives: the wounded of the attack, the wounded as subject, and people wounded in strikes tended over time.
    [InlineData("en", "The strike wounded 14 soldiers and killed two.", "injured 14; killed 2")]
    [InlineData("en", "Fourteen wounded soldiers were evacuated after the strike.", "injured 14")]
    [InlineData("en", "Doctors have treated more than 2,100 people wounded in strikes since March, and more than 500 people have died.",
        "injured 2100 more_than; killed 500 more_than")]
    public void WoundedCarriedOrTreated_AreNoToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The air force said its units downed 410 drones and 22 missiles and that 9 missiles and 40 drones struck 14 locations.",
        "drones_downed 410; missiles_downed 22")]
    [InlineData("en", "Air defences destroyed 38 drones overnight, including 5 flying towards Moscow.", "drones_downed 38; drones_downed 5")]
    [InlineData("en", "The company won orders for 800 drones from a Nordic customer.", "")]
    [InlineData("en", "Officials said 3 of the 7 nights brought more than 200 drones each.", "")]
    // Negatives: a launch after "and that" keeps its verb; a part of launched weapons stays launched.
    [InlineData("en", "The air force said Russia launched 60 drones and that 45 of them were shot down.", "drones_launched 60; drones_downed 45")]
    [InlineData("en", "Russia launched 60 drones, including 25 flying towards Kyiv.", "drones_launched 60; drones_launched 25")]
    public void KindsOfWeaponsInMixedTallies(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Drei der Raketen töteten sieben Menschen.", "killed 7")]
    [InlineData("ru", "Три из ракет убили семь человек.", "killed 7")]
    [InlineData("uk", "Три з ракет убили сімох людей.", "killed 7")]
    [InlineData("en", "Three of the missiles killed seven people.", "killed 7")]
    // Negatives: wounded who died are dead (FigureClauseTests), people of a part keep their verb.
    [InlineData("en", "Three of the wounded later died in hospital.", "killed 3")]
    public void WeaponsOfAPartThatKill_AreNoVictims(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Im Oktober wurden in der Region Sumy 31 Zivilisten getötet und 120 verletzt (22 beziehungsweise 97 im September).",
        "killed 31; injured 120; killed 22; injured 97")]
    public void EarlierValuesInAParenthesis_WithRespectively(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "One of her mechanics was killed when the depot was hit.", "killed 1")]
    [InlineData("en", "Two of his nephews were wounded in the shelling.", "injured 2")]
    [InlineData("en", "Three of the farmers died.", "killed 3")]
    // Negatives: the noun's own act with an object, and a part of things.
    [InlineData("en", "One of the rockets killed a shepherd.", "")]
    [InlineData("en", "Four of the warehouses were destroyed.", "")]
    public void OneOfAPlainNoun_WasKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Partners logged 17 security incidents in October, including 4 in which medics were wounded.", "")]
    [InlineData("fr", "Les partenaires ont signalé 17 incidents en octobre, dont 4 dans lesquels des secouristes ont été blessés.", "")]
    // Negatives: "of whom", "of which" and the people counted inside the relative clause.
    [InlineData("en", "The strike wounded 14 people, 6 of whom were children.", "injured 14; injured 6")]
    [InlineData("en", "There were 5 raids in which 9 people were killed.", "killed 9")]
    public void ACountBeforeInWhich_CountsIncidents(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
