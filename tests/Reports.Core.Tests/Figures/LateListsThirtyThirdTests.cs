namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-third session, late-lists helper, written for these tests (no evaluation text): a mixed-weapons noun that restates
/// a count of one weapon only.
/// </summary>
public sealed class LateListsThirtyThirdTests
{
    [Theory]
    [InlineData("en", "The rebels fired two ballistic missiles at the port. Both projectiles were intercepted, the army said.", "missiles_downed 2 exact; missiles_launched 2 exact")]
    [InlineData("es", "Los rebeldes dispararon tres misiles contra el puerto. Los tres proyectiles fueron interceptados, según el Ejército.", "missiles_downed 3 exact; missiles_launched 3 exact")]
    [InlineData("fr", "Les rebelles ont tiré deux missiles vers le port. Les deux projectiles ont été interceptés, selon l'armée.", "missiles_downed 2 exact; missiles_launched 2 exact")]
    public void AMixedNounRestatingOneWeaponsCount_IsThatWeapon(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Negative: the article counts drones and missiles apart; the mixed count stays combined drones.
    [InlineData("en", "Russia launched 40 drones and 3 missiles overnight. Air defences shot down 30 projectiles.", "drones_downed 30 exact; drones_launched 40 exact; missiles_launched 3 exact")]
    public void AMixedNounBesideBothWeapons_StaysCombined(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
