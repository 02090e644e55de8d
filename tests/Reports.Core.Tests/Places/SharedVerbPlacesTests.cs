using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Places;

/// <summary>
/// Counts that share one verb, each with its own place ("Two were killed in Kherson and three in Zaporizhzhia"), in
/// languages whose later count's phrase runs from the shared verb over the earlier count's place.
/// </summary>
public sealed class SharedVerbPlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("Tấn công ở miền nam\n\nHai người thiệt mạng ở Kherson và ba người ở Zaporizhzhia trong đêm, chính quyền cho biết.", "vi")]
    [InlineData("Serangan di selatan\n\nDua orang tewas di Kherson dan tiga lainnya di Zaporizhzhia pada malam hari, kata pejabat setempat.", "id")]
    [InlineData("حملات در جنوب\n\nدر حملات شبانه دو نفر در خرسون و سه نفر در زاپوریژیا کشته شدند.", "fa")]
    [InlineData("Strikes in the south\n\nTwo people were killed in Kherson and three in Zaporizhzhia overnight, officials said.", "en")]
    public void ALaterCountsOwnPlace_BeatsTheEarlierCountsPlaceInsideItsPhrase(string text, string language)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal("ua/kherson-oblast/kherson", analysis.Figures.Single(f => f.Value == 2).Place);
        Assert.Equal("ua/zaporizhzhia-oblast/zaporizhzhia", analysis.Figures.Single(f => f.Value == 3).Place);
    }

    [Theory]
    // Negative: one count whose place stands after its verb, no other count before it.
    [InlineData("Tấn công ở miền nam\n\nBa người thiệt mạng ở Kherson trong đêm.", "ua/kherson-oblast/kherson")]
    [InlineData("Serangan di selatan\n\nTiga orang tewas di Zaporizhzhia pada malam hari.", "ua/zaporizhzhia-oblast/zaporizhzhia")]
    public void ASingleCount_KeepsThePlaceAfterItsVerb(string text, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));

        Assert.Equal(place, Assert.Single(analysis.Figures).Place);
    }

    [Theory]
    [InlineData("RSF gempur El Fasher\n\nSerangan drone RSF di El Fasher menewaskan 40 warga sipil pada Minggu. Perang antara militer Sudan dan RSF telah menewaskan lebih dari 20.000 orang, menurut PBB.", 20000, "sd")]
    [InlineData("حملات به جنوب لبنان\n\nهفت نفر در نبطیه کشته شدند. از اکتبر ۲۰۲۳ تاکنون ۳۹۶۰ نفر در لبنان کشته شده‌اند.", 3960, "lb")]
    // Negative: a running total whose sentence names no country keeps the article's place.
    [InlineData("RSF gempur El Fasher\n\nSerangan drone RSF di El Fasher menewaskan 40 warga sipil pada Minggu. Sejak Mei, lebih dari 2.000 orang tewas, kata dokter setempat.", 2000, "sd/darfur/el-fasher")]
    public void ARunningTotalWhoseSentenceNamesTheCountry_IsTheCountrys(string text, long value, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));

        Assert.Equal(place, analysis.Figures.Single(f => f.Value == value).Place);
    }

    [Fact]
    public void PersianTyre_AfterAPreposition_IsAPlace()
    {
        var analysis = analyzer.Analyze(new ArticleText("حملات به جنوب لبنان\n\nهفت نفر در نبطیه و چهار نفر در صور کشته شدند.", null));

        Assert.Equal("lb/south/nabatieh", analysis.Figures.Single(f => f.Value == 7).Place);
        Assert.Equal("lb/south/tyre", analysis.Figures.Single(f => f.Value == 4).Place);
    }
}

