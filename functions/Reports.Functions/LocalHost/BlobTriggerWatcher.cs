using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Articles;
using Reports.Functions.Hosting;

namespace Reports.Functions.LocalHost;

/// <summary>
/// The local host's blob trigger: scans the container of every <c>[BlobTrigger]</c> function on an interval, skips
/// blob versions that have a receipt, and calls the function (<see cref="LocalFunctions.InvokeAsync"/>) with the
/// blob's bytes and the binding data the Functions host would give (<c>name</c>, <c>Uri</c>, <c>Properties</c>,
/// <c>Metadata</c>). A failed invocation (an exception) is retried with backoff, at most
/// <see cref="ReportsOptions.MaxDeliveryAttempts"/> times, then recorded as rejected (the host's poison queue); a busy
/// article (<see cref="ArticleBusyException"/>: another delivery holds it) is retried without counting. Deliveries run in the background, at
/// most <see cref="ReportsOptions.WatchConcurrency"/> at once, and a scan never waits for them: a slow article delays
/// only itself, and the next scan skips what is still in flight (no head-of-line blocking).
/// </summary>
internal sealed partial class BlobTriggerWatcher(
    IBlobStore store,
    LocalFunctions functions,
    IServiceProvider services,
    ArticleIngestor ingestor,
    UploadTraffic uploads,
    IOptions<ReportsOptions> options,
    TimeProvider time,
    ILogger<BlobTriggerWatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Attempts> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);
    private SemaphoreSlim? _slots;
    private int _delivering;
    private int _yielding;

    /// <summary>How often a delivery held back for uploads looks again.</summary>
    private static readonly TimeSpan YieldStep = TimeSpan.FromMilliseconds(20);

    private SemaphoreSlim Slots => LazyInitializer.EnsureInitialized(ref _slots, () => new SemaphoreSlim(Math.Max(1, options.Value.WatchConcurrency)));

    /// <summary>Deliveries started and not finished yet.</summary>
    internal int InFlight => _inFlight.Count;

    /// <summary>Deliveries that have a slot and wait for the uploads being served to end (<see cref="UploadTraffic"/>).</summary>
    internal int Yielding => Volatile.Read(ref _yielding);

    /// <summary>True while every delivery slot is taken: what a scan would find must wait anyway.</summary>
    internal bool Backlogged => _inFlight.Count >= Math.Max(1, options.Value.WatchConcurrency);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var triggers = options.Value.RunWatcher ? Triggers().ToList() : [];
        if (triggers.Count == 0)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.WatchIntervalSeconds));
        LogWatching(string.Join(", ", triggers.Select(t => $"{t.Function} on {t.Container}/{t.Prefix}")), interval.TotalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var trigger in triggers)
            {
                try
                {
                    await ScanAsync(trigger, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    LogScanFailed(e, trigger.Function, e.GetType().Name);
                }
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        // A graceful stop lets the deliveries in flight hand their claims back.
        await Task.WhenAll(_inFlight.Values).ConfigureAwait(false);
    }

    /// <summary>
    /// One pass over a trigger's container: every blob version without a receipt and not already in flight is handed to
    /// a background delivery; the pass does not wait for them. No pass while every delivery slot is taken
    /// (<see cref="Backlogged"/>).
    /// </summary>
    internal async Task ScanAsync(BlobTrigger trigger, CancellationToken cancellationToken)
    {
        if (Backlogged)
        {
            // Every slot is busy: what a scan found could only wait, and it would list both containers again, the
            // watcher's most expensive calls (they grow with the containers, and while uploads arrive they take the
            // store from them). The next scan after a slot frees up finds everything.
            return;
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var receipt in store.ListAsync(IngestContainers.Receipts, Receipts.PrefixOf(trigger.Function), cancellationToken).ConfigureAwait(false))
        {
            done.Add(receipt.Name);
        }

        var now = time.GetUtcNow();
        var due = new List<BlobItem>();
        await foreach (var item in store.ListAsync(trigger.Container, trigger.Prefix, cancellationToken).ConfigureAwait(false))
        {
            var key = Receipts.NameOf(trigger.Function, item.Name, Receipts.VersionOf(item.ETag, string.Empty));
            if (!done.Contains(key) && !_inFlight.ContainsKey(key) && (!_failures.TryGetValue(key, out var failed) || failed.NotBefore <= now))
            {
                due.Add(item);
            }
        }

        foreach (var item in due)
        {
            var key = Receipts.NameOf(trigger.Function, item.Name, Receipts.VersionOf(item.ETag, string.Empty));
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_inFlight.TryAdd(key, started.Task))
            {
                continue;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await Slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        await YieldToUploadsAsync(cancellationToken).ConfigureAwait(false);
                        try
                        {
                            await DeliverAsync(trigger, item, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            Interlocked.Decrement(ref _delivering);
                        }
                    }
                    finally
                    {
                        Slots.Release();
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    if (!cancellationToken.IsCancellationRequested)
                    {
                        LogScanFailed(e, trigger.Function, e.GetType().Name);
                    }
                }
                finally
                {
                    _inFlight.TryRemove(key, out _);
                    started.TrySetResult();
                }
            }, CancellationToken.None);
        }
    }

    /// <summary>
    /// While uploads are being served, one delivery at a time: each delivery is five or six storage calls and an
    /// analysis, and the store (Azurite runs on one thread) and the cores are what the uploads wait for. Returns counted
    /// as delivering.
    /// </summary>
    private async Task YieldToUploadsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (uploads.InFlight == 0)
            {
                Interlocked.Increment(ref _delivering);
                return;
            }

            if (Interlocked.CompareExchange(ref _delivering, 1, 0) == 0)
            {
                return; // The one delivery that keeps analysis moving.
            }

            Interlocked.Increment(ref _yielding);
            try
            {
                await Task.Delay(YieldStep, time, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _yielding);
            }
        }
    }

    private async Task DeliverAsync(BlobTrigger trigger, BlobItem item, CancellationToken cancellationToken)
    {
        var blob = await store.GetAsync(trigger.Container, item.Name, cancellationToken).ConfigureAwait(false);
        if (blob is null)
        {
            return; // Deleted since the listing.
        }

        var key = Receipts.NameOf(trigger.Function, blob.Properties.Name, Receipts.VersionOf(blob.Properties.ETag, string.Empty));
        var context = new LocalFunctionContext(trigger.Function, services, BindingData(blob), cancellationToken);
        string message;
        try
        {
            await functions.InvokeAsync(functions[trigger.Function], services, context, blob.Content.ToArray()).ConfigureAwait(false);
            _failures.TryRemove(key, out _);
            return;
        }
        catch (ArticleBusyException)
        {
            return; // Busy elsewhere: the next scan tries again, uncounted.
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message = $"{e.GetType().Name}: {e.Message}";
            LogInvocationFailed(e, trigger.Function, e.GetType().Name);
        }

        var attempts = _failures.AddOrUpdate(
            key,
            _ => new Attempts(1, time.GetUtcNow() + Backoff(1)),
            (_, old) => new Attempts(old.Count + 1, time.GetUtcNow() + Backoff(old.Count + 1)));
        LogDeliveryFailed(trigger.Function, attempts.Count, options.Value.MaxDeliveryAttempts);
        if (attempts.Count >= options.Value.MaxDeliveryAttempts)
        {
            var article = new ArticleBlob(blob.Properties.Name, blob.Properties.ETag, blob.Content, blob.Properties.LastModified, Source: ArticleUploads.SourceOf(blob.Properties.Name, blob.Properties.Metadata));
            await ingestor.GiveUpAsync(trigger.Function, article, $"gave up after {attempts.Count} failed deliveries: {message}", cancellationToken).ConfigureAwait(false);
            _failures.TryRemove(key, out _);
            LogGaveUp(trigger.Function, attempts.Count);
        }
    }

    /// <summary>Retry after 1, 2, 4… scan intervals, at most a minute.</summary>
    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(60, Math.Max(0.05, options.Value.WatchIntervalSeconds) * Math.Pow(2, attempt - 1)));

    /// <summary>
    /// The binding data the Functions host gives a blob trigger: <c>name</c> (the {name} of the path), <c>Uri</c>,
    /// <c>BlobTrigger</c> (container/name), <c>Properties</c> and <c>Metadata</c> as JSON.
    /// </summary>
    internal static Dictionary<string, object?> BindingData(BlobContent blob)
    {
        var item = blob.Properties;
        return new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = item.Name,
            ["BlobTrigger"] = $"{item.Container}/{item.Name}",
            ["Uri"] = $"http://127.0.0.1/local/{item.Container}/{string.Join('/', item.Name.Split('/').Select(Uri.EscapeDataString))}",
            [BlobProperties.Key] = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["ETag"] = $"\"{item.ETag}\"",
                ["LastModified"] = item.LastModified.ToString("O", CultureInfo.InvariantCulture),
                ["CreatedOn"] = item.LastModified.ToString("O", CultureInfo.InvariantCulture),
                ["ContentLength"] = item.Length,
                ["ContentType"] = item.ContentType,
            }),
            ["Metadata"] = JsonSerializer.Serialize(item.Metadata),
        };
    }

    private IEnumerable<BlobTrigger> Triggers()
    {
        foreach (var function in functions.Of(TriggerKind.Blob))
        {
            var path = function.BlobPath ?? string.Empty;
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var container = slash < 0 ? path : path[..slash];
            var pattern = slash < 0 ? string.Empty : path[(slash + 1)..];
            var brace = pattern.IndexOf('{', StringComparison.Ordinal);
            yield return new BlobTrigger(function.Name, container, brace < 0 ? pattern : pattern[..brace]);
        }
    }

    internal sealed record BlobTrigger(string Function, string Container, string Prefix);

    private sealed record Attempts(int Count, DateTimeOffset NotBefore);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Triggers} every {Seconds} s")]
    private partial void LogWatching(string triggers, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scan for {Function} failed with {ErrorType}; the next scan tries again")]
    private partial void LogScanFailed(Exception exception, string function, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} failed (attempt {Attempt} of {MaxAttempts})")]
    private partial void LogDeliveryFailed(string function, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} threw {ErrorType}; the watcher retries it")]
    private partial void LogInvocationFailed(Exception exception, string function, string errorType);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} gave a blob up after {Attempts} failed deliveries; it is recorded as rejected")]
    private partial void LogGaveUp(string function, int attempts);
}
