using System.Runtime.CompilerServices;
using Reports.Core.Storage;

namespace Reports.Functions.Storage;

/// <summary>Gives every call to the inner store a timeout on top of the caller's token (a listing, per page step).</summary>
internal sealed class TimeoutBlobStore(IBlobStore inner, TimeSpan timeout) : IBlobStore, IDisposable
{
    /// <summary>Disposes the inner store when it owns resources (the Azure store's HttpClient).</summary>
    public void Dispose() => (inner as IDisposable)?.Dispose();

    public IBlobStore Inner => inner;

    public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) =>
        RunAsync(token => inner.EnsureContainerAsync(container, token), cancellationToken);

    public Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken) =>
        RunAsync(token => inner.GetPropertiesAsync(container, name, token), cancellationToken);

    public Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken) =>
        RunAsync(token => inner.GetAsync(container, name, token), cancellationToken);

    public Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken) =>
        RunAsync(token => inner.PutAsync(container, name, content, options, token), cancellationToken);

    public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken) =>
        RunAsync(token => inner.DeleteAsync(container, name, token), cancellationToken);

    public Task<bool> DeleteIfMatchAsync(string container, string name, string etag, CancellationToken cancellationToken) =>
        RunAsync(token => inner.DeleteIfMatchAsync(container, name, etag, token), cancellationToken);

    public async IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var step = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var items = inner.ListAsync(container, prefix, step.Token).GetAsyncEnumerator(step.Token);
        await using (items.ConfigureAwait(false))
        {
            while (true)
            {
                step.CancelAfter(timeout);
                bool more;
                try
                {
                    more = await items.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"Listing {container} took longer than {timeout.TotalSeconds:0.#} s.", e);
                }

                if (!more)
                {
                    yield break;
                }

                step.CancelAfter(Timeout.InfiniteTimeSpan);
                yield return items.Current;
            }
        }
    }

    private async Task RunAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        await RunAsync(async token =>
        {
            await call(token).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await call(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"A storage call took longer than {timeout.TotalSeconds:0.#} s.", e);
        }
    }
}
