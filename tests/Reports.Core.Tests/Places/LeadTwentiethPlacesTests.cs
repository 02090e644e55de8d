using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Places;

/// <summary>
/// Twentieth session, written for these tests: an adverb between a country and its launching verb (gazetteer
/// <c>adverbs</c>: "Rusia kembali menyerang", "Россия вновь атаковала", "Russia again launched") still makes the country
/// the launcher, so the weapons are tallied where they struck; Vietnamese "sử dụng" (used) launches.
/// </summary>
public sealed class LeadTwentiethPlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("id", "Rusia kembali menyerang Ukraina dengan lebih dari 100 drone Shahed semalam.")]
    [InlineData("ru", "Россия вновь атаковала Украину 100 беспилотниками этой ночью.")]
    [InlineData("en", "Russia again launched 100 drones at Ukraine overnight.")]
    [InlineData("vi", "Theo Không quân Ukraine, đêm qua Nga đã sử dụng tổng cộng 100 UAV các loại.")]
    public void AnAdverbBeforeTheLaunchingVerbKeepsTheLauncher(string code, string text)
    {
        var analysis = analyzer.Analyze(new ArticleText("Drones\n\n" + text, null));

        Assert.Equal(code, analysis.Language);
        Assert.Equal("ua", Assert.Single(analysis.Figures).Place!.Split('/')[0]);
    }

    [Fact]
    public void AnAdverbAfterACountryWithNoLaunchingVerbChangesNothing()
    {
        // Negative: "Rusia juga" (Russia also) before a verb of losing keeps Russia the place.
        var analysis = analyzer.Analyze(new ArticleText("Drone\n\nDi Rusia juga tercatat 3 orang tewas akibat serangan drone.", null));

        Assert.Equal("ru", Assert.Single(analysis.Figures).Place!.Split('/')[0]);
    }
}
