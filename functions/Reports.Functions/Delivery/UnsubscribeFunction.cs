using System.Net;
using Microsoft.Azure.Functions.Worker;
using Reports.Core.Delivery;

namespace Reports.Functions.Delivery;

/// <summary>
/// <c>/api/unsubscribe?s={id}&amp;t={token}</c>, anonymous: the signed token is the authorisation. POST unsubscribes
/// (RFC 8058 one-click, body <c>List-Unsubscribe=One-Click</c>, or the page's button); GET only shows a page with that
/// button, because mail scanners prefetch links. Answers are small HTML pages: 200 done (also for an unknown
/// subscriber, which reveals nothing), 400 for a missing or malformed id or token, 403 for a token that does not
/// belong to the id.
/// </summary>
internal sealed partial class UnsubscribeFunction(DeliverySetup delivery, ILogger<UnsubscribeFunction> logger)
{
    public const string Name = "Unsubscribe";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "unsubscribe")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsGet(request.Method) ? Confirm(request) : await UnsubscribeAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private IResult Confirm(HttpRequest request)
    {
        var (id, token) = (request.Query["s"].FirstOrDefault(), request.Query["t"].FirstOrDefault());
        if (Malformed(id, token))
        {
            return Page(StatusCodes.Status400BadRequest, "Link incomplete", "This unsubscribe link is incomplete. Use the whole link from the email.");
        }

        if (Tokens() is not { } tokens)
        {
            return Unavailable();
        }

        var generation = request.Query["g"].FirstOrDefault();
        if (!tokens.Verify(id, token, generation))
        {
            return Page(StatusCodes.Status403Forbidden, "Link not valid", "This unsubscribe link is not valid. Use the link from the most recent email.");
        }

        var action = $"?s={Uri.EscapeDataString(id!)}{(generation is null ? string.Empty : "&g=" + Uri.EscapeDataString(generation))}&t={Uri.EscapeDataString(token!)}";
        return Page(
            StatusCodes.Status200OK,
            "Unsubscribe",
            "Press the button to stop receiving the daily briefing.",
            $"<form method=\"post\" action=\"{WebUtility.HtmlEncode(action)}\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\"><button type=\"submit\">Unsubscribe</button></form>");
    }

    private async Task<IResult> UnsubscribeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (id, token) = (request.Query["s"].FirstOrDefault(), request.Query["t"].FirstOrDefault());
        if (Malformed(id, token))
        {
            return Page(StatusCodes.Status400BadRequest, "Link incomplete", "This unsubscribe link is incomplete. Use the whole link from the email.");
        }

        if (Tokens() is null)
        {
            return Unavailable();
        }

        var generation = request.Query["g"].FirstOrDefault();
        var outcome = await delivery.Unsubscribe.UnsubscribeAsync(id, token, generation, cancellationToken).ConfigureAwait(false);
        LogOutcome(outcome);
        return outcome switch
        {
            UnsubscribeOutcome.InvalidToken => Page(StatusCodes.Status403Forbidden, "Link not valid", "This unsubscribe link is not valid. Use the link from the most recent email."),
            UnsubscribeOutcome.StaleLink => Page(StatusCodes.Status409Conflict, "Link from an earlier subscription", "You subscribed again after this email was sent, so this link no longer unsubscribes you. Use the link in your most recent email."),
            _ => Page(StatusCodes.Status200OK, "Unsubscribed", "You will not receive the daily briefing any more."),
        };
    }

    /// <summary>The link signer, or null (logged with the setting's name) when the secret is not configured.</summary>
    private UnsubscribeTokens? Tokens()
    {
        try
        {
            return delivery.Tokens;
        }
        catch (InvalidOperationException e)
        {
            LogNotConfigured(e.Message);
            return null;
        }
    }

    private static IResult Unavailable() =>
        Page(StatusCodes.Status503ServiceUnavailable, "Unsubscribe unavailable", "Unsubscribing is not available right now. Please try again later.");

    private static bool Malformed(string? id, string? token) =>
        !SubscriberIds.IsValid(id) || string.IsNullOrEmpty(token) || token.Length > 128;

    private static IResult Page(int status, string title, string text, string extra = "")
    {
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(title)}</title></head>
            <body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 32em; margin: 3em auto; padding: 0 1em;"><h1>{WebUtility.HtmlEncode(title)}</h1>
            <p>{WebUtility.HtmlEncode(text)}</p>{extra}</body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unsubscribe links cannot be checked: {Problem}")]
    private partial void LogNotConfigured(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unsubscribe request: {Outcome}")]
    private partial void LogOutcome(UnsubscribeOutcome outcome);
}
