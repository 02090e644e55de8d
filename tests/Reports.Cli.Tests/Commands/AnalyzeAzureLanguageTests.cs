using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Reports.Core.AzureLanguage;
using Reports.Testing.LanguageService;

namespace Reports.Cli.Tests.Commands;

/// <summary>
/// <c>analyze --analyzer azure-language</c> against <see cref="LanguageServiceFake"/> (a local HTTP server). Settings
/// are given through the CLI's settings lookup, never the process's environment.
/// </summary>
public sealed class AnalyzeAzureLanguageTests : IAsyncLifetime
{
    private const string Key = "fake-language-key-0123";

    private const string English = LanguageTestArticle.Text;

    private static readonly IReadOnlyList<string> LastThree = LanguageTestArticle.LastThree;

    private readonly TempFolder folder = new();
    private LanguageServiceFake fake = null!;

    public async Task InitializeAsync()
    {
        fake = await LanguageServiceFake.StartAsync();
        fake.RunningPolls = 0;
    }

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Analyze_AzureLanguage_LanguageAndSummaryFromTheServiceFiguresBuiltIn()
    {
        var file = folder.Write("news.txt", English);

        var run = await CliRun.InvokeAsync(Settings(), "analyze", file, "--analyzer", "azure-language");
        var builtIn = await CliRun.InvokeAsync("analyze", file);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(run.Lines));
        var root = json.RootElement;
        Assert.Equal(["source", "language", "title", "summary", "figures", "error", "analyzers"], root.EnumerateObject().Select(p => p.Name));
        var analyzers = root.GetProperty("analyzers");
        Assert.Equal("azure-language", analyzers.GetProperty("language").GetString());
        Assert.Equal("azure-language/extractive", analyzers.GetProperty("summary").GetString());
        Assert.Equal("builtin", analyzers.GetProperty("figures").GetString());
        Assert.Equal(0, analyzers.GetProperty("notes").GetArrayLength());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal(LastThree, Strings(root.GetProperty("summary")));

