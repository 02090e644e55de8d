using System.Net;
using Microsoft.Extensions.Logging;
using Reports.Core.Storage;
using Reports.Core.Storage.Azure;
using static Reports.Core.Tests.Storage.ScriptedHandler;

namespace Reports.Core.Tests.Storage;

/// <summary>Retries, timeouts and error mapping of the REST store, against a scripted handler.</summary>
public sealed class AzureBlobStoreRetryTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:1/devstoreaccount1");

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task PutAsync_TransientThenCreated_RetriesAndSucceeds(HttpStatusCode transient)
    {
        var handler = new ScriptedHandler(Status(transient), Status(transient), Status(HttpStatusCode.Created));
        using var sut = Store(handler);

        var item = await sut.PutAsync("news", "a.txt", "abc"u8.ToArray(), BlobWriteOptions.Overwrite, CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("0x8DABCDEF", item.ETag);
        Assert.All(handler.Requests, r => Assert.Equal("2021-08-06", r.Headers.GetValues("x-ms-version").Single()));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task PutAsync_NonTransientFailure_IsNotRetried(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(Status(status, "SomeError"), Status(HttpStatusCode.Created));
        using var sut = Store(handler);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            sut.PutAsync("news", "a.txt", "abc"u8.ToArray(), BlobWriteOptions.Overwrite, CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Equal(status, error.StatusCode);
        Assert.Contains("SomeError", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, "BlobAlreadyExists", BlobWriteCondition.IfNotExists)]
    [InlineData(HttpStatusCode.PreconditionFailed, "ConditionNotMet", BlobWriteCondition.IfMatch)]
    [InlineData(HttpStatusCode.NotFound, "BlobNotFound", BlobWriteCondition.IfMatch)]
    public async Task PutAsync_ConditionRefused_ThrowsConditionFailedOnce(HttpStatusCode status, string code, BlobWriteCondition condition)
    {
        var handler = new ScriptedHandler(Status(status, code));
        using var sut = Store(handler);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() =>
            sut.PutAsync("news", "a.txt", "abc"u8.ToArray(), new BlobWriteOptions { Condition = condition, ETag = "0x1" }, CancellationToken.None));

        Assert.Single(handler.Requests);
        var sent = handler.Requests[0];
        Assert.Equal(condition == BlobWriteCondition.IfMatch ? "\"0x1\"" : "*", sent.Headers.GetValues(condition == BlobWriteCondition.IfMatch ? "If-Match" : "If-None-Match").Single());
    }

    [Fact]
    public async Task PutAsync_Retry_IsLoggedWithAStructuredTemplateAndNoSecret()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable), Status(HttpStatusCode.Created));
        var logger = new ListLogger();
        using var sut = Store(handler, logger: logger);

        await sut.PutAsync("news", "a.txt", "abc"u8.ToArray(), BlobWriteOptions.Overwrite, CancellationToken.None);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal("{Service} {Operation} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms", entry.Template);
        Assert.Contains("Put Blob attempt 1 failed (503)", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DevelopmentStorage.AccountKey, entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SharedKey", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutAsync_RetryAfter_IsHonouredUpToTheCap()
    {
        var handler = new ScriptedHandler(
            (_, _) =>
            {
                var busy = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new ByteArrayContent([]) };
                busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(1));
                return Task.FromResult(busy);
            },
            Status(HttpStatusCode.Created));
        using var sut = Store(handler);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await sut.PutAsync("news", "a.txt", "abc"u8.ToArray(), BlobWriteOptions.Overwrite, CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "Retry-After must be capped by RetryMaxDelay.");
    }

    [Fact]
    public async Task GetAsync_AlwaysUnavailable_GivesUpAfterMaxRetries()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable, "ServerBusy"));
        using var sut = Store(handler);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => sut.GetAsync("news", "a.txt", CancellationToken.None));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Fact]
    public async Task GetAsync_NetworkErrorThenAnswer_Retries()
    {
        var handler = new ScriptedHandler(Throw(new HttpRequestException("Connection refused (127.0.0.1:1)")), Status(HttpStatusCode.NotFound, "BlobNotFound"));
        using var sut = Store(handler);

        Assert.Null(await sut.GetAsync("news", "a.txt", CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_EveryAttemptHangs_TimesOutPerAttemptThenFails()
    {
        var handler = new ScriptedHandler(Hang());
        using var sut = Store(handler, timeout: TimeSpan.FromMilliseconds(100));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => sut.GetAsync("news", "a.txt", CancellationToken.None));

        Assert.Equal(4, handler.Requests.Count);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task GetAsync_CallerCancelsDuringAnAttempt_ThrowsOperationCanceledWithoutRetry()
    {
        var handler = new ScriptedHandler(Hang());
        using var sut = Store(handler, timeout: TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.GetAsync("news", "a.txt", cancel.Token));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task EnsureContainerAsync_AlreadyExists_Succeeds()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.Conflict, "ContainerAlreadyExists"));
        using var sut = Store(handler);

        await sut.EnsureContainerAsync("news", CancellationToken.None);

        Assert.Equal("http://127.0.0.1:1/devstoreaccount1/news?restype=container", handler.Requests.Single().RequestUri!.AbsoluteUri);
        Assert.StartsWith("SharedKey devstoreaccount1:", handler.Requests[0].Headers.Authorization!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_TwoPages_FollowsNextMarker()
    {
        const string page1 = """<?xml version="1.0" encoding="utf-8"?><EnumerationResults><Blobs><Blob><Name>a/1</Name><Properties><Last-Modified>Sun, 22 Nov 2026 04:55:04 GMT</Last-Modified><Etag>0x1</Etag><Content-Length>3</Content-Length></Properties></Blob></Blobs><NextMarker>a/1</NextMarker></EnumerationResults>""";
        const string page2 = """<?xml version="1.0" encoding="utf-8"?><EnumerationResults><Blobs><Blob><Name>a/2</Name><Properties><Last-Modified>Sun, 22 Nov 2026 04:55:04 GMT</Last-Modified><Etag>0x2</Etag><Content-Length>4</Content-Length></Properties></Blob></Blobs><NextMarker/></EnumerationResults>""";
        var handler = new ScriptedHandler(Xml(page1), Xml(page2));
        using var sut = Store(handler);

        var names = new List<string>();
        await foreach (var item in sut.ListAsync("news", "a/", CancellationToken.None))
        {
            names.Add(item.Name);
        }

        Assert.Equal(["a/1", "a/2"], names);
        Assert.DoesNotContain("marker", handler.Requests[0].RequestUri!.Query, StringComparison.Ordinal);
        Assert.Contains("marker=a%2F1", handler.Requests[1].RequestUri!.Query, StringComparison.Ordinal);
        Assert.Contains("prefix=a%2F", handler.Requests[1].RequestUri!.Query, StringComparison.Ordinal);
    }

    private static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Xml(string body) =>
        (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) });

    private static AzureBlobStore Store(ScriptedHandler handler, TimeSpan? timeout = null, ILogger? logger = null) => new(
        Endpoint,
        new SharedKeySigner(DevelopmentStorage.AccountName, Convert.FromBase64String(DevelopmentStorage.AccountKey)),
        new AzureBlobStoreOptions
        {
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(5),
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
        },
        logger: logger,
        handler: handler);
}
