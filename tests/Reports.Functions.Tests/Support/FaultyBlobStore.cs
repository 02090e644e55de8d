using Reports.Core.Storage;

namespace Reports.Functions.Tests.Support;

/// <summary>A store that fails the next <see cref="Failures"/> writes to one container with an IOException (a transient error).</summary>
internal sealed class FaultyBlobStore(IBlobStore inner) : IBlobStore
{
    private int _failures;

    public string? FailPutsTo { get; init; }

    public int Failures
    {
        get => _failures;
        init => _failures = value;
    }

    public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) => inner.EnsureContainerAsync(container, cancellationToken);

    public Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken) => inner.GetPropertiesAsync(container, name, cancellationToken);

    public Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken) => inner.GetAsync(container, name, cancellationToken);

    public Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
    {
        if (container == FailPutsTo && Interlocked.Decrement(ref _failures) >= 0)
        {
            throw new IOException("Injected storage failure.");
        }

        return inner.PutAsync(container, name, content, options, cancellationToken);
    }

    public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken) => inner.DeleteAsync(container, name, cancellationToken);

    public IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, CancellationToken cancellationToken) => inner.ListAsync(container, prefix, cancellationToken);
}
