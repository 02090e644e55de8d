using System.Text;
using System.Text.RegularExpressions;
using Reports.Core.Briefings;

namespace Reports.Core.Tests.Briefings;

public sealed partial class HtmlBriefingRendererTests
{
    private static readonly HashSet<string> VoidElements = ["meta", "br", "hr", "img", "link", "input"];

    private readonly HtmlBriefingRenderer sut = new();

    [Fact]
    public async Task Render_PeriodWithSeveralDays_DrawsABarPerDayPerKindWithItsValue()
    {
        var day = new DateOnly(2025, 3, 24);
        var period = new Reports.Core.Aggregation.Period(day, day.AddDays(3));
        Reports.Core.Aggregation.StoredAnalysis Article(string id, DateOnly on, long killed) =>
            new(id, id + ".txt", "en", "T " + id, ["S."], [Reports.Core.Figures.Figure.Create(Reports.Core.Figures.FigureKind.Killed, killed, Reports.Core.Figures.Qualifier.Exact, Reports.Core.Figures.FigureScope.Event, $"{killed} people were killed.", 0, 2) with { Place = "ua/kyiv" }], on, new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var briefing = new Reports.Core.Aggregation.BriefingBuilder().Build([Article("a", day, 7), Article("b", day.AddDays(2), 1234)], new Reports.Core.Aggregation.BriefingFilter(period));
        using var output = new MemoryStream();

        await sut.RenderAsync(briefing, output, CancellationToken.None);

        var html = Encoding.UTF8.GetString(output.ToArray());
        var chart = Regex.Match(html, "<figure class=\"chart\" data-kind=\"killed\">.*?</figure>", RegexOptions.Singleline);
        Assert.True(chart.Success, "a chart of the killed per day");
        Assert.Equal(4, Regex.Matches(chart.Value, "<rect ").Count); // every day of the period, empty days flat
        Assert.Contains(">1,234</text>", chart.Value, StringComparison.Ordinal);
        Assert.Contains(">7</text>", chart.Value, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<figure class=\"chart\""));
    }

    [Fact]
    public async Task Render_PlacesAskedFor_AreNamedInTheHeader()
    {
        var briefing = SampleBriefing.Create();
        briefing = briefing with { Filter = briefing.Filter with { Places = ["Kharkiv region", "<Київ>"] } };

        var html = Encoding.UTF8.GetString(await SampleBriefing.RenderAsync(sut, briefing));

        Assert.Contains(" · places: Kharkiv region, &lt;Київ&gt;</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("places:", await RenderAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Totals_StateTheOneHeadlineRuleTheOtherFormatsState()
    {
        var html = await RenderAsync();

        Assert.Contains(System.Net.WebUtility.HtmlEncode(BriefingText.HeadlineRule), html, StringComparison.Ordinal);
        Assert.DoesNotContain("lowest the sources state", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ScriptInTitle_IsEscaped()
    {
        var html = await RenderAsync();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Drones hit port", html);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp; done.", html);
    }

    [Fact]
    public async Task Render_Briefing_IsBalancedHtml()
    {
        var html = await RenderAsync();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
        Assert.EndsWith("</html>\n", html);
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Value.StartsWith("</", StringComparison.Ordinal))
            {
                Assert.True(open.Count > 0, $"stray </{name}>");
                Assert.Equal(open.Pop(), name);
            }
            else if (!VoidElements.Contains(name))
            {
                open.Push(name);
            }
        }

        Assert.Empty(open);
    }

    [Fact]
    public async Task Render_PersianArticle_IsMarkedRightToLeftWithItsLanguage()
    {
        var html = await RenderAsync();

        Assert.Matches("<article class=\"doc\" id=\"a-fa1\" lang=\"fa\" dir=\"rtl\">\\n<h3>" + SampleBriefing.PersianTitle, html);
        Assert.Contains("<blockquote lang=\"fa\" dir=\"rtl\">دست‌کم ۱۵ نفر کشته شدند.</blockquote>", html);
        Assert.Contains("<article class=\"doc\" id=\"a-vi1\" lang=\"vi\" dir=\"ltr\">", html);
        Assert.Contains("سامانه‌های دفاعی ۳۵ فروند را رهگیری کردند.", html);
    }

    [Fact]
    public async Task Render_Briefing_ShowsTotalsRangesAndRunningTotals()
    {
        var html = await RenderAsync();

        Assert.Contains("<td>Killed</td><td class=\"n\">22</td><td class=\"n\">19–∞</td>", html);
        Assert.Contains("<h2>Running totals (latest stated)</h2>", html);
        Assert.Contains("9,432", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal));
    }

    private async Task<string> RenderAsync() => Encoding.UTF8.GetString(await SampleBriefing.RenderAsync(sut, SampleBriefing.Create()));

    [GeneratedRegex("</?(?<name>[a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex Tag();
}
