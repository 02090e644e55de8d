using System.Net;
using System.Text;
using System.Text.Json;
using Reports.Core.Storage;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Briefings;

/// <summary>GET /api/reports: one briefing per format over seeded analyses, and a clear 400 for each bad query.</summary>
public sealed class ReportApiTests : IAsyncLifetime, IDisposable
{
    private static readonly DateOnly Day = new(2026, 1, 5);

    private readonly TempFolder _folder = new("reports-functions-reports");
    private readonly IBlobStore _store;
    private readonly ReportsApp _app;

    public ReportApiTests()
    {
        _store = ReportsApp.FileStore(_folder.Path);
        _app = new ReportsApp(_store, settings: new Dictionary<string, string?>
        {
            ["ReportsReportMaxDays"] = "31",
            ["ReportsRunWatcher"] = "false",
            ["ReportsRunTimers"] = "false",
        });
    }

    public async Task InitializeAsync()
    {
        await SeededAnalyses.SeedDayAsync(_store, Day);
        await SeededAnalyses.SeedDayAsync(_store, Day.AddDays(-1));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("csv", "text/csv")]
    [InlineData("html", "text/html")]
    [InlineData("pdf", "application/pdf")]
    public async Task Get_EachFormat_Answers200WithItsContentTypeAndAnAttachment(string format, string mediaType)
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/reports?from=2026-01-04&to=2026-01-05&format={format}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal($"report-2026-01-04-2026-01-05.{format}", disposition?.FileName?.Trim('"'));
        var body = await response.Content.ReadAsByteArrayAsync();
        switch (format)
        {
            case "json":
                using (var json = JsonDocument.Parse(body))
                {
                    Assert.Equal("reports.briefing/1", json.RootElement.GetProperty("schema").GetString());
                    Assert.Equal("2026-01-04", json.RootElement.GetProperty("period").GetProperty("from").GetString());
                    Assert.Equal(6, json.RootElement.GetProperty("articles").GetArrayLength());
                    var killed = json.RootElement.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "killed");
                    Assert.Equal(28, killed.GetProperty("headline").GetInt64()); // 14 per day ("at least 12" and "14" are one event; the larger of the day's reports is its headline)
                }

                break;
            case "csv":
                var lines = Encoding.UTF8.GetString(body).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
                Assert.StartsWith("day,kind,headline", lines[0], StringComparison.Ordinal);
                Assert.True(lines.Length > 1);
                break;
            case "html":
                var html = Encoding.UTF8.GetString(body);
                Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("Drones strike the port", html, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal("%PDF-"u8.ToArray(), body[..5]);
                Assert.Contains("%%EOF", Encoding.ASCII.GetString(body[^32..]), StringComparison.Ordinal);
                break;
        }
    }

    [Fact]
    public async Task Get_LanguageAndKind_FilterTheBriefing()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/reports?from=2026-01-05&to=2026-01-05&language=uk&kind=injured,killed", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("uk", article.GetProperty("language").GetString());
        Assert.Equal(["injured", "killed"], json.RootElement.GetProperty("filters").GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
    }

    [Theory]
    [InlineData("from=2026-13-01&to=2026-01-05", "bad_date")]
    [InlineData("from=05.01.2026", "bad_date")]
    [InlineData("from=2026-01-06&to=2026-01-05", "bad_range")]
    [InlineData("from=2025-12-01&to=2026-01-05", "bad_range")]
    [InlineData("from=2026-01-05&to=2026-01-05&kind=tanks", "bad_kind")]
    [InlineData("from=2026-01-05&to=2026-01-05&format=docx", "bad_format")]
    [InlineData("from=2026-01-05&to=2026-01-05&language=xx", "bad_language")]
    [InlineData("from=2026-01-05&to=2026-01-05&language=en,english", "bad_language")]
    public async Task Get_BadQuery_Answers400WithAJsonError(string query, string code)
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/reports?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, json.RootElement.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("message").GetString()));
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
