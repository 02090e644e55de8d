namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-ninth session, English probes of our own (wire copy, live pages, long reads, explainers, NGO reports, UN and
/// ministry round-ups), each class checked in the other languages where it applies. Sentences written for these tests.
/// </summary>
public sealed class FigureTwentyNinthEnglishTests
{
    [Theory]
    [InlineData("en", "Russia fired 14 missiles at Kyiv. Patriot systems intercepted 12.", "missiles_launched 14; missiles_downed 12")]
    [InlineData("en", "Of the 14 missiles fired at Kyiv, the batteries shot down 12.", "missiles_launched 14; missiles_downed 12")]
    [InlineData("en", "Russia fired 14 missiles at Kyiv, and Patriot systems shot down all 12 of them.", "missiles_launched 14; missiles_downed 12")]
    // Negative: the thing no figure counts is the verb's object when the number is no object right after the verb.
    [InlineData("en", "Germany will deliver a Patriot system with 120 interceptor missiles, bringing the number of systems it has sent to three.", "")]
    public void AnExcludedSubjectBeforeTheDowningVerb_KeepsTheWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russian attacks on the region last month killed 21 civilians and injured 97. Nikopol district, shelled daily, accounted for 12 of the deaths.", "killed 21 cumulative; injured 97 cumulative; killed 12 cumulative")]
    [InlineData("en", "Russian attacks on the region last month killed 21 civilians and injured 97. Nikopol, shelled almost every day, accounted for 12 of the deaths.", "killed 21 cumulative; injured 97 cumulative; killed 12 cumulative")]
    // Negative: one attack after a running total is an event of its own.
    [InlineData("en", "Russian attacks on the region last month killed 21 civilians and injured 97. A shelling of Nikopol on Monday killed 3 people.", "killed 21 cumulative; injured 97 cumulative; killed 3 event")]
    public void AnAttackAtARate_NamesNoAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Over the summer, drones killed dozens of people in Kherson.", "killed 12 cumulative")]
    [InlineData("en", "Throughout the winter, shelling killed 56 civilians in the region.", "killed 56 cumulative")]
    // Negative: a day's strike in summer stays an event.
    [InlineData("en", "A missile killed 23 people at the market on a Tuesday in April.", "killed 23 event")]
    public void ASeasonSpan_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Patriot batteries knocked down 12 of the 14 missiles.", "missiles_launched 14; missiles_downed 12")]
    [InlineData("en", "Ukraine says it downed 20 ATACMS.", "missiles_downed 20")]
    [InlineData("en", "Of the 95 war-wounded patients the team treated in November, 19 were children.", "injured 95; injured 19")]
    // Negatives: weapons built are no launch; a knocked-down wall counts nothing.
    [InlineData("en", "The workshop has built 3,000 interceptor drones since the summer.", "")]
    [InlineData("en", "Firefighters knocked down 3 walls of the burning house.", "")]
    public void WordsOfWeaponsAndHurt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "In October the Mission recorded 186 civilian casualties in Zaporizhzhia region (32 killed, 154 injured), compared with 141 in September.", "casualties 186; killed 32; injured 154; casualties 141")]
    // Negative: a value compared right after a part with no parenthesis stays the part's.
    [InlineData("en", "In October 32 civilians were killed in the region, compared with 41 in September.", "killed 32; killed 41")]
    public void AComparedValue_AfterAPlaceAndAParenthesisOfParts_IsTheWhole(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "Durante el verano, los drones rusos mataron a 56 civiles en Jersón.", "killed 56 cumulative")]
    [InlineData("fr", "Pendant l'été, les drones russes ont tué 56 civils à Kherson.", "killed 56 cumulative")]
    [InlineData("ru", "За лето российские дроны убили 56 мирных жителей в Херсоне.", "killed 56 cumulative")]
    [InlineData("uk", "За літо російські дрони вбили 56 цивільних у Херсоні.", "killed 56 cumulative")]
    [InlineData("id", "Selama musim panas, drone Rusia menewaskan 56 warga sipil di Kherson.", "killed 56 cumulative")]
    public void ASeasonSpan_IsARunningTotal_InOtherLanguages(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Drones killed 31 civilians in November, missiles 14 and artillery 12.", "killed 31; killed 14; killed 12")]
    [InlineData("en", "Drones accounted for 31 deaths, missiles for 14 and artillery for 12.", "killed 31; killed 14; killed 12")]
    [InlineData("en", "Shelling killed 20 civilians in October, drones 15 and glide bombs 6.", "killed 20; killed 15; killed 6")]
    // Negatives: weapons with their own verb after a casualty figure stay weapons; a clause with no weapon subject keeps a
    // weapon noun's count out of the victims.
    [InlineData("en", "The strike killed 4 people, and drones 40 were shot down.", "killed 4; drones_downed 40")]
    [InlineData("en", "Soldiers killed 4 militants; drones 40 were shot down.", "killed 4; drones_downed 40")]
    public void ACauseItem_AfterAWeaponSubjectsToll_IsAPartOfTheVictims(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Five civilians, who were queuing for water, were wounded.", "injured 5")]
    [InlineData("en", "Three soldiers, who had just returned from the front, were killed in the strike.", "killed 3")]
    [InlineData("es", "Cinco civiles, que hacían cola para recoger agua, resultaron heridos.", "injured 5")]
    [InlineData("fr", "Cinq civils, qui faisaient la queue pour de l'eau, ont été blessés.", "injured 5")]
    [InlineData("de", "Fünf Zivilisten, die für Wasser anstanden, wurden verletzt.", "injured 5")]
    // Negatives: a relative clause that is the number's own predicate stays so; a predicate of no harm counts nothing.
    [InlineData("en", "1,865 people, who were injured in the attacks, remain in hospital.", "injured 1865")]
    [InlineData("en", "Twelve residents, who had sheltered in the basement, survived.", "")]
    public void ARelativeClauseSetOffByCommas_IsSetAside(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
