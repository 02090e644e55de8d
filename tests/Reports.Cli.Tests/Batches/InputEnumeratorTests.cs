using Reports.Cli.Batches;

namespace Reports.Cli.Tests.Batches;

public sealed class InputEnumeratorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Expand_ExplicitUnsupportedFile_IsKeptForTheReaderToReject()
    {
        var pdf = folder.Write("a.pdf", "x");

        var result = Assert.Single(InputEnumerator.Expand([pdf]));

        Assert.Equal(new BatchInput(pdf), result);
    }

    [Fact]
    public void Expand_Folder_SkipsHiddenAndWordLockFiles()
    {
        var article = folder.Write("a.txt", "x");
        folder.Write("~$draft.docx", "x");
        folder.Write(".hidden/b.txt", "x");
        folder.Write(".c.txt", "x");

        var result = InputEnumerator.Expand([folder.Path]).ToList();

        Assert.Equal([new BatchInput(article)], result);
    }

    [Fact]
    public void Expand_MissingPath_IsAnError()
    {
        var result = Assert.Single(InputEnumerator.Expand(["/no/such/place.txt"]));

        Assert.Equal("path does not exist.", result.Error);
    }
}
