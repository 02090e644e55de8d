using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Places;

/// <summary>
/// Twenty-third session, the events helper (docs/aggregation.md, "Twenty-third session"), sentences written for these
/// tests: a regional total broken down by a list of towns ("загинули 5 людей — 4 у Дніпрі, 1 у Марганці") is the
/// region's, not its first town's; a count after the list is not its last town's; a downed count placed only by what the
/// article names most takes the place of the launched count right before it.
/// </summary>
public sealed class TwentyThirdEventsPlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("uk", "Запорізька ОВА: за добу у Запорізькій області загинули 3 людини — 2 у Запоріжжі, 1 в Оріхові.")]
    [InlineData("ru", "В Запорожской области за сутки погибли три человека — двое в Запорожье и один в Орехове.")]
    [InlineData("en", "Over the past day in the Zaporizhzhia region, 3 people were killed — 2 in Zaporizhzhia and 1 in Orikhiv.")]
    [InlineData("de", "Im Gebiet Saporischschja wurden drei Menschen getötet – zwei in Saporischschja und einer in Orichiw.")]
    [InlineData("fr", "Dans la région de Zaporijjia, trois personnes ont été tuées — deux à Zaporijjia et une à Orikhiv.")]
    [InlineData("es", "En la región de Zaporiyia murieron tres personas: dos en Zaporiyia y una en Orijiv.")]
    [InlineData("id", "Di wilayah Zaporizhzhia, 3 orang tewas — 2 di Zaporizhzhia dan 1 di Orikhiv.")]
    [InlineData("vi", "Tại tỉnh Zaporizhzhia, 3 người thiệt mạng — 2 người ở Zaporizhzhia và 1 người ở Orikhiv.")]
    [InlineData("ar", "قتل 3 أشخاص في منطقة زابوريجيا — 2 في مدينة زابوريجيا و1 في أوريخيف.")]
    [InlineData("fa", "در استان زاپروژیا ۳ نفر کشته شدند — ۲ نفر در شهر زاپروژیا و ۱ نفر در اوریخیو.")]
    public void ARegionalTotalBeforeAListOfTowns_IsTheRegions(string language, string text)
    {
        // Before: a dash does not break a segment, so the total took the first item's town (the regional 3 joined the
        // city's 2 and Orikhiv's 1 was counted beside it).
        var analysis = analyzer.Analyze(new ArticleText("Zaporizhzhia\n\n" + text, null));

        Assert.Equal(language, analysis.Language);
        var killed = analysis.Figures.Where(f => f.Kind == FigureKind.Killed).ToList();
        Assert.Equal("ua/zaporizhzhia-oblast", Assert.Single(killed, f => f.Value == 3).Place);
        Assert.Equal("ua/zaporizhzhia-oblast/zaporizhzhia", Assert.Single(killed, f => f.Value == 2).Place);
        Assert.Equal("ua/zaporizhzhia-oblast/orikhiv", Assert.Single(killed, f => f.Value == 1).Place);
    }

    [Theory]
    [InlineData("uk", "Загинули 5 людей — 4 у Дніпрі, 1 у Марганці.")]
    [InlineData("en", "Five people were killed: four in Dnipro and one in Marhanets.")]
    public void ATotalBrokenDownByTownsAlone_IsWhatHoldsThem(string language, string text)
    {
        var analysis = analyzer.Analyze(new ArticleText("Strikes\n\n" + text, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal("ua/dnipropetrovsk-oblast", Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed && f.Value == 5).Place);
    }

    [Fact]
    public void ACountAfterTheList_IsNotTheLastTownsCount()
    {
        // Before: "ещё 11" took Orikhiv, the place nearest before it, across the comma.
        var figures = analyzer.Analyze(new ArticleText("Запорожская ОВА\n\nЗа прошедшие сутки в Запорожской области погибли три человека — двое в Запорожье и один в Орехове, ещё 11 получили ранения.", null)).Figures;

        Assert.Equal("ua/zaporizhzhia-oblast", Assert.Single(figures, f => f.Kind == FigureKind.Injured).Place);
    }

    [Theory]
    // Negatives: a count of its own town, a part of another kind, a list of one item, and two towns' counts stay as they were.
    [InlineData("Strikes on southern Lebanon killed four people in Nabatieh and three in Tyre.", 4, "lb/south/nabatieh")]
    [InlineData("Strikes on southern Lebanon killed four people in Nabatieh and three in Tyre.", 3, "lb/south/tyre")]
    [InlineData("In the Kharkiv region, two people were killed and 11 injured in Kupiansk.", 2, "ua/kharkiv-oblast/kupiansk")]
    [InlineData("Russian strikes killed 5 people, including 2 children in Kharkiv.", 5, "ua/kharkiv-oblast/kharkiv")]
    public void ACountOfItsOwnPlace_KeepsIt(string text, long value, string place) =>
        Assert.Equal(place, Assert.Single(analyzer.Analyze(new ArticleText("Strikes\n\n" + text, null)).Figures, f => f.Kind == FigureKind.Killed && f.Value == value).Place);

    [Fact]
    public void ADownedCountAfterTheLaunchedCount_IsWhereTheyWereLaunchedAt()
    {
        // Before: the article names the sea most (a ship off Odesa), so the air force's 71 went to the Black Sea, where
        // Russia's tallies of Ukrainian drones are counted.
        var figures = analyzer.Analyze(new ArticleText("Overnight attack\n\nRussia launched 93 drones and two guided missiles against Ukraine overnight, the Air Force reported. Air defense downed 71 drones and both missiles. A Russian drone struck a cargo vessel in the Black Sea off Odesa Oblast, injuring three crew members.", null)).Figures;

        Assert.Equal("ua", Assert.Single(figures, f => f.Kind == FigureKind.DronesDowned).Place);
        Assert.Equal("sea/black-sea", Assert.Single(figures, f => f.Kind == FigureKind.Injured).Place);
    }

    [Theory]
    // Ras Isa, the fuel port north of Hodeidah: a toll there was the seat's (Sanaa) or Yemen's, so outlets split it.
    [InlineData("en", "U.S. strikes on the Ras Isa fuel port north of Hodeidah killed six people, the Houthi-run health ministry said.")]
    [InlineData("ar", "ارتفعت حصيلة الغارات الأمريكية على ميناء رأس عيسى إلى ثمانية قتلى، وفق وزارة الصحة في صنعاء.")]
    [InlineData("ru", "Число погибших в результате удара США по порту Рас-Иса на западе Йемена достигло восьми.")]
    [InlineData("es", "Seis muertos en bombardeos de Estados Unidos contra el puerto de Ras Isa, al norte de Hodeida.")]
    public void RasIsa_IsItsOwnPlace(string language, string text)
    {
        var analysis = analyzer.Analyze(new ArticleText("Yemen\n\n" + text, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal("ye/hodeidah/ras-isa", Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }
}
