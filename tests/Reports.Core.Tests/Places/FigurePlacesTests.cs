using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Places;

public sealed class FigurePlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Fact]
    public void Analyze_PlaceInTheSentence_IsTheFiguresPlace()
    {
        var analysis = Analyze("Strikes across Ukraine\n\nThree people were killed in Kharkiv. Two people were killed in Odesa.");

        Assert.Equal("ua/kharkiv-oblast/kharkiv", analysis.Figures.Single(f => f.Value == 3).Place);
        Assert.Equal("ua/odesa-oblast/odesa", analysis.Figures.Single(f => f.Value == 2).Place);
        Assert.All(analysis.Figures, f => Assert.Equal("sentence", f.PlaceBasis));
    }

    [Fact]
    public void Analyze_NoPlaceInTheSentence_TakesTheArticlesMainPlace()
    {
        var analysis = Analyze("Night attack on Zaporizhzhia\n\nThe attack on Zaporizhzhia lasted two hours. At least seven people were killed, officials said.");

        var killed = Assert.Single(analysis.Figures);
        Assert.Equal(("ua/zaporizhzhia-oblast/zaporizhzhia", "article"), (killed.Place, killed.PlaceBasis));
    }

    [Fact]
    public void Analyze_CountryAsActorAndAWeaponsTally_TakesTheCountryOfTheMainPlace()
    {
        var analysis = Analyze("Drones over Odesa\n\nDrones hit Odesa port. Russia launched 48 drones overnight, the air force said.");

        var launched = Assert.Single(analysis.Figures, f => f.Value == 48);
        Assert.Equal(("ua", "country"), (launched.Place, launched.PlaceBasis));
    }

    private ArticleAnalysis Analyze(string text) => analyzer.Analyze(new ArticleText(text, null));
}
