using Microsoft.Azure.Functions.Worker;
using Reports.Core.Delivery;
using Reports.Functions.Articles;

namespace Reports.Functions.Delivery;

/// <summary><c>DELETE /api/subscribers/{id}</c> (key): 204 the record and its address are erased; 404 unknown; 400 not an id.</summary>
internal sealed class DeleteSubscriberFunction(ApiAccess access, SubscriberStore subscribers)
{
    public const string Name = "DeleteSubscriber";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "subscribers/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (access.CheckSubscribers(request) is { } refused)
        {
            return refused;
        }

        if (!SubscriberIds.IsValid(id))
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_id", $"A subscriber id is {SubscriberIds.Length} lowercase hex digits, as returned by POST /api/subscribers.");
        }

        return await subscribers.DeleteAsync(id, cancellationToken).ConfigureAwait(false)
            ? Results.NoContent()
            : ApiErrors.Problem(StatusCodes.Status404NotFound, "not_found", $"No subscriber {id}.");
    }
}
