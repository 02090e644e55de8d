namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes of the thirty-second session's late-lists helper (sentences written for these tests, never copied from the
/// evaluation sets).
/// </summary>
public sealed class LateListsThirtySecondTests
{
    [Theory]
    // "N of them" opening its sentence after an attribution closed by a comma is a part of the weapons downed before.
    [InlineData("ru", "Силы ПВО за сутки уничтожили 52 беспилотника над территорией России. По словам мэра Сергея Собянина, 14 из них летели на Москву.", "drones_downed 52; drones_downed 14")]
    [InlineData("ru", "Ночью над регионом сбили 31 беспилотник. По данным губернатора, 8 из них были уничтожены над Таганрогом.", "drones_downed 31; drones_downed 8")]
    // Negative: the attribution does not make a count of people a part of the weapons.
    [InlineData("ru", "Силы ПВО сбили 31 беспилотник. По данным губернатора, 4 человека получили ранения.", "drones_downed 31; injured 4")]
    public void OfThemAfterAnOpeningAttribution(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "in addition to" (and a bare "y") after an X-of-Y downing whose whole a launching or sending participle describes:
    // the added weapons share the downing verb (read launched at the session's start).
    [InlineData("es", "Las defensas derribaron 38 de los 52 drones lanzados por Rusia, además de dos misiles de crucero.", "drones_downed 38; drones_launched 52; missiles_downed 2")]
    [InlineData("es", "Las defensas neutralizaron 71 de los 90 drones lanzados por Rusia durante la noche y cuatro misiles balísticos.", "drones_downed 71; drones_launched 90; missiles_downed 4")]
    [InlineData("fr", "L'armée de l'air a abattu 29 des 41 drones lancés par la Russie, en plus de trois missiles de croisière.", "drones_downed 29; drones_launched 41; missiles_downed 3")]
    [InlineData("fr", "La défense antiaérienne a neutralisé 63 des 80 drones envoyés par la Russie, ainsi que deux missiles balistiques.", "drones_downed 63; drones_launched 80; missiles_downed 2")]
    public void AnAddedItemAfterAnXOfYDowning(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "en plus de" (in addition to) holds "plus de" (more than) but qualifies nothing (data qualifiers.none).
    [InlineData("fr", "Les forces russes ont tiré 45 drones, en plus de six missiles balistiques.", "drones_launched 45; missiles_launched 6")]
    // Negative: "plus de" alone is still "more than".
    [InlineData("fr", "Les forces russes ont tiré plus de 45 drones.", "drones_launched 45 more_than")]
    public void InAdditionToQualifiesNothing(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
