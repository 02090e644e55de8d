using System.Text.Json;
using Reports.Core.Briefings;

namespace Reports.Core.Tests.Briefings;

public sealed class JsonBriefingRendererTests
{
    private readonly JsonBriefingRenderer sut = new();

    [Fact]
    public async Task Render_PlacesAskedFor_AreInTheFilters()
    {
        var briefing = SampleBriefing.Create();
        briefing = briefing with { Filter = briefing.Filter with { Places = ["Kharkiv region", "ua/odesa-oblast"] } };

        using var json = JsonDocument.Parse(await SampleBriefing.RenderAsync(sut, briefing));

        Assert.Equal(["Kharkiv region", "ua/odesa-oblast"], json.RootElement.GetProperty("filters").GetProperty("places").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Render_Briefing_ParsesBackWithEveryPart()
    {
        var briefing = SampleBriefing.Create();

        var bytes = await SampleBriefing.RenderAsync(sut, briefing);

        Assert.NotEqual(0xEF, bytes[0]);
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        Assert.Equal(["schema", "period", "filters", "generatedAt", "totals", "events", "cumulative", "series", "articles"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonBriefingRenderer.Schema, root.GetProperty("schema").GetString());
        Assert.Equal("2025-03-27", root.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal(2, root.GetProperty("period").GetProperty("days").GetInt32());
        Assert.Equal(["en", "fa", "vi"], root.GetProperty("filters").GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("filters").GetProperty("kinds").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("filters").GetProperty("places").ValueKind);
        Assert.Equal(briefing.GeneratedAt, root.GetProperty("generatedAt").GetDateTimeOffset());

        var killed = root.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "killed");
        Assert.Equal(15 + 7, killed.GetProperty("headline").GetInt64());
        Assert.Equal(JsonValueKind.Null, killed.GetProperty("upper").ValueKind);

        var merged = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("sources").GetArrayLength() == 2);
        Assert.Equal(15, merged.GetProperty("headline").GetInt64());
        Assert.True(merged.GetProperty("counted").GetBoolean());
        var evidence = merged.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("evidence").GetString()).ToList();
        Assert.Contains(SampleBriefing.AwkwardEvidence, evidence);

        var cumulative = Assert.Single(root.GetProperty("cumulative").EnumerateArray());
        Assert.Equal(9432, cumulative.GetProperty("headline").GetInt64());
        Assert.Equal("cumulative", cumulative.GetProperty("scope").GetString());
        Assert.Equal(briefing.Series.Count, root.GetProperty("series").GetArrayLength());
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(3, articles.Count);
        Assert.Contains(articles, a => a.GetProperty("title").GetString() == SampleBriefing.PersianTitle);
    }

    [Fact]
    public async Task Render_SaysWhoWroteEachSummary()
    {
        var briefing = SampleBriefing.Create();
        briefing = briefing with { Articles = [briefing.Articles[0] with { SummaryBy = "azure-language/extractive" }, .. briefing.Articles.Skip(1)] };

        using var json = JsonDocument.Parse(await SampleBriefing.RenderAsync(sut, briefing));

        var by = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("summaryBy").GetString()).ToList();
        Assert.Equal(["azure-language/extractive", "builtin", "builtin"], by);
    }

    [Fact]
    public void Format_IsJson() => Assert.Equal("json", sut.Format);
}
