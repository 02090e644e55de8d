using Microsoft.AspNetCore.Diagnostics;

namespace Reports.Functions.Articles;

/// <summary>Error answers of the HTTP API: <c>{"error": code, "message": text}</c>.</summary>
internal static class ApiErrors
{
    public static IResult Problem(int status, string code, string message) =>
        Results.Json(new { error = code, message }, statusCode: status);

    /// <summary>
    /// The answer to an exception no function handled: a request Kestrel could not read is 400 with why; storage that
    /// did not answer is 503 with Retry-After (try again), anything else 500. The exception's text stays in the log (it
    /// may name internals), not in the answer. The same in the local host and under the Functions host.
    /// </summary>
    public static IResult ForException(Exception? error)
    {
        while (error is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            error = aggregate.InnerException;
        }

        if (error is BadHttpRequestException bad)
        {
            // A malformed request (a broken chunked body, a body cut short) is the caller's, not storage's: 400, not 503.
            return Problem(bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest, "bad_request", "The request could not be read: " + bad.Message);
        }

        return error is IOException or TimeoutException or HttpRequestException
            ? new RetryLater(Problem(StatusCodes.Status503ServiceUnavailable, "storage_unavailable", "Storage did not answer; try again shortly."))
            : Problem(StatusCodes.Status500InternalServerError, "internal_error", "The request failed; see the app's log.");
    }

    /// <summary>The local host's exception handler: <see cref="ForException"/> for the exception it caught.</summary>
    public static Task WriteUnhandledAsync(HttpContext context) =>
        ForException(context.Features.Get<IExceptionHandlerFeature>()?.Error).ExecuteAsync(context);

    /// <summary>An answer with <c>Retry-After: 5</c>.</summary>
    private sealed class RetryLater(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "5";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
