namespace Reports.Core.Tests.Figures;

/// <summary>"Consisting of" opens a breakdown like "including" (data <c>including</c>), on sentences written for these tests.</summary>
public sealed class ConsistingOfTests
{
    [Theory]
    [InlineData("id", "Sebelas orang tewas, terdiri dari enam perempuan dan tiga anak-anak.", "killed 11; killed 6; killed 3")]
    [InlineData("id", "Korban luka sebanyak 14 orang, terdiri atas 9 warga sipil dan 5 tentara.", "injured 14; injured 9; injured 5")]
    // Negative: "terdiri dari" without counts of people names no parts.
    [InlineData("id", "Sebelas orang tewas; tim penyelamat terdiri dari relawan setempat.", "killed 11")]
    public void ABreakdownAfterConsistingOf_GivesEachPartTheKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
