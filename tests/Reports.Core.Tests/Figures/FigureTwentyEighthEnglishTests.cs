namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-eighth session, English probes of our own (wire copy with merged updates, live pages, long reads, UN and
/// ministry round-ups, explainers, NGO reports, briefings), each class checked in the other languages where it applies.
/// Sentences written for these tests.
/// </summary>
public sealed class FigureTwentyEighthEnglishTests
{
    [Theory]
    [InlineData("en", "Of the people killed by glide bombs in March, Zaporizhzhia Oblast recorded 21, Sumy Oblast 13 and Odesa Oblast 9.", "killed 21; killed 13; killed 9")]
    [InlineData("en", "Of the civilians killed in June, the Luhansk region recorded 17, Sumy 8 and Odesa 4.", "killed 17; killed 8; killed 4")]
    [InlineData("es", "De los civiles muertos por drones en junio, Lugansk registró 17, Sumy 8 y Odesa 4.", "killed 17; killed 8; killed 4")]
    [InlineData("fr", "Parmi les civils tués par des drones en juin, Louhansk en a recensé 17, Soumy 8 et Odessa 4.", "killed 17; killed 8; killed 4")]
    // Negative: a clause of no victims keeps its counts out.
    [InlineData("en", "Of the towns hit in June, Sumy recorded 17, Odesa 8.", "")]
    public void AnOfTheVictimsClause_ThenAPlaceSubjectAndItsVerb_CountsThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Luhansk region recorded 31 deaths, Sumy region 12 and Odesa region 7.", "killed 31; killed 12; killed 7")]
    [InlineData("en", "Killed in June: Pokrovsk district 12, Kramatorsk district 7.", "killed 12; killed 7")]
    [InlineData("ru", "Погибших в июне: Луганская область 31, Сумская область 12.", "killed 31; killed 12")]
    [InlineData("uk", "Загиблих у червні: Луганська область 31, Сумська область 12.", "killed 31; killed 12")]
    // Negatives: a numbered region is a name; a place's item after a count of no figure continues that count.
    [InlineData("en", "Troops of Military Region 5 were moved.", "")]
    [InlineData("en", "The shelling killed 4 people and damaged 60 houses, Sumy region 35 and Odesa region 25.", "killed 4")]
    public void APlaceItemWithItsKindWord_IsAnItem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "None of the 45 people on board the bus was injured.", "")]
    [InlineData("en", "Not one of the 18 pupils was hurt, the school said.", "")]
    [InlineData("en", "Neither of the two soldiers was wounded.", "")]
    [InlineData("fr", "Aucun des 45 passagers n'a été blessé.", "")]
    [InlineData("es", "Ninguno de los 45 pasajeros resultó herido.", "")]
    [InlineData("de", "Keiner der 45 Fahrgäste wurde verletzt.", "")]
    // Negatives: a part that is no negation, and a whole whose own noun names the dead, stay.
    [InlineData("en", "Most of the 45 people on board the bus were injured.", "injured 45")]
    [InlineData("en", "None of the 12 dead were soldiers.", "killed 12")]
    [InlineData("en", "None of the 30 drones reached its target.", "drones_launched 30")]
    public void ANegatedPartitive_CountsAWholeNobodyOfWasHurt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Civilian deaths in June were 41, six more than in May.", "killed 41")]
    [InlineData("en", "Civilian injuries in June were 160.", "injured 160")]
    [InlineData("es", "Las muertes de civiles en junio fueron 41.", "killed 41")]
    // Negatives: a copula with its people after the count, and a copula of no casualty word.
    [InlineData("en", "Exports in June were 41, six more than in May.", "")]
    [InlineData("en", "Among the dead were 11 children.", "killed 11")]
    public void ACopulaBeforeTheCount_StatesTheToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "One of the bakery's drivers was killed when a shell hit his van.", "killed 1")]
    [InlineData("fr", "Deux de ses boulangers ont été tués.", "killed 2")]
    [InlineData("es", "Dos de sus cocineros murieron.", "killed 2")]
    // Negative: the noun's own act with an object after it is no fate.
    [InlineData("en", "One of the army's rockets killed a shepherd.", "")]
    public void APlainNounOfVictims_AfterAPossessive(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Since the spring the hospital train has carried more than 3,000 wounded.", "")]
    // Negative: wounded treated after an attack named after them are its victims.
    [InlineData("en", "Doctors treated 35 injured in the strike.", "injured 35")]
    public void BareWoundedCarried_AreNoToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The Navy awarded the firm a contract for 2,500 Patriot missiles.", "")]
    [InlineData("en", "The Army signed a contract for 2,500 Stinger missiles on Friday.", "")]
    [InlineData("en", "An explosion at an ammunition plant in the region killed 12 workers.", "")]
    // Negative: an attack that caused the explosion keeps the toll.
    [InlineData("en", "A drone attack caused an explosion at a plant in the region, killing 12 workers.", "killed 12")]
    public void ContractsAndPlantExplosions_AreNoFigures(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The soldier's death brings to 392 the number of troops killed in the ground operation in Gaza.", "killed 392 cumulative")]
    [InlineData("en", "Their deaths bring the number of troops killed in the offensive to 392.", "killed 392 cumulative")]
    // Negative: an offensive's toll on one day is that day's.
    [InlineData("en", "The death toll from the Russian offensive on the village on Tuesday rose to 12.", "killed 12 event")]
    public void ACampaignsToll_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
    [Theory]
    [InlineData("en", "The number of civilians killed rose from 41 in May to 52 in June.", "killed 41; killed 52")]
    [InlineData("en", "Injuries fell from 260 in May to 218 in June.", "injured 260; injured 218")]
    [InlineData("de", "Die Zahl der getöteten Zivilisten stieg von 41 im Mai auf 52 im Juni.", "killed 41; killed 52")]
    // Negative: a "to" after another phrase than a time opens no new value.
    [InlineData("en", "Civilian deaths rose from 41 in the city to 52 villages.", "killed 41")]
    public void AChangeFromAnOldValueAndItsTime_ToItsNewValue(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "Las muertes de civiles aumentaron en seis en junio respecto a mayo, hasta 31.", "killed 6; killed 31")]
    [InlineData("fr", "Le nombre de civils tués a augmenté de six, jusqu'à 31.", "killed 6; killed 31")]
    public void AnUpToAfterAChangesSize_IsItsNewValue(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "Overnight 14 missiles and 85 drones were fired at the city; 11 and 70 respectively were shot down.", "missiles_launched 14; drones_launched 85; missiles_downed 11; drones_downed 70")]
    [InlineData("en", "Russia launched 85 drones and 14 missiles; 70 and 11 respectively were shot down.", "drones_launched 85; missiles_launched 14; drones_downed 70; missiles_downed 11")]
    [InlineData("es", "Rusia lanzó 14 misiles y 85 drones; 11 y 70 respectivamente fueron derribados.", "missiles_launched 14; drones_launched 85; missiles_downed 11; drones_downed 70")]
    // Negative: with no "respectively" the bare counts keep the nearest weapon.
    [InlineData("en", "Russia launched 14 missiles and 85 drones; 70 were shot down.", "missiles_launched 14; drones_launched 85; drones_downed 70")]
    public void BareCountsBeforeRespectively_TakeTheWeaponsAtTheirPlaces(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
