using System.Text;
using Reports.Core.Storage;
using Reports.Testing;

namespace Reports.Core.Tests.Storage;

/// <summary>
/// What every <see cref="IBlobStore"/> must do, run once per implementation by the subclasses. Each test works in
/// its own fresh container. Stores must list in pages of <see cref="ListPageSize"/> so paging is exercised.
/// </summary>
public abstract class BlobStoreContractTests : IDisposable
{
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    /// <summary>The page size the subclass gives its store, when the store pages.</summary>
    protected const int ListPageSize = 7;

    protected string Container { get; } = "contract-" + Guid.NewGuid().ToString("N")[..16];

    protected abstract IBlobStore Store { get; }

    /// <summary>Bounds every call: a hung store fails its test instead of the run.</summary>
    protected CancellationToken Token => timeout.Token;

    [StoreFact]
    public async Task EnsureContainerAsync_CalledTwice_Succeeds()
    {
        await Store.EnsureContainerAsync(Container, Token);
        await Store.EnsureContainerAsync(Container, Token);

        await Store.PutAsync(Container, "x.txt", Bytes("x"), BlobWriteOptions.Overwrite, Token);
        await Store.EnsureContainerAsync(Container, Token);
        Assert.NotNull(await Store.GetPropertiesAsync(Container, "x.txt", Token));
    }

    [StoreFact]
    public async Task PutAsync_ThenGetAsync_RoundTripsBytesContentTypeAndMetadata()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var options = new BlobWriteOptions
        {
            ContentType = "application/json; charset=utf-8",
            Metadata = new Dictionary<string, string> { ["source"] = "wire", ["language"] = "uk" },
        };

        var put = await Store.PutAsync(Container, "analyses/2025/03/27/a.json", Bytes("{\"a\":1}"), options, Token);
        var got = await Store.GetAsync(Container, "analyses/2025/03/27/a.json", Token);

