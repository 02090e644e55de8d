namespace Reports.Core.Storage.FileSystem;

/// <summary>
/// Serialises writers of the same blob, inside the process (a semaphore per stripe) and across processes (an
/// exclusive lock on one of <see cref="Stripes"/> lock files under "root/.locks"). Stripes keep the number of
/// lock files fixed; two blobs sharing a stripe only wait for each other.
/// </summary>
internal sealed class StripedFileLock(string folder, TimeSpan timeout, TimeProvider time)
{
    public const int Stripes = 64;

    private readonly SemaphoreSlim[] gates = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = (int)(Fnv1a(key) % Stripes);
        var started = time.GetTimestamp();
        if (!await gates[stripe].WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            throw new TimeoutException($"Timed out after {timeout} waiting for the blob write lock.");
        }

        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{stripe:x2}.lock");
            while (true)
            {
                try
                {
                    var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
                    return new Releaser(gates[stripe], file);
                }
                catch (IOException) when (time.GetElapsedTime(started) < timeout)
                {
                    // Another process holds it.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10)), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            gates[stripe].Release();
            throw;
        }
    }

    private static uint Fnv1a(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    private sealed class Releaser(SemaphoreSlim gate, FileStream file) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                file.Dispose();
                gate.Release();
            }
        }
    }
}
