using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Tests.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Nineteenth session, the events helper's own sets 19 and 20 (docs/aggregation.md, "Nineteenth session"): a toll
/// placed in a country only because the article names it most is somewhere in that country, not a country-wide toll
/// that holds its town events; "ще 9 поранені" after a count of the dead in its own sentence is nine besides them, not
/// nine more than an earlier sentence's injured; the Persian "الابیض" (El Obeid). Sentences written for these tests.
/// </summary>
public sealed class NineteenthEventsTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2026, 4, 8);

    private readonly ArticleAnalyzer analyzer = new();

    [Fact]
    public void Analyze_ATollInATownTheGazetteerLacks_IsPlacedInTheCountryByTheArticle()
    {
        // The premise of the clustering tests below: "Kryvy Rih" (a spelling the gazetteer lacks) leaves the toll to the
        // article's country.
        var killed = Assert.Single(Analyze(KryvyRihUnknown).Figures, f => f.Kind == FigureKind.Killed);

        Assert.Equal(("ua", "article"), (killed.Place, killed.PlaceBasis));
    }

    [Fact]
    public void Build_ATollSomewhereInACountry_DoesNotHoldTheCountrysTownEvents()
    {
        // Before: the five "in Ukraine" (by the article) was a country event that took Kharkiv's two and Kryvyi Rih's
        // three as its parts: one event of five. Now it joins Kryvyi Rih's event, whose sources state a number its
        // range (at least five) meets, and Kharkiv's two stay an event of their own.
        var briefing = Build(
            "Strike on Kharkiv\n\nTwo people were killed in a Russian strike on Kharkiv on Wednesday, the governor said.",
            "Missile strike on Kryvyi Rih\n\nAt least three people were killed in a missile strike on Kryvyi Rih on Wednesday.",
            KryvyRihUnknown);

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((7L, 2), (killed.Headline, killed.Events));
        Assert.DoesNotContain(briefing.Events, e => e.Kind == FigureKind.Killed && e.Place == "ua");
    }

    [Fact]
    public void Build_ATollSomewhereInACountryTheNextDayRisen_JoinsItsTownsEvent()
    {
        // Tolls rise: "eight" placed in Yemen only by the article, no number of the town's event meeting it, joins the
        // country's one event (Hodeidah's six) rather than making a second one.
        var briefing = Build(
            "US strikes on Hodeidah\n\nUS strikes on the port of Hodeidah killed six people on Wednesday, the Houthi-run health ministry said.",
            "Yemen\n\nThe toll of the US strikes on the fuel port of Ras Issa in Yemen has risen to eight dead, the ministry said on Wednesday.");

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((8L, 1), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_ACountryWideTollItsSentenceStates_StillHoldsItsTownEvents()
    {
        // Negative: "across Ukraine" states the country in the toll's own sentence (placeBasis sentence): a country-wide
        // toll, whose parts are Kharkiv's and Kherson's.
        var briefing = Build(
            "Russian attacks\n\nRussian attacks killed 12 people across Ukraine on Wednesday, officials said.",
            "Strike on Kharkiv\n\nTwo people were killed in a Russian strike on Kharkiv on Wednesday, the governor said.",
            "Shelling of Kherson\n\nThree people were killed in Russian shelling of Kherson on Wednesday.");

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((12L, 1), (killed.Headline, killed.Events));
    }

    [Theory]
    [InlineData("uk", "Ввечері ворог атакував Запоріжжя ударними дронами. Поранені 4 людини. Нагадаємо, вранці внаслідок ракетного удару по місту загинули двоє людей, ще 9 поранені.", 9)]
    [InlineData("uk", "Внаслідок атаки на Одещину поранено 9 людей. В Ізмаїлі загинула 1 людина, ще шестеро поранені.", 6)]
    [InlineData("ru", "Ранены четыре человека. Утром в результате удара по городу погибли два человека, еще девять ранены.", 9)]
    public void AnotherCountAfterADeathInItsOwnSentence_IsNotAddedToAnEarlierSentencesCount(string code, string text, long value)
    {
        var injured = Assert.Single(ExtractorHarness.Figures(code, text), f => f.Kind == FigureKind.Injured && f.Value == value);

        Assert.False(injured.Additional);
    }

    [Theory]
    // Negatives: a count of its own kind before it in its sentence, or right before it across sentences, still adds.
    [InlineData("en", "Two people were killed and nine wounded in Kharkiv; another three were killed in Izium.", "killed", 3)]
    [InlineData("uk", "Над Чернігівщиною знищено 14 дронів, ще 3 дрони локаційно втрачені.", "drones_downed", 3)]
    public void AnotherCountAfterItsOwnKind_StillAdds(string code, string text, string kind, long value) =>
        Assert.Contains(ExtractorHarness.Figures(code, text), f => f.Kind.ToString().Equals(kind.Replace("_", ""), StringComparison.OrdinalIgnoreCase) && f.Value == value && f.Additional);

    [Fact]
    public void Build_OdesaRegionsNineWithIzmailsSixBesidesItsDead_IsNine()
    {
        // "ще шестеро" after Izmail's one dead was summed into the region's nine injured: 15.
        var briefing = Build("Одещина\n\nОлег Кіпер: внаслідок атаки ударних БпЛА на Одещину поранено 9 людей. В Ізмаїлі загинула 1 людина, ще шестеро поранені, пошкоджено портову інфраструктуру.");

        Assert.Equal(9, briefing.Totals.Single(t => t.Kind == FigureKind.Injured).Headline);
    }

    [Theory]
    [InlineData("در حمله پهپادی نیروهای واکنش سریع به بازاری در الابیض ۹ غیرنظامی کشته شدند.", "sd/kordofan/el-obeid")]
    // "north of El Obeid": near it (twenty-fourth session; as "Bara, north of El Obeid" is in the other languages).
    [InlineData("در حمله پهپادی به بازاری در شهر بارا در شمال الابیض ۹ غیرنظامی کشته شدند.", "sd/kordofan/near-el-obeid")]
    public void Analyze_ThePersianElObeid_IsElObeid(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Analyze("سودان\n\n" + text).Figures, f => f.Kind == FigureKind.Killed).Place);

    [Theory]
    // Negatives: "الأبيض" (white) alone stays bound to "مدينة الأبيض" — the White House, the White Nile state.
    [InlineData("السودان\n\nقال البيت الأبيض إن 9 مدنيين قتلوا في هجوم بمسيرة على سوق في السودان.")]
    [InlineData("السودان\n\nقتل 9 مدنيين في هجوم بمسيرة على سوق في ولاية النيل الأبيض.")]
    [InlineData("سودان\n\nکاخ سفید اعلام کرد در حمله پهپادی به بازاری در سودان ۹ غیرنظامی کشته شدند.")]
    public void Analyze_WhiteInOtherNames_IsStillNoElObeid(string text)
    {
        var killed = Assert.Single(Analyze(text).Figures, f => f.Kind == FigureKind.Killed);

        Assert.NotEqual("sd/kordofan/el-obeid", killed.Place);
    }

    private const string KryvyRihUnknown = "Frappe sur Kryvy Rih\n\nAu moins cinq personnes ont été tuées et 21 blessées mercredi dans une frappe de missile balistique russe sur Kryvy Rih, dans le centre de l'Ukraine, ont annoncé les autorités.";

    private ArticleAnalysis Analyze(string text) => analyzer.Analyze(new ArticleText(text, null));

    private Reports.Core.Briefings.Briefing Build(params string[] texts) => BriefingHarness.Build(analyzer, Published, texts);
}
