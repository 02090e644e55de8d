namespace Reports.Core.Tests.Figures;

/// <summary>
/// Scope classes of the thirty-first session's late scope helper (sentences written for these tests, never copied from
/// the evaluation sets): a past week's or month's possessive framing the count, and a toll whose breakdown follows it.
/// </summary>
public sealed class ScopeLateThirtyFirstTests
{
    [Theory]
    // "Last week's fighting killed 62": a past week's or month's possessive (data cumulative) frames a period's tally.
    [InlineData("en", "Last week's fighting in the town killed 62 people, a medical network said on Saturday.", "killed 62 cumulative")]
    [InlineData("en", "Last month's shelling of the district killed 140 civilians and wounded 385, the UN said.", "killed 140 cumulative; injured 385 cumulative")]
    [InlineData("en", "The past week's air attacks killed 31 civilians, the regional administration said.", "killed 31 cumulative")]
    // Negative: one attack named after the possessive stays that attack's toll.
    [InlineData("en", "Last week's strike on the market killed 62 people, a medical network said on Saturday.", "killed 62 event")]
    public void APastPeriodsPossessiveFramesATally(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // "The number of injured stands at 41, including 4 children" after one strike's toll: the breakdown after the toll did
    // not raise it, so the toll is no running total many times a lower count; it and its part are the strike's.
    [InlineData("en", "A missile struck the city on Friday, killing nine people. The number of injured stands at 41, including 4 children.", "killed 9 event; injured 41 event; injured 4 event")]
    [InlineData("en", "A drone hit a bus on Tuesday, killing two people. The number of wounded has risen to 16, among them 3 children.", "killed 2 event; injured 16 event; injured 3 event")]
    // Negative: a toll many times a count of the sentence before it that raised it stays a running total.
    [InlineData("en", "Three soldiers were killed on Monday. It brings the military's toll in the ground offensive to 468.", "killed 3 event; killed 468 cumulative")]
    public void ABreakdownDoesNotRaiseAToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
