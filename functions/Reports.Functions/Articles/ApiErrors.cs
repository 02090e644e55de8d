using Microsoft.AspNetCore.Diagnostics;

namespace Reports.Functions.Articles;

/// <summary>Error answers of the HTTP API: <c>{"error": code, "message": text}</c>.</summary>
internal static class ApiErrors
{
    public static IResult Problem(int status, string code, string message) =>
        Results.Json(new { error = code, message }, statusCode: status);

    /// <summary>
    /// An exception no endpoint handled: a request Kestrel could not read is 400 with why; storage that did not answer is 503 with Retry-After (try again), anything else
    /// 500. The exception's text stays in the log (it may name internals), not in the answer.
    /// </summary>
    public static async Task WriteUnhandledAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            // A malformed request (a broken chunked body, a body cut short) is the caller's, not storage's: 400, not 503.
            context.Response.StatusCode = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { error = "bad_request", message = "The request could not be read: " + bad.Message }, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var transient = error is IOException or TimeoutException or HttpRequestException;
        context.Response.StatusCode = transient ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (transient)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        var body = transient
            ? new { error = "storage_unavailable", message = "Storage did not answer; try again shortly." }
            : new { error = "internal_error", message = "The request failed; see the app's log." };
        await context.Response.WriteAsJsonAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
