using Reports.Core.Delivery;

namespace Reports.Functions.Delivery;

/// <summary>
/// The subscriber list, behind the write key (<see cref="Articles.ApiAccess"/>; function keys under the host):
/// <c>POST /api/subscribers</c>, <c>GET /api/subscribers</c>, <c>DELETE /api/subscribers/{id}</c>; and the anonymous
/// <c>/api/unsubscribe</c> link. One small file per endpoint.
/// </summary>
internal static class SubscriberEndpoints
{
    public static IEndpointRouteBuilder MapSubscriberEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/subscribers", SubscribeEndpoint.SubscribeAsync);
        routes.MapGet("/api/subscribers", ListSubscribersEndpoint.ListAsync);
        routes.MapDelete("/api/subscribers/{id}", DeleteSubscriberEndpoint.DeleteAsync);
        return routes;
    }

    /// <summary>A subscriber as the API shows it.</summary>
    internal static object View(Subscriber s) => new
    {
        id = s.Id,
        email = s.Email,
        languages = s.Languages,
        active = s.IsActive,
        createdAt = s.CreatedAt,
        unsubscribedAt = s.UnsubscribedAt,
    };
}
