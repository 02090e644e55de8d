using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Tests.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Eighteenth session, the events helper's own sets 17 and 18 (docs/aggregation.md, "Eighteenth session"): an earlier
/// month named with no day ("In May, a missile strike …", "Hồi tháng 5"), "May 19" with a capital, the French "qu'un"
/// set against another count, "з районів" as an origin. Sentences written for these tests.
/// </summary>
public sealed class EighteenthEventsTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2026, 6, 2);

    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("en", "In May, a missile strike on Odesa killed eight people.", "2026-05-01")]
    [InlineData("en", "In early April, a drone strike on Sumy killed 11 people.", "2026-04-01")]
    [InlineData("vi", "Hồi tháng 5, một cuộc tấn công tên lửa vào thành phố này làm 8 người chết.", "2026-05-01")]
    [InlineData("de", "Im April hatte ein Raketenangriff auf Sumy 35 Menschen getötet.", "2026-04-01")]
    [InlineData("fr", "En mai, une frappe de missile sur Odessa avait tué huit personnes.", "2026-05-01")]
    [InlineData("es", "En marzo, un ataque con misiles contra Kryvyi Rih mató a 20 personas.", "2026-03-01")]
    [InlineData("ar", "وفي مايو، قتل ثمانية أشخاص في هجوم صاروخي على أوديسا.", "2026-05-01")]
    [InlineData("en", "In December, a missile strike on Odesa killed eight people.", "2025-12-01")]
    [InlineData("en", "On May 19, a missile strike on Odesa killed eight people.", "2026-05-19")]
    [InlineData("uk", "Нагадаємо, у квітні внаслідок балістичного удару по центру Сум загинули 35 людей.", "2026-04-01")]
    [InlineData("ru", "В апреле в результате ракетного удара по Сумам погибли 35 человек.", "2026-04-01")]
    public void Resolve_AnEarlierMonthNamedWithNoDay_IsThatMonth(string language, string evidence, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), EventDates.Default.Resolve(evidence, language, Published).Day);

    [Theory]
    // Negatives: the publication's own month, "since", an abbreviation a name continues ("Jan Yunis"), a month far
    // enough back to be a coming one, "may" the verb, a full date of the month (read as the date).
    [InlineData("en", "In June, a missile strike on Odesa killed eight people.")]
    [InlineData("en", "The strike killed eight people, the deadliest attack on the city since May.")]
    [InlineData("es", "La cifra de muertos ascendió a 44, entre ellos 15 en Jan Yunis.")]
    [InlineData("en", "A missile strike on Odesa killed eight people; officials fear that elections in July will be postponed.")]
    [InlineData("en", "Another 19 may have been killed in the strike on Odesa.")]
    [InlineData("vi", "Tính đến trưa 2/6, số người thiệt mạng đã tăng lên 2 người.")]
    [InlineData("uk", "Це наймасованіша атака від травня: загинули 35 людей.")]
    [InlineData("uk", "У червні внаслідок ударів по Сумах загинули 35 людей.")]
    [InlineData("ru", "Во вторник в результате удара по Сумам погибли 35 человек.")]
    public void Resolve_ThePublicationsMonthSinceOrAWordThatIsNoMonth_IsNoEarlierMonth(string language, string evidence) =>
        Assert.Equal(Published, EventDates.Default.Resolve(evidence, language, Published).Day);

    [Theory]
    [InlineData("Le ministère russe de la Défense a affirmé avoir intercepté 54 drones ukrainiens ainsi qu'un missile de croisière Neptune-MD.", "drones_downed 54; missiles_downed 1")]
    [InlineData("L'armée a abattu 12 drones ainsi qu'une roquette.", "drones_downed 12; missiles_downed 1")]
    public void French_QuUnSetAgainstAnotherCount_IsOne(string text, string expected) =>
        ExtractorHarness.AssertFigures("fr", text, expected);

    [Fact]
    public void French_QuUnWithNoOtherCount_IsStillNoFigure() =>
        // The guideline: a weak "one" counts only as a tally (set against another number, or with a counting word).
        Assert.Empty(ExtractorHarness.Figures("fr", "Le gouverneur a indiqué qu'un missile avait frappé un entrepôt du port."));

    [Theory]
    [InlineData("استقبلت مستشفيات القطاع خلال الساعات الماضية 63 شهيدا و198 إصابة، لترتفع حصيلة العدوان إلى 72,410 شهداء.", "killed 63 event; injured 198 event; killed 72410 cumulative")]
    [InlineData("Hospitals received 63 dead and 198 wounded, bringing the toll of the war to 72,410 dead.", "killed 63 event; injured 198 event; killed 72410 cumulative")]
    // Negatives: one strike's toll named with an attack word and no lower count, a risen toll under ten times its raise.
    [InlineData("ارتفعت حصيلة العدوان الأمريكي على ميناء الحديدة إلى تسعة شهداء و34 جريحا.", "killed 9 event; injured 34 event")]
    [InlineData("قتل ثلاثة أشخاص في غارة جديدة، لترتفع حصيلة الغارات على الحديدة إلى 12 شهيدا.", "killed 3 event; killed 12 event")]
    public void ARisenTollOfThousandsNamedBeforeTo_IsARunningTotal(string text, string expected) =>
        ExtractorHarness.AssertScopes(text.Any(c => c is >= '\u0600' and <= '\u06FF') ? "ar" : "en", text, expected);

    [Theory]
    [InlineData("Атака\n\nУ ніч на 2 червня противник атакував 112 ударними БпЛА, а також 4 крилатими ракетами Х-101 з районів Саратовської області. Станом на 09:00 збито 88 ворожих БпЛА та 3 ракети.")]
    [InlineData("Атака\n\nУ ніч на 2 червня противник атакував 112 ударними БпЛА, а також 4 крилатими ракетами Х-101 з Саратовської області. Станом на 09:00 збито 88 ворожих БпЛА та 3 ракети.")]
    public void Analyze_LaunchAreasAfterFromTheAreasOf_AreAnOriginNotThePlaceOfTheDowned(string text)
    {
        var downed = Assert.Single(analyzer.Analyze(new ArticleText(text, null)).Figures, f => f.Value == 88);

        Assert.False(downed.Place?.StartsWith("ru", StringComparison.Ordinal) ?? false, downed.Place);
    }
}
