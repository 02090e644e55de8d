using System.IO.Compression;
using System.Text.Json;

namespace Reports.Deployment.Tests;

/// <summary>The folder and zip scripts/publish.sh makes are a valid Functions app for Flex Consumption.</summary>
public sealed class PackageLayoutTests(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    private static readonly string[] HttpFunctions =
        ["AdhocReport", "DeleteSubscriber", "GetArticle", "Health", "ListArticles", "Subscribers", "Unsubscribe", "UploadArticle"];

    [Fact]
    public void Publish_Succeeds()
    {
        Assert.True(package.ExitCode == 0, package.Output);
        Assert.True(File.Exists(package.ZipPath), package.Output);
    }

    [Fact]
    public void HostJson_IsAtTheRoot_AndNamesAnExecutableThatExists()
    {
        var exe = DefaultExecutablePath(Path.Combine(package.Folder, "host.json"));
        var path = Path.Combine(package.Folder, exe);
        Assert.True(File.Exists(path), $"host.json names {exe}, which is not in the package");
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{exe} is not executable");
        }
    }

    [Fact]
    public void EveryFunctionFolderOfTheRepository_IsInThePackage()
    {
        var source = RepoPaths.Combine("functions", "Reports.Functions");
        var expected = Directory.EnumerateFiles(source, "function.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f)!))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, PackagedFunctions().Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(10, expected.Length);
    }

    [Fact]
    public void EveryFunctionJson_HasBindingsWithTypeDirectionAndName()
    {
        foreach (var function in PackagedFunctions())
        {
            var bindings = Bindings(function);
            Assert.NotEmpty(bindings);
            foreach (var binding in bindings)
            {
                foreach (var property in new[] { "type", "direction", "name" })
                {
                    Assert.True(
                        binding.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0,
                        $"{function}: a binding has no {property}");
                }

                Assert.Contains(binding.GetProperty("direction").GetString(), new[] { "in", "out", "inout" });
            }

            Assert.Single(bindings, b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void BlobTrigger_ReadsArticlesAsBinary_FromEventGrid()
    {
        var trigger = Assert.Single(Bindings("AnalyzeArticle"));
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("articles/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("binary", trigger.GetProperty("dataType").GetString());
        Assert.Equal("ReportsStorage", trigger.GetProperty("connection").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
    }

    [Fact]
    public void RepositoryBlobTrigger_KeepsThePollingDefault()
    {
        var path = RepoPaths.Combine("functions", "Reports.Functions", "AnalyzeArticle", "function.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.False(doc.RootElement.GetProperty("bindings")[0].TryGetProperty("source", out _));
    }

    [Fact]
    public void HttpFunctions_HaveARouteAndAnHttpOutput()
    {
        foreach (var function in HttpFunctions)
        {
            var bindings = Bindings(function);
            var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.False(string.IsNullOrWhiteSpace(trigger.GetProperty("route").GetString()), $"{function} has no route");
            Assert.Contains(trigger.GetProperty("authLevel").GetString(), new[] { "anonymous", "function" });
            Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
        }
    }

    [Fact]
    public void TimerTrigger_ReadsItsScheduleFromASetting()
    {
        var timer = Assert.Single(Bindings("DailyBriefing"));
        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        Assert.Equal("%ReportsBriefingSchedule%", timer.GetProperty("schedule").GetString());
    }

    [Fact]
    public void Zip_HasHostJsonAtTheRoot_AndKeepsTheExecutableBit()
    {
        var exe = DefaultExecutablePath(Path.Combine(package.Folder, "host.json"));
        using var zip = ZipFile.OpenRead(package.ZipPath);
        Assert.NotNull(zip.GetEntry("host.json"));
        Assert.NotNull(zip.GetEntry("AnalyzeArticle/function.json"));
        var entry = zip.GetEntry(exe);
        Assert.NotNull(entry);
        var unixMode = (entry.ExternalAttributes >> 16) & 0x1FF;
        Assert.True((unixMode & 0x40) != 0, $"{exe} in the zip has mode {Convert.ToString(unixMode, 8)}: not executable");
    }

    private IEnumerable<string> PackagedFunctions() =>
        Directory.EnumerateDirectories(package.Folder)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(Path.GetFileName)
            .Select(n => n!);

    private List<JsonElement> Bindings(string function)
    {
        var path = Path.Combine(package.Folder, function, "function.json");
        Assert.True(File.Exists(path), $"{function}/function.json is missing");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.True(doc.RootElement.TryGetProperty("bindings", out var bindings) && bindings.ValueKind == JsonValueKind.Array,
            $"{function}/function.json has no bindings array");
        return bindings.EnumerateArray().Select(b => b.Clone()).ToList();
    }

    private static string DefaultExecutablePath(string hostJson)
    {
        Assert.True(File.Exists(hostJson), "host.json is not at the package root");
        using var doc = JsonDocument.Parse(File.ReadAllText(hostJson));
        var exe = doc.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString();
        Assert.False(string.IsNullOrWhiteSpace(exe));
        return exe;
    }
}
