using Reports.Core.Storage;
using Reports.Testing;

namespace Reports.Core.Tests.Storage;

/// <summary>The contract on the filesystem store, plus what only the filesystem can show.</summary>
public sealed class FileSystemBlobStoreTests : BlobStoreContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 27, 10, 0, 0, TimeSpan.Zero);

    private readonly TempFolder folder = new("reports-fs-store");
    private readonly ManualTimeProvider clock = new(Start);
    private readonly FileSystemBlobStore sut;

    public FileSystemBlobStoreTests()
    {
        sut = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = false }, clock);
    }

    protected override IBlobStore Store => sut;

    [Fact]
    public async Task PutAsync_LastModified_ComesFromTheTimeProvider()
    {
        await sut.EnsureContainerAsync(Container, Token);
        clock.Advance(TimeSpan.FromMinutes(5));

        var put = await sut.PutAsync(Container, "t.txt", Bytes("t"), BlobWriteOptions.Overwrite, Token);

        Assert.Equal(Start.AddMinutes(5), put.LastModified);
        Assert.Equal(Start.AddMinutes(5), (await sut.GetPropertiesAsync(Container, "t.txt", Token))!.LastModified);
    }

    [Fact]
    public async Task PutAsync_BlobName_MapsToSubfoldersUnderTheContainer()
    {
        await sut.EnsureContainerAsync(Container, Token);

        await sut.PutAsync(Container, "analyses/2025/03/27/a.json", Bytes("{}"), BlobWriteOptions.Overwrite, Token);

        Assert.True(File.Exists(Path.Combine(folder.Path, Container, "analyses", "2025", "03", "27", "a.json.blob")));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, Container), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task PutAsync_BlobAndFolderOfTheSameName_CoExist()
    {
        await sut.EnsureContainerAsync(Container, Token);

        await sut.PutAsync(Container, "a", Bytes("file"), BlobWriteOptions.Overwrite, Token);
        await sut.PutAsync(Container, "a/b", Bytes("below"), BlobWriteOptions.Overwrite, Token);
        await sut.PutAsync(Container, "a.blob", Bytes("suffix-like"), BlobWriteOptions.Overwrite, Token);

        Assert.Equal("file", Text((await sut.GetAsync(Container, "a", Token))!.Content));
        Assert.Equal("below", Text((await sut.GetAsync(Container, "a/b", Token))!.Content));
        Assert.Equal(["a", "a.blob", "a/b"], (await ListAsync(null)).Select(b => b.Name));
    }

    [Fact]
    public async Task PutAsync_FolderSegmentEndingWithTheFileSuffix_IsRejected()
    {
        await sut.EnsureContainerAsync(Container, Token);
        await sut.PutAsync(Container, "x", Bytes("x"), BlobWriteOptions.Overwrite, Token);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            sut.PutAsync(Container, "x.blob/y", Bytes("y"), BlobWriteOptions.Overwrite, Token));

        Assert.Contains("folder segment ending with '.blob'", error.Message, StringComparison.Ordinal);
        Assert.Equal("x", Text((await sut.GetAsync(Container, "x", Token))!.Content));
    }

    [Fact]
    public async Task PutAsync_MissingContainer_ThrowsInvalidOperation()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            sut.PutAsync(Container, "x", Bytes("x"), BlobWriteOptions.Overwrite, Token));

        Assert.Contains("EnsureContainerAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_LeftoverTempFileFromACrash_IsIgnored()
    {
        await sut.EnsureContainerAsync(Container, Token);
        await sut.PutAsync(Container, "x/y.txt", Bytes("y"), BlobWriteOptions.Overwrite, Token);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, Container, "x", ".0123456789abcdef.tmp"), "half a write", Token);

        Assert.Equal(["x/y.txt"], (await ListAsync(null)).Select(b => b.Name));
        Assert.Equal("y", Text((await sut.GetAsync(Container, "x/y.txt", Token))!.Content));
    }

    [Fact]
    public async Task ListAsync_Prefix_NeverReadsFoldersThatCannotMatch()
    {
        await sut.EnsureContainerAsync(Container, Token);
        await sut.PutAsync(Container, "analyses/2025/03/27/a.json", Bytes("a"), BlobWriteOptions.Overwrite, Token);
        await sut.PutAsync(Container, "analyses/2025/03/28/b.json", Bytes("b"), BlobWriteOptions.Overwrite, Token);
        // A corrupt blob in a sibling folder: reading it would throw.
        var sibling = Path.Combine(folder.Path, Container, "analyses", "2025", "03", "28", "broken.json.blob");
        await File.WriteAllTextAsync(sibling, "not a blob file", Token);

        Assert.Equal(["analyses/2025/03/27/a.json"], (await ListAsync("analyses/2025/03/27/")).Select(b => b.Name));
        await Assert.ThrowsAsync<InvalidDataException>(() => ListAsync("analyses/2025/03/28/"));
    }

    [Fact]
    public async Task PutAsync_TwoStoresOnOneFolderRacingToCreate_ExactlyOneWins()
    {
        var other = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = false }, clock);
        await sut.EnsureContainerAsync(Container, Token);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var store = i % 2 == 0 ? sut : other;
            try
            {
                await store.PutAsync(Container, "receipt", Bytes($"{i}"), BlobWriteOptions.CreateOnly, Token);
                return true;
            }
            catch (BlobConditionFailedException)
            {
                return false;
            }
        })));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task DeleteAsync_LastBlobInAFolder_RemovesTheEmptyFolders()
    {
        await sut.EnsureContainerAsync(Container, Token);
        await sut.PutAsync(Container, "x/y/z.txt", Bytes("z"), BlobWriteOptions.Overwrite, Token);

        await sut.DeleteAsync(Container, "x/y/z.txt", Token);

        Assert.False(Directory.Exists(Path.Combine(folder.Path, Container, "x")));
        Assert.True(Directory.Exists(Path.Combine(folder.Path, Container)));
    }

    [Fact]
    public async Task PutAndDelete_RacingInOneFolder_NeverFail()
    {
        await sut.EnsureContainerAsync(Container, Token);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var round = 0; round < 30; round++)
            {
                var name = $"race/{round % 3}/w{writer}.txt";
                await sut.PutAsync(Container, name, Bytes("x"), BlobWriteOptions.Overwrite, Token);
                Assert.True(await sut.DeleteAsync(Container, name, Token));
            }
        })));

        Assert.Empty(await ListAsync(null));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, Container), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task GetAsync_TruncatedFile_ThrowsInvalidData()
    {
        await sut.EnsureContainerAsync(Container, Token);
        await sut.PutAsync(Container, "t.txt", Bytes("some content"), BlobWriteOptions.Overwrite, Token);
        var path = Path.Combine(folder.Path, Container, "t.txt.blob");
        await using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(file.Length - 3);
        }

        await Assert.ThrowsAsync<InvalidDataException>(() => sut.GetAsync(Container, "t.txt", Token));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            folder.Dispose();
        }

        base.Dispose(disposing);
    }
}
