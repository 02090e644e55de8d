namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-first session, English probes of our own (air-force tallies, UN and ministry round-ups, wire copy from Gaza,
/// Lebanon, the Red Sea, Sudan and Israel–Iran), each class checked in the other languages where it applies. Sentences
/// written for these tests.
/// </summary>
public sealed class FigureThirtyFirstEnglishTests
{
    [Theory]
    [InlineData("en", "Of the 58 civilians killed in the region in November, drones killed 31, artillery 16 and guided aerial bombs 11.", "killed 58 cumulative; killed 31 cumulative; killed 16 cumulative; killed 11 cumulative")]
    [InlineData("en", "In November, drones killed 31 civilians, artillery 16 and glide bombs 11.", "killed 31 cumulative; killed 16 cumulative; killed 11 cumulative")]
    // Negative: a clause opened by a weapon that launches is no cause of the victims before.
    [InlineData("en", "In November, drones killed 31 civilians, and Russia launched 16 missiles at the city.", "killed 31 cumulative; missiles_launched 16 cumulative")]
    public void ACauseItemAfterAWeaponSubjectAfterAComma_IsAPartOfTheVictims(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The missile that hit the school was one of 38 missiles Russia fired that morning.", "missiles_launched 38")]
    [InlineData("en", "The drone that struck the depot was one of 12 drones launched at the city overnight.", "drones_launched 12")]
    [InlineData("en", "The missile that hit the hotel was one of six missiles Iran fired in its last barrage.", "missiles_launched 6")]
    // Negatives: a downing verb keeps the part downed.
    [InlineData("en", "Air defence shot down one of 38 missiles Russia fired that morning.", "missiles_downed 1; missiles_launched 38")]
    [InlineData("en", "Shot down were 40 of the 52 drones launched overnight.", "drones_downed 40; drones_launched 52")]
    public void OneOfAWholeAfterACopula_IdentifiesTheWeapon(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "37 civilians were killed and 212 injured in the region in November, nine more deaths than in October.", "killed 37; injured 212")]
    [InlineData("en", "279 people were killed and 1,362 injured in October, an increase of 11 and 63 respectively over September.", "killed 279; injured 1362")]
    [InlineData("en", "The mission recorded 1,641 civilian casualties in October, a rise of 140 on the month before.", "casualties 1641")]
    [InlineData("fr", "279 personnes ont été tuées et 1 362 blessées en octobre, une hausse de 11 et 63 par rapport à septembre.", "killed 279; injured 1362")]
    [InlineData("es", "En octubre murieron 279 personas y 1.362 resultaron heridas, un aumento de 11 y 63 respecto a septiembre.", "killed 279; injured 1362")]
    // Negative: "more than" before the count is its qualifier, and a count after the difference still stands.
    [InlineData("en", "More than 37 civilians were killed in November, and 212 were injured.", "killed 37 more_than; injured 212")]
    public void AChangeStatedAsADifference_IsNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "In November, 31 people were killed and 187 injured in the region. In October the figures were 26 and 161.", "killed 31 cumulative; injured 187 cumulative; killed 26 cumulative; injured 161 cumulative")]
    [InlineData("en", "Donetsk oblast recorded 58 killed and 241 injured in November. Kharkiv oblast followed with 37 and 212, then Kherson oblast with 29 and 198.", "killed 58 cumulative; injured 241 cumulative; killed 37 cumulative; injured 212 cumulative; killed 29 cumulative; injured 198 cumulative")]
    [InlineData("en", "Russia launched 4,210 drones and 188 missiles at Ukraine in November. In October the figures were 3,900 and 160.", "drones_launched 4210 cumulative; missiles_launched 188 cumulative; drones_launched 3900 cumulative; missiles_launched 160 cumulative")]
    [InlineData("en", "Last week 12 civilians were killed and 40 wounded. The week before, it was 9 and 31.", "killed 12 cumulative; injured 40 cumulative; killed 9 cumulative; injured 31 cumulative")]
    // Negatives: numbers that name something (houses, ages, dates) are no follow-up pair.
    [InlineData("en", "Two people were killed and 9 injured on Monday. Buildings 5 and 7 on Shevchenko Street were damaged.", "killed 2 event; injured 9 event")]
    [InlineData("en", "Two people were killed and 9 injured on Monday. The victims were aged 26 and 61.", "killed 2 event; injured 9 event")]
    [InlineData("en", "Two people were killed and 9 injured on Monday. Strikes also hit the city on 5 and 7 December.", "killed 2 event; injured 9 event")]
    // Negative: a sentence after one kind alone gives its pair nothing.
    [InlineData("en", "Nine people were killed in the region in November. In October the figures were 26 and 161.", "killed 9 cumulative")]
    public void ABarePairAfterTwoKinds_TakesThemInOrder(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Air defence destroyed 23 drones over Kyiv. Debris fell in 7 of the city's 10 districts.", "drones_downed 23")]
    [InlineData("en", "A US destroyer shot down two missiles fired from Yemen. The ship, which carries 96 vertical launch cells, was not damaged.", "missiles_downed 2")]
    // Negatives: a whole of weapons, and a verb closing its clause, still count.
    [InlineData("en", "Air defence destroyed 23 drones over Kyiv. It shot down 7 of the 10 drones over the city centre.", "drones_downed 23; drones_downed 7; drones_launched 10")]
    [InlineData("en", "Russia sent 30 drones overnight; 12 were shot down over Kyiv.", "drones_launched 30; drones_downed 12")]
    public void ANumberOfOtherThingsAfterWeapons_IsNoImplicitWeapon(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Residents remembered the victims of a Russian missile that killed 59 people at a wake in the village in October 2023.", "killed 59 event")]
    [InlineData("en", "In June last year, a Russian missile hit a restaurant in Kramatorsk, killing 13 people.", "killed 13 event")]
    // Negatives: no one weapon strikes.
    [InlineData("en", "In October, a Russian drone campaign killed 45 civilians in the region.", "killed 45 cumulative")]
    [InlineData("en", "In October, Russian missiles killed 45 civilians in the region.", "killed 45 cumulative")]
    public void AWeaponWithAnArticleThatStrikes_IsOneStrikeTheMonthDates(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Ukrainian forces destroyed 8 tanks, 31 artillery systems and 142 operational-tactical drones over the past day.", "drones_downed 142")]
    [InlineData("en", "Over the past day the army destroyed 12 artillery systems and 95 drones.", "drones_downed 95")]
    // Negative: an attack's word with no count before it still launches.
    [InlineData("en", "Russia carried out an artillery and drone attack with 40 drones overnight.", "drones_launched 40")]
    public void AnAttackWordAfterAnotherCount_IsNoVerbOfTheWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
