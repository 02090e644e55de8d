using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Reports.Core.Delivery;
using Reports.Functions.Articles;
using Reports.Functions.Briefings;
using Reports.Functions.Local;
using Reports.Functions.Hosting;
using Reports.Functions.Invocations;

namespace Reports.Functions.Tests.Hosting;

/// <summary>The output folder is a valid Functions app: host.json, one function.json per function, the executable.</summary>
public sealed class AppLayoutTests
{
    private static readonly string Root = AppContext.BaseDirectory;

    [Fact]
    public void HostJson_PointsAtTheExecutableAndProxiesHttp()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "host.json")));
        var handler = host.RootElement.GetProperty("customHandler");

        var executable = handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.True(File.Exists(Path.Combine(Root, executable)) || File.Exists(Path.Combine(Root, executable + ".exe")));
        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", host.RootElement.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", host.RootElement.GetProperty("extensionBundle").GetProperty("version").GetString());
    }

    [Fact]
    public void AnalyzeArticle_IsABinaryBlobTriggerOnArticles()
    {
        var function = FunctionCatalog.Load(Path.Combine(Root, "AnalyzeArticle", "function.json"));

        var trigger = Assert.Single(function.Bindings);
        Assert.Equal("blobTrigger", trigger.Type);
        Assert.Equal(AnalyzeArticleFunction.Binding, trigger.Name);
        Assert.Equal("articles/{name}", trigger.Path);
        Assert.Equal("binary", trigger.DataType);
        Assert.Equal("ReportsStorage", trigger.Connection);
    }

    [Theory]
    [InlineData("UploadArticle", "function", "post", "articles")]
    [InlineData("GetArticle", "function", "get", "articles/{id}")]
    [InlineData("ListArticles", "function", "get", "articles")]
    [InlineData("Health", "anonymous", "get", "health")]
    public void HttpFunctions_HaveOneTriggerAndOneHttpOutput(string name, string authLevel, string method, string route)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, name, "function.json")));
        var bindings = json.RootElement.GetProperty("bindings").EnumerateArray().ToList();

        Assert.Equal(2, bindings.Count);
        Assert.Equal("httpTrigger", bindings[0].GetProperty("type").GetString());
        Assert.Equal(authLevel, bindings[0].GetProperty("authLevel").GetString());
        Assert.Equal([method], bindings[0].GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(route, bindings[0].GetProperty("route").GetString());
        Assert.Equal("http", bindings[1].GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("AdhocReport", "function", "get", "reports")]
    [InlineData("Subscribers", "function", "get,post", "subscribers")]
    [InlineData("DeleteSubscriber", "function", "delete", "subscribers/{id}")]
    [InlineData("Unsubscribe", "anonymous", "get,post", "unsubscribe")]
    public void BriefingHttpFunctions_HaveTheirRoutesAndAuthLevels(string name, string authLevel, string methods, string route)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, name, "function.json")));
        var bindings = json.RootElement.GetProperty("bindings").EnumerateArray().ToList();

        Assert.Equal(2, bindings.Count);
        Assert.Equal("httpTrigger", bindings[0].GetProperty("type").GetString());
        Assert.Equal(authLevel, bindings[0].GetProperty("authLevel").GetString());
        Assert.Equal(methods.Split(','), bindings[0].GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(route, bindings[0].GetProperty("route").GetString());
        Assert.Equal("http", bindings[1].GetProperty("type").GetString());
    }

    [Fact]
    public void DailyBriefing_IsATimerOnTheScheduleSetting()
    {
        var function = FunctionCatalog.Load(Path.Combine(Root, "DailyBriefing", "function.json"));

        var trigger = Assert.Single(function.Bindings);
        Assert.Equal("timerTrigger", trigger.Type);
        Assert.Equal(DailyBriefingFunction.Binding, trigger.Name);
        Assert.Equal("%ReportsBriefingSchedule%", trigger.Schedule);
        Assert.False(trigger.RunOnStartup);
        Assert.Equal(new DateTime(2026, 1, 6, 6, 0, 0), TimerScheduler.Parse(BriefingOptions.DefaultSchedule).GetNextOccurrence(new DateTime(2026, 1, 5, 6, 0, 0)));
    }

    [Fact]
    public void Catalog_EveryNonHttpFunctionHasAHandler()
    {
        var catalog = new FunctionCatalog(Root);
        var handled = new[] { AnalyzeArticleFunction.FunctionName, DailyBriefingFunction.FunctionName };

        var triggered = catalog.Functions.Where(f => f.Trigger?.Type != "httpTrigger").Select(f => f.Name);

        Assert.Equal(handled.Order(StringComparer.Ordinal), triggered);
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
