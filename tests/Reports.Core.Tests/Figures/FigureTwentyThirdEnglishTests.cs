namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-third session, English probes of our own (wire copy, live blogs, UN/OHCHR/WHO/UNICEF round-ups, ministry
/// bulletins, ISW/ACLED briefs, Air Force posts, explainers), each class checked in the other languages where it applies.
/// Sentences written for these tests.
/// </summary>
public sealed class FigureTwentyThirdEnglishTests
{
    [Theory]
    [InlineData("en", "Deaths among civilians in the Chernihiv region since 2022 have surpassed 1,430, the governor said.", "killed 1430 more_than")]
    [InlineData("en", "Deaths caused by Russian shelling topped 64 in September, officials said.", "killed 64 more_than")]
    [InlineData("en", "Deaths from Russian drone strikes exceeded 38 in July.", "killed 38 more_than")]
    [InlineData("fr", "Le nombre de civils tués dans la région depuis 2022 a dépassé 1 430, selon le gouverneur.", "killed 1430 more_than")]
    // Negatives: a count noun or a unit counted by the verb of exceeding still names what the number counts.
    [InlineData("en", "The number of attacks on the city topped 64 in September.", "")]
    [InlineData("en", "Two people died, and strikes on the region surpassed 300 in May.", "killed 2")]
    public void AVerbOfExceedingAsTheQualifier_HeadsTheTollAsATollVerbDoes(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The death toll in the enclave crossed 52,000 on Wednesday, the health ministry said.", "killed 52000 cumulative")]
    [InlineData("en", "Civilian deaths in the region surpassed 2,100 on Friday.", "killed 2100 cumulative")]
    // Negatives: one attack named in the segment, or a toll under a thousand, keeps the day.
    [InlineData("en", "The death toll from Monday's strike on the market crossed 1,000 on Tuesday.", "killed 1000 event")]
    [InlineData("en", "The death toll from the strike topped 40 on Wednesday.", "killed 40 event")]
    public void ATollInTheThousandsPassingAMarkOnADay_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Three or four Shahed drones circled over Poltava before they were engaged.", "drones_launched 4 about")]
    [InlineData("en", "Five to six ballistic missiles were fired at the port of Izmail.", "missiles_launched 6 about")]
    [InlineData("en", "Monitoring channels reported 6-7 drones heading for the Chernihiv region.", "drones_launched 7 about")]
    [InlineData("fr", "Selon l'armée de l'air, deux ou trois drones russes ont été abattus au-dessus de Poltava.", "drones_downed 3 about")]
    [InlineData("de", "Nach Angaben der Luftwaffe wurden zwei bis drei russische Drohnen über Poltawa abgeschossen.", "drones_downed 3 about")]
    [InlineData("es", "Según la Fuerza Aérea, dos o tres drones rusos fueron derribados sobre Poltava.", "drones_downed 3 about")]
    [InlineData("ru", "По данным ВВС, над Полтавой были сбиты два или три российских беспилотника.", "drones_downed 3 about")]
    [InlineData("id", "Menurut angkatan udara, dua atau tiga drone Rusia ditembak jatuh di atas Poltava.", "drones_downed 3 about")]
    // Negatives: a change's two values, a span, days of a month and a count of another thing stay as they were.
    [InlineData("en", "The death toll rose from 5 to 6 on Monday.", "killed 5; killed 6")]
    [InlineData("en", "The strike, which injured 12 people, cut power for 3 to 4 weeks.", "injured 12")]
    [InlineData("en", "On 24-25 June, 12 drones were shot down over the region.", "drones_downed 12")]
    [InlineData("en", "Two or three explosions were heard after Russia fired two ballistic missiles.", "missiles_launched 2")]
    [InlineData("de", "Die Zahl der Toten stieg von 5 auf 6, teilten die Behörden mit.", "killed 5; killed 6")]
    public void ARangeOfTwoCounts_IsOneCountAboutItsUpperEnd(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Thousands of injured people have been flown out of the enclave for treatment over the past year.", "")]
    [InlineData("en", "Hundreds of wounded soldiers have been airlifted to Germany since the spring.", "")]
    [InlineData("en", "Dozens of injured civilians were evacuated from the city in recent months.", "")]
    // Negatives: people wounded by a named act stay injured; an exact count of wounded people is kept.
    [InlineData("en", "Hundreds of people were wounded in the strike and evacuated to Kyiv.", "injured 100 at_least")]
    [InlineData("en", "Hundreds of injured people were taken to hospitals after the blast.", "injured 100 at_least")]
    public void AVagueCountOfWoundedPeopleActedUpon_IsNoCasualtyFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "In the third quarter the mission recorded 410 civilian casualties, of whom 90 were killed and 320 injured.",
        "casualties 410 cumulative; injured 320 cumulative; killed 90 cumulative")]
    [InlineData("en", "The Kremlin-installed governor said 12 people were killed in the third quarter.", "killed 12 cumulative")]
    [InlineData("de", "Im dritten Quartal wurden 410 Zivilisten getötet, teilte die Mission mit.", "killed 410 cumulative")]
    [InlineData("fr", "Les frappes ont tué 40 civils au troisième trimestre, selon l'ONU.", "killed 40 cumulative")]
    // Negative: a residential quarter is a place, not a time.
    [InlineData("en", "The strike on the residential quarter killed 12 people on Monday.", "killed 12 event")]
    public void AQuarterOfTheYear_IsARunningTotalsTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Russian forces launched 25 drones at Ukraine on the night of 3 to 4 June.", "drones_launched 25 event")]
    [InlineData("en", "On the night of 3-4 June, Russia launched 25 drones.", "drones_launched 25 event")]
    // Negatives: three days or more are a period.
    [InlineData("en", "Russia launched 300 drones between 1 and 7 June.", "drones_launched 300 cumulative")]
    [InlineData("en", "On 3-5 June, Russia launched 250 drones.", "drones_launched 250 cumulative")]
    public void TwoDaysInARow_AreOneNightNotAPeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The Red Crescent said 31 of its volunteers had been killed, out of 350 aid workers killed since the war began.",
        "killed 31 cumulative; killed 350 cumulative")]
    [InlineData("en", "UNRWA said 54 of its staff had been killed, among 480 aid workers killed since 2023.", "killed 54 cumulative; killed 480 cumulative")]
    [InlineData("fr", "L'UNRWA a indiqué que 54 de ses employés avaient été tués, parmi 480 travailleurs humanitaires tués depuis 2023.",
        "killed 54 cumulative; killed 480 cumulative")]
    // Negatives: a part with a day of its own keeps it; a whole that is one event gives the part its event.
    [InlineData("en", "UNRWA said 54 of its staff had been killed on Monday, among 480 aid workers killed since 2023.", "killed 54 event; killed 480 cumulative")]
    [InlineData("en", "Nine of the guards were killed on Monday, among 40 people killed in the raid.", "killed 40 event; killed 9 event")]
    public void APartWhoseWholeFollowsAfterAmong_IsCountedOverThatWholesTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Civilians killed this week in Izium district: men 5, women 2, children 1.", "killed 1; killed 2; killed 5")]
    [InlineData("en", "Children killed this month: boys 4, girls 3.", "killed 3; killed 4")]
    [InlineData("en", "Killed this week: men 5, women 2 and children 1.", "killed 1; killed 2; killed 5")]
    [InlineData("fr", "Civils tués cette semaine dans le district : hommes 5, femmes 2, enfants 1.", "killed 1; killed 2; killed 5")]
    [InlineData("es", "Civiles muertos esta semana: hombres 5, mujeres 2, niños 1.", "killed 1; killed 2; killed 5")]
    [InlineData("ru", "Погибшие за неделю: мужчины 5, женщины 2, дети 1.", "killed 1; killed 2; killed 5")]
    // Negatives: a people noun before a number with no label before the colon, and places as labels, read as before.
    [InlineData("en", "Civilian casualties in October by region: Donetsk 312, Kharkiv 280.", "casualties 280; casualties 312")]
    [InlineData("en", "The council met on Monday: men 40, women 35 took part in the vote.", "")]
    public void PeopleNounsBeforeTheirNumbers_NameTheItemsOfALabelledList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "ACLED recorded 280 reported fatalities in Nyala in June, 95 from shelling and 185 from battles.", "killed 95; killed 185; killed 280")]
    [InlineData("en", "ACLED recorded 210 fatalities in Yemen in April, including 12 from Houthi drone and missile attacks and 90 from clashes along the Taiz front.",
        "killed 12; killed 90; killed 210")]
    [InlineData("en", "Eight people were killed, 3 by shelling and 5 by drone strikes.", "killed 3; killed 5; killed 8")]
    [InlineData("es", "ACLED registró 280 muertos en junio, 95 por bombardeos y 185 por combates.", "killed 95; killed 185; killed 280")]
    [InlineData("de", "ACLED verzeichnete im Juni 280 Tote, 95 durch Beschuss und 185 durch Kämpfe.", "killed 95; killed 185; killed 280")]
    // Negatives: weapons from a place after a launch stay weapons; a count with a predicate of its own is no item.
    [InlineData("en", "Russia launched 90 drones, 40 from the Kursk region and 50 from Crimea.", "drones_launched 40; drones_launched 50; drones_launched 90")]
    [InlineData("en", "Five people were killed on Monday, and 30 from the village were evacuated.", "killed 5")]
    public void ACountFollowedByItsCause_IsAnItemOfTheVictimsBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "In the first nine months of the year, 38 children were killed in Ukraine, UNICEF said.", "killed 38 cumulative")]
    [InlineData("en", "In the first eight months, 38 children were killed in the region.", "killed 38 cumulative")]
    [InlineData("de", "In den ersten neun Monaten des Jahres wurden in der Ukraine 38 Kinder getötet.", "killed 38 cumulative")]
    // Negative: an ordinal that ranks an attack still frames the period as the comparison's.
    [InlineData("en", "It was the third attack on the city in two weeks, and 5 people were killed.", "killed 5 event")]
    public void AnOrdinalBeforeANumberWordCountsThePeriod_NotAnAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "ACLED recorded 305 fatalities in the region in May, of which 88 resulted from airstrikes.", "killed 88; killed 305")]
    [InlineData("en", "ACLED recorded 305 fatalities in May, including 88 resulting from airstrikes.", "killed 88; killed 305")]
    [InlineData("fr", "L'ACLED a recensé 305 morts en mai, dont 88 dus à des frappes aériennes.", "killed 88; killed 305")]
    [InlineData("es", "ACLED registró 305 muertos en mayo, de los cuales 88 causados por ataques aéreos.", "killed 88; killed 305")]
    // Negative: a verb of another kind after the count keeps it out.
    [InlineData("en", "ACLED recorded 305 fatalities in May, of which 88 remained unidentified.", "killed 305")]
    public void APartWithAVerbOfCause_IsAPartOfTheVictims(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Another 45 people were killed on Sunday, pushing the death toll since the war began past 41,000.", "killed 45; killed 41000 more_than")]
    [InlineData("en", "The toll since October 2023 went past 41,000 on Sunday.", "killed 41000 more_than")]
    // Negatives: a span after "past" is a time, and the count after it keeps its own qualifier.
    [InlineData("en", "In the past 24 hours, 60 people were killed.", "killed 60")]
    [InlineData("en", "Over the past 3 days, 12 people were killed in the region.", "killed 12")]
    public void PastBeforeATollsValue_IsMoreThan(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "A drone strike on Sumy killed 9 people, the deadliest attack on the city since the full-scale invasion, in which more than 140 residents have died.",
        "killed 140 cumulative; killed 9 event")]
    [InlineData("en", "Shelling killed 6 people, the worst attack on Kherson since the summer of 2022, during which 90 civilians have died in the city.",
        "killed 6 event; killed 90 cumulative")]
    // Negatives: a relative with no preposition is the attack's; a count with a day of its own keeps it.
    [InlineData("en", "It was the largest attack since the start of the war, which killed 12 people in Kyiv.", "killed 12 event")]
    [InlineData("en", "It was the heaviest attack on Kyiv since the summer, in which 12 people were killed on Monday.", "killed 12 event")]
    public void ACountInARelativeAboutASuperlativesPeriod_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
