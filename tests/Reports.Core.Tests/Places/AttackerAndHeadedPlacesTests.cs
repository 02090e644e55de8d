using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Places;

/// <summary>
/// The attacker named after an attack noun ("حملات هوایی اسرائیل", "serangan udara Israel", "cuộc không kích của Israel";
/// gazetteer <c>launchedBy</c>) is no place of the people killed; a place that heads a number as another place heads the
/// earlier figure's ("Donetsk with 60 … Kharkiv with 40") is that number's.
/// </summary>
public sealed class AttackerAndHeadedPlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("وزارت بهداشت لبنان اعلام کرد حملات هوایی اسرائیل به سه روستا در جنوب این کشور دست\u200cکم هفت کشته بر جای گذاشت.", "fa")]
    [InlineData("Kementerian Kesehatan Lebanon mengatakan serangan udara Israel terhadap tiga desa di selatan negara itu menewaskan sedikitnya tujuh orang.", "id")]
    [InlineData("Bộ Y tế Lebanon cho biết các cuộc không kích của Israel nhằm vào ba ngôi làng ở miền nam nước này đã khiến ít nhất bảy người thiệt mạng.", "vi")]
    public void TheAttackersCountry_IsNotWherePeopleWereKilled(string text, string language)
    {
        var analysis = analyzer.Analyze(new ArticleText("Không kích\n\n" + text, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal("lb", Assert.Single(analysis.Figures).Place);
    }

    [Fact]
    public void ACountryNamedAlone_StaysTheMainPlace()
    {
        // Negative: no attack noun before the country; the country the article names is the figure's.
        var analysis = analyzer.Analyze(new ArticleText("حمله\n\nدر حمله به یک روستا در اسرائیل سه نفر کشته شدند.", null));

        Assert.Equal("il", Assert.Single(analysis.Figures).Place);
    }

    [Theory]
    [InlineData("استان دونتسک با ۶۰ کشته بیشترین تلفات را داشت و پس از آن استان خارکیف با ۴۰ کشته قرار دارد.", 40, "ua/kharkiv-oblast")]
    [InlineData("Russian strikes on Kharkiv region killed 9 in Kupiansk district and 4 in Izium.", 4, "ua/kharkiv-oblast/izium")]
    // Negative: no place heads the earlier figure, so the place after it stays its own.
    [InlineData("23 drones were destroyed over Belgorod and 11 over Kursk, the ministry said.", 23, "ru/belgorod-oblast")]
    public void APlaceHeadingANumberLikeTheEarlierOne_IsThatNumbers(string text, long value, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText("Tolls\n\n" + text, null));

        Assert.StartsWith(place, analysis.Figures.First(f => f.Value == value).Place);
    }
}
