using System.Diagnostics;
using System.Text.Json;
using Reports.Core.Storage;
using Reports.Functions.Tests.Articles;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.EndToEnd;

/// <summary>
/// The README's example: the samples uploaded through the API and the year's report asked for give the same totals
/// and events as the CLI's <c>reports brief samples/articles</c> (the real CLI, run as a process), and in each the
/// totals are the sums of the counted events listed under them.
/// </summary>
public sealed class ReadmeExampleTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new("reports-readme-example");

    [Fact]
    public async Task SamplesThroughTheApi_SameTotalsAndEventsAsTheCli()
    {
        var root = RepoPaths.Root;
        var samples = Directory.GetFiles(Path.Combine(root, "samples", "articles")).Order(StringComparer.Ordinal).ToArray();
        Assert.True(samples.Length >= 5, "the samples folder holds the quick start's articles");

        IBlobStore store = ReportsApp.FileStore(Path.Combine(_folder.Path, "data"));
        await using var app = new ReportsApp(store);
        using var client = app.CreateKeyedClient();
        var ids = new List<string>();
        foreach (var file in samples)
        {
            ids.Add(await ArticleApiTests.IdOfAsync(await ArticleApiTests.UploadAsync(client, Path.GetFileName(file), await File.ReadAllBytesAsync(file))));
        }

        foreach (var id in ids)
        {
            await WaitAnalysedAsync(client, id);
        }

        using var response = await client.GetAsync(new Uri("/api/reports?from=2026-01-01&to=2026-12-31&format=json", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var api = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var cli = await CliBriefAsync(root, Path.Combine(root, "samples", "articles"));

        var fromApi = Summary(api.RootElement);
        var fromCli = Summary(cli.RootElement);
        Assert.NotEmpty(fromApi.Totals);
        Assert.Equal(fromCli.Totals, fromApi.Totals);
        Assert.Equal(fromCli.Events, fromApi.Events);
        AssertTotalsAreSumsOfCountedEvents(api.RootElement);
        AssertTotalsAreSumsOfCountedEvents(cli.RootElement);
    }

    private static (List<string> Totals, List<string> Events) Summary(JsonElement briefing) =>
        ([.. briefing.GetProperty("totals").EnumerateArray().Select(t => $"{t.GetProperty("kind").GetString()} {t.GetProperty("headline").GetInt64()} ({t.GetProperty("events").GetInt32()} events)")],
         [.. briefing.GetProperty("events").EnumerateArray().Select(e => $"{e.GetProperty("day").GetString()} {e.GetProperty("kind").GetString()} {e.GetProperty("headline").GetInt64()} {(e.TryGetProperty("place", out var p) ? p.ToString() : "")} counted={e.GetProperty("counted").GetBoolean()}").Order(StringComparer.Ordinal)]);

    private static void AssertTotalsAreSumsOfCountedEvents(JsonElement briefing)
    {
        var counted = briefing.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("counted").GetBoolean()).ToList();
        foreach (var total in briefing.GetProperty("totals").EnumerateArray())
        {
            var kind = total.GetProperty("kind").GetString();
            var ofKind = counted.Where(e => e.GetProperty("kind").GetString() == kind).ToList();
            Assert.Equal(ofKind.Sum(e => e.GetProperty("headline").GetInt64()), total.GetProperty("headline").GetInt64());
            Assert.Equal(ofKind.Count, total.GetProperty("events").GetInt32());
        }
    }

    private static async Task WaitAnalysedAsync(HttpClient client, string id)
    {
        string? status = null;
        await StoreContents.WaitUntilAsync(
            async () =>
            {
                using var response = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative));
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                status = body.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
                return status is "analyzed" or "rejected";
            },
            Patience,
            $"article {id} to be analysed");
        Assert.Equal("analyzed", status);
    }

    /// <summary>Runs the built CLI (<c>reports.dll</c> of the same configuration) as the README does.</summary>
    private async Task<JsonDocument> CliBriefAsync(string root, string articles)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<configuration>/net10.0
        var cli = Path.Combine(root, "functions", "Reports.Cli", "bin", configuration, "net10.0", "reports.dll");
        Assert.True(File.Exists(cli), $"the CLI is built at {cli}");
        var output = Path.Combine(_folder.Path, "cli.json");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var arg in new[] { cli, "brief", articles, "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json", "-o", output })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"reports brief exited {process.ExitCode}: {await stderr} {await stdout}");
        return JsonDocument.Parse(await File.ReadAllBytesAsync(output));
    }

    public void Dispose() => _folder.Dispose();
}
