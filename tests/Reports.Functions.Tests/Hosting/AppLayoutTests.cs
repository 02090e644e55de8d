using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Reports.Core.Delivery;
using Reports.Functions.Articles;
using Reports.Functions.Briefings;
using Reports.Functions.Hosting;
using Reports.Functions.LocalHost;

namespace Reports.Functions.Tests.Hosting;

/// <summary>
/// The functions as their attributes declare them (what the Worker SDK writes to functions.metadata and the local host
/// routes by), host.json for the isolated worker, and the settings.
/// </summary>
public sealed class AppLayoutTests
{
    private static readonly string Root = AppContext.BaseDirectory;

    private static readonly LocalFunctions Functions = LocalFunctions.FromAssembly(typeof(AnalyzeArticleFunction).Assembly);

    [Fact]
    public void HostJson_IsForTheIsolatedWorker_WithTheApiRoutePrefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(FindUp(Path.Combine("functions", "Reports.Functions", "host.json"))));

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.False(host.RootElement.TryGetProperty("customHandler", out _));
        Assert.False(host.RootElement.TryGetProperty("extensionBundle", out _)); // the worker brings its extensions (.azurefunctions/)
        Assert.Equal(LocalFunctions.RoutePrefix, host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void AnalyzeArticle_IsABlobTriggerOnArticles_FromEventGrid_WithTheStorageConnection()
    {
        var function = Functions[AnalyzeArticleFunction.Name];

        var trigger = Assert.IsType<BlobTriggerAttribute>(function.Trigger);
        Assert.Equal(TriggerKind.Blob, function.Kind);
        Assert.Equal("articles/{name}", trigger.BlobPath);
        Assert.Equal(BlobTriggerSource.EventGrid, trigger.Source);
        Assert.Equal("ReportsStorage", trigger.Connection);
        Assert.Equal(typeof(byte[]), function.TriggerParameter.ParameterType);
    }

    [Theory]
    [InlineData("UploadArticle", AuthorizationLevel.Function, "POST", "articles")]
    [InlineData("GetArticle", AuthorizationLevel.Function, "GET", "articles/{id}")]
    [InlineData("ListArticles", AuthorizationLevel.Function, "GET", "articles")]
    [InlineData("Health", AuthorizationLevel.Anonymous, "GET", "health")]
    [InlineData("AdhocReport", AuthorizationLevel.Function, "GET", "reports")]
    [InlineData("Subscribers", AuthorizationLevel.Function, "GET,POST", "subscribers")]
    [InlineData("DeleteSubscriber", AuthorizationLevel.Function, "DELETE", "subscribers/{id}")]
    [InlineData("Unsubscribe", AuthorizationLevel.Anonymous, "GET,POST", "unsubscribe")]
    [InlineData("App", AuthorizationLevel.Anonymous, "GET", "app/{*path}")]
    public void HttpFunctions_HaveTheirRoutesMethodsAndAuthLevels(string name, AuthorizationLevel level, string methods, string route)
    {
        var function = Functions[name];

        Assert.Equal(TriggerKind.Http, function.Kind);
        Assert.Equal(level, function.AuthLevel);
        Assert.Equal(methods.Split(','), function.Methods);
        Assert.Equal(route, function.Route);
        Assert.Equal(typeof(HttpRequest), function.TriggerParameter.ParameterType);
        Assert.True(typeof(Task<IResult>).IsAssignableFrom(function.Method.ReturnType), $"{name} returns {function.Method.ReturnType}");
    }

    [Fact]
    public void DailyBriefing_IsATimerOnTheScheduleSetting()
    {
        var function = Functions[DailyBriefingFunction.Name];

        var trigger = Assert.IsType<TimerTriggerAttribute>(function.Trigger);
        Assert.Equal("%ReportsBriefingSchedule%", trigger.Schedule);
        Assert.False(trigger.RunOnStartup);
        Assert.Equal(new DateTime(2026, 1, 6, 6, 0, 0), TimerScheduler.Parse(BriefingOptions.DefaultSchedule).GetNextOccurrence(new DateTime(2026, 1, 5, 6, 0, 0)));
    }

    [Fact]
    public void Functions_AreTheElevenOfTheApp()
    {
        string[] expected = ["AdhocReport", "AnalyzeArticle", "App", "DailyBriefing", "DeleteSubscriber", "GetArticle", "Health", "ListArticles", "Subscribers", "Unsubscribe", "UploadArticle"];

        Assert.Equal(expected, Functions.All.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(new string[0], null, HostMode.Local)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:7072" }, null, HostMode.Local)]
    [InlineData(new[] { "--host", "127.0.0.1", "--functions-uri", "http://127.0.0.1:50051/", "--functions-worker-id", "w" }, null, HostMode.Worker)]
    [InlineData(new string[0], "http://127.0.0.1:50051/", HostMode.Worker)]
    public void Detect_TheFunctionsHostsArguments_MeanWorker(string[] args, string? endpoint, HostMode expected)
    {
        var mode = HostSettings.Detect(args, name => name == HostSettings.HostEndpointVariable ? endpoint : null);

        Assert.Equal(expected, mode);
    }

    [Fact]
    public void Options_BindFromFlatSettings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportsApiKey"] = "k",
            ["ReportsAllowAnonymousWrites"] = "true",
            ["ReportsMaxArticleBytes"] = "1234",
            ["ReportsWatchIntervalSeconds"] = "0.5",
        }).Build();
        var options = new ReportsOptions();

        configuration.Bind(options);

        Assert.Equal("k", options.ApiKey);
        Assert.True(options.AllowAnonymousWrites);
        Assert.Equal(1234, options.MaxArticleBytes);
        Assert.Equal(0.5, options.WatchIntervalSeconds);
    }

    [Fact]
    public void SampleSettings_ListEveryOption()
    {
        var sample = FindUp("local.settings.sample.json");
        using var json = JsonDocument.Parse(File.ReadAllText(sample));
        var values = json.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var keys = typeof(ReportsOptions).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(ConfigurationKeyNameAttribute), false).OfType<ConfigurationKeyNameAttribute>().Single().Name);

        var briefingKeys = typeof(BriefingOptions).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(ConfigurationKeyNameAttribute), false).OfType<ConfigurationKeyNameAttribute>().Single().Name);
        string[] deliveryKeys =
        [
            "ReportsPublicBaseUrl", UnsubscribeTokens.SecretSetting, "ReportsSmtp__Host", "ReportsSmtp__Port", "ReportsSmtp__From", "ReportsSmtp__FromName",
            "ReportsSmtp__User", "ReportsSmtp__Password", "ReportsSmtp__Tls", "ReportsSmtp__TimeoutSeconds",
        ];

        Assert.All(keys.Concat(briefingKeys).Concat(deliveryKeys), key => Assert.Contains(key, values));
        Assert.Equal(string.Empty, json.RootElement.GetProperty("Values").GetProperty(UnsubscribeTokens.SecretSetting).GetString());
        Assert.Equal(string.Empty, json.RootElement.GetProperty("Values").GetProperty("ReportsSmtp__Password").GetString());
        Assert.Contains("ReportsStorage", values);
        Assert.Contains("ReportsDataPath", values);
    }

    private static string FindUp(string file)
    {
        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{file} was not found above {Root}.");
    }
}
