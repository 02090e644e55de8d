using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Articles;
using Reports.Functions.Briefings;
using Reports.Functions.Delivery;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Functions;

/// <summary>
/// HTTP functions called directly, as the worker's ASP.NET Core integration calls them: a DefaultHttpContext request
/// in, an IResult out. Under the worker the host has checked the function key, so no local key is asked for.
/// </summary>
public sealed class HttpFunctionTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-http");
    private readonly IBlobStore _store;
    private readonly WorkerServices _worker;

    public HttpFunctionTests()
    {
        _store = ReportsApp.FileStore(_folder.Path);
        _worker = new WorkerServices(_store, new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task UploadArticle_UnderTheWorker_NeedsNoLocalKey_AndAnswers202WithTheLocation()
    {
        var request = _worker.Request("POST", "/api/articles", "?name=hosted.txt", TestArticles.Bytes(TestArticles.English), "text/plain");

        var (status, body, headers) = await WorkerServices.ExecuteAsync(request, await _worker.Create<UploadArticleFunction>().RunAsync(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status202Accepted, status);
        using var json = JsonDocument.Parse(body);
        var id = json.RootElement.GetProperty("id").GetString()!;
        Assert.Equal($"https://reports.example.net/api/articles/{id}", headers.Location.ToString());
        var stored = await _store.GetPropertiesAsync(IngestContainers.Articles, ArticleUploads.BlobNameOf(id), CancellationToken.None);
        Assert.Equal("hosted.txt", ArticleUploads.SourceOf(stored!.Name, stored.Metadata));
    }

    [Fact]
    public async Task UploadArticle_NoName_Answers400()
    {
        var request = _worker.Request("POST", "/api/articles", body: TestArticles.Bytes(TestArticles.English));

        var (status, body, _) = await WorkerServices.ExecuteAsync(request, await _worker.Create<UploadArticleFunction>().RunAsync(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Contains("bad_name", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-id", StatusCodes.Status400BadRequest, "bad_id")]
    [InlineData("0123456789abcdef0123456789abcdef", StatusCodes.Status404NotFound, "not_found")]
    public async Task GetArticle_BadOrUnknownId_SaysWhich(string id, int expected, string code)
    {
        var request = _worker.Request("GET", "/api/articles/" + id);

        var (status, body, _) = await WorkerServices.ExecuteAsync(request, await _worker.Create<GetArticleFunction>().RunAsync(request, id, CancellationToken.None));

        Assert.Equal(expected, status);
        Assert.Contains(code, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListArticles_DefaultPeriod_IsTheLastSevenDaysOfTheClock()
    {
        var request = _worker.Request("GET", "/api/articles");

        var (status, body, _) = await WorkerServices.ExecuteAsync(request, await _worker.Create<ListArticlesFunction>().RunAsync(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("2026-02-24", json.RootElement.GetProperty("from").GetString());
        Assert.Equal("2026-03-02", json.RootElement.GetProperty("to").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task AdhocReport_Csv_IsADownloadWithItsFileName()
    {
        await SeededAnalyses.SeedDayAsync(_store, new DateOnly(2026, 3, 1));
        var request = _worker.Request("GET", "/api/reports", "?from=2026-03-01&to=2026-03-01&format=csv");

        var (status, body, headers) = await WorkerServices.ExecuteAsync(request, await _worker.Create<AdhocReportFunction>().RunAsync(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Contains("report-2026-03-01-2026-03-01.csv", headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Equal("no-store", headers.CacheControl.ToString());
        Assert.NotEmpty(body);
    }

    [Fact]
    public async Task AdhocReport_BadDate_Answers400()
    {
        var request = _worker.Request("GET", "/api/reports", "?from=yesterday");

        var (status, body, _) = await WorkerServices.ExecuteAsync(request, await _worker.Create<AdhocReportFunction>().RunAsync(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Contains("bad_date", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribers_PostThenGet_ListsTheNewSubscriber()
    {
        var post = _worker.Request("POST", "/api/subscribers", body: JsonSerializer.SerializeToUtf8Bytes(new { email = "dana@example.org", languages = new[] { "en" } }), contentType: "application/json");
        var (created, _, _) = await WorkerServices.ExecuteAsync(post, await _worker.Create<SubscribersFunction>().RunAsync(post, CancellationToken.None));
        var get = _worker.Request("GET", "/api/subscribers");

        var (status, body, _) = await WorkerServices.ExecuteAsync(get, await _worker.Create<SubscribersFunction>().RunAsync(get, CancellationToken.None));

        Assert.Equal(StatusCodes.Status201Created, created);
        Assert.Equal(StatusCodes.Status200OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("dana@example.org", Assert.Single(json.RootElement.GetProperty("items").EnumerateArray()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Health_UnderTheWorker_SaysWorkerMode()
    {
        var request = _worker.Request("GET", "/api/health");

        var (status, body, _) = await WorkerServices.ExecuteAsync(request, await _worker.Create<HealthFunction>().RunAsync(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Contains("\"mode\":\"Worker\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(IOException), StatusCodes.Status503ServiceUnavailable, "storage_unavailable")]
    [InlineData(typeof(TimeoutException), StatusCodes.Status503ServiceUnavailable, "storage_unavailable")]
    [InlineData(typeof(InvalidOperationException), StatusCodes.Status500InternalServerError, "internal_error")]
    public async Task ApiErrors_ForAnException_AnswersWithoutItsText(Type type, int expected, string code)
    {
        var error = (Exception)Activator.CreateInstance(type, "secret internals")!;
        var request = _worker.Request("GET", "/api/articles");

        var (status, body, headers) = await WorkerServices.ExecuteAsync(request, ApiErrors.ForException(error));

        Assert.Equal(expected, status);
        Assert.Contains(code, body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.Equal(expected == StatusCodes.Status503ServiceUnavailable, headers.ContainsKey("Retry-After"));
    }

    [Fact]
    public void Functions_TakeOnlyWhatTheWorkerBinds()
    {
        // Every parameter of every function is a trigger, a route value, a FunctionContext or a CancellationToken.
        var functions = Reports.Functions.LocalHost.LocalFunctions.FromAssembly(typeof(UploadArticleFunction).Assembly);
        foreach (var function in functions.All)
        {
            foreach (var parameter in function.Method.GetParameters())
            {
                var bound = parameter == function.TriggerParameter
                    || parameter.ParameterType == typeof(CancellationToken)
                    || parameter.ParameterType == typeof(FunctionContext)
                    || (parameter.ParameterType == typeof(string) && ((function.Route ?? function.BlobPath ?? string.Empty).Contains("{" + parameter.Name + "}", StringComparison.Ordinal)));
                Assert.True(bound, $"{function.Name}: parameter {parameter.Name} is not bound by the worker");
            }
        }
    }

    public void Dispose()
    {
        _worker.Dispose();
        _folder.Dispose();
    }
}
