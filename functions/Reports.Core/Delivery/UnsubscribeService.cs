using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Reports.Core.Delivery;

/// <summary>
/// Handles <c>/api/unsubscribe?s={id}&amp;t={token}</c>: verifies the token, then unsubscribes. For RFC 8058 the
/// function answers POST (body <c>List-Unsubscribe=One-Click</c>) by calling this directly; a GET (a person clicking
/// the link in the body) should show a confirmation page that POSTs, because mail scanners prefetch GET links.
/// </summary>
public sealed class UnsubscribeService(UnsubscribeTokens tokens, SubscriberStore subscribers, ILogger<UnsubscribeService>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<UnsubscribeService>.Instance;

    public Task<UnsubscribeOutcome> UnsubscribeAsync(string? subscriberId, string? token, CancellationToken cancellationToken) =>
        UnsubscribeAsync(subscriberId, token, generation: null, cancellationToken);

    /// <summary>Verifies the link (id, subscription generation, token), then unsubscribes when it is the current subscription's.</summary>
    public async Task<UnsubscribeOutcome> UnsubscribeAsync(string? subscriberId, string? token, string? generation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(subscribers);
        if (!SubscriberIds.IsValid(subscriberId) || !tokens.Verify(subscriberId, token, generation))
        {
            log.LogWarning("Unsubscribe refused: the token does not match the subscriber id");
            return UnsubscribeOutcome.InvalidToken;
        }

        var outcome = await subscribers.UnsubscribeAsync(subscriberId!, generation, cancellationToken).ConfigureAwait(false);
        if (outcome == UnsubscribeOutcome.StaleLink)
        {
            log.LogInformation("Unsubscribe link of an earlier subscription of {SubscriberId} ignored", subscriberId);
        }

        return outcome;
    }
}
