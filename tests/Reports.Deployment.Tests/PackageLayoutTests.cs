using System.IO.Compression;
using System.Text.Json;

namespace Reports.Deployment.Tests;

/// <summary>
/// The folder and zip scripts/publish.sh makes are a .NET isolated worker app for Flex Consumption (runtime
/// dotnet-isolated): host.json, worker.config.json, functions.metadata (written by the Worker SDK from the functions'
/// attributes) and the host's extensions in .azurefunctions/.
/// </summary>
public sealed class PackageLayoutTests(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    /// <summary>Every HTTP function: name → (authLevel, methods, route).</summary>
    private static readonly Dictionary<string, (string AuthLevel, string[] Methods, string Route)> HttpFunctions = new(StringComparer.Ordinal)
    {
        ["AdhocReport"] = ("Function", ["get"], "reports"),
        ["App"] = ("Anonymous", ["get"], "app/{*path}"),
        ["DeleteSubscriber"] = ("Function", ["delete"], "subscribers/{id}"),
        ["GetArticle"] = ("Function", ["get"], "articles/{id}"),
        ["Health"] = ("Anonymous", ["get"], "health"),
        ["ListArticles"] = ("Function", ["get"], "articles"),
        ["Subscribers"] = ("Function", ["get", "post"], "subscribers"),
        ["Unsubscribe"] = ("Anonymous", ["get", "post"], "unsubscribe"),
        ["UploadArticle"] = ("Function", ["post"], "articles"),
    };

    [Fact]
    public void Publish_Succeeds()
    {
        Assert.True(package.ExitCode == 0, package.Output);
        Assert.True(File.Exists(package.ZipPath), package.Output);
    }

    [Fact]
    public void HostJson_IsAtTheRoot_ForTheIsolatedWorker()
    {
        using var host = Json("host.json");

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.False(host.RootElement.TryGetProperty("customHandler", out _), "host.json still describes a custom handler");
        Assert.Equal("api", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void WorkerConfig_StartsTheAppsAssemblyWithDotnet()
    {
        using var config = Json("worker.config.json");
        var description = config.RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("dotnet", description.GetProperty("defaultExecutablePath").GetString());
        var worker = description.GetProperty("defaultWorkerPath").GetString()!;
        Assert.Equal("Reports.Functions.dll", worker);
        Assert.True(File.Exists(Path.Combine(package.Folder, worker)), $"{worker} is not in the package");
    }

    [Fact]
    public void Extensions_ForTheBlobTriggerAndTheMetadataLoader_AreInThePackage()
    {
        var folder = Path.Combine(package.Folder, ".azurefunctions");
        Assert.True(Directory.Exists(folder), ".azurefunctions is missing");
        using var extensions = Json("extensions.json");
        var hints = extensions.RootElement.GetProperty("extensions").EnumerateArray()
            .Select(e => e.GetProperty("hintPath").GetString()!)
            .ToList();

        Assert.Contains(hints, h => h.EndsWith("Microsoft.Azure.WebJobs.Extensions.Storage.Blobs.dll", StringComparison.Ordinal));
        Assert.Contains(hints, h => h.EndsWith("Microsoft.Azure.WebJobs.Extensions.FunctionMetadataLoader.dll", StringComparison.Ordinal));
        Assert.All(hints, h => Assert.True(File.Exists(Path.Combine(package.Folder, h)), $"extensions.json names {h}, which is not in the package"));
    }

    [Fact]
    public void FunctionsMetadata_ListsEveryFunctionOfTheApp_InTheAppsAssembly()
    {
        var functions = Functions();

        Assert.Equal(
            HttpFunctions.Keys.Append("AnalyzeArticle").Append("DailyBriefing").Order(StringComparer.Ordinal),
            functions.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, function) in functions)
        {
            Assert.Equal("dotnet-isolated", function.GetProperty("language").GetString());
            Assert.Equal("Reports.Functions.dll", function.GetProperty("scriptFile").GetString());
            Assert.StartsWith("Reports.Functions.", function.GetProperty("entryPoint").GetString(), StringComparison.Ordinal);
            Assert.Single(Bindings(function), b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            Assert.All(Bindings(function), b => Assert.False(string.IsNullOrEmpty(b.GetProperty("name").GetString()), $"{name}: a binding has no name"));
        }
    }

    [Fact]
    public void HttpFunctions_HaveTheirRouteMethodsAndAuthLevel_AndAnHttpOutput()
    {
        var functions = Functions();
        foreach (var (name, (authLevel, methods, route)) in HttpFunctions)
        {
            var bindings = Bindings(functions[name]);
            var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.Equal(route, trigger.GetProperty("route").GetString());
            Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
            Assert.Equal(methods, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToArray());
            Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "Out");
        }
    }

    [Fact]
    public void BlobTrigger_ReadsArticles_FromEventGrid_WithTheStorageConnection()
    {
        var trigger = Assert.Single(Bindings(Functions()["AnalyzeArticle"]));

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("In", trigger.GetProperty("direction").GetString());
        Assert.Equal("articles/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("ReportsStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void TimerTrigger_ReadsItsScheduleFromASetting()
    {
        var timer = Assert.Single(Bindings(Functions()["DailyBriefing"]));

        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        Assert.Equal("%ReportsBriefingSchedule%", timer.GetProperty("schedule").GetString());
    }

    [Fact]
    public void Package_HasNoCustomHandlerLeftovers()
    {
        var packaged = Directory.EnumerateFiles(package.Folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName);
        var source = Directory.EnumerateFiles(RepoPaths.Combine("functions", "Reports.Functions"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.DoesNotContain("function.json", packaged);
        Assert.DoesNotContain("function.json", source);
    }

    [Fact]
    public void Zip_HasTheWorkerFilesAtTheRoot_AndTheExtensions()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);

        foreach (var entry in new[] { "host.json", "worker.config.json", "functions.metadata", "extensions.json", "Reports.Functions.dll", "webapp/index.html", "webapp/app.js", ".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Blobs.dll" })
        {
            Assert.True(zip.GetEntry(entry) is not null, $"{entry} is not in the zip");
        }
    }

    private JsonDocument Json(string file)
    {
        var path = Path.Combine(package.Folder, file);
        Assert.True(File.Exists(path), $"{file} is not at the package root");
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    private Dictionary<string, JsonElement> Functions()
    {
        using var metadata = Json("functions.metadata");
        return metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone(), StringComparer.Ordinal);
    }

    private static List<JsonElement> Bindings(JsonElement function) =>
        [.. function.GetProperty("bindings").EnumerateArray()];
}
