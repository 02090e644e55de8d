using System.Text;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

public sealed class PublicationDateDetectorTests
{
    private static readonly DateOnly Upload = new(2025, 4, 1);

    [Theory]
    [InlineData("""<html><head><meta property="article:published_time" content="2025-03-27T08:00:00Z"></head><body>x</body></html>""")]
    [InlineData("""<html><head><meta content="2025-03-27" name="datePublished"></head></html>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-27T10:00:00+02:00"}</script>""")]
    [InlineData("""<article><time datetime="2025-03-27">Thursday</time></article>""")]
    public void Detect_HtmlMetadata_GivesTheDate(string html)
    {
        var date = PublicationDateDetector.Detect(Encoding.UTF8.GetBytes(html), "no date in the text", Upload);

        Assert.Equal(new DateOnly(2025, 3, 27), date);
    }

    [Theory]
    [InlineData("KYIV, 2025-03-27 – Drones hit the city.")]
    [InlineData("Hà Nội, ngày 27/3/2025 – Tin tức.")]
    [InlineData("27.03.2025 Kyiv: drones hit the city.")]
    [InlineData("KYIV, March 27, 2025 – Drones hit the city.")]
    [InlineData("Published 27 March 2025. Drones hit the city.")]
    [InlineData("Published 27 march 2025. Drones hit the city.")]
    public void Detect_DatelineNearTheTop_GivesTheDate(string text)
    {
        Assert.Equal(new DateOnly(2025, 3, 27), PublicationDateDetector.FromText(text, Upload));
    }

    [Theory]
    [InlineData("KYIV, 3/4/2025 – ambiguous day and month.")]
    [InlineData("No date here at all, 12 killed.")]
    [InlineData("KYIV, 2025-02-30 – no such day.")]
    [InlineData("KYIV, 2025-06-01 – after the upload.")]
    [InlineData("In 1945-05-08 the war ended.")]
    [InlineData("Order 12345-2025-03-27 is a number.")]
    public void Detect_NothingSure_GivesNull(string text)
    {
        Assert.Null(PublicationDateDetector.FromText(text, Upload));
    }

    [Fact]
    public void Detect_DateFarDownTheText_IsIgnored()
    {
        var text = new string('x', PublicationDateDetector.TextWindow) + " 2025-03-27";

        Assert.Null(PublicationDateDetector.FromText(text, Upload));
    }

    [Fact]
    public void Detect_TwoDatelines_TakesTheFirst()
    {
        Assert.Equal(new DateOnly(2025, 3, 20), PublicationDateDetector.FromText("March 20, 2025. Updated 2025-03-27.", Upload));
    }
}
