using System.Net;

namespace Reports.WebApp.Tests;

/// <summary>
/// The web app's files: served anonymously with their types, an ETag and no-cache (304 while unchanged), the
/// Content-Security-Policy and nosniff; nothing outside the app's folder, however the path is spelled.
/// </summary>
public sealed class StaticEndpointTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["ReportsRunWatcher"] = "false" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/api/app/", "text/html; charset=utf-8")]
    [InlineData("/api/app/index.html", "text/html; charset=utf-8")]
    [InlineData("/api/app/app.js", "text/javascript; charset=utf-8")]
    [InlineData("/api/app/app.css", "text/css; charset=utf-8")]
    [InlineData("/api/app/api.js", "text/javascript; charset=utf-8")]
    public async Task File_ServedWithoutKey_WithTypeCachingAndPolicy(string path, string type)
    {
        using var client = _app.Client(key: null);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.NotNull(response.Headers.ETag);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_AskedAgainWithItsETag_Is304WithoutBody()
    {
        using var client = _app.Client(key: null);
        using var first = await client.GetAsync(new Uri("/api/app/app.js", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/app/app.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task File_AskedWithAnotherETag_IsSentWhole()
    {
        using var client = _app.Client(key: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/app/app.js");
        request.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0000\""));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AppWithoutTrailingSlash_RedirectsToIt()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = _app.Address };

        using var response = await client.GetAsync(new Uri("/api/app", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api/app/", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/api/app/../host.json")]
    [InlineData("/api/app/%2e%2e/host.json")]
    [InlineData("/api/app/%2e%2e%2fhost.json")]
    [InlineData("/api/app/..%2f..%2fReports.Functions.dll")]
    [InlineData("/api/app/..%5chost.json")]
    [InlineData("/api/app/%2fetc%2fpasswd")]
    [InlineData("/api/app//etc/passwd")]
    [InlineData("/api/app/App/function.json")]
    [InlineData("/api/app/../App/function.json")]
    [InlineData("/api/app/index.html%00.js")]
    [InlineData("/api/app/missing.js")]
    [InlineData("/api/app/%2e%2e/appsettings.json")]
    [InlineData("/api/app/../../appsettings.json")]
    public async Task PathOutsideTheAppsFiles_Is404(string path)
    {
        // The raw path goes on the wire as written (HttpClient would fold "/../" itself).
        using var client = _app.Client(key: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_app.Address, new Uri(path, UriKind.Relative)));
        request.RequestUri = new Uri(_app.Address.GetLeftPart(UriPartial.Authority) + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

        using var response = await client.SendAsync(request);

        // host.json and function.json exist beside the executable: a traversal would answer 200 with them.
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("customHandler", body, StringComparison.Ordinal);
        Assert.DoesNotContain("bindings", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ListsOnlyFilesUnderTheFolder_WithKnownTypes()
    {
        using var folder = new TempFolder("reports-webapp-load");
        Directory.CreateDirectory(Path.Combine(folder.Path, "app", "sub"));
        File.WriteAllText(Path.Combine(folder.Path, "secret.json"), "{}");
        File.WriteAllText(Path.Combine(folder.Path, "app", "index.html"), "<!DOCTYPE html>");
        File.WriteAllText(Path.Combine(folder.Path, "app", "sub", "x.js"), "export {};");
        File.WriteAllText(Path.Combine(folder.Path, "app", "notes.exe"), "MZ");

        var files = Reports.Functions.App.WebAppFunction.Load(Path.Combine(folder.Path, "app"));

        Assert.Equal(["index.html", "sub/x.js"], files.Keys.Order(StringComparer.Ordinal));
        Assert.NotEqual(files["index.html"].ETag, files["sub/x.js"].ETag);
    }
}
