using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Places;

/// <summary>
/// Nineteenth session, written for these tests: Vietnamese attack verbs ("tập kích", "không kích", "pháo kích"; gazetteer
/// <c>launches</c>) make the country before them the launcher, so its weapons are tallied for its opponent and the country
/// after the verb is the place ("Nga tập kích Ukraine bằng 25 UAV" was filed under Russia).
/// </summary>
public sealed class LeadNineteenthPlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("Nga tập kích Ukraine bằng 25 UAV đêm qua, Không quân Ukraine cho biết.")]
    [InlineData("Đêm qua Nga tập kích bằng 25 UAV, Không quân Ukraine cho biết.")]
    [InlineData("Nga không kích Ukraine bằng 25 UAV trong đêm.")]
    // Negative: a target after "vào" was already the place.
    [InlineData("Nga đã phóng 25 UAV vào Ukraine đêm qua.")]
    public void TheAttackingCountryIsTheLauncherNotThePlace(string text)
    {
        var analysis = analyzer.Analyze(new ArticleText("Tập kích\n\n" + text, null));

        Assert.Equal("vi", analysis.Language);
        Assert.Equal("ua", Assert.Single(analysis.Figures).Place!.Split('/')[0]);
    }

    [Fact]
    public void ACountryNamedAloneWithNoAttackVerbStaysThePlace()
    {
        // Negative: "ở Nga" (in Russia) is where it happened.
        var analysis = analyzer.Analyze(new ArticleText("Tin\n\nBa người thiệt mạng ở Nga sau vụ nổ do UAV gây ra.", null));

        Assert.Equal("ru", Assert.Single(analysis.Figures).Place!.Split('/')[0]);
    }
}
