using System.Collections.Concurrent;
using Reports.Core.Delivery;

namespace Reports.Core.Tests.Delivery;

/// <summary>A mail sender that records what it accepted and fails as told.</summary>
internal sealed class RecordingMailSender : IMailSender
{
    private readonly ConcurrentQueue<OutgoingEmail> accepted = new();

    /// <summary>Return an exception to fail that message; null accepts it.</summary>
    public Func<OutgoingEmail, Exception?> Behaviour { get; set; } = _ => null;

    public TimeSpan Delay { get; set; }

    /// <summary>Called as each send starts.</summary>
    public Action? Starting { get; set; }

    public IReadOnlyList<OutgoingEmail> Accepted => [.. accepted];

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        Starting?.Invoke();
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Behaviour(email) is { } failure)
        {
            throw failure;
        }

        accepted.Enqueue(email);
    }
}
