using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker;
using Reports.Core.Delivery;
using Reports.Functions.Articles;

namespace Reports.Functions.Delivery;

/// <summary>
/// The subscriber list, behind the write key (<see cref="ApiAccess.CheckSubscribers"/>; function keys under the host).
/// <c>GET /api/subscribers</c>: every subscriber, active or not. <c>POST /api/subscribers</c> <c>{"email", "languages"?}</c> (key): 201 with the id for a new address; 200 with the
/// same id when the address is already subscribed (idempotent: the languages are replaced and a former subscriber is
/// active again); 400 for a bad address, language list or body.
/// </summary>
internal sealed class SubscribersFunction(ApiAccess access, SubscriberStore subscribers)
{
    public const string Name = "Subscribers";

    public const int MaxBodyBytes = 16 * 1024;

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "subscribers")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (access.CheckSubscribers(request) is { } refused)
        {
            return refused;
        }

        return HttpMethods.IsGet(request.Method)
            ? await ListAsync(cancellationToken).ConfigureAwait(false)
            : await SubscribeAsync(request, cancellationToken).ConfigureAwait(false);
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

    private async Task<IResult> ListAsync(CancellationToken cancellationToken)
    {
        var items = new List<object>();
        await foreach (var subscriber in subscribers.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(View(subscriber));
        }

        return Results.Json(new { count = items.Count, items });
    }

    private async Task<IResult> SubscribeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var context = request.HttpContext;

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

    private sealed record SubscribeBody(string? Email, IReadOnlyList<string>? Languages)
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}
