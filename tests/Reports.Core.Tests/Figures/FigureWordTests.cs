namespace Reports.Core.Tests.Figures;

/// <summary>Words in the language data whose kind was wrong: each theory has the word in a sentence of our own, and a negative.</summary>
public sealed class FigureWordTests
{
    [Theory]
    [InlineData("vi", "Số thương vong đã lên tới 45 người.", "casualties 45")]
    [InlineData("vi", "Số người chết đã lên tới 45 người.", "killed 45")]
    [InlineData("en", "The army said it had suffered 12 casualties in the fighting, two of them fatal.", "casualties 12; killed 2")]
    [InlineData("en", "Two soldiers were fatally wounded near the border.", "killed 2")]
    [InlineData("en", "Doctors said the injuries of the 4 patients were not fatal.", "")]
    public void CasualtyWords_NameTheirKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The 12 passengers were not injured, the operator said.", "")]
    [InlineData("en", "Four soldiers were not hurt in the attack, but two others were wounded.", "injured 2")]
    [InlineData("ru", "Четыре человека не пострадали.", "")]
    [InlineData("vi", "3 người không bị thương.", "")]
    [InlineData("de", "Drei Soldaten wurden nicht verletzt.", "")]
    [InlineData("fr", "Trois soldats n'ont pas été blessés.", "")]
    [InlineData("vi", "Cuộc tấn công bằng máy bay không người lái khiến 3 người thiệt mạng.", "killed 3")]
    public void ADeniedPredicate_StatesNoCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "Los ataques de este martes se cobraron la vida de al menos 32 personas.", "killed 32 at_least")]
    [InlineData("es", "Las explosiones costaron la vida a tres soldados.", "killed 3")]
    public void PluralKillingPhrases_Kill(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
