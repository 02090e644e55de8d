namespace Reports.Testing;

/// <summary>
/// A time of day that stands still until a test moves it. Only <see cref="GetUtcNow"/> is faked: timers created on it
/// (a <c>CancellationTokenSource</c> with a delay, <c>Task.Delay</c>) still run on real time. Where a timer must follow
/// the clock, use <c>FakeTimeProvider</c>.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
