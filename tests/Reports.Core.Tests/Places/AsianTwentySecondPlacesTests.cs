using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Places;

/// <summary>
/// Twenty-second session, asian helper, written for these tests: in Persian (a language whose launching verb closes the
/// clause, gazetteer <c>clauseLaunches</c>) a place that ends the noun phrase after a target word is the target's owner
/// ("روسیه … به زیرساخت‌های انرژی اوکراین حمله کرد", Russia attacked Ukraine's energy infrastructure), not the subject of
/// the verb: the attack was filed in Russia.
/// </summary>
public sealed class AsianTwentySecondPlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("روسیه شب گذشته با ۴۰ پهپاد به زیرساخت‌های انرژی اوکراین حمله کرد.", "ua")]
    [InlineData("روسیه شب گذشته ۵۰ پهپاد به سمت شهرهای اوکراین شلیک کرد.", "ua")]
    // Negatives: the target named right after its word, as before; a place on the way between the target word and
    // another place keeps the other one the subject.
    [InlineData("روسیه با ۴۰ پهپاد به اوکراین حمله کرد.", "ua")]
    [InlineData("در پاسخ به حمله اسرائیل ایران ۲۰۰ موشک شلیک کرد.", "il")]
    public void APlaceEndingTheTargetsPhraseIsTheTarget(string text, string place)
    {
        var figure = Assert.Single(analyzer.Analyze(new ArticleText("حمله\n\n" + text, null)).Figures);

        Assert.Equal(place, figure.Place!.Split('/')[0]);
    }
}
