using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Reports.Core.Storage;
using Reports.Functions.Hosting;
using Reports.Functions.LocalHost;

namespace Reports.Functions.Tests.Support;

/// <summary>
/// The services as the isolated worker registers them (<see cref="ReportsFunctionsExtensions.AddReportsServices"/>,
/// mode Worker: the host has checked the keys), on a given store and clock, without the Functions host: function
/// classes are made from them the way the worker's activator makes them, and called directly.
/// </summary>
internal sealed class WorkerServices : IDisposable
{
    private readonly ServiceProvider _services;

    public WorkerServices(IBlobStore store, TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration);
        services.AddReportsServices(new HostSettings(HostMode.Worker));
        services.RemoveAll<IBlobStore>();
        services.AddSingleton(store);
        if (time is not null)
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(time);
        }

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // As the worker's host does at start: the analyzer check and the containers.
        foreach (var hosted in _services.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
        {
            hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public IServiceProvider Services => _services;

    /// <summary>A function class, made as the worker's activator makes it (constructor injection, one per invocation).</summary>
    public T Create<T>()
        where T : class => ActivatorUtilities.CreateInstance<T>(_services);

    /// <summary>A FunctionContext with the given binding data.</summary>
    public LocalFunctionContext Context(string function, IReadOnlyDictionary<string, object?>? bindingData = null) =>
        new(function, _services, bindingData ?? new Dictionary<string, object?>(), CancellationToken.None);

    /// <summary>A request as the ASP.NET Core integration hands it to a function: a DefaultHttpContext on these services.</summary>
    public HttpRequest Request(string method, string path, string? query = null, byte[]? body = null, string? contentType = null)
    {
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Request.Method = method;
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("reports.example.net");
        http.Request.Path = path;
        http.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        http.Response.Body = new MemoryStream();
        if (body is not null)
        {
            http.Request.Body = new MemoryStream(body);
            http.Request.ContentLength = body.Length;
            http.Request.ContentType = contentType;
        }

        return http.Request;
    }

    /// <summary>Runs a function's result against its request, as the integration does, and returns status and body.</summary>
    public static async Task<(int Status, string Body, IHeaderDictionary Headers)> ExecuteAsync(HttpRequest request, IResult result)
    {
        await result.ExecuteAsync(request.HttpContext);
        var response = request.HttpContext.Response;
        response.Body.Position = 0;
        using var reader = new StreamReader(response.Body);
        return (response.StatusCode, await reader.ReadToEndAsync(), response.Headers);
    }

    public void Dispose() => _services.Dispose();
}
