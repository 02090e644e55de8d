using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Core.Storage;

namespace Reports.Core.Delivery;

/// <summary>
/// Subscribers as one JSON blob each in the <c>subscribers</c> container (<c>{id}.json</c>). Every change is a
/// read–modify–write guarded by the blob's ETag (create with IfNotExists, update with IfMatch), retried a few times
/// when another writer got there first, so concurrent subscribe and unsubscribe calls never lose each other's effect.
/// </summary>
public sealed class SubscriberStore
{
    public const string Container = "subscribers";
    private const int MaxConflictRetries = 8;

    private readonly IBlobStore store;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public SubscriberStore(IBlobStore store, TimeProvider? time = null, ILogger<SubscriberStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.time = time ?? TimeProvider.System;
        this.logger = logger ?? NullLogger<SubscriberStore>.Instance;
    }

    public Task EnsureContainerAsync(CancellationToken cancellationToken) => store.EnsureContainerAsync(Container, cancellationToken);

    /// <summary>
    /// Subscribes an address (validated; throws <see cref="InvalidEmailAddressException"/>). Idempotent: an existing
    /// subscriber keeps its id and creation time, gets the new language list, and is active again if they had left.
    /// </summary>
    public async Task<Subscriber> SubscribeAsync(string email, IReadOnlyList<string>? languages, CancellationToken cancellationToken)
    {
        var address = EmailAddresses.Normalize(email);
        var wanted = NormalizeLanguages(languages);
        var id = SubscriberIds.For(address);
        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadAsync(id, cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var next = current is null
                ? new Subscriber(id, address, wanted, now) { SubscribedAt = now }
                : current.Value.Subscriber with
                {
                    Email = address,
                    Languages = wanted,
                    UnsubscribedAt = null,
                    // Subscribing again after leaving starts a new subscription: the old emails' links stop working.
                    SubscribedAt = current.Value.Subscriber.IsActive ? current.Value.Subscriber.SubscribedAt : now,
                };
            if (await TryWriteAsync(next, current?.ETag, cancellationToken).ConfigureAwait(false))
            {
                logger.LogInformation("Subscriber {SubscriberId} subscribed ({Languages})", id, wanted is null ? "all languages" : string.Join(",", wanted));
                return next;
            }

            ThrowWhenExhausted(attempt, id);
        }
    }

    /// <summary>
    /// Marks the subscriber as gone when <paramref name="generation"/> (from the link) is their current subscription;
    /// a link from an earlier subscription changes nothing (<see cref="UnsubscribeOutcome.StaleLink"/>).
    /// </summary>
    public async Task<UnsubscribeOutcome> UnsubscribeAsync(string id, string? generation, CancellationToken cancellationToken)
    {
        var current = SubscriberIds.IsValid(id) ? await ReadAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (current is null)
        {
            return UnsubscribeOutcome.NotFound;
        }

        if (!string.Equals(current.Value.Subscriber.Generation, generation, StringComparison.Ordinal))
        {
            return UnsubscribeOutcome.StaleLink;
        }

        return await UnsubscribeAsync(id, cancellationToken).ConfigureAwait(false) ? UnsubscribeOutcome.Unsubscribed : UnsubscribeOutcome.NotFound;
    }

