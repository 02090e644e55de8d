namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes of the thirty-second session's late-reading helper (sentences written for these tests, never copied from the
/// evaluation sets).
/// </summary>
public sealed class LateReadingThirtySecondTests
{
    [Theory]
    // A launching participle set off by commas after the weapons' noun describes them; the item after the closing comma
    // ("а также", "а також", "и") shares the clause's downing verb.
    [InlineData("ru", "Дежурные средства ПВО уничтожили 96 из 120 беспилотников, запущенных ВСУ, а также две ракеты «Нептун».", "drones_downed 96; drones_launched 120; missiles_downed 2")]
    [InlineData("uk", "Сили ППО знешкодили 47 із 60 дронів, запущених росіянами, а також дві крилаті ракети.", "drones_downed 47; drones_launched 60; missiles_downed 2")]
    [InlineData("ru", "Дежурные средства ПВО уничтожили 96 из 120 беспилотников, запущенных ВСУ, и две ракеты «Нептун».", "drones_downed 96; drones_launched 120; missiles_downed 2")]
    // Negative: a launching verb governing its own count after the comma stays that count's.
    [InlineData("ru", "Силы ПВО сбили 20 беспилотников, противник выпустил 5 ракет.", "drones_downed 20; missiles_launched 5")]
    public void AnItemAfterACommaSetOffParticiple(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
