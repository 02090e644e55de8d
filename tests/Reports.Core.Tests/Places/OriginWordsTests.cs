using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Places;

/// <summary>
/// "From the direction of" a place, in a sentence stating a weapons tally, names where the weapons were launched from
/// (gazetteer <c>origins</c>): the attacker's place, neither the tally's nor the article's.
/// </summary>
public sealed class OriginWordsTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("Tấn công ban đêm\n\nĐêm qua, Nga tấn công bằng 48 UAV từ hướng Kursk và Bryansk. Phòng không đã bắn hạ 30 chiếc.", "vi")]
    [InlineData("Serangan malam\n\nSemalam, Rusia menyerang dengan 48 drone dari arah Kursk dan Bryansk. Sebanyak 30 drone ditembak jatuh.", "id")]
    [InlineData("حمله شبانه\n\nروسیه شب گذشته با ۴۸ پهپاد از سمت کورسک و بریانسک حمله کرد. پدافند ۳۰ فروند را سرنگون کرد.", "fa")]
    [InlineData("Night attack\n\nRussia attacked with 48 drones from the direction of Kursk and Bryansk overnight. Air defences shot down 30.", "en")]
    public void WeaponsFromTheDirectionOfAPlace_AreTalliedForTheirTarget(string text, string language)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal("ua", analysis.Figures.Single(f => f.Kind == FigureKind.DronesLaunched).Place);
        Assert.Equal("ua", analysis.Figures.Single(f => f.Kind == FigureKind.DronesDowned).Place);
    }

    [Fact]
    public void ACasualtyInAPlace_KeepsItsPlace()
    {
        // Negative: no weapons tally; the place where people were killed is the figure's.
        var analysis = analyzer.Analyze(new ArticleText("Serangan di Kursk\n\nDua orang tewas di Kursk akibat serangan drone.", null));

        Assert.StartsWith("ru/kursk-oblast", Assert.Single(analysis.Figures).Place);
    }
}