    /// <summary>Marks the subscriber as gone. False when there is no such subscriber; idempotent otherwise.</summary>
    public async Task<bool> UnsubscribeAsync(string id, CancellationToken cancellationToken)
    {
        if (!SubscriberIds.IsValid(id))
        {
            return false;
        }

        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadAsync(id, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return false;
            }

            if (!current.Value.Subscriber.IsActive)
            {
                return true;
            }

            var next = current.Value.Subscriber with { UnsubscribedAt = time.GetUtcNow() };
            if (await TryWriteAsync(next, current.Value.ETag, cancellationToken).ConfigureAwait(false))
            {
                logger.LogInformation("Subscriber {SubscriberId} unsubscribed", id);
                return true;
            }

            ThrowWhenExhausted(attempt, id);
        }
    }

    /// <summary>
    /// Erases the subscriber's record (the address with it). False when there was none. Their ledger records stay: they
    /// hold only the id.
    /// </summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!SubscriberIds.IsValid(id))
        {
            return false;
        }

        var deleted = await store.DeleteAsync(Container, BlobName(id), cancellationToken).ConfigureAwait(false);
        if (deleted)
        {
            logger.LogInformation("Subscriber {SubscriberId} deleted", id);
        }

        return deleted;
    }

    public async Task<Subscriber?> GetAsync(string id, CancellationToken cancellationToken) =>
        SubscriberIds.IsValid(id) ? (await ReadAsync(id, cancellationToken).ConfigureAwait(false))?.Subscriber : null;

    /// <summary>Every subscriber, active or not, in id order.</summary>
    public async IAsyncEnumerable<Subscriber> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in store.ListAsync(Container, null, cancellationToken).ConfigureAwait(false))
        {
            var id = item.Name.EndsWith(".json", StringComparison.Ordinal) ? item.Name[..^5] : null;
            if (id is null || !SubscriberIds.IsValid(id))
            {
                continue;
            }

            if (await ReadAsync(id, cancellationToken).ConfigureAwait(false) is { } found)
            {
                yield return found.Subscriber;
            }
        }
    }

    /// <summary>The subscribers who have not left.</summary>
    public async Task<IReadOnlyList<Subscriber>> ListActiveAsync(CancellationToken cancellationToken)
    {
        var active = new List<Subscriber>();
        await foreach (var subscriber in ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (subscriber.IsActive)
            {
                active.Add(subscriber);
            }
        }

        return active;
    }

    private static string BlobName(string id) => id + ".json";

    private async Task<(Subscriber Subscriber, string ETag)?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var blob = await store.GetAsync(Container, BlobName(id), cancellationToken).ConfigureAwait(false);
        return blob is null ? null : (DeliveryJson.Deserialize<Subscriber>(blob.Content, $"Subscriber {id}"), blob.Properties.ETag);
    }

    private async Task<bool> TryWriteAsync(Subscriber subscriber, string? etag, CancellationToken cancellationToken)
    {
        var options = new BlobWriteOptions
        {
            ContentType = DeliveryJson.ContentType,
            Condition = etag is null ? BlobWriteCondition.IfNotExists : BlobWriteCondition.IfMatch,
            ETag = etag,
        };
        try
        {
            await store.PutAsync(Container, BlobName(subscriber.Id), DeliveryJson.Serialize(subscriber), options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (BlobConditionFailedException)
        {
            return false;
        }
    }

    private void ThrowWhenExhausted(int attempt, string id)
    {
        logger.LogDebug("Subscriber {SubscriberId} changed concurrently (attempt {Attempt})", id, attempt);
        if (attempt >= MaxConflictRetries)
        {
            throw new InvalidOperationException($"Subscriber {id} kept changing under {MaxConflictRetries} attempts to update it; try again.");
        }
    }

    private static string[]? NormalizeLanguages(IReadOnlyList<string>? languages)
    {
        if (languages is null)
        {
            return null;
        }

        var codes = languages.Select(l => l?.Trim().ToLowerInvariant() ?? string.Empty).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var code in codes)
        {
            if (code.Length is < 2 or > 8 || !code.All(char.IsAsciiLetterLower))
            {
                throw new ArgumentException($"Language '{code}' is not a language code (use ISO 639-1, e.g. 'en', 'uk').", nameof(languages));
            }

            // A language no analysis is ever filed under would silently never match: refuse it now.
            if (Languages.LanguageCatalog.Default.Find(code) is null)
            {
                var known = string.Join(", ", Languages.LanguageCatalog.Default.All.Select(l => l.Code).Order(StringComparer.Ordinal));
                throw new ArgumentException($"Language '{code}' is not one the analyzer reads, so no briefing would ever match it; use one of {known}.", nameof(languages));
            }
        }

        return codes.Length == 0 ? null : codes;
    }
}