        using var builtInJson = JsonDocument.Parse(Assert.Single(builtIn.Lines));
        var expected = builtInJson.RootElement;
        Assert.NotEqual(LastThree, Strings(expected.GetProperty("summary")));
        Assert.NotEqual(0, expected.GetProperty("figures").GetArrayLength());
        Assert.Equal(expected.GetProperty("figures").GetRawText(), root.GetProperty("figures").GetRawText());
        Assert.Equal(expected.GetProperty("title").GetString(), root.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Analyze_AzureLanguage_TheServicesLanguageIsUsed()
    {
        fake.Detect = _ => ("vi", 0.97);
        var file = folder.Write("news.txt", English);

        var run = await CliRun.InvokeAsync(Settings(), "analyze", file, "--analyzer", "azure-language");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(run.Lines));
        Assert.Equal("vi", json.RootElement.GetProperty("language").GetString());
        Assert.Equal("azure-language", json.RootElement.GetProperty("analyzers").GetProperty("language").GetString());
        var job = Assert.Single(fake.Requests, r => r is { Method: "POST", Path: "/language/analyze-text/jobs" });
        Assert.Equal("vi", job.Json!["analysisInput"]!["documents"]![0]!["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task Analyze_AzureLanguage_SendsTheKeyAndTheApiVersion()
    {
        var file = folder.Write("news.txt", English);

        var run = await CliRun.InvokeAsync(Settings(), "analyze", file, "--analyzer", "azure-language");

        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(fake.Requests);
        Assert.All(fake.Requests, r =>
        {
            Assert.Equal(Key, r.Header("Ocp-Apim-Subscription-Key"));
            Assert.Contains("api-version=2023-04-01", r.Query, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Analyze_AzureLanguageFromTheSetting_ThirtyFilesGoInGroupsOf25()
    {
        for (var i = 0; i < 30; i++)
        {
            folder.Write($"f{i:D2}.txt", string.Create(CultureInfo.InvariantCulture, $"Attack number {i}\n\nAt least {i + 3} people were killed in town {i}. The air force said it shot down {i + 2} drones. Repairs start in week {i}."));
        }

        var settings = Settings();
        settings[AzureLanguageSettings.AnalyzerName] = "azure-language";
        var run = await CliRun.InvokeAsync(settings, "analyze", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => Path.Combine(folder.Path, $"f{i:D2}.txt")), run.Lines.Select(l => Root(l).GetProperty("source").GetString()));
        Assert.All(run.Lines, l => Assert.Equal("azure-language/extractive", Root(l).GetProperty("analyzers").GetProperty("summary").GetString()));
        Assert.All(Enumerable.Range(0, 30), i => Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"Repairs start in week {i}."),
            Strings(Root(run.Lines[i]).GetProperty("summary"))[^1]));

        // One service call per group of 25 files: a detection request and a summarization job each.
        Assert.Equal([5, 25], Documents(fake.Requests.Where(r => r is { Method: "POST", Path: "/language/:analyze-text" })));
        Assert.Equal([5, 25], Documents(fake.Requests.Where(r => r is { Method: "POST", Path: "/language/analyze-text/jobs" })));
    }

    [Fact]
    public async Task Analyze_AzureLanguage_UnreadableFilesKeepTheirErrorLines()
    {
        var good = folder.Write("a.txt", English);
        var empty = folder.Write("b.txt", string.Empty);
        var missing = Path.Combine(folder.Path, "missing.txt");

        var run = await CliRun.InvokeAsync(Settings(), "analyze", good, empty, missing, "--analyzer", "azure-language");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Lines.Count);
        Assert.Equal(LastThree, Strings(Root(run.Lines[0]).GetProperty("summary")));
        Assert.Contains("file is empty", Root(run.Lines[1]).GetProperty("error").GetString());
        Assert.Equal("path does not exist.", Root(run.Lines[2]).GetProperty("error").GetString());
        Assert.False(Root(run.Lines[1]).TryGetProperty("analyzers", out _));
        Assert.Equal(1, Documents(fake.Requests.Where(r => r is { Method: "POST", Path: "/language/:analyze-text" })).Single());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Analyze_ServiceDown_FallsBackToBuiltInWithNotes(bool closedPort)
    {
        var file = folder.Write("news.txt", English);
        var settings = Settings();
        settings[AzureLanguageSettings.BudgetName] = "2";
        if (closedPort)
        {
            settings[AzureLanguageSettings.EndpointName] = $"http://127.0.0.1:{ClosedPort()}/";
        }
        else
        {
            for (var i = 0; i < 100; i++)
            {
                fake.Enqueue(FakeResponse.Failure(503, "ServiceUnavailable", "The service is down."));
            }
        }

        var run = await CliRun.InvokeAsync(settings, "analyze", file, "--analyzer", "azure-language");
        var builtIn = await CliRun.InvokeAsync("analyze", file);

        Assert.Equal(0, run.ExitCode);
        var root = Root(Assert.Single(run.Lines));
        var expected = Root(Assert.Single(builtIn.Lines));
        Assert.Equal(Strings(expected.GetProperty("summary")), Strings(root.GetProperty("summary")));
        Assert.Equal(expected.GetProperty("figures").GetRawText(), root.GetProperty("figures").GetRawText());
        var analyzers = root.GetProperty("analyzers");
        Assert.Equal("builtin", analyzers.GetProperty("language").GetString());
        Assert.Equal("builtin", analyzers.GetProperty("summary").GetString());
        var notes = Strings(analyzers.GetProperty("notes"));
        Assert.Contains(notes, n => n.StartsWith("language: azure-language failed (", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("summary: azure-language skipped after the failure", StringComparison.Ordinal));
        Assert.Contains("warning: Azure AI Language", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_AzureLanguageTextFormat_SaysWhichAnalyzerGaveWhat()
    {
        var file = folder.Write("news.txt", English);

        var run = await CliRun.InvokeAsync(Settings(), "analyze", file, "--analyzer", "azure-language", "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nanalyzers: language azure-language, summary azure-language/extractive, figures builtin\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  3. " + LastThree[2], run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Analyze_AzureLanguageWithoutEndpoint_ExitsTwoNamingTheSetting(bool fromOption)
    {
        var file = folder.Write("news.txt", English);
        var settings = new Dictionary<string, string> { [AzureLanguageSettings.KeyName] = Key };
        if (!fromOption)
        {
            settings[AzureLanguageSettings.AnalyzerName] = "azure-language";
        }

        var run = await CliRun.InvokeAsync(settings, fromOption ? new[] { "analyze", file, "--analyzer", "azure-language" } : new[] { "analyze", file });

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("ReportsLanguage__endpoint", line, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }

    [Theory]
    [InlineData("ReportsAnalyzer", "openai", "ReportsAnalyzer")]
    [InlineData("ReportsLanguage__budgetSeconds", "soon", "ReportsLanguage__budgetSeconds")]
    [InlineData("ReportsLanguage__endpoint", "ftp://example.com", "ReportsLanguage__endpoint")]
    [InlineData("ReportsLanguage__summary", "long", "ReportsLanguage__summary")]
    public async Task Analyze_WrongSetting_ExitsTwoNamingIt(string name, string value, string named)
    {
        var file = folder.Write("news.txt", English);
        var settings = Settings();
        settings[name] = value;
        var args = name == AzureLanguageSettings.AnalyzerName ? new[] { "analyze", file } : new[] { "analyze", file, "--analyzer", "azure-language" };

        var run = await CliRun.InvokeAsync(settings, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(named, Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Analyze_BuiltIn_IgnoresMalformedServiceSettings()
    {
        var file = folder.Write("news.txt", English);
        var settings = new Dictionary<string, string> { [AzureLanguageSettings.BudgetName] = "soon", [AzureLanguageSettings.EndpointName] = "ftp://example.com" };

        var run = await CliRun.InvokeAsync(settings, "analyze", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Analyze_BuiltinOptionOverridesTheSetting()
    {
        var file = folder.Write("news.txt", English);
        var settings = new Dictionary<string, string> { [AzureLanguageSettings.AnalyzerName] = "azure-language" };

        var run = await CliRun.InvokeAsync(settings, "analyze", file, "--analyzer", "builtin");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(["source", "language", "title", "summary", "figures", "error"], Root(Assert.Single(run.Lines)).EnumerateObject().Select(p => p.Name));
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Analyze_UnknownAnalyzerOption_IsAUsageError()
    {
        var run = await CliRun.InvokeAsync("analyze", "a.txt", "--analyzer", "openai");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("openai", run.Error, StringComparison.Ordinal);
        Assert.Contains("usage: reports analyze", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheAnalyzerAndNoKeyOption()
    {
        var run = await CliRun.InvokeAsync("analyze", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--analyzer", run.Output, StringComparison.Ordinal);
        Assert.Contains("ReportsLanguage__endpoint", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--key", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_AzureLanguage_UsesTheServicesSummaries()
    {
        folder.Write("articles/news.txt", English);
        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync(Settings(), "brief", Path.Combine(folder.Path, "articles"), "-o", output, "--analyzer", "azure-language");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(output));
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal(LastThree, Strings(article.GetProperty("summary")));
        Assert.Equal("azure-language/extractive", article.GetProperty("summaryBy").GetString());
        Assert.Single(fake.Requests, r => r is { Method: "POST", Path: "/language/:analyze-text" });
    }

    [Fact]
    public async Task Brief_AzureLanguageWithoutEndpoint_ExitsTwoNamingTheSetting()
    {
        folder.Write("articles/news.txt", English);
        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync(new Dictionary<string, string>(), "brief", Path.Combine(folder.Path, "articles"), "-o", output, "--analyzer", "azure-language");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("ReportsLanguage__endpoint", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private Dictionary<string, string> Settings() => new()
    {
        [AzureLanguageSettings.EndpointName] = fake.Endpoint.AbsoluteUri,
        [AzureLanguageSettings.KeyName] = Key,
    };

    private static JsonElement Root(string line) => JsonDocument.Parse(line).RootElement;

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>The number of documents in each request, smallest first.</summary>
    private static int[] Documents(IEnumerable<RecordedRequest> requests) =>
        [.. requests.Select(r => r.Json!["analysisInput"]!["documents"]!.AsArray().Count).Order()];

    /// <summary>A loopback port nothing listens on (taken, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
