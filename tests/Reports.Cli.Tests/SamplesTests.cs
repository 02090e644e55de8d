using System.Text.Json;

namespace Reports.Cli.Tests;

public sealed class SamplesTests
{
    private static readonly string Articles = Path.Combine(RepoPaths.Root, "samples", "articles");

    [Fact]
    public async Task Analyze_SampleArticles_ReadsEveryOneWithATitle()
    {
        var run = await CliRun.InvokeAsync("analyze", Articles);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Directory.GetFiles(Articles).Length, run.Lines.Count);
        Assert.InRange(run.Lines.Count, 6, 8);
        foreach (var line in run.Lines)
        {
            var root = JsonDocument.Parse(line).RootElement;
            Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        }
    }

    [Fact]
    public async Task Analyze_HtmlSample_HidesScriptsAndAds()
    {
        var run = await CliRun.InvokeAsync("analyze", Path.Combine(Articles, "en-port-strike.html"), "--format", "text", "--sentences", "10");

        Assert.Contains("title: At least 12 killed as missiles and drones hit port city", run.Output);
        Assert.DoesNotContain("analytics", run.Output);
        Assert.DoesNotContain("Advertisement", run.Output);
        Assert.DoesNotContain("font-family", run.Output);
    }
}
