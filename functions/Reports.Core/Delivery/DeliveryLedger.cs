using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Core.Storage;

namespace Reports.Core.Delivery;

/// <summary>
/// The delivery ledger: one JSON blob per (briefing, subscriber) in the <c>deliveries</c> container, moved
/// pending → sending → sent | failed only by conditional writes (IfNotExists to create, IfMatch on the ETag just read
/// to change). Two runs that race for one delivery read the same ETag; the store lets exactly one write succeed, so
/// exactly one of them sends. See docs/delivery.md.
/// </summary>
public sealed partial class DeliveryLedger
{
    public const string Container = "deliveries";
    private const int MaxClaimReads = 3;

    private readonly IBlobStore store;
    private readonly DeliveryOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public DeliveryLedger(IBlobStore store, DeliveryOptions? options = null, TimeProvider? time = null, ILogger<DeliveryLedger>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.options = options ?? new DeliveryOptions();
        this.options.Validate();
        this.time = time ?? TimeProvider.System;
        this.logger = logger ?? NullLogger<DeliveryLedger>.Instance;
    }

    public Task EnsureContainerAsync(CancellationToken cancellationToken) => store.EnsureContainerAsync(Container, cancellationToken);

    /// <summary>"{briefingId}/{subscriberId}.json"; the briefing id must be one blob-name segment (e.g. "daily-2026-03-27").</summary>
    public static string BlobName(string briefingId, string subscriberId)
    {
        ValidateBriefingId(briefingId);
        if (!SubscriberIds.IsValid(subscriberId))
        {
            throw new ArgumentException($"'{subscriberId}' is not a subscriber id.", nameof(subscriberId));
        }

        return $"{briefingId}/{subscriberId}.json";
    }

    public static void ValidateBriefingId(string briefingId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(briefingId);
        if (briefingId.Contains('/', StringComparison.Ordinal) || briefingId.Length > 200)
        {
            throw new ArgumentException($"Briefing id '{briefingId}' must be one name segment of at most 200 characters, without '/'.", nameof(briefingId));
        }

        BlobNames.ValidateBlobName(briefingId);
    }

    public async Task<DeliveryRecord?> GetAsync(string briefingId, string subscriberId, CancellationToken cancellationToken) =>
        (await ReadAsync(BlobName(briefingId, subscriberId), cancellationToken).ConfigureAwait(false))?.Record;

    /// <summary>Every record of one briefing, in subscriber-id order.</summary>
    public async IAsyncEnumerable<DeliveryRecord> ListAsync(string briefingId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ValidateBriefingId(briefingId);
        await foreach (var item in store.ListAsync(Container, briefingId + "/", cancellationToken).ConfigureAwait(false))
        {
            if (await ReadAsync(item.Name, cancellationToken).ConfigureAwait(false) is { } found)
            {
                yield return found.Record;
            }
        }
    }

    /// <summary>Records the intent to deliver (state Pending) unless a record already exists.</summary>
    public async Task PlanAsync(string briefingId, string subscriberId, string messageId, CancellationToken cancellationToken)
    {
        var pending = new DeliveryRecord
        {
            BriefingId = briefingId,
            SubscriberId = subscriberId,
            State = DeliveryState.Pending,
            MessageId = messageId,
            UpdatedAt = time.GetUtcNow(),
        };
        await TryWriteAsync(BlobName(briefingId, subscriberId), pending, null, cancellationToken).ConfigureAwait(false);
    }

    private static BlobWriteOptions WriteOptions(string? etag) => new()
    {
        ContentType = DeliveryJson.ContentType,
        Condition = etag is null ? BlobWriteCondition.IfNotExists : BlobWriteCondition.IfMatch,
        ETag = etag,
    };

    private async Task<(DeliveryRecord Record, string ETag)?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var blob = await store.GetAsync(Container, name, cancellationToken).ConfigureAwait(false);
        return blob is null ? null : (DeliveryJson.Deserialize<DeliveryRecord>(blob.Content, $"Delivery record {name}"), blob.Properties.ETag);
    }

    /// <summary>The new ETag, or null when the condition failed (someone else wrote first).</summary>
    private async Task<string?> TryWriteAsync(string name, DeliveryRecord record, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            var item = await store.PutAsync(Container, name, DeliveryJson.Serialize(record), WriteOptions(etag), cancellationToken).ConfigureAwait(false);
            return item.ETag;
        }
        catch (BlobConditionFailedException)
        {
            return null;
        }
    }
}
