namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-third session, scope helper, written for these tests (no evaluation text): one weapon that hit, marked as one by
/// an article or by a singular form, is one strike — dated by a month, or by a "since" of an anniversary.
/// </summary>
public sealed class ScopeThirtyThirdTests
{
    [Theory]
    [InlineData("uk", "У квітні російська ракета влучила в поліклініку, тоді загинули троє людей.", "killed 3 event")]
    [InlineData("ru", "В апреле российская ракета попала в поликлинику, погибли три человека.", "killed 3 event")]
    [InlineData("ru", "В мае беспилотник попал в маршрутку, погибли четыре человека.", "killed 4 event")]
    [InlineData("ar", "في أبريل، أصاب صاروخ روسي عيادة في دنيبرو، ما أسفر عن مقتل ثلاثة أشخاص.", "killed 3 event")]
    // Negatives: weapons in the plural hit many places, the month's total.
    [InlineData("uk", "У квітні російські ракети влучили в кілька міст, загинули 30 людей.", "killed 30 cumulative")]
    [InlineData("ru", "В апреле ракеты попали в несколько городов, погибли 30 человек.", "killed 30 cumulative")]
    [InlineData("ar", "في أبريل، أصابت صواريخ روسية عدة مدن، ما أسفر عن مقتل 30 شخصا.", "killed 30 cumulative")]
    public void OneWeaponInASingularForm_ThatHit_IsOneStrikeTheMonthDates(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The town marked two years since a Russian missile struck its railway station, killing 47 people.", "killed 47 event")]
    [InlineData("es", "El pueblo recordó que se cumplen dos años desde que un misil ruso impactó en la estación, matando a 47 personas.", "killed 47 event")]
    [InlineData("uk", "Минуло два роки відтоді, як російська ракета влучила у вокзал, вбивши 47 людей.", "killed 47 event")]
    [InlineData("ru", "Прошло два года с тех пор, как российская ракета попала в вокзал, убив 47 человек.", "killed 47 event")]
    // Negatives: weapons in the plural, or deaths counted after the count (the running total since the strike).
    [InlineData("en", "Since Russian missiles struck the station, shelling has killed 47 people in the town.", "killed 47 cumulative")]
    [InlineData("en", "Since a Russian missile struck the station two years ago, 47 more people have died in the town.", "killed 47 cumulative")]
    public void ASinceWhoseClauseOpensWithOneWeapon_DatesThatStrikesToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("de", "Die Zahl der Toten im Sudan ist seit April 2023 auf 28.700 gestiegen.", "killed 28700 cumulative")]
    [InlineData("de", "Die Zahl der Verletzten ist seit Januar 2024 auf 3.900 gestiegen.", "injured 3900 cumulative")]
    [InlineData("de", "Die Zahl der Toten ist seit Oktober 2023 auf 41.800 gestiegen.", "killed 41800 cumulative")]
    [InlineData("fr", "Le nombre de morts est passé depuis octobre 2023 à 41 800.", "killed 41800 cumulative")]
    [InlineData("es", "El número de muertos ha subido desde octubre 2023 a 41.800.", "killed 41800 cumulative")]
    [InlineData("en", "The death toll in Sudan has risen since April 2023 to 28,700.", "killed 28700 cumulative")]
    public void AYearAfterAMonthOrATimeTerm_IsNoNumberBetweenATollAndItsCount(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
