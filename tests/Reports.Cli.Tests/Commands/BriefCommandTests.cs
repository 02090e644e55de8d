using System.Text;
using System.Text.Json;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;
using Reports.Core.Storage;

namespace Reports.Cli.Tests.Commands;

public sealed class BriefCommandTests : IDisposable
{
    private const string OutletA = "Drones hit the port\n\nKYIV, 2025-03-27 – At least 12 people were killed on Monday. Air defence shot down 40 of 52 drones.";
    private const string OutletB = "Port attacked overnight\n\nKYIV, March 27, 2025 – Twelve people were killed, officials said. Air defence shot down 40 of 52 drones.";
    private const string NextDay = "Second strike\n\nKYIV, 2025-03-28 – Five people were killed in a new drone attack.";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Brief_SampleArticles_WritesHtml()
    {
        var output = Path.Combine(folder.Path, "briefing.html");

        var run = await CliRun.InvokeAsync("brief", Samples(), "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith($"{output}: html, ", run.Output);
        var html = await File.ReadAllTextAsync(output);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal(Directory.GetFiles(Samples()).Length, html.Split("<article class=\"doc\"").Length - 1);
        Assert.Contains("dir=\"rtl\"", html);
    }

    [Fact]
    public async Task Brief_TwoOutletsSameDay_CountsTheEventOnce()
    {
        WriteArticles();
        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "-o", output);

        Assert.Equal(0, run.ExitCode);
        var root = await ReadJsonAsync(output);
        Assert.Equal("2025-03-27", root.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2025-03-28", root.GetProperty("period").GetProperty("to").GetString());
        Assert.Equal(12 + 5, Total(root, "killed"));
        Assert.Equal(40, Total(root, "drones_downed"));
        var merged = root.GetProperty("events").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "drones_downed");
        Assert.Equal(2, merged.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Brief_FromToLanguageKind_Filter()
    {
        WriteArticles();
        folder.Write("articles/vi.txt", "Tấn công bằng UAV\n\nHà Nội, ngày 27/3/2025 – Ít nhất 7 người thiệt mạng.");
        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "--from", "2025-03-27", "--to", "2025-03-27", "--language", "en", "--kind", "killed", "-o", output);

        Assert.Equal(0, run.ExitCode);
        var root = await ReadJsonAsync(output);
        Assert.Equal(12, Total(root, "killed"));
        Assert.Equal(["killed"], root.GetProperty("totals").EnumerateArray().Select(t => t.GetProperty("kind").GetString()));
        Assert.Equal(2, root.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task Brief_Place_KeepsOnlyTheFiguresThereAndNamesIt()
    {
        folder.Write("articles/kh.txt", "Strike on Kharkiv\n\nKHARKIV, 2025-03-27 – At least 7 people were killed in Kharkiv on Thursday.");
        folder.Write("articles/od.txt", "Strike on Odesa\n\nODESA, 2025-03-27 – Four people were killed in Odesa on Thursday.");
        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "--place", "Харків", "-o", output);

        Assert.Equal(0, run.ExitCode);
        var root = await ReadJsonAsync(output);
        Assert.Equal(7, Total(root, "killed"));
        Assert.Equal(1, root.GetProperty("articles").GetArrayLength());
        Assert.Equal(["Харків"], root.GetProperty("filters").GetProperty("places").EnumerateArray().Select(p => p.GetString()));

        run = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "--place", "Kharkiv, odesa", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(7 + 4, Total(await ReadJsonAsync(output), "killed"));
    }

    [Fact]
    public async Task Brief_ArticleWithoutDate_IsFiledUnderItsFilesDate()
    {
        var file = folder.Write("articles/nodate.txt", "Drones hit the port\n\nAt least 12 people were killed.");
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 7, 1, 23, 30, 0, DateTimeKind.Utc));
        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "-o", output);

        Assert.Equal(0, run.ExitCode);
        var root = await ReadJsonAsync(output);
        Assert.Equal("2024-07-01", root.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2024-07-01", root.GetProperty("articles")[0].GetProperty("day").GetString());
    }

