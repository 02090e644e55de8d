using System.Text;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

public sealed class HtmlReadingTests
{
    private readonly ArticleReader sut = new();

    private ArticleText Read(string html) => sut.Read(Encoding.UTF8.GetBytes(html), "page.html");

    [Fact]
    public void Read_Page_KeepsVisibleTextOnly()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><title>Night raid</title><style>p { color: red }</style>
            <script>var killed = 999;</script><meta name="description" content="hidden meta"></head>
            <body><nav><a href="/">Home</a> &rsaquo; World</nav><noscript>Enable JavaScript</noscript><template><p>template text</p></template>
            <h1>Drones over the city</h1>
            <p>At least <b>12</b> people were killed.</p><!-- a comment -->
            <div hidden>hidden div</div><div style="display: none">also hidden</div>
            <ul><li>one</li><li>two</li></ul>
            <script type="application/ld+json">{"headline": "json"}</script>
            </body></html>
            """;

        var result = Read(html);

        Assert.Equal("Drones over the city\n\nAt least 12 people were killed.\n\none\ntwo", result.Text);
        Assert.Equal("Night raid", result.Title);
    }

    [Fact]
    public void Read_Entities_AreDecoded()
    {
        var result = Read("<p>Kyiv &amp; Kharkiv &mdash; 40&nbsp;drones &#8220;shot down&#8221; &lt;official&gt; &eacute;t&eacute;</p>");

        Assert.Equal("Kyiv & Kharkiv — 40 drones “shot down” <official> été", result.Text);
    }

    [Theory]
    [InlineData("Drone strike kills three in Odesa | Black Sea Herald")]
    [InlineData("Black Sea Herald - Drone strike kills three in Odesa")]
    public void Read_TitleElementIsTheH1WithTheSiteName_TitleIsTheH1(string title)
    {
        var result = Read($"<html><head><title>{title}</title></head><body><h1>Drone strike kills three in Odesa</h1><p>Body.</p></body></html>");

        Assert.Equal("Drone strike kills three in Odesa", result.Title);
    }

    [Fact]
    public void Read_EmptyTitleElement_TitleIsFirstH1()
    {
        var result = Read("<html><head><title> </title></head><body><h1>Drone strike kills three in Odesa</h1><p>Body.</p></body></html>");

        Assert.Equal("Drone strike kills three in Odesa", result.Title);
    }

    [Fact]
    public void Read_NoTitleElement_TitleIsFirstH1()
    {
        var result = Read("<body><h2>Kicker</h2><h1>The &quot;headline&quot;</h1><h1>Second</h1><p>Body.</p></body>");

        Assert.Equal("The \"headline\"", result.Title);
    }

    [Fact]
    public void Read_BlockElements_BecomeLineBreaks()
    {
        var result = Read("<div>first<br>second</div><p>third</p><table><tr><td>a</td><td>b</td></tr></table>");

        Assert.Equal("first\nsecond\n\nthird\n\na b", result.Text);
    }

    [Fact]
    public void Read_InlineWhitespace_CollapsesLikeABrowser()
    {
        var result = Read("<p>Twelve\n   people\twere   <i>killed</i>.</p>");

        Assert.Equal("Twelve people were killed.", result.Text);
    }

    [Fact]
    public void Read_MetaCharsetWithLegacyBytes_IsHonoured()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string html = "<html><head><meta charset=\"windows-1251\"><title>Ночь</title></head><body><p>Сбито 45 дронов.</p></body></html>";
        var bytes = Encoding.GetEncoding(1251).GetBytes(html);

        var result = sut.Read(bytes, "page.htm");

        Assert.Equal("Сбито 45 дронов.", result.Text);
        Assert.Equal("Ночь", result.Title);
    }

    [Fact]
    public void Read_NumericEntityForLoneSurrogate_DoesNotThrow()
    {
        var result = Read("<p>broken &#xD800; entity</p>");

        Assert.StartsWith("broken ", result.Text);
        Assert.EndsWith(" entity", result.Text);
    }

    [Fact]
    public void Read_OnlyMarkup_IsRejectedAsEmpty()
    {
        var e = Assert.Throws<ArticleRejectedException>(() => Read("<html><head><title>t</title><script>x()</script></head><body> </body></html>"));

        Assert.Equal(RejectionReason.Empty, e.Reason);
        Assert.Contains("no visible text", e.Message);
    }
}
