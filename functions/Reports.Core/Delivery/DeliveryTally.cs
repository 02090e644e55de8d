using System.Collections.Concurrent;

namespace Reports.Core.Delivery;

/// <summary>Thread-safe counts of one run.</summary>
internal sealed class DeliveryTally
{
    private readonly int[] counts = new int[Enum.GetValues<DeliveryOutcome>().Length];
    private readonly ConcurrentQueue<DeliveryFailure> failures = new();

    public int Total => counts.Sum();

    public void Add(DeliveryOutcome outcome) => Interlocked.Increment(ref counts[(int)outcome]);

    public void Fail(DeliveryFailure failure) => failures.Enqueue(failure);

    public DeliveryResult Result() => new(
        counts[(int)DeliveryOutcome.Sent],
        counts[(int)DeliveryOutcome.AlreadySent],
        counts[(int)DeliveryOutcome.Failed],
        counts[(int)DeliveryOutcome.SkippedByLanguage],
        counts[(int)DeliveryOutcome.Unsubscribed],
        counts[(int)DeliveryOutcome.NotDue],
        counts[(int)DeliveryOutcome.GaveUp],
        counts[(int)DeliveryOutcome.InProgressElsewhere],
        failures.OrderBy(f => f.SubscriberId, StringComparer.Ordinal).ToList());
}
