using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Sixteenth session, the events helper's own set 13: "shot dead" as a killing verb before or after its count, and
/// Arabic dual nouns of people ("شابان", two young men) as a count of two. Sentences written for these tests.
/// </summary>
public sealed class FigureSixteenthEventsTests
{
    [Theory]
    [InlineData("en", "Israeli forces shot dead two Palestinians during a raid on Thursday.", "killed 2")]
    [InlineData("en", "Two men were shot dead at a checkpoint on Thursday.", "killed 2")]
    [InlineData("en", "Gunmen shot dead three people in the market.", "killed 3")]
    public void ShotDead_IsAKillingVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Air defences shot down two drones over the city.", "drones_downed 2")]
    [InlineData("en", "Soldiers shot three suspects in the legs.", "")]
    public void ShotWithoutDead_IsNoKilling(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "استشهد شابان برصاص قوات الاحتلال خلال اقتحام المخيم.", "killed 2")]
    [InlineData("ar", "استشهد فلسطينيان برصاص قوات الاحتلال.", "killed 2")]
    public void AnArabicDualNounOfPeople_CountsTwo(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "استشهد شبان برصاص قوات الاحتلال خلال اقتحام المخيم.")]
    [InlineData("ar", "اعتقلت قوات الاحتلال شابين في المخيم.")]
    public void AnArabicPluralOrADualWithNoCasualtyWord_IsNoCount(string code, string text) =>
        Assert.DoesNotContain(ExtractorHarness.Figures(code, text), f => f.Kind is FigureKind.Killed or FigureKind.Injured);
}
