using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Reports.Functions.LocalHost;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Hosting;

/// <summary>
/// The local host's routes come from the functions' attributes: one endpoint per HTTP function, at /api/{Route} for
/// its methods, and its key behaviour matches the declared auth level (Function: a keyless request is refused; Anonymous:
/// it is served).
/// </summary>
public sealed class LocalHostRoutesTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-routes");

    [Fact]
    public void Endpoints_AreExactlyTheHttpFunctions_AtTheirRoutesAndMethods()
    {
        using var app = new ReportsApp(ReportsApp.FileStore(_folder.Path));
        using var client = app.CreateClient();
        var functions = app.Services.GetRequiredService<LocalFunctions>();

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<LocalFunction>() is not null)
            .Select(e => (e.Metadata.GetMetadata<LocalFunction>()!.Name, Route: e.RoutePattern.RawText ?? string.Empty, Methods: string.Join(',', e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods)))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();

        var expected = functions.Of(TriggerKind.Http)
            .Select(f => (f.Name, Route: "/api/" + f.Route, Methods: string.Join(',', f.Methods)))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(9, expected.Count);
        Assert.Equal(expected, endpoints);
    }

    public static TheoryData<string> HttpFunctionNames() =>
        [.. LocalFunctions.FromAssembly(typeof(LocalFunctions).Assembly).Of(TriggerKind.Http).Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(HttpFunctionNames))]
    public async Task KeylessRequest_IsRefusedExactlyWhenTheAuthLevelIsFunction(string name)
    {
        using var app = new ReportsApp(ReportsApp.FileStore(_folder.Path));
        using var client = app.CreateAnonymousClient();
        var function = app.Services.GetRequiredService<LocalFunctions>()[name];
        var path = "/api/" + function.Route!.Replace("{id}", new string('c', 32), StringComparison.Ordinal);

        foreach (var method in function.Methods)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path + (function.Route == "articles" ? "?name=x.txt" : string.Empty));
            using var response = await client.SendAsync(request);

            if (function.AuthLevel == AuthorizationLevel.Function)
            {
                Assert.True(response.StatusCode is HttpStatusCode.Unauthorized, $"{method} {path}: {response.StatusCode}");
            }
            else
            {
                Assert.False(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{method} {path}: {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task MethodNotDeclared_IsNotServed()
    {
        using var app = new ReportsApp(ReportsApp.FileStore(_folder.Path));
        using var client = app.CreateKeyedClient();

        using var response = await client.DeleteAsync(new Uri("/api/articles", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    public void Dispose() => _folder.Dispose();
}
