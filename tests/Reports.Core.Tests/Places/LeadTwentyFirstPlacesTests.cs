using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Places;

/// <summary>
/// Twenty-first session, written for these tests: a model's name between a weapon's noun and its possessive ("45 UAV
/// Shahed của Nga", "3 tên lửa Iskander-M của Nga") still makes the possessive the weapons' side, so the tally is filed
/// where they were shot down (it was filed in Russia with no side); Persian launching verbs in the pluperfect and perfect
/// ("پرتاب کرده بود", "شلیک کرده است", gazetteer <c>clauseLaunches</c>) make their subject the launcher.
/// </summary>
public sealed class LeadTwentyFirstPlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("Phòng không Ukraine bắn hạ 45 UAV Shahed của Nga trong đêm.", "ua", "ru")]
    [InlineData("Phòng không Ukraine bắn hạ 3 tên lửa Iskander-M của Nga.", "ua", "ru")]
    [InlineData("Israel đánh chặn 10 tên lửa Fattah của Iran.", "il", "ir")]
    // Negative: no model name, the possessive right after the noun, as before.
    [InlineData("Ukraine bắn hạ 45 chiếc UAV của Nga.", "ua", "ru")]
    public void AModelNameBeforeThePossessiveKeepsTheSide(string text, string place, string side)
    {
        var figure = Assert.Single(analyzer.Analyze(new ArticleText("UAV\n\n" + text, null)).Figures);

        Assert.Equal(place, figure.Place!.Split('/')[0]);
        Assert.Equal(side, figure.Side);
    }

    [Fact]
    public void ALowerCaseWordBeforeThePossessiveIsNoModelName()
    {
        // Negative: "tấn công Kharkiv của Ukraine" names the target city, not the side of the drones.
        var figure = Assert.Single(analyzer.Analyze(new ArticleText("UAV\n\nNga phóng 45 UAV tấn công thành phố của Ukraine.", null)).Figures);

        Assert.NotEqual("ua", figure.Side);
    }

    [Theory]
    [InlineData("پدافند هوایی ۴۵ فروند از ۵۰ پهپادی را که روسیه شب گذشته پرتاب کرده بود، سرنگون کرد.")]
    [InlineData("پدافند هوایی ۴۵ فروند از ۵۰ پهپادی را که روسیه شلیک کرده است، منهدم کرد.")]
    public void APersianPluperfectLaunchesLikeThePast(string text)
    {
        // "…که روسیه شب گذشته پرتاب کرده بود" (that Russia had launched last night) filed the tally in Russia.
        var figures = analyzer.Analyze(new ArticleText("پهپاد\n\n" + text, null)).Figures;

        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal("ua", f.Place!.Split('/')[0]));
    }
}
