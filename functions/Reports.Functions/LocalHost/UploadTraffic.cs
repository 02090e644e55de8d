namespace Reports.Functions.LocalHost;

/// <summary>
/// The uploads (<c>POST /api/articles</c>) the local host is serving right now. While there are any, the blob watcher
/// runs one delivery at a time (<see cref="BlobTriggerWatcher"/>): the uploads get the store first, and analysis
/// still moves.
/// </summary>
internal sealed class UploadTraffic
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Counts one upload until the returned scope is disposed.</summary>
    public Scope Begin()
    {
        Interlocked.Increment(ref _inFlight);
        return new Scope(this);
    }

    internal readonly struct Scope(UploadTraffic traffic) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref traffic._inFlight);
    }
}
