using System.Text;
using System.Text.Json;

namespace Reports.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private const string English = "Drones hit the port\n\nAt least 12 people were killed on Monday. Air defence shot down 40 of 52 drones. The mayor said repairs would start soon.";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Analyze_OneFile_PrintsOneJsonObjectWithTheContractFields()
    {
        var file = folder.Write("news.txt", English);

        var run = await CliRun.InvokeAsync("analyze", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var line = Assert.Single(run.Lines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(["source", "language", "title", "summary", "figures", "error"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(file, root.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("language").ValueKind);
        Assert.Equal("Drones hit the port", root.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("summary").ValueKind);
        Assert.All(root.GetProperty("summary").EnumerateArray(), s => Assert.Equal(JsonValueKind.String, s.ValueKind));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("figures").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Analyze_Sentences_LimitsTheSummary(int sentences)
    {
        var file = folder.Write("news.txt", English);

        var run = await CliRun.InvokeAsync("analyze", file, "--sentences", sentences.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var json = JsonDocument.Parse(Assert.Single(run.Lines));
        Assert.Equal(sentences, json.RootElement.GetProperty("summary").GetArrayLength());
    }

    [Fact]
    public async Task Analyze_NonAsciiText_IsPrintedAsIs()
    {
        var file = folder.Write("vi.txt", "Tấn công bằng UAV\n\nÍt nhất 12 người thiệt mạng.");

        var run = await CliRun.InvokeAsync("analyze", file);

        Assert.Contains("Tấn công bằng UAV", run.Output);
        Assert.DoesNotContain("\\u", run.Output);
    }

    [Fact]
    public async Task Analyze_Folder_RecursesInOrdinalOrderAndSkipsUnsupported()
    {
        folder.Write("b.txt", "Second file text.");
        folder.Write("a.md", "# First\n\nFirst file text.");
        folder.Write("sub/c.html", "<p>Nested file text.</p>");
        folder.Write("sub/deeper/d.docx", TempFolder.Docx("Deep file text."));
        folder.Write("Z.txt", "Upper-case name sorts first.");
        folder.Write("notes.pdf", "not an article");
        folder.Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x00]);

        var run = await CliRun.InvokeAsync("analyze", folder.Path);

        Assert.Equal(0, run.ExitCode);
        var sources = run.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToList();
        string[] expected = ["Z.txt", "a.md", "b.txt", "sub/c.html", "sub/deeper/d.docx"];
        Assert.Equal(expected.Select(e => Path.Combine(folder.Path, e)), sources);
    }

    [Fact]
    public async Task Analyze_SeveralPaths_KeepsArgumentOrder()
    {
        var second = folder.Write("2.txt", "Second.");
        var first = folder.Write("1.txt", "First.");

        var run = await CliRun.InvokeAsync("analyze", second, first);

        Assert.Equal([second, first], run.Lines.Select(Source));
    }

    [Fact]
    public async Task Analyze_ManyFiles_PrintsAllInInputOrder()
    {
        for (var i = 0; i < 60; i++)
        {
            folder.Write($"f{i:D3}.txt", $"Article number {i}. " + string.Concat(Enumerable.Repeat("Text. ", i * 20)));
        }

        var run = await CliRun.InvokeAsync("analyze", folder.Path);

        Assert.Equal(Enumerable.Range(0, 60).Select(i => Path.Combine(folder.Path, $"f{i:D3}.txt")), run.Lines.Select(Source));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "notes.pdf", "%PDF-1.4"u8.ToArray(), "'.pdf' files are not supported" },
        { "empty.txt", [], "file is empty" },
        { "blank.md", " \n\n  \t\n"u8.ToArray(), "only whitespace" },
        { "binary.txt", [0x48, 0x49, 0x00, 0x01, 0x02, 0x00], "looks binary" },
        { "latin.txt", [0x41, 0x42, 0xC3, 0x28, 0xC0, 0xE0, 0xFF, 0xFE, 0x20, 0x43], "not valid UTF-8" },
        { "broken.docx", "PK this is not really a zip"u8.ToArray(), "docx is not a valid zip" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Analyze_BadFile_PrintsErrorLineAndExitsOne(string name, byte[] content, string expected)
    {
        var file = folder.Write(name, content);

        var run = await CliRun.InvokeAsync("analyze", file);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(run.Lines));
        var root = json.RootElement;
        Assert.Equal(file, root.GetProperty("source").GetString());
        Assert.Contains(expected, root.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("language").ValueKind);
        Assert.Equal(0, root.GetProperty("summary").GetArrayLength());
        Assert.Equal(0, root.GetProperty("figures").GetArrayLength());
    }

    [Fact]
    public async Task Analyze_FileOverMaxBytes_SaysSizeAndLimit()
    {
        var file = folder.Write("big.txt", new string('x', 3 * 1024));

        var run = await CliRun.InvokeAsync("analyze", file, "--max-bytes", "1024");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("file is 3 KB, over the 1 KB limit (--max-bytes 1024); split the file or raise the limit.", Error(run.Lines[0]));
    }

    [Fact]
    public async Task Analyze_MissingPath_PrintsErrorLineAndGoesOn()
    {
        var missing = Path.Combine(folder.Path, "missing.txt");
        var good = folder.Write("good.txt", "A good article.");

        var run = await CliRun.InvokeAsync("analyze", missing, good);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Lines.Count);
        Assert.Equal("path does not exist.", Error(run.Lines[0]));
        Assert.Null(Error(run.Lines[1]));
    }

    [Fact]
    public async Task Analyze_FolderWithoutArticles_SaysSo()
    {
        folder.Write("only.pdf", "x");

        var run = await CliRun.InvokeAsync("analyze", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("folder holds no supported files", Error(Assert.Single(run.Lines)));
    }

    [Theory]
    [InlineData(new[] { "analyze", "a.txt", "--format", "xml" }, "xml")]
    [InlineData(new[] { "analyze", "a.txt", "--sentences", "-1" }, "--sentences must be a whole number, 0 or more, not '-1'")]
    [InlineData(new[] { "analyze", "a.txt", "--sentences", "three" }, "--sentences must be a whole number, 0 or more, not 'three'")]
    [InlineData(new[] { "analyze", "a.txt", "--max-bytes", "0" }, "--max-bytes must be a positive number of bytes")]
    [InlineData(new[] { "analyze" }, "Required argument missing")]
    [InlineData(new[] { "analyse", "a.txt" }, "analyse")]
    [InlineData(new string[0], "Required command")]
    public async Task Run_UsageError_ExitsTwoWithMessageOnStderr(string[] args, string expected)
    {
        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(expected, run.Error);
        Assert.Contains("usage: reports analyze", run.Error);
    }

    [Fact]
    public async Task Run_Help_ExitsZeroAndListsOptions()
    {
        var run = await CliRun.InvokeAsync("analyze", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--format", run.Output);
        Assert.Contains("--sentences", run.Output);
        Assert.Contains("--max-bytes", run.Output);
    }

    [Fact]
    public async Task Analyze_TextFormat_PrintsHeaderLanguageTitleAndSummary()
    {
        var file = folder.Write("news.md", "# Drones hit the port\n\nAt least 12 people were killed on Monday. Air defence shot down 40 of 52 drones.");
        var missing = Path.Combine(folder.Path, "gone.txt");

        var run = await CliRun.InvokeAsync("analyze", file, missing, "--format", "text", "--sentences", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"== {file}\nlanguage: ", run.Output);
        Assert.Contains("\ntitle: Drones hit the port\n", run.Output);
        Assert.Contains("\nsummary:\n  1. ", run.Output);
        Assert.DoesNotContain("\n  2. ", run.Output);
        Assert.Contains($"== {missing}\nerror: path does not exist.\n", run.Output);
        Assert.DoesNotContain("{", run.Output);
    }

    [SharedFact]
    public async Task Analyze_SeedFolder_ReadsEverySeedWithoutError()
    {
        var seeds = SharedData.File("seeds");

        var run = await CliRun.InvokeAsync("analyze", seeds);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Directory.GetFiles(seeds, "*.txt").Length, run.Lines.Count);
        Assert.All(run.Lines, l => Assert.Null(Error(l)));
        Assert.All(run.Lines.SelectMany(ReadableTexts), t => Assert.DoesNotMatch(@"\p{L}_\p{L}", t));
    }

    /// <summary>What a person reads: title, summary sentences and evidence (not the snake_case field values).</summary>
    private static IEnumerable<string> ReadableTexts(string line)
    {
        var root = JsonDocument.Parse(line).RootElement;
        yield return root.GetProperty("title").GetString() ?? "";
        foreach (var s in root.GetProperty("summary").EnumerateArray())
        {
            yield return s.GetString() ?? "";
        }

        foreach (var f in root.GetProperty("figures").EnumerateArray())
        {
            yield return f.GetProperty("evidence").GetString() ?? "";
        }
    }

    private static string? Source(string line) => JsonDocument.Parse(line).RootElement.GetProperty("source").GetString();

    private static string? Error(string line) => JsonDocument.Parse(line).RootElement.GetProperty("error").GetString();
}
