namespace Reports.Core.Delivery;

/// <summary>
/// Someone who receives briefings by email. Stored as <c>subscribers/{Id}.json</c>.
/// </summary>
/// <param name="Id">Stable id (<see cref="SubscriberIds.For"/>): 32 lowercase hex digits derived from the address.</param>
/// <param name="Email">The normalised address (<see cref="EmailAddresses.Normalize"/>).</param>
/// <param name="Languages">ISO 639-1 codes the subscriber wants briefings about; null or empty for every language.</param>
/// <param name="CreatedAt">When the subscription was first made.</param>
/// <param name="UnsubscribedAt">When the subscriber left, or null while subscribed.</param>
public sealed record Subscriber(
    string Id,
    string Email,
    IReadOnlyList<string>? Languages,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UnsubscribedAt = null)
{
    public bool IsActive => UnsubscribedAt is null;

    /// <summary>When the current subscription began (set on subscribing and on subscribing again after leaving).</summary>
    public DateTimeOffset? SubscribedAt { get; init; }

    /// <summary>
    /// The subscription an unsubscribe link is bound to (milliseconds of <see cref="SubscribedAt"/>), or null for a
    /// record made before links were bound.
    /// </summary>
    public string? Generation => SubscribedAt?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether a briefing covering <paramref name="briefingLanguages"/> is for this subscriber: always without a
    /// language list, else when the two share a language (case-insensitive).
    /// </summary>
    public bool Wants(IEnumerable<string> briefingLanguages)
    {
        ArgumentNullException.ThrowIfNull(briefingLanguages);
        return Languages is not { Count: > 0 } languages
            || briefingLanguages.Any(l => languages.Contains(l, StringComparer.OrdinalIgnoreCase));
    }
}