    [Fact]
    public async Task Brief_OutputInsideTheArticlesFolder_IsNotReadAsAnArticle()
    {
        WriteArticles();
        var output = Path.Combine(folder.Path, "articles", "briefing.html");

        var first = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "-o", output);
        var second = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "-o", output);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Contains(", 3 articles,", second.Output);
    }

    [Fact]
    public async Task Brief_CsvByExtension_WritesBomAndRows()
    {
        WriteArticles();
        var output = Path.Combine(folder.Path, "out.csv");

        var run = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "-o", output);

        Assert.Equal(0, run.ExitCode);
        var bytes = await File.ReadAllBytesAsync(output);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("day,kind,headline", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public async Task Brief_DataFolder_ReadsStoredAnalyses()
    {
        var data = Path.Combine(folder.Path, "data");
        var store = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = data, FlushToDisk = false });
        await store.EnsureContainerAsync(AnalysisRepository.Container, CancellationToken.None);
        var day = new DateOnly(2025, 3, 27);
        foreach (var (id, value, d) in new[] { ("a1", 12L, day), ("b2", 12L, day), ("c3", 5L, day.AddDays(1)), ("d4", 99L, day.AddDays(30)) })
        {
            var figure = Figure.Create(FigureKind.Killed, value, Qualifier.Exact, FigureScope.Event, $"{value} killed.", 0, 2);
            var analysis = new StoredAnalysis(id, $"{id}.txt", "en", $"Title {id}", [], [figure], d, new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            await store.PutAsync(AnalysisRepository.Container, AnalysisRepository.NameOf(d, id), StoredAnalysisJson.Serialize(analysis), BlobWriteOptions.Overwrite, CancellationToken.None);
        }

        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync("brief", data, "--from", "2025-03-27", "--to", "2025-03-28", "-o", output);

        Assert.Equal(0, run.ExitCode);
        var root = await ReadJsonAsync(output);
        Assert.Equal(12 + 5, Total(root, "killed"));
        Assert.Equal(3, root.GetProperty("articles").GetArrayLength());

        var whole = await CliRun.InvokeAsync("brief", data, "-o", output);

        Assert.Equal(0, whole.ExitCode);
        Assert.Equal(12 + 5 + 99, Total(await ReadJsonAsync(output), "killed"));
    }

    [Fact]
    public async Task Brief_FailedInput_WarnsWritesAndExitsOne()
    {
        WriteArticles();
        folder.Write("articles/empty.txt", string.Empty);
        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning: ", run.Error);
        Assert.Contains("empty.txt: file is empty", run.Error);
        Assert.True(File.Exists(output));
    }

    [Theory]
    [InlineData(".pdf", null)]
    [InlineData(".bin", null)]
    [InlineData(".html", "pdf")]
    public async Task Brief_PdfWithoutPdfRenderer_SaysItIsNotAvailable(string extension, string? format)
    {
        WriteArticles();
        var output = Path.Combine(folder.Path, "out" + extension);
        string[] args = ["brief", Path.Combine(folder.Path, "articles"), "-o", output, .. format is null ? Array.Empty<string>() : ["--format", format]];

        var run = await CliRun.InvokeAsync(new BriefingRenderers(BriefingRenderers.BuiltIn), TimeProvider.System, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pdf renderer not available in this build", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Brief_RegisteredRenderer_IsUsedForItsFormat()
    {
        WriteArticles();
        var output = Path.Combine(folder.Path, "out.pdf");
        var renderers = new BriefingRenderers([.. BriefingRenderers.BuiltIn, new FakePdfRenderer()]);

        var run = await CliRun.InvokeAsync(renderers, TimeProvider.System, "brief", Path.Combine(folder.Path, "articles"), "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("%PDF-fake", await File.ReadAllTextAsync(output));
    }

    [Theory]
    [InlineData(new[] { "--from", "2025-03-28", "--to", "2025-03-27" }, "--from 2025-03-28 is after --to 2025-03-27")]
    [InlineData(new[] { "--from", "2024-01-01", "--to", "2025-03-27" }, "over the 366-day limit")]
    [InlineData(new[] { "--from", "27/3/2025" }, "--from must be a date as yyyy-MM-dd, not '27/3/2025'")]
    [InlineData(new[] { "--kind", "tanks" }, "Unknown kind 'tanks'; use one of killed, injured")]
    [InlineData(new[] { "--language", "persian" }, "--language must be an ISO 639-1 code")]
    [InlineData(new[] { "--format", "docx" }, "docx")]
    public async Task Brief_BadOption_ExitsTwoWithMessage(string[] options, string expected)
    {
        WriteArticles();
        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync(["brief", Path.Combine(folder.Path, "articles"), "-o", output, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(expected, run.Error);
        Assert.Contains("usage: reports brief", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Brief_NoOutput_ExitsTwo()
    {
        var run = await CliRun.InvokeAsync("brief", Samples());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", run.Error);
    }

    [Fact]
    public async Task Brief_MissingInputOrOutputFolder_ExitsTwo()
    {
        var missing = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "nope"), "-o", Path.Combine(folder.Path, "out.json"));
        var noFolder = await CliRun.InvokeAsync("brief", Samples(), "-o", Path.Combine(folder.Path, "nope", "out.json"));

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("path does not exist", missing.Error);
        Assert.Equal(2, noFolder.ExitCode);
        Assert.Contains("does not exist", noFolder.Error);
    }

    [Fact]
    public async Task Brief_InputSpanOverTheLimit_AsksForAPeriod()
    {
        folder.Write("articles/old.txt", "Old\n\nKYIV, 2023-01-05 – Two people were killed.");
        WriteArticles();
        var output = Path.Combine(folder.Path, "out.json");

        var run = await CliRun.InvokeAsync("brief", Path.Combine(folder.Path, "articles"), "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("over the 366-day limit; pick a shorter period with --from and --to", run.Error);
        Assert.False(File.Exists(output));
    }

    private void WriteArticles()
    {
        folder.Write("articles/a.txt", OutletA);
        folder.Write("articles/b.md", "# " + OutletB);
        folder.Write("articles/c.txt", NextDay);
    }

    private static long Total(JsonElement root, string kind) =>
        root.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == kind).GetProperty("headline").GetInt64();

    private static async Task<JsonElement> ReadJsonAsync(string path)
    {
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        return json.RootElement.Clone();
    }

    private static string Samples() => RepoPaths.Combine("samples", "articles");

    private sealed class FakePdfRenderer : IBriefingRenderer
    {
        public string Format => "pdf";

        public string ContentType => "application/pdf";

        public Task RenderAsync(Briefing briefing, Stream output, CancellationToken cancellationToken) =>
            output.WriteAsync("%PDF-fake"u8.ToArray(), cancellationToken).AsTask();
    }
}
