using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Reports.Core.Delivery;
using Reports.Functions.Articles;

namespace Reports.Functions.Delivery;

/// <summary>
/// The subscriber list, behind the write key (<see cref="WriteAccess"/>; function keys under the host):
/// <c>POST /api/subscribers</c> <c>{"email", "languages"?}</c> → 201 with the id, or 200 with the same id when the
/// address is already subscribed (idempotent: the languages are replaced and a former subscriber is active again);
/// <c>GET /api/subscribers</c>; <c>DELETE /api/subscribers/{id}</c> → 204 (the record and its address are erased).
/// </summary>
internal static partial class SubscriberEndpoints
{
    public const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapSubscriberEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/subscribers", SubscribeAsync);
        routes.MapGet("/api/subscribers", ListAsync);
        routes.MapDelete("/api/subscribers/{id}", DeleteAsync);
        return routes;
    }

    internal static async Task<IResult> SubscribeAsync(HttpContext context, WriteAccess access, SubscriberStore subscribers, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (access.Check(request) is { } refused)
        {
            return refused;
        }

        SubscribeBody? body;
        try
        {
            if (request.ContentLength > MaxBodyBytes)
            {
                return ApiErrors.Problem(StatusCodes.Status413PayloadTooLarge, "too_large", "The body is a small JSON object {\"email\": ..., \"languages\": [...]}.");
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            {
                sizeFeature.MaxRequestBodySize = MaxBodyBytes;
            }

            body = await JsonSerializer.DeserializeAsync<SubscribeBody>(request.Body, SubscribeBody.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            body = null;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiErrors.Problem(StatusCodes.Status413PayloadTooLarge, "too_large", "The body is a small JSON object {\"email\": ..., \"languages\": [...]}.");
        }

        if (body?.Email is not { Length: > 0 } email)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_body", "Send JSON {\"email\": \"name@example.org\", \"languages\": [\"en\", \"uk\"]} (languages optional: none = every language).");
        }

        Subscriber subscriber;
        bool existed;
        try
        {
            var id = SubscriberIds.For(EmailAddresses.Normalize(email));
            existed = await subscribers.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null;
            subscriber = await subscribers.SubscribeAsync(email, body.Languages, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidEmailAddressException e)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_email", e.Message);
        }
        catch (ArgumentException e)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "bad_language", e.Message);
        }

        var location = $"{request.Scheme}://{request.Host}{request.PathBase}/api/subscribers/{subscriber.Id}";
        context.Response.Headers.Location = location;
        return Results.Json(View(subscriber), statusCode: existed ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }

    internal static async Task<IResult> ListAsync(HttpRequest request, WriteAccess access, SubscriberStore subscribers, CancellationToken cancellationToken)
    {
        if (access.Check(request) is { } refused)
        {
            return refused;
        }

        var items = new List<object>();
        await foreach (var subscriber in subscribers.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(View(subscriber));
        }

        return Results.Json(new { count = items.Count, items });
    }

    internal static async Task<IResult> DeleteAsync(string id, HttpRequest request, WriteAccess access, SubscriberStore subscribers, CancellationToken cancellationToken)
    {
        if (access.Check(request) is { } refused)
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

    private static object View(Subscriber s) => new
    {
        id = s.Id,
        email = s.Email,
        languages = s.Languages,
        active = s.IsActive,
        createdAt = s.CreatedAt,
        unsubscribedAt = s.UnsubscribedAt,
    };

    private sealed record SubscribeBody(string? Email, IReadOnlyList<string>? Languages)
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}
