using Reports.Core.Delivery;
using Reports.Functions.Articles;

namespace Reports.Functions.Delivery;

/// <summary><c>GET /api/subscribers</c> (key): every subscriber, active or not.</summary>
internal static class ListSubscribersEndpoint
{
    internal static async Task<IResult> ListAsync(HttpRequest request, ApiAccess access, SubscriberStore subscribers, CancellationToken cancellationToken)
    {
        if (access.CheckSubscribers(request) is { } refused)
        {
            return refused;
        }

        var items = new List<object>();
        await foreach (var subscriber in subscribers.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(SubscriberEndpoints.View(subscriber));
        }

        return Results.Json(new { count = items.Count, items });
    }
}
