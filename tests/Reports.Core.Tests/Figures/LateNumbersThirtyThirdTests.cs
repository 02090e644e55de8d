namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes of the thirty-third session's late-numbers helper (sentences written for these tests, never copied from the
/// evaluation sets).
/// </summary>
public sealed class LateNumbersThirtyThirdTests
{
    [Theory]
    // German glues hundreds and thousands to the rest of the number into one word (de `numbers.gluedCompounds`).
    [InlineData("de", "Bei dem Beschuss des Marktes wurden einhundertachtzig Menschen verletzt.", "injured 180")]
    [InlineData("de", "Die Luftabwehr hat in der Nacht zweihundertsiebzehn Drohnen abgeschossen.", "drones_downed 217")]
    [InlineData("de", "Russland hat im Sommer fünftausendsechshundertzwanzig Drohnen gestartet.", "drones_launched 5620")]
    [InlineData("de", "Bei den Angriffen wurden hundertdrei Zivilisten getötet.", "killed 103")]
    // Negative: a listed round word keeps its value.
    [InlineData("de", "Bei dem Angriff wurden dreihundert Menschen verletzt.", "injured 300")]
    public void GluedGermanNumberWords_AreComposed(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A "since" clause led by a weak "one" names one strike: its toll is that event's, no running total.
    [InlineData("fr", "Les habitants ont fui depuis qu'un obus est tombé sur la gare, tuant 14 voyageurs.", "killed 14 event")]
    [InlineData("es", "Los vecinos duermen en el metro desde que un misil alcanzó el mercado, matando a 23 personas.", "killed 23 event")]
    // Negative: a "since" clause about the war still starts a running total.
    [InlineData("fr", "Depuis que la guerre a commencé, 3 400 civils ont été tués dans la région.", "killed 3400 cumulative")]
    public void SinceClauseLedByWeakOne_IsOneStrike(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
