using System.Net;
using System.Text.Json;
using Reports.Core.Figures;
using Reports.Core.Storage;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Articles;

/// <summary>
/// The list's filters for the web app (<c>kind</c>, <c>place</c>, <c>q</c>) and the report's <c>place</c>: each keeps
/// exactly the analyses (or figures) it names, combined with the period and language.
/// </summary>
public sealed class ArticleListFilterTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 2, 10);

    private readonly TempFolder _folder = new("reports-functions-filters");
    private IBlobStore _store = null!;
    private ReportsApp _app = null!;

    public async Task InitializeAsync()
    {
        _store = ReportsApp.FileStore(_folder.Path);
        _app = new ReportsApp(_store, settings: new Dictionary<string, string?> { ["ReportsRunWatcher"] = "false", ["ReportsRunTimers"] = "false" });
        await SeededAnalyses.SeedAsync(_store, SeededAnalyses.Article("0000000000000000000000000000c001", Day, "en", "Market hit in Kharkiv",
            Fig(FigureKind.Killed, 9, "At least 9 people were killed at the market.", "ua/kharkiv-oblast/kharkiv"),
            Fig(FigureKind.Injured, 30, "Thirty were wounded in Odesa the same night.", "ua/odesa-oblast/odesa")));
        await SeededAnalyses.SeedAsync(_store, SeededAnalyses.Article("0000000000000000000000000000c002", Day, "en", "Drones over the coast",
            Fig(FigureKind.DronesDowned, 31, "The air force shot down 31 drones over the coast.", "ua/odesa-oblast/odesa")));
        await SeededAnalyses.SeedAsync(_store, SeededAnalyses.Article("0000000000000000000000000000c003", Day.AddDays(1), "uk", "Обстріл ринку",
            Fig(FigureKind.Killed, 4, "Загинули четверо людей на ринку.", null)));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("kind=killed", "0000000000000000000000000000c001,0000000000000000000000000000c003")]
    [InlineData("kind=drones_downed", "0000000000000000000000000000c002")]
    [InlineData("kind=missiles_launched", "")]
    [InlineData("place=kharkiv", "0000000000000000000000000000c001")]
    [InlineData("place=ODESA", "0000000000000000000000000000c001,0000000000000000000000000000c002")]
    [InlineData("q=market", "0000000000000000000000000000c001")]
    [InlineData("q=%D1%80%D0%B8%D0%BD%D0%BA", "0000000000000000000000000000c003")]
    [InlineData("q=shot%20down", "0000000000000000000000000000c002")]
    [InlineData("q=wires", "0000000000000000000000000000c001,0000000000000000000000000000c002,0000000000000000000000000000c003")]
    [InlineData("kind=killed&language=uk", "0000000000000000000000000000c003")]
    [InlineData("kind=killed&place=odesa", "0000000000000000000000000000c001")]
    [InlineData("kind=drones_downed&q=market", "")]
    public async Task List_Filter_KeepsExactlyTheMatchingArticles(string filter, string expected)
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/articles?from=2026-02-01&to=2026-02-28&{filter}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("articleId").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), ids);
    }

    [Theory]
    [InlineData("Kyiv", "0000000000000000000000000000d001")] // the city, not the region whose id starts with kyiv
    [InlineData("%D0%9A%D0%B8%D1%97%D0%B2", "0000000000000000000000000000d001")] // Київ
    [InlineData("Kyiv%20region", "0000000000000000000000000000d002")]
    [InlineData("kyiv-oblast", "0000000000000000000000000000d002")]
    [InlineData("ua%2Fkyiv-oblast", "0000000000000000000000000000d002")]
    [InlineData("kiv", "")] // inside kyiv and kharkiv ids, but no place
    [InlineData("tserkva", "")]
    [InlineData("bila-tserkva", "0000000000000000000000000000d002")]
    [InlineData("kharkiv", "0000000000000000000000000000d003")]
    [InlineData("ua", "0000000000000000000000000000d001,0000000000000000000000000000d002,0000000000000000000000000000d003")]
    public async Task List_PlaceFilter_MatchesThePlaceNamedNotTextInsideIds(string place, string expected)
    {
        await SeedMarchAsync();
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/articles?from=2026-03-01&to=2026-03-31&place={place}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("articleId").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), ids);
    }

    [Fact]
    public async Task List_FilterWithSmallPages_PagesThroughTheMatchesOnly()
    {
        using var client = _app.CreateClient();
        var seen = new List<string>();
        string? continuation = null;
        do
        {
            using var response = await client.GetAsync(new Uri("/api/articles?from=2026-02-01&to=2026-02-28&kind=killed&pageSize=1" + (continuation is null ? string.Empty : "&continuation=" + continuation), UriKind.Relative));
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            seen.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("articleId").GetString()!));
            continuation = json.RootElement.GetProperty("continuation").GetString();
        }
        while (continuation is not null && seen.Count < 10);

        Assert.Equal(["0000000000000000000000000000c001", "0000000000000000000000000000c003"], seen);
    }

    [Theory]
    [InlineData("kind=tanks", "bad_kind")]
    [InlineData("kind=Killed%20", "bad_kind")]
    public async Task List_BadFilter_Answers400(string filter, string code)
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/articles?from=2026-02-01&to=2026-02-28&{filter}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task List_FilterTooLong_Answers400()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/articles?q={new string('a', 201)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Report_Place_CountsOnlyTheFiguresOfThatPlace()
    {
        using var client = _app.CreateClient();

        using var all = await client.GetAsync(new Uri("/api/reports?from=2026-02-10&to=2026-02-10&format=json", UriKind.Relative));
        using var odesa = await client.GetAsync(new Uri("/api/reports?from=2026-02-10&to=2026-02-10&format=json&place=odesa", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, odesa.StatusCode);
        Assert.Equal(new Dictionary<string, long> { ["killed"] = 9, ["injured"] = 30, ["drones_downed"] = 31 }, Totals(await all.Content.ReadAsStringAsync()));
        Assert.Equal(new Dictionary<string, long> { ["injured"] = 30, ["drones_downed"] = 31 }, Totals(await odesa.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("Kyiv", "killed=2")] // the city, not the region whose id starts with kyiv
    [InlineData("%D0%9A%D0%B8%D1%97%D0%B2", "killed=2")] // Київ
    [InlineData("Kyiv%20region", "injured=5")]
    [InlineData("kyiv-oblast", "injured=5")]
    [InlineData("ua%2Fkyiv-oblast", "injured=5")]
    [InlineData("kiv", "")] // inside kyiv and kharkiv ids, but no place (it matched both before)
    [InlineData("tserkva", "")]
    [InlineData("bila-tserkva", "injured=5")]
    [InlineData("kharkiv", "killed=3")]
    [InlineData("Kyiv,kharkiv", "killed=5")]
    [InlineData("Kyiv&place=Kyiv%20region", "killed=2,injured=5")]
    [InlineData("ua", "killed=5,injured=5")]
    public async Task Report_PlaceFilter_IsTheListsPlaceFilter(string place, string expected)
    {
        await SeedMarchAsync();
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/reports?from=2026-03-01&to=2026-03-31&format=json&place={place}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var want = expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(want, Totals(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Three March articles: the capital (ua/kyiv), a town in its region, and Kharkiv.</summary>
    private async Task SeedMarchAsync()
    {
        var march = new DateOnly(2026, 3, 10);
        await SeededAnalyses.SeedAsync(_store, SeededAnalyses.Article("0000000000000000000000000000d001", march, "en", "Strike on the capital",
            Fig(FigureKind.Killed, 2, "Two people were killed in the capital.", "ua/kyiv")));
        await SeededAnalyses.SeedAsync(_store, SeededAnalyses.Article("0000000000000000000000000000d002", march, "en", "Strike south of the capital",
            Fig(FigureKind.Injured, 5, "Five people were wounded in Bila Tserkva.", "ua/kyiv-oblast/bila-tserkva")));
        await SeededAnalyses.SeedAsync(_store, SeededAnalyses.Article("0000000000000000000000000000d003", march, "en", "Strike in the east",
            Fig(FigureKind.Killed, 3, "Three people were killed in Kharkiv.", "ua/kharkiv-oblast/kharkiv")));
    }

    private static Dictionary<string, long> Totals(string briefing)
    {
        using var json = JsonDocument.Parse(briefing);
        return json.RootElement.GetProperty("totals").EnumerateArray()
            .Where(t => t.GetProperty("headline").GetInt64() > 0)
            .ToDictionary(t => t.GetProperty("kind").GetString()!, t => t.GetProperty("headline").GetInt64());
    }

    private static Figure Fig(FigureKind kind, long value, string evidence, string? place) =>
        Figure.Create(kind, value, Qualifier.Exact, FigureScope.Event, evidence, 0, 2) with { Place = place };
}
