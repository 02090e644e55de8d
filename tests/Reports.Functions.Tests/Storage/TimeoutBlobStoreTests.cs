using Reports.Core.Storage;
using Reports.Functions.Storage;

namespace Reports.Functions.Tests.Storage;

public sealed class TimeoutBlobStoreTests
{
    [Fact]
    public async Task GetAsync_StoreHangs_ThrowsTimeoutException()
    {
        var sut = new TimeoutBlobStore(new HangingStore(), TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAsync<TimeoutException>(() => sut.GetAsync("c", "b", CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_StoreHangs_ThrowsTimeoutException()
    {
        var sut = new TimeoutBlobStore(new HangingStore(), TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAsync<TimeoutException>(async () =>
        {
            await foreach (var _ in sut.ListAsync("c", null, CancellationToken.None))
            {
            }
        });
    }

    [Fact]
    public async Task GetAsync_CallerCancels_ThrowsCancellation()
    {
        var sut = new TimeoutBlobStore(new HangingStore(), TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.GetAsync("c", "b", cancel.Token));
    }

    /// <summary>A store whose every call waits until it is cancelled.</summary>
    private sealed class HangingStore : IBlobStore
    {
        public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);

        public async Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }

        public async Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }

        public async Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException();
        }

        public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return false;
        }

        public async IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            yield break;
        }
    }
}
