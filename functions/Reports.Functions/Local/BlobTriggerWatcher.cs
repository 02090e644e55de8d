using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Hosting;
using Reports.Functions.Invocations;

namespace Reports.Functions.Local;

/// <summary>
/// The local runner's blob trigger: scans the container of every blobTrigger function.json on an interval, skips
/// blob versions that have a receipt, and delivers the rest through <see cref="FunctionDispatcher"/> with the payload
/// the Functions host would send. A failed delivery is retried with backoff, at most
/// <see cref="ReportsOptions.MaxDeliveryAttempts"/> times, then recorded as rejected (the host's poison queue); a busy
/// answer (503: another delivery holds the article) is retried without counting. Deliveries run in the background, at
/// most <see cref="ReportsOptions.WatchConcurrency"/> at once, and a scan never waits for them: a slow article delays
/// only itself, and the next scan skips what is still in flight (no head-of-line blocking).
/// </summary>
internal sealed partial class BlobTriggerWatcher(
    IBlobStore store,
    FunctionCatalog catalog,
    FunctionDispatcher dispatcher,
    ArticleIngestor ingestor,
    IOptions<ReportsOptions> options,
    TimeProvider time,
    ILogger<BlobTriggerWatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Attempts> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);
    private SemaphoreSlim? _slots;

    private SemaphoreSlim Slots => LazyInitializer.EnsureInitialized(ref _slots, () => new SemaphoreSlim(Math.Max(1, options.Value.WatchConcurrency)));

    /// <summary>Deliveries started and not finished yet.</summary>
    internal int InFlight => _inFlight.Count;

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
    /// a background delivery; the pass does not wait for them.
    /// </summary>
    internal async Task ScanAsync(BlobTrigger trigger, CancellationToken cancellationToken)
    {
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
                        await DeliverAsync(trigger, item, cancellationToken).ConfigureAwait(false);
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

    private async Task DeliverAsync(BlobTrigger trigger, BlobItem item, CancellationToken cancellationToken)
    {
        var blob = await store.GetAsync(trigger.Container, item.Name, cancellationToken).ConfigureAwait(false);
        if (blob is null)
        {
            return; // Deleted since the listing.
        }

        var key = Receipts.NameOf(trigger.Function, blob.Properties.Name, Receipts.VersionOf(blob.Properties.ETag, string.Empty));
        var payload = InvocationPayloads.BlobTrigger(trigger.Function, trigger.Binding, blob, time.GetUtcNow());
        using var body = new MemoryStream(payload, writable: false);
        var response = await dispatcher.DispatchAsync(trigger.Function, body, cancellationToken).ConfigureAwait(false);
        if (response.Succeeded)
        {
            _failures.TryRemove(key, out _);
            return;
        }

        if (response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            return; // Busy elsewhere: the next scan tries again, uncounted.
        }

        var attempts = _failures.AddOrUpdate(
            key,
            _ => new Attempts(1, time.GetUtcNow() + Backoff(1)),
            (_, old) => new Attempts(old.Count + 1, time.GetUtcNow() + Backoff(old.Count + 1)));
        var message = string.Join(" ", response.Result.Logs);
        LogDeliveryFailed(trigger.Function, response.StatusCode, attempts.Count, options.Value.MaxDeliveryAttempts);
        if (attempts.Count >= options.Value.MaxDeliveryAttempts)
        {
            var article = new ArticleBlob(blob.Properties.Name, blob.Properties.ETag, blob.Content, blob.Properties.LastModified);
            await ingestor.GiveUpAsync(trigger.Function, article, $"gave up after {attempts.Count} failed deliveries: {message}", cancellationToken).ConfigureAwait(false);
            _failures.TryRemove(key, out _);
            LogGaveUp(trigger.Function, attempts.Count);
        }
    }

    /// <summary>Retry after 1, 2, 4… scan intervals, at most a minute.</summary>
    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(60, Math.Max(0.05, options.Value.WatchIntervalSeconds) * Math.Pow(2, attempt - 1)));

    private IEnumerable<BlobTrigger> Triggers()
    {
        foreach (var function in catalog.Functions)
        {
            if (function.Trigger is { Type: var type, Path: { } path } binding
                && type.Equals("blobTrigger", StringComparison.OrdinalIgnoreCase)
                && dispatcher.Handles(function.Name))
            {
                var slash = path.IndexOf('/', StringComparison.Ordinal);
                var container = slash < 0 ? path : path[..slash];
                var pattern = slash < 0 ? string.Empty : path[(slash + 1)..];
                var brace = pattern.IndexOf('{', StringComparison.Ordinal);
                yield return new BlobTrigger(function.Name, binding.Name, container, brace < 0 ? pattern : pattern[..brace]);
            }
        }
    }

    internal sealed record BlobTrigger(string Function, string Binding, string Container, string Prefix);

    private sealed record Attempts(int Count, DateTimeOffset NotBefore);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Triggers} every {Seconds} s")]
    private partial void LogWatching(string triggers, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scan for {Function} failed with {ErrorType}; the next scan tries again")]
    private partial void LogScanFailed(Exception exception, string function, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} delivery answered {Status} (attempt {Attempt} of {MaxAttempts})")]
    private partial void LogDeliveryFailed(string function, int status, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} gave a blob up after {Attempts} failed deliveries; it is recorded as rejected")]
    private partial void LogGaveUp(string function, int attempts);
}
