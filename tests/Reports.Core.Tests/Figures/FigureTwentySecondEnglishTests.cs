namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-second session, English probes of our own (wire copy, live blogs, UN/OHCHR/WHO round-ups, ministry bulletins,
/// ISW/ACLED briefs, Air Force posts, explainers), each class checked in the other languages where it applies. Sentences
/// written for these tests.
/// </summary>
public sealed class FigureTwentySecondEnglishTests
{
    [Theory]
    [InlineData("en", "Russian shelling killed 20 civilians over the past day: 12 in Kharkiv; 5 in Sumy; 3 in Odesa.",
        "killed 3; killed 5; killed 12; killed 20")]
    [InlineData("en", "Air defence shot down 40 drones: 12 over Kyiv; 15 over Zhytomyr; 13 over Rivne.",
        "drones_downed 12; drones_downed 13; drones_downed 15; drones_downed 40")]
    [InlineData("en", "Russian attacks killed nine people in Kharkiv; four in Sumy, officials said.", "killed 4; killed 9")]
    [InlineData("fr", "Les frappes russes ont tué 20 civils : 12 à Kharkiv ; 5 à Soumy ; 3 à Odessa.", "killed 3; killed 5; killed 12; killed 20")]
    [InlineData("de", "Russische Angriffe töteten 20 Zivilisten: 12 in Charkiw; 5 in Sumy; 3 in Odessa.", "killed 3; killed 5; killed 12; killed 20")]
    [InlineData("es", "Los ataques rusos mataron a 20 civiles: 12 en Járkov; 5 en Sumy; 3 en Odesa.", "killed 3; killed 5; killed 12; killed 20")]
    [InlineData("ru", "Российские удары убили 20 мирных жителей: 12 в Харькове; 5 в Сумах; 3 в Одессе.", "killed 3; killed 5; killed 12; killed 20")]
    // Negatives: a bare number after a semicolon, and one with a predicate of its own, are no items.
    [InlineData("en", "Five people were killed in Kharkiv; 12 remain missing.", "killed 5")]
    [InlineData("en", "Russia launched 40 drones overnight; 12 houses were damaged in Kyiv.", "drones_launched 40")]
    [InlineData("en", "Nine people were killed in the strike; 3.", "killed 9")]
    public void ItemsPartedBySemicolons_ShareThePredicateBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Three soldiers were killed in northern Gaza on Monday, the army said, and two more in southern Lebanon.", "killed 2; killed 3")]
    [InlineData("en", "Four people were killed in Kherson and three more in Mykolaiv.", "killed 3; killed 4")]
    [InlineData("en", "Four people were killed in Kherson and three more were wounded.", "injured 3; killed 4")]
    [InlineData("en", "Four people were killed in Kherson and three damaged houses burned.", "killed 4")]
    public void AGappedCountWithMoreOrAPlainWordBeforeItsPlace_SharesThePredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Civilian casualties in October totalled 1,540: 410 killed and 1,130 injured, the report said.",
        "casualties 1540 cumulative; killed 410 cumulative; injured 1130 cumulative")]
    [InlineData("en", "Civilian casualties since the start of the year reached 1,540: 410 killed and 1,130 injured.",
        "casualties 1540 cumulative; killed 410 cumulative; injured 1130 cumulative")]
    [InlineData("fr", "Le nombre de victimes civiles en octobre s'élève à 1 540 : 410 tués et 1 130 blessés.",
        "casualties 1540 cumulative; killed 410 cumulative; injured 1130 cumulative")]
    [InlineData("de", "Die Zahl der zivilen Opfer im Oktober beträgt 1.540: 410 Tote und 1.130 Verletzte.",
        "casualties 1540 cumulative; killed 410 cumulative; injured 1130 cumulative")]
    // A list after the colon with a time of its own keeps it; a colon after no figure gives no time.
    [InlineData("en", "Casualties since the start of the year reached 1,540: on Monday alone, 12 killed.", "casualties 1540 cumulative; killed 12 event")]
    [InlineData("en", "Kharkiv, the governor said: 4 killed and 9 injured in the strike.", "injured 9 event; killed 4 event")]
    public void CountsListedAfterAColon_TakeTheTimeOfTheFigureBeforeIt(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Deaths from drone strikes dropped to 91 in October, the report found.", "killed 91")]
    [InlineData("en", "Deaths from Russian attacks fell to 91 in October.", "killed 91")]
    [InlineData("en", "Civilian deaths in Ukraine climbed to 230 in June, the mission said.", "killed 230")]
    [InlineData("en", "Civilian deaths in the region rose to 64 in May.", "killed 64")]
    // Negatives: a count noun or a unit that is counted still names what the number counts.
    [InlineData("en", "Four people were killed, and the number of attacks rose to 120.", "killed 4")]
    [InlineData("en", "Four people died, and strikes on the city rose to 120.", "killed 4")]
    public void ACasualtyNounWithAVerbOfChange_CountsTheNewValue(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The weekly toll rose to 56 killed, up from 41, the administration said.", "killed 41 cumulative; killed 56 cumulative")]
    [InlineData("en", "Kherson region, weekly: killed 4, injured 18.", "injured 18 cumulative; killed 4 cumulative")]
    [InlineData("fr", "Le bilan hebdomadaire fait état de 56 morts.", "killed 56 cumulative")]
    [InlineData("de", "Die Wochenbilanz: 56 Tote und 120 Verletzte.", "injured 120 cumulative; killed 56 cumulative")]
    [InlineData("en", "A Russian strike on Kherson killed four people on Monday.", "killed 4 event")]
    public void AWeeklyTally_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Germany will deliver 120 interceptor missiles, bringing the number of systems it has sent to three.", "")]
    [InlineData("en", "Russia fired 30 missiles; air defence downed 25 of those it had launched and shot down 2 more.",
        "missiles_downed 2; missiles_downed 25; missiles_launched 30")]
    public void AThingNoFigureCountsBeforeAVerb_IsWhatTheNumberAfterCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "Over the past week, 19 people were killed in Kherson region: 12 men, 5 women and 2 children.",
        "killed 2; killed 5; killed 12; killed 19")]
    [InlineData("en", "Shelling killed 9 people in Donetsk region: 5 in Pokrovsk, 3 in Kostiantynivka and 1 in Druzhkivka.",
        "killed 1; killed 3; killed 5; killed 9")]
    [InlineData("en", "Over the past week, 19 people were killed in the region: 12 men, 5 women and 2 children.",
        "killed 2; killed 5; killed 12; killed 19")]
    [InlineData("fr", "Au cours de la semaine, 19 personnes ont été tuées dans la région de Kherson : 12 hommes, 5 femmes et 2 enfants.",
        "killed 2; killed 5; killed 12; killed 19")]
    [InlineData("en", "Fatalities in Sudan in October: 210, of which 95 in North Darfur, 70 in Kordofan and 45 in Khartoum.",
        "killed 45; killed 70; killed 95; killed 210")]
    // Negatives: a count with a noun of its own, a year, and a number larger than the figure are no parts of it.
    [InlineData("en", "Seven people were killed in the attack on Kharkiv: 3 houses were destroyed.", "killed 7")]
    [InlineData("en", "Nine people were killed in the strike on the market: 2024 was the deadliest year for the town.", "killed 9")]
    [InlineData("en", "Nine people were killed in Kharkiv region: 40 towns came under fire.", "killed 9")]
    public void CountsListedAfterTheColonThatEndsAFiguresClause_AreItsParts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "ACLED recorded 320 fatalities in Yemen in November, including 17 from Houthi drone and missile attacks.", "killed 17; killed 320")]
    [InlineData("en", "ACLED recorded 320 fatalities in Yemen in November, including 17 from drone attacks.", "killed 17; killed 320")]
    [InlineData("es", "ACLED registró 320 muertos en Yemen en noviembre, entre ellos 17 por ataques con drones.", "killed 17; killed 320")]
    // Negatives: weapons right after their number, after "of", or after a vague count are still counted.
    [InlineData("en", "Russia launched 30 drones from the Kursk region.", "drones_launched 30")]
    [InlineData("en", "Air defence destroyed 45 of the 60 drones.", "drones_downed 45; drones_launched 60")]
    [InlineData("en", "Russia launched dozens of drones from Kursk.", "drones_launched 12 at_least")]
    public void WeaponsAfterAPrepositionOfSource_AreTheCauseNotTheCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