        Assert.NotNull(got);
        Assert.Equal("{\"a\":1}", Text(got.Content));
        Assert.Equal(Container, got.Properties.Container);
        Assert.Equal("analyses/2025/03/27/a.json", got.Properties.Name);
        Assert.Equal("application/json; charset=utf-8", got.Properties.ContentType);
        Assert.Equal(7, got.Properties.Length);
        Assert.Equal(put.ETag, got.Properties.ETag);
        Assert.Equal("wire", got.Properties.Metadata["source"]);
        Assert.Equal("uk", got.Properties.Metadata["language"]);
        Assert.Equal(2, got.Properties.Metadata.Count);
        Assert.DoesNotContain('"', put.ETag);
    }

    [StoreFact]
    public async Task PutAsync_EmptyContent_RoundTrips()
    {
        await Store.EnsureContainerAsync(Container, Token);

        await Store.PutAsync(Container, "empty", ReadOnlyMemory<byte>.Empty, BlobWriteOptions.Overwrite, Token);

        var got = await Store.GetAsync(Container, "empty", Token);
        Assert.NotNull(got);
        Assert.Equal(0, got.Content.Length);
        Assert.Equal(0, got.Properties.Length);
    }

    [StoreFact]
    public async Task GetPropertiesAsync_AfterPut_MatchesThePut()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var put = await Store.PutAsync(Container, "p/q.txt", Bytes("hello"), new BlobWriteOptions { ContentType = "text/plain" }, Token);

        var props = await Store.GetPropertiesAsync(Container, "p/q.txt", Token);

        Assert.NotNull(props);
        Assert.Equal(put.ETag, props.ETag);
        Assert.Equal(5, props.Length);
        Assert.Equal("text/plain", props.ContentType);
        Assert.Empty(props.Metadata);
        Assert.True((props.LastModified - put.LastModified).Duration() < TimeSpan.FromSeconds(2));
    }

    [StoreFact]
    public async Task PutAsync_Overwrite_ChangesETagAndContent()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var first = await Store.PutAsync(Container, "b.txt", Bytes("one"), BlobWriteOptions.Overwrite, Token);

        var second = await Store.PutAsync(Container, "b.txt", Bytes("two!"), BlobWriteOptions.Overwrite, Token);

        Assert.NotEqual(first.ETag, second.ETag);
        var got = await Store.GetAsync(Container, "b.txt", Token);
        Assert.Equal("two!", Text(got!.Content));
        Assert.Equal(second.ETag, got.Properties.ETag);
    }

    [StoreFact]
    public async Task PutAsync_IfNotExistsOnExistingBlob_ThrowsAndKeepsTheBlob()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var first = await Store.PutAsync(Container, "once.txt", Bytes("first"), BlobWriteOptions.CreateOnly, Token);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() =>
            Store.PutAsync(Container, "once.txt", Bytes("second"), BlobWriteOptions.CreateOnly, Token));

        var got = await Store.GetAsync(Container, "once.txt", Token);
        Assert.Equal("first", Text(got!.Content));
        Assert.Equal(first.ETag, got.Properties.ETag);
    }

    [StoreFact]
    public async Task PutAsync_IfMatchCurrentETag_Writes()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var first = await Store.PutAsync(Container, "m.txt", Bytes("v1"), BlobWriteOptions.Overwrite, Token);

        var second = await Store.PutAsync(Container, "m.txt", Bytes("v2"), IfMatch(first.ETag), Token);

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("v2", Text((await Store.GetAsync(Container, "m.txt", Token))!.Content));
    }

    [StoreFact]
    public async Task PutAsync_IfMatchStaleETag_ThrowsAndKeepsTheBlob()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var first = await Store.PutAsync(Container, "m.txt", Bytes("v1"), BlobWriteOptions.Overwrite, Token);
        await Store.PutAsync(Container, "m.txt", Bytes("v2"), BlobWriteOptions.Overwrite, Token);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() =>
            Store.PutAsync(Container, "m.txt", Bytes("v3"), IfMatch(first.ETag), Token));

        Assert.Equal("v2", Text((await Store.GetAsync(Container, "m.txt", Token))!.Content));
    }

    [StoreFact]
    public async Task PutAsync_IfMatchOnMissingBlob_Throws()
    {
        await Store.EnsureContainerAsync(Container, Token);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() =>
            Store.PutAsync(Container, "never.txt", Bytes("v"), IfMatch("0x8D000000000000"), Token));

        Assert.Null(await Store.GetPropertiesAsync(Container, "never.txt", Token));
    }

    [StoreFact]
    public async Task PutAsync_ParallelIfNotExistsWriters_ExactlyOneWins()
    {
        await Store.EnsureContainerAsync(Container, Token);
        const int writers = 16;

        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.PutAsync(Container, "receipts/one.json", Bytes($"writer {i}"), BlobWriteOptions.CreateOnly, Token);
                return i;
            }
            catch (BlobConditionFailedException)
            {
                return -1;
            }
        })));

        var winners = results.Where(r => r >= 0).ToList();
        Assert.Single(winners);
        Assert.Equal($"writer {winners[0]}", Text((await Store.GetAsync(Container, "receipts/one.json", Token))!.Content));
    }

    [StoreFact]
    public async Task PutAsync_ParallelIfMatchWritersWithOneETag_ExactlyOneWins()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var start = await Store.PutAsync(Container, "counter", Bytes("0"), BlobWriteOptions.Overwrite, Token);
        const int writers = 12;

        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.PutAsync(Container, "counter", Bytes($"{i}"), IfMatch(start.ETag), Token);
                return i;
            }
            catch (BlobConditionFailedException)
            {
                return -1;
            }
        })));

        var winners = results.Where(r => r >= 0).ToList();
        Assert.Single(winners);
        Assert.Equal($"{winners[0]}", Text((await Store.GetAsync(Container, "counter", Token))!.Content));
    }

    [StoreFact]
    public async Task DeleteAsync_ExistingBlob_ReturnsTrueThenFalse()
    {
        await Store.EnsureContainerAsync(Container, Token);
        await Store.PutAsync(Container, "d/e/f.txt", Bytes("x"), BlobWriteOptions.Overwrite, Token);

        Assert.True(await Store.DeleteAsync(Container, "d/e/f.txt", Token));
        Assert.False(await Store.DeleteAsync(Container, "d/e/f.txt", Token));
        Assert.Null(await Store.GetAsync(Container, "d/e/f.txt", Token));
        Assert.Empty(await ListAsync(null));
    }

    [StoreFact]
    public async Task DeleteIfMatchAsync_CurrentETag_DeletesOnlyThatVersion()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var first = await Store.PutAsync(Container, "index/a.json", Bytes("1"), BlobWriteOptions.Overwrite, Token);
        var second = await Store.PutAsync(Container, "index/a.json", Bytes("2"), BlobWriteOptions.Overwrite, Token);

        Assert.False(await Store.DeleteIfMatchAsync(Container, "index/a.json", first.ETag, Token)); // written since
        Assert.Equal("2", Text((await Store.GetAsync(Container, "index/a.json", Token))!.Content));

        Assert.True(await Store.DeleteIfMatchAsync(Container, "index/a.json", second.ETag, Token));
        Assert.Null(await Store.GetPropertiesAsync(Container, "index/a.json", Token));
        Assert.False(await Store.DeleteIfMatchAsync(Container, "index/a.json", second.ETag, Token)); // gone
    }

    [StoreFact]
    public async Task DeleteIfMatchAsync_ConcurrentWithAnIfMatchWrite_ExactlyOneWins()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var put = await Store.PutAsync(Container, "race.json", Bytes("old"), BlobWriteOptions.Overwrite, Token);
        var conditional = new BlobWriteOptions { Condition = BlobWriteCondition.IfMatch, ETag = put.ETag };

        var delete = Task.Run(() => Store.DeleteIfMatchAsync(Container, "race.json", put.ETag, Token));
        var write = Task.Run(async () =>
        {
            try
            {
                await Store.PutAsync(Container, "race.json", Bytes("new"), conditional, Token);
                return true;
            }
            catch (BlobConditionFailedException)
            {
                return false;
            }
        });
        var (deleted, written) = (await delete, await write);

        Assert.True(deleted ^ written, $"deleted {deleted}, written {written}");
        var left = await Store.GetAsync(Container, "race.json", Token);
        Assert.Equal(written ? "new" : null, left is null ? null : Text(left.Content));
    }

    [StoreFact]
    public async Task DeleteAsync_ThenPutInTheSameFolder_Works()
    {
        await Store.EnsureContainerAsync(Container, Token);
        await Store.PutAsync(Container, "d/e/f.txt", Bytes("x"), BlobWriteOptions.Overwrite, Token);
        await Store.DeleteAsync(Container, "d/e/f.txt", Token);

        await Store.PutAsync(Container, "d/e/g.txt", Bytes("y"), BlobWriteOptions.CreateOnly, Token);

        Assert.Equal(["d/e/g.txt"], (await ListAsync("d/")).Select(b => b.Name));
    }

    [StoreFact]
    public async Task GetAsync_MissingBlob_ReturnsNull()
    {
        await Store.EnsureContainerAsync(Container, Token);

        Assert.Null(await Store.GetAsync(Container, "missing.txt", Token));
        Assert.Null(await Store.GetPropertiesAsync(Container, "missing/deeper.txt", Token));
    }

    [StoreFact]
    public async Task GetAsync_MissingContainer_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync(Container, "missing.txt", Token));
        Assert.Null(await Store.GetPropertiesAsync(Container, "missing.txt", Token));
        Assert.False(await Store.DeleteAsync(Container, "missing.txt", Token));
    }

    [StoreFact]
    public async Task ListAsync_WithPrefix_ReturnsMatchesInOrdinalOrder()
    {
        await Store.EnsureContainerAsync(Container, Token);
        string[] names = ["a/b", "a-b", "a/c/d", "a0", "a", "b/x", "ab", "a/c", "a/b/c", "A"];
        foreach (var name in names)
        {
            await Store.PutAsync(Container, name, Bytes(name), BlobWriteOptions.Overwrite, Token);
        }

        Assert.Equal(Sorted(names), Names(await ListAsync(null)));
        Assert.Equal(Sorted(names.Where(n => n.StartsWith('a'))), Names(await ListAsync("a")));
        Assert.Equal(["a/b", "a/b/c", "a/c", "a/c/d"], Names(await ListAsync("a/")));
        Assert.Equal(["a/c", "a/c/d"], Names(await ListAsync("a/c")));
        Assert.Equal(["a/c/d"], Names(await ListAsync("a/c/")));
        Assert.Empty(await ListAsync("zzz"));
        Assert.Empty(await ListAsync("zzz/"));
    }

    [StoreFact]
    public async Task ListAsync_MoreThanOnePage_ReturnsEveryBlobOnce()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var names = Enumerable.Range(0, 30).Select(i => $"analyses/2025/03/27/{i:d3}.json").ToList();
        await Task.WhenAll(names.Select(n => Store.PutAsync(Container, n, Bytes(n), BlobWriteOptions.Overwrite, Token)));
        await Store.PutAsync(Container, "analyses/2025/03/28/other.json", Bytes("o"), BlobWriteOptions.Overwrite, Token);

        var listed = await ListAsync("analyses/2025/03/27/");

        Assert.Equal(names, Names(listed));
    }

    [StoreFact]
    public async Task ListAsync_Items_CarryTheirProperties()
    {
        await Store.EnsureContainerAsync(Container, Token);
        var put = await Store.PutAsync(Container, "l/one.txt", Bytes("12345"), new BlobWriteOptions
        {
            ContentType = "text/plain; charset=utf-8",
            Metadata = new Dictionary<string, string> { ["source"] = "wire" },
        }, Token);

        var item = Assert.Single(await ListAsync("l/"));

        Assert.Equal(Container, item.Container);
        Assert.Equal(put.ETag, item.ETag);
        Assert.Equal(5, item.Length);
        Assert.Equal("text/plain; charset=utf-8", item.ContentType);
        Assert.Equal("wire", item.Metadata["source"]);
        Assert.True((item.LastModified - put.LastModified).Duration() < TimeSpan.FromSeconds(2));
    }

    [StoreFact]
    public async Task Names_UnicodeSpacesAndSlashes_RoundTripAndList()
    {
        await Store.EnsureContainerAsync(Container, Token);
        string[] names =
        [
            "2026/01/05/story-2-عربي.txt",
            "новини/2026/стаття 1.json",
            "tin tức/bài viết (1).txt",
            "اخبار/۱۴۰۵/گزارش.md",
            "plus+and=equals&amp;hash#percent%.txt",
        ];

        foreach (var name in names)
        {
            await Store.PutAsync(Container, name, Bytes(name), BlobWriteOptions.CreateOnly, Token);
        }

        foreach (var name in names)
        {
            Assert.Equal(name, Text((await Store.GetAsync(Container, name, Token))!.Content));
            Assert.Equal(name, (await Store.GetPropertiesAsync(Container, name, Token))!.Name);
        }

        Assert.Equal(Sorted(names), Names(await ListAsync(null)));
        Assert.Equal(["новини/2026/стаття 1.json"], Names(await ListAsync("новини/")));
        Assert.True(await Store.DeleteAsync(Container, names[0], Token));
    }

    [StoreFact]
    public async Task Calls_WithCancelledToken_ThrowOperationCanceled()
    {
        await Store.EnsureContainerAsync(Container, Token);
        await Store.PutAsync(Container, "c.txt", Bytes("c"), BlobWriteOptions.Overwrite, Token);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var token = cancelled.Token;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.EnsureContainerAsync(Container, token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.GetAsync(Container, "c.txt", token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.GetPropertiesAsync(Container, "c.txt", token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.PutAsync(Container, "c.txt", Bytes("d"), BlobWriteOptions.Overwrite, token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.DeleteAsync(Container, "c.txt", token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Store.ListAsync(Container, null, token))
            {
            }
        });
        Assert.Equal("c", Text((await Store.GetAsync(Container, "c.txt", Token))!.Content));
    }

    [StoreFact]
    public async Task Calls_WithInvalidNames_ThrowArgumentException()
    {
        await Store.EnsureContainerAsync(Container, Token);

        foreach (var name in (string[])["../escape", "/absolute", "a\\b", "a//b", "a/./b", "trailing/", ""])
        {
            await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(Container, name, Bytes("x"), BlobWriteOptions.Overwrite, Token));
            await Assert.ThrowsAsync<ArgumentException>(() => Store.GetAsync(Container, name, Token));
        }

        await Assert.ThrowsAsync<ArgumentException>(() => Store.EnsureContainerAsync("Bad_Container", Token));
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            timeout.Dispose();
        }
    }

    protected static BlobWriteOptions IfMatch(string etag) => new() { Condition = BlobWriteCondition.IfMatch, ETag = etag };

    protected static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(ReadOnlyMemory<byte> bytes) => Encoding.UTF8.GetString(bytes.Span);

    protected async Task<List<BlobItem>> ListAsync(string? prefix)
    {
        var items = new List<BlobItem>();
        await foreach (var item in Store.ListAsync(Container, prefix, Token))
        {
            items.Add(item);
        }

        return items;
    }

    private static List<string> Names(IEnumerable<BlobItem> items) => items.Select(i => i.Name).ToList();

    private static List<string> Sorted(IEnumerable<string> names) => names.Order(StringComparer.Ordinal).ToList();
}
