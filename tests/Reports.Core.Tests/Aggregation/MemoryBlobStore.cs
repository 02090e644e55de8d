using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Reports.Core.Storage;

namespace Reports.Core.Tests.Aggregation;

/// <summary>A minimal in-memory <see cref="IBlobStore"/> that counts listings and reads.</summary>
internal sealed class MemoryBlobStore : IBlobStore
{
    private readonly ConcurrentDictionary<(string Container, string Name), BlobContent> blobs = new();
    private int gets;
    private int listed;
    private int puts;

    /// <summary>How many writes succeeded.</summary>
    public int Puts => puts;

    public int Gets => gets;

    /// <summary>How many blob items all listings returned.</summary>
    public int Listed => listed;

    public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken) =>
        Task.FromResult(blobs.TryGetValue((container, name), out var b) ? b.Properties : null);

    public Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Increment(ref gets);
        return Task.FromResult(blobs.TryGetValue((container, name), out var b) ? b : null);
    }

    public Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
    {
        var exists = blobs.TryGetValue((container, name), out var current);
        if ((options.Condition == BlobWriteCondition.IfNotExists && exists)
            || (options.Condition == BlobWriteCondition.IfMatch && (!exists || current!.Properties.ETag != options.ETag)))
        {
            throw new BlobConditionFailedException($"{container}/{name}: condition {options.Condition} failed.");
        }

        Interlocked.Increment(ref puts);
        var item = new BlobItem(container, name, Guid.NewGuid().ToString("N"), content.Length, DateTimeOffset.UnixEpoch, options.ContentType, new Dictionary<string, string>());
        blobs[(container, name)] = new BlobContent(item, content.ToArray());
        return Task.FromResult(item);
    }

    public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken) =>
        Task.FromResult(blobs.TryRemove((container, name), out _));

    public async IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var blob in blobs.Where(b => b.Key.Container == container && b.Key.Name.StartsWith(prefix ?? string.Empty, StringComparison.Ordinal)).OrderBy(b => b.Key.Name, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref listed);
            yield return blob.Value.Properties;
        }
    }
}
