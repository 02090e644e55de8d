namespace Reports.Core.Storage;

/// <summary>
/// Blob storage as Reports uses it: containers of named blobs with ETags, conditional writes and prefix listing.
/// Two implementations share one contract test suite: the filesystem (the embedded default) and Azure Blob
/// Storage through its REST API (Azurite locally). Every call takes the caller's token and has its own timeout.
/// </summary>
public interface IBlobStore
{
    /// <summary>Creates the container if it does not exist.</summary>
    Task EnsureContainerAsync(string container, CancellationToken cancellationToken);

    /// <summary>The blob's properties, or null when it does not exist.</summary>
    Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken);

    /// <summary>The blob's bytes and properties, or null when it does not exist.</summary>
    Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a blob. With <see cref="BlobWriteCondition.IfNotExists"/> it fails with
    /// <see cref="BlobConditionFailedException"/> when the blob exists; with an ETag, when the blob changed.
    /// </summary>
    Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken);

    /// <summary>Deletes a blob; false when there was none.</summary>
    Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes a blob only if it still has <paramref name="etag"/> (If-Match); false when it is gone or was written
    /// since. Both stores do it atomically; a store that cannot (a test double) throws <see cref="NotSupportedException"/>.
    /// </summary>
    Task<bool> DeleteIfMatchAsync(string container, string name, string etag, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot delete conditionally.");

    /// <summary>The blobs whose names start with <paramref name="prefix"/>, in name order.</summary>
    IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, CancellationToken cancellationToken);

    /// <summary>
    /// The names of the blobs whose names start with <paramref name="prefix"/>, in name order: what
    /// <see cref="ListAsync"/> gives without the properties, for stores where those cost a read per blob.
    /// </summary>
    async IAsyncEnumerable<string> ListNamesAsync(string container, string? prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in ListAsync(container, prefix, cancellationToken).ConfigureAwait(false))
        {
            yield return item.Name;
        }
    }
}
