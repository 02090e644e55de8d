using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Hits after a night's tally ("Ghi nhận 20 UAV trúng đích", "اصابت ۲۰ پهپاد … ثبت شد"; data <c>hits</c>) are part of the
/// launched total, no launch figure of their own. Articles written for these tests.
/// </summary>
public sealed class HitWordsTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("Tấn công đêm\n\nĐêm qua Nga tấn công bằng 101 UAV. Phòng không bắn hạ 77 UAV. Ghi nhận 20 UAV trúng đích tại 8 địa điểm.", "vi")]
    [InlineData("حمله شبانه\n\nروسیه شب گذشته با ۱۰۱ پهپاد حمله کرد. پدافند هوایی ۷۷ پهپاد را سرنگون کرد. اصابت ۲۰ پهپاد در هشت نقطه ثبت شد.", "fa")]
    public void HitsAfterATally_AreNoLaunchFigure(string text, string language)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal([101L], analysis.Figures.Where(f => f.Kind == FigureKind.DronesLaunched).Select(f => f.Value));
        Assert.Equal([77L], analysis.Figures.Where(f => f.Kind == FigureKind.DronesDowned).Select(f => f.Value));
    }
}
