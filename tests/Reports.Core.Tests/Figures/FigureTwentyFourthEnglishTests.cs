namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-fourth session, English probes of our own (long reads, wire factboxes and timelines, live pages, ISW and UK
/// intelligence updates, General Staff posts, IDF and Houthi statements, WHO/UNRWA situation reports, HRW/Amnesty
/// reports, human-interest pieces with one toll), each class checked in the other languages where it applies.
/// Sentences written for these tests.
/// </summary>
public sealed class FigureTwentyFourthEnglishTests
{
    [Theory]
    [InlineData("en", "More than 2,300 civilians have died in the besieged city since May, the UN said. Of those, about 900 were women.",
        "killed 2300 more_than; killed 900 about")]
    [InlineData("en", "At least 410 children have been killed in the three regions since 2022. Of these, roughly 150 were under ten.",
        "killed 410 at_least; killed 150 about")]
    [InlineData("es", "Más de 2.300 civiles han muerto en la ciudad sitiada desde mayo. De ellos, unos 900 eran mujeres.",
        "killed 2300 more_than; killed 900 about")]
    // Negatives: "of those" naming its victims, or a part of a weapons count, reads as before.
    [InlineData("en", "More than 300 civilians were killed in the region this year. Of those killed near the front, 36 were children.",
        "killed 300 more_than; killed 36")]
    [InlineData("en", "Russia launched 40 drones; Ukraine downed 25 of those it had launched.", "drones_launched 40; drones_downed 25")]
    public void OfAndAPronounOpeningTheSentenceAfterAToll_NameAPartOfIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russian attacks killed 36 civilians in the region in November, four more than in October, and injured 141.",
        "killed 36; injured 141")]
    [InlineData("fr", "Les attaques russes ont tué 36 civils en novembre, quatre de plus qu'en octobre, et blessé 141 personnes.",
        "killed 36; injured 141")]
    [InlineData("es", "Los ataques rusos mataron a 36 civiles en noviembre, cuatro más que en octubre, e hirieron a 141.",
        "killed 36; injured 141")]
    [InlineData("de", "Russische Angriffe töteten im November 36 Zivilisten, vier mehr als im Oktober, und verletzten 141.",
        "killed 36; injured 141")]
    // Negative: "more than" before a count is its qualifier.
    [InlineData("en", "Russian attacks killed more than 30 civilians in November.", "killed 30 more_than")]
    public void ACountMoreOrFewerThanInAnotherPeriod_IsADifferenceNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Ukrainian forces downed 84 drones and 28 drones struck targets in Sumy.", "drones_downed 84")]
    [InlineData("en", "Ukrainian forces downed 84 drones, and 28 drones hit targets in four regions.", "drones_downed 84")]
    // Negative: a list of weapons with no verb of its own shares the downing verb.
    [InlineData("en", "Ukrainian forces downed 84 drones and 28 missiles over the region.", "drones_downed 84; missiles_downed 28")]
    public void WeaponsOfAJoinedClauseThatHitTargets_AreNoItemOfTheDownedList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Nine of his parishioners were killed by drones.", "killed 9")]
    [InlineData("en", "Four of the club's former players have been killed since 2022.", "killed 4")]
    // One singled out of the victims counts nobody ("one of the dead"); a count of them with a verb of its own does.
    [InlineData("en", "He was one of the civilians killed in the strike on Monday.", "")]
    [InlineData("en", "The photographer was one of the journalists killed covering the war.", "")]
    [InlineData("en", "Two of the journalists killed covering the war were Ukrainian.", "killed 2")]
    [InlineData("en", "One of the soldiers was killed in the attack.", "killed 1")]
    // A possessive before the group's noun stands as "his" does (twenty-eighth session: "One of his bakers was killed"
    // counts 1, so does this); a group of no people counts nothing.
    [InlineData("en", "One of the club's players was killed.", "killed 1")]
    [InlineData("en", "Three of the strikes hit the port.", "")]
    public void APartOfAGroupNamedByPlainWords_WithACasualtyVerb_CountsPeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Three journalists were killed in the country in October, after eight in the whole of the first half of the year.",
        "killed 3; killed 8")]
    [InlineData("en", "Four aid workers died in Darfur in March, after 11 in all of last year.", "killed 4; killed 11")]
    // Negative: weapons after "after" keep their own noun.
    [InlineData("en", "Five people were killed after 3 missiles hit the city.", "killed 5; missiles_launched 3")]
    public void AnEarlierValueAfterAfter_IsCompared(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Washington shipped more than 2,000 Stinger missiles to Kyiv in the first year of the war.", "")]
    public void WeaponsShipped_AreSupplied(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russian drones and artillery killed seven people and wounded 22 in the region over the weekend, the governor said on Monday.",
        "killed 7 cumulative; injured 22 cumulative")]
    [InlineData("en", "Russia's defence ministry said its air defences destroyed 210 Ukrainian drones over Saturday and Sunday.",
        "drones_downed 210 cumulative")]
    [InlineData("ru", "За выходные в результате обстрелов в области погибли семь человек.", "killed 7 cumulative")]
    [InlineData("de", "Am Wochenende wurden in der Region sieben Menschen bei russischen Angriffen getötet.", "killed 7 cumulative")]
    [InlineData("fr", "Sept personnes ont été tuées dans la région pendant le week-end, selon le gouverneur.", "killed 7 cumulative")]
    [InlineData("es", "Siete personas murieron en la región durante el fin de semana, según el gobernador.", "killed 7 cumulative")]
    // Negative: one day of the weekend is an event.
    [InlineData("en", "Russian drones killed seven people in the region on Saturday, the governor said.", "killed 7 event")]
    public void AWeekendsTally_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The total combat losses of the enemy from 24.02.2022 to 05.12.2025\n\nPersonnel - about 1,015,780 (+1,150) persons\nTanks - 11,312 (+3)",
        "casualties 1015780 cumulative; casualties 1150 event")]
    [InlineData("uk", "Загальні бойові втрати противника з 24.02.22 по 05.12.25 орієнтовно склали:\nособового складу ‒ близько 1 015 780 (+1 150) осіб\nтанків ‒ 11 312 (+3)",
        "casualties 1015780 cumulative; casualties 1150 event")]
    [InlineData("ru", "Общие боевые потери противника с 24.02.22 по 05.12.25 ориентировочно составили:\nличного состава – около 1 015 780 (+1 150) человек",
        "casualties 1015780 cumulative; casualties 1150 event")]
    // Negatives: a labelled line of equipment, and a people label with no heading of victims before it.
    [InlineData("uk", "Загальні бойові втрати противника з 24.02.22 по 05.12.25 орієнтовно склали:\nтанків ‒ 11 312 (+3)", "")]
    [InlineData("en", "Staff on duty at the hospital\n\nDoctors - 12, nurses - 30", "")]
    public void APeopleLabelLineUnderAHeadingOfLosses_CountsTheHeadingsKind(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Three aid workers and one foreign national were killed in Darfur in October.", "killed 3; killed 1")]
    public void AForeignNational_IsAPersonCounted(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Aid agencies warn that 25 million people face acute hunger. The war between the army and the paramilitary has killed more than 50,000 people since April 2023.",
        "killed 50000 more_than")]
    [InlineData("fr", "Les agences humanitaires alertent sur la famine. La guerre a tué plus de 50 000 personnes depuis avril 2023.",
        "killed 50000 more_than")]
    [InlineData("ru", "Гуманитарные организации предупреждают о голоде. Война унесла жизни более 50 000 человек с апреля 2023 года.",
        "killed 50000 more_than")]
    // Negatives: a disease and an accident with no war named stay no figure.
    [InlineData("en", "Cholera has killed 40 people in the camp this month.", "")]
    [InlineData("en", "A bus overturned on the mountain road, killing 12 passengers.", "")]
    public void AWarNamedInAnArticleOfHunger_MakesItsDeathsViolent(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
