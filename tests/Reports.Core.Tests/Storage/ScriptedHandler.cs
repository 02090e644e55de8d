using System.Net;

namespace Reports.Core.Tests.Storage;

/// <summary>An HTTP handler that answers from a script, one step per request, and records what it was sent.</summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
{
    private int next;

    public List<HttpRequestMessage> Requests { get; } = [];

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status, string? errorCode = null) => (_, _) =>
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent([]) };
        response.Headers.TryAddWithoutValidation("ETag", "\"0x8DABCDEF\"");
        if (errorCode is not null)
        {
            response.Headers.TryAddWithoutValidation("x-ms-error-code", errorCode);
        }

        return Task.FromResult(response);
    };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Throw(Exception error) => (_, _) => Task.FromException<HttpResponseMessage>(error);

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang() => async (_, token) =>
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var step = steps[Math.Min(next++, steps.Length - 1)];
        return step(request, cancellationToken);
    }
}
