namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-third session, roundups helper, written for these tests (no evaluation text): statistical round-ups (monthly and
/// quarterly tolls, parts of a toll by sex and age, counts added after a period's tally).
/// </summary>
public sealed class RoundupsThirtyThirdTests
{
    [Theory]
    [InlineData("vi", "Các cuộc không kích đã làm chết 764 dân thường trong quý hai.", "killed 764 exact")]
    [InlineData("vi", "Trong quý 3, 212 dân thường thiệt mạng vì pháo kích.", "killed 212 exact")]
    // Negative: a count after the quarter's name and its own noun is still a count.
    [InlineData("vi", "Trong quý hai, 5 người thiệt mạng.", "killed 5 exact")]
    public void AQuartersNumber_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "أسفرت الغارات عن مقتل 27 شخصا بينهم 15 رجلا و12 امرأة.", "killed 27 exact; killed 15 exact; killed 12 exact")]
    [InlineData("ar", "قتل في الغارات على جنوب لبنان يوم الثلاثاء 19 شخصا، هم 11 رجلا و5 نساء و3 أطفال.", "killed 19 exact; killed 11 exact; killed 5 exact; killed 3 exact")]
    public void MenInTheAccusative_ArePeopleOfTheList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry said 58 Palestinians were killed in the West Bank in November. Another 390 were injured, it said.", "injured 390 cumulative; killed 58 cumulative")]
    [InlineData("es", "La ONU dijo que 58 palestinos murieron en Cisjordania en noviembre. Otros 390 resultaron heridos, añadió.", "injured 390 cumulative; killed 58 cumulative")]
    // Negative: a sentence before with a day's count of its own; the added count is that day's.
    [InlineData("en", "An air strike killed 12 people on Monday, bringing the toll this month to 58. Another 40 were injured.", "injured 40 event; killed 12 event; killed 58 cumulative")]
    public void ACountAddedAfterAPeriodsTallyAlone_IsThatPeriods(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Total since 7/10/2023: killed — 69,402; injured — 170,930.", "injured 170930 cumulative; killed 69402 cumulative")]
    [InlineData("ru", "Всего с 7/10/2023: погибших — 69 402; раненых — 170 930.", "injured 170930 cumulative; killed 69402 cumulative")]
    // Negative: a time of day is still one token, no count.
    [InlineData("en", "The sirens sounded at 10:30 and 3 people were killed.", "killed 3 event")]
    public void ADateBeforeAColon_EndsAtTheColon(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Since October 2023, the death toll has reached 69,455 people and 171,020 people were injured.", "killed 69455 exact; injured 171020 exact")]
    [InlineData("id", "Sejak 7 Oktober 2023, jumlah korban tewas mencapai 69.455 orang dan 171.020 orang terluka.", "killed 69455 exact; injured 171020 exact")]
    [InlineData("es", "El número de muertos asciende a 69.455 personas y 171.020 personas resultaron heridas.", "killed 69455 exact; injured 171020 exact")]
    // Negative: no toll before the list; the verb after it is shared.
    [InlineData("en", "Twelve men and 9 women were injured.", "injured 12 exact; injured 9 exact")]
    public void ATollBeforeACount_BeatsTheNextCountsVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fr", "Les frappes aériennes ont tué des civils à un rythme croissant au deuxième trimestre : 212 en avril, 247 en mai et 305 en juin.", "killed 212 cumulative; killed 247 cumulative; killed 305 cumulative")]
    [InlineData("es", "Los ataques aéreos mataron a civiles a un ritmo creciente en el segundo trimestre: 212 en abril, 247 en mayo y 305 en junio.", "killed 212 cumulative; killed 247 cumulative; killed 305 cumulative")]
    // Negative: items with a predicate of their own.
    [InlineData("fr", "Les frappes ont tué des civils à un rythme croissant : 40 ont fui en Pologne.", "")]
    public void AnArticleBetweenAVerbAndItsColon_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("ru", "Среди погибших с начала года в Донецкой области — 211 мужчин, 96 женщин и 14 детей.", "killed 211 cumulative; killed 96 cumulative; killed 14 cumulative")]
    [InlineData("uk", "Серед загиблих з початку року на Донеччині — 211 чоловіків, 96 жінок і 14 дітей.", "killed 211 cumulative; killed 96 cumulative; killed 14 cumulative")]
    [InlineData("en", "Among those killed since January in Donetsk region were 211 men, 96 women and 14 children.", "killed 211 cumulative; killed 96 cumulative; killed 14 cumulative")]
    // Negative: a verb of another kind between the "among" phrase and the count.
    [InlineData("en", "Among those killed since January, 40 fled to Poland.", "")]
    public void AmongTheDead_MayNameARunningTotalsTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
