using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Functions.Hosting;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Functions;

/// <summary>
/// Under the worker, an exception an HTTP function did not handle gets the local host's answer (503 + Retry-After for
/// storage, 500 otherwise, never the exception's text); other functions' exceptions go on to the host, which retries.
/// </summary>
public sealed class HttpErrorMiddlewareTests : IDisposable
{
    /// <summary>Where the ASP.NET Core integration keeps the invocation's HttpContext (FunctionContext.Items).</summary>
    private const string HttpContextKey = "HttpRequestContext";

    private readonly TempFolder _folder = new("reports-functions-middleware");
    private readonly WorkerServices _worker;

    public HttpErrorMiddlewareTests() => _worker = new WorkerServices(ReportsApp.FileStore(_folder.Path));

    [Fact]
    public async Task HttpFunctionThrowsStorageError_Answers503WithRetryAfter()
    {
        var request = _worker.Request("GET", "/api/articles");
        var context = _worker.Context("ListArticles");
        context.Items[HttpContextKey] = request.HttpContext;
        var sut = new HttpErrorMiddleware(NullLogger<HttpErrorMiddleware>.Instance);

        await sut.Invoke(context, _ => throw new IOException("disk details"));

        var response = request.HttpContext.Response;
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter.ToString());
        response.Body.Position = 0;
        var body = await new StreamReader(response.Body).ReadToEndAsync();
        Assert.Contains("storage_unavailable", body, StringComparison.Ordinal);
        Assert.DoesNotContain("disk details", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonHttpFunctionThrows_TheExceptionReachesTheHost()
    {
        var context = _worker.Context("AnalyzeArticle");
        var sut = new HttpErrorMiddleware(NullLogger<HttpErrorMiddleware>.Instance);

        await Assert.ThrowsAsync<IOException>(() => sut.Invoke(context, _ => throw new IOException("retry me")));
    }

    public void Dispose()
    {
        _worker.Dispose();
        _folder.Dispose();
    }
}
