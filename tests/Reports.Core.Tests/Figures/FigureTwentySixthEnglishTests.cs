namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-sixth session, English probes of our own (wire copy with updates and corrections, long reads, live pages, fact
/// boxes, governors' posts, UN and rights groups' round-ups, ministry and army statements, Sudanese and Myanmar outlets),
/// each class checked in the other languages where it applies. Sentences written for these tests.
/// </summary>
public sealed class FigureTwentySixthEnglishTests
{
    [Theory]
    [InlineData("en", "Strike on Zaporizhzhia\n\n(Adds casualty details in paragraph 3, quote in paragraph 6)\n\nRussian missiles killed nine people in Zaporizhzhia on Friday, the governor said.",
        "killed 9")]
    [InlineData("en", "Drone attack kills two\n\n(Corrects number of dead to two from four in paragraph 1)\n\nA drone attack on a depot killed two workers, the governor said.",
        "killed 2")]
    [InlineData("fr", "Frappe\n\n(Actualisé avec le nombre de blessés au paragraphe 4)\n\nCinq personnes ont été tuées et 17 blessées dans la frappe.",
        "killed 5; injured 17")]
    [InlineData("es", "Ataque\n\n(Actualiza con la cifra de heridos en el párrafo 4)\n\nCinco personas murieron y 17 resultaron heridas.", "killed 5; injured 17")]
    [InlineData("de", "Angriff\n\n(neu: Zahl der Verletzten in Absatz 4)\n\nFünf Menschen wurden getötet und 17 verletzt.", "killed 5; injured 17")]
    [InlineData("ru", "Удар\n\n(Добавлены подробности о пострадавших в абзаце 3)\n\nПять человек погибли, 17 ранены.", "killed 5; injured 17")]
    [InlineData("uk", "Удар\n\n(Оновлено: кількість поранених в абзаці 3)\n\nП'ятеро людей загинули, 17 поранені.", "killed 5; injured 17")]
    [InlineData("ar", "غارة\n\n(تحديث بعدد الجرحى في الفقرة 3)\n\nقتل خمسة أشخاص وأصيب 17 آخرون في الغارة.", "killed 5; injured 17")]
    // Negatives: a sentence that merely starts with such a word, without a parenthesis, is read; a correction told in
    // prose keeps both values (pinned by FigureFifteenthEnglishTests).
    [InlineData("en", "Strike\n\nAn earlier version of this story said 16 people were killed in Odesa. The correct figure is 15.", "killed 16; killed 15")]
    [InlineData("en", "Strike\n\nUpdates on the war: five people were killed in Kharkiv on Monday.", "killed 5")]
    public void AnEditorsNoteAboutTheArticle_StatesNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The fact box\n\n21: People killed, according to the mayor.\n30: People wounded.\n19: Missiles fired at the city.",
        "killed 21; injured 30; missiles_launched 19")]
    // Negatives: a count and colon with a label of no figure, and a time.
    [InlineData("en", "The fact box\n\n40: Buildings damaged.\n3: Schools hit.", "")]
    public void ACountThenItsLabel_ReadsTheLabel(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Israeli strikes killed 56 people and injured 290 across Lebanon in November: 21 in the South, 19 in Nabatieh, 12 in Bekaa and 4 in Beirut.",
        "killed 56; injured 290; killed 21; killed 19; killed 12; killed 4")]
    [InlineData("en", "Israeli strikes killed 56 people and injured 290 across Lebanon in November, according to the Ministry of Public Health: 21 in the South, 19 in Nabatieh, 12 in Bekaa and 4 in Beirut.",
        "killed 56; injured 290; killed 21; killed 19; killed 12; killed 4")]
    [InlineData("fr", "Les frappes israéliennes ont tué 56 personnes et blessé 290 au Liban en novembre : 21 dans le Sud, 19 à Nabatieh, 12 dans la Bekaa et 4 à Beyrouth.",
        "killed 56; injured 290; killed 21; killed 19; killed 12; killed 4")]
    // Negative: items that add up to the figure right before them stay its parts.
    [InlineData("en", "Israeli strikes killed 56 people and injured 50 across Lebanon in November: 21 in the South, 19 in Nabatieh and 10 in Beirut.",
        "killed 56; injured 50; injured 21; injured 19; injured 10")]
    public void ItemsThatAddUpToAnotherFigure_AreItsParts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The Houthis said they launched 15 drones at Israel. The army said it intercepted 12 of them before they crossed into Israeli territory.",
        "drones_launched 15; drones_downed 12")]
    [InlineData("en", "Russia launched 30 drones overnight. Air defences shot down 22 of them before they reached the city.",
        "drones_launched 30; drones_downed 22")]
    // Negative: a part that crossed in its own clause got through.
    [InlineData("en", "Russia launched 30 drones overnight. Eight of them crossed into Belarus.", "drones_launched 30")]
    public void AHitAfterAClauseOpener_IsAnotherClauses(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Monitors recorded 14 attacks on buses that killed 8 civilians and injured 23. Four of the attacks involved short-range drones.",
        "killed 8; injured 23")]
    [InlineData("en", "Russia launched 60 drones at the region. Two of the strikes hit the power station.", "drones_launched 60")]
    // Negative: a part of the drones is downed.
    [InlineData("en", "Russia launched 60 drones at the region. Forty of the drones were shot down.", "drones_launched 60; drones_downed 40")]
    public void APartOfTheAttacks_IsNoWeaponFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia says air defences down 127 Ukrainian drones overnight", "drones_downed 127")]
    [InlineData("en", "Analysts believe Tehran retains about 1,500 ballistic missiles.", "")]
    [InlineData("en", "The country still possesses some 400 cruise missiles, officials say.", "")]
    // Negative: drones launched stay launched.
    [InlineData("en", "Russia launched 127 drones at Ukraine overnight.", "drones_launched 127")]
    public void WeaponsDownedInAHeadlineOrHeld(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Hospitals received 28 martyrs and 77 injured over the past 24 hours, bringing the toll of the aggression to 69,185 martyrs and 170,698 injured.",
        "killed 28 event; injured 77 event; killed 69185 cumulative; injured 170698 cumulative")]
    public void TheTollOfTheAggression_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "In November, 27 civilians were killed and 134 injured in Kharkiv region (18 and 96 respectively in October), the prosecutors said.",
        "killed 27; injured 134; killed 18; injured 96")]
    [InlineData("en", "In November, 27 civilians were killed and 134 injured in Kharkiv region (18 and 96 in October).",
        "killed 27; injured 134; killed 18; injured 96")]
    [InlineData("en", "In November, 27 civilians were killed in Kharkiv region (18 in October).", "killed 27; killed 18")]
    [InlineData("fr", "En novembre, 27 civils ont été tués et 134 blessés dans la région de Kharkiv (18 et 96 respectivement en octobre).",
        "killed 27; injured 134; killed 18; injured 96")]
    [InlineData("es", "En noviembre, 27 civiles murieron y 134 resultaron heridos en la región de Járkov (18 y 96 respectivamente en octubre).",
        "killed 27; injured 134; killed 18; injured 96")]
    [InlineData("id", "Pada bulan November, 27 warga sipil tewas dan 134 terluka di wilayah Kharkiv (masing-masing 18 dan 96 pada bulan Oktober).",
        "killed 27; injured 134; killed 18; injured 96")]
    // Negatives: a part in parentheses and a parenthesis of another time stay as they were.
    [InlineData("en", "Five people were killed in Kharkiv on Monday (three of them children).", "killed 5; killed 3")]
    public void EarlierValuesInParenthesesAfterAPlace_AreComparedInOrder(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "In a single night in September, Russia sent more than 700 drones towards Ukrainian cities.", "drones_launched 700 event")]
    [InlineData("fr", "En une seule nuit de septembre, la Russie a lancé plus de 700 drones sur l'Ukraine.", "drones_launched 700 event")]
    [InlineData("es", "En una sola noche de septiembre, Rusia lanzó más de 700 drones contra Ucrania.", "drones_launched 700 event")]
    [InlineData("de", "In einer einzigen Nacht im September schickte Russland mehr als 700 Drohnen gegen die Ukraine.", "drones_launched 700 event")]
    [InlineData("ru", "За одну ночь в сентябре Россия выпустила по Украине более 700 беспилотников.", "drones_launched 700 event")]
    [InlineData("uk", "За одну ніч у вересні Росія випустила по Україні понад 700 дронів.", "drones_launched 700 event")]
    [InlineData("ar", "في ليلة واحدة في سبتمبر، أطلقت روسيا أكثر من 700 طائرة مسيرة على أوكرانيا.", "drones_launched 700 event")]
    // Negatives: a month alone frames its total; a day of a statement before the month does not date the month's figures.
    [InlineData("en", "In September, Russia launched more than 5,000 drones at Ukraine.", "drones_launched 5000 cumulative")]
    [InlineData("en", "The mission said on Saturday that in November 14 men and 9 women were killed in the region.",
        "killed 14 cumulative; killed 9 cumulative")]
    public void AMonthRightAfterASingleNight_DatesThatNight(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
