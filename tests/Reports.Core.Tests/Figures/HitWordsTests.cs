using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Hits after a night's tally ("Ghi nhận 20 UAV trúng đích", "۲۰ پهپاد … اصابت کردند"; data <c>hits</c>) are part of the
/// launched total, no launch figure of their own. Articles written for these tests.
/// </summary>
public sealed class HitWordsTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("Tấn công đêm\n\nĐêm qua Nga tấn công bằng 101 UAV. Phòng không bắn hạ 77 UAV. Ghi nhận 20 UAV trúng đích tại 8 địa điểm.", "vi")]
    [InlineData("حمله شبانه\n\nروسیه شب گذشته با ۱۰۱ پهپاد حمله کرد. پدافند هوایی ۷۷ پهپاد را سرنگون کرد. ۲۰ پهپاد به اهدافی در هشت نقطه اصابت کردند.", "fa")]
    public void HitsAfterATally_AreNoLaunchFigure(string text, string language)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal([101L], analysis.Figures.Where(f => f.Kind == FigureKind.DronesLaunched).Select(f => f.Value));
        Assert.Equal([77L], analysis.Figures.Where(f => f.Kind == FigureKind.DronesDowned).Select(f => f.Value));
    }

    [Fact]
    public void ADroneThatWasHit_IsDowned()
    {
        // Negative: "مورد اصابت … قرار گرفت" (was hit) says the drone was shot down, not that it hit something.
        var analysis = analyzer.Analyze(new ArticleText("پهپاد\n\nیک فروند پهپاد دشمن در آسمان استان بوشهر مورد اصابت آتش پدافند هوایی قرار گرفت و منهدم شد.", null));

        Assert.Equal("drones_downed 1", string.Join("; ", analysis.Figures.Select(f => $"{FigureNames.Of(f.Kind)} {f.Value}")));
    }
}
