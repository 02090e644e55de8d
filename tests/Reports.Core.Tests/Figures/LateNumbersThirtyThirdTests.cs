namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes of the thirty-third session's late-numbers helper (sentences written for these tests, never copied from the
/// evaluation sets).
/// </summary>
public sealed class LateNumbersThirtyThirdTests
{
    [Theory]
    // A "since" clause led by a weak "one" names one strike: its toll is that event's, no running total.
    [InlineData("fr", "Les habitants ont fui depuis qu'un obus est tombé sur la gare, tuant 14 voyageurs.", "killed 14 event")]
    [InlineData("es", "Los vecinos duermen en el metro desde que un misil alcanzó el mercado, matando a 23 personas.", "killed 23 event")]
    // Negative: a "since" clause about the war still starts a running total.
    [InlineData("fr", "Depuis que la guerre a commencé, 3 400 civils ont été tués dans la région.", "killed 3400 cumulative")]
    public void SinceClauseLedByWeakOne_IsOneStrike(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
