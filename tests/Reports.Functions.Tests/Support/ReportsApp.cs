using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Reports.Core.Storage;
using Reports.Core.Storage.FileSystem;

namespace Reports.Functions.Tests.Support;

/// <summary>
/// The local host under test, in process (the HTTP API served by the function classes, the watcher, the timers). The
/// store is given, so two apps in a row can share it.
/// </summary>
internal sealed class ReportsApp : WebApplicationFactory<Program>
{
    public const string Key = "test-key-0123456789";

    /// <summary>The read key; clients from <see cref="WebApplicationFactory{T}.CreateClient()"/> send it by default.</summary>
    public const string ReadKey = "read-key-abcdefghijk";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["ReportsApiKey"] = Key,
        ["ReportsReadKey"] = ReadKey,
        ["ReportsWatchIntervalSeconds"] = "0.1",
        ["ReportsClaimLeaseSeconds"] = "5",
        ["urls"] = "http://127.0.0.1:0",
    };

    public ReportsApp(IBlobStore store, bool kestrel = false, IDictionary<string, string?>? settings = null)
    {
        Store = store;

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        if (kestrel)
        {
            UseKestrel();
        }
    }

    public IBlobStore Store { get; }

    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>A filesystem store in a temp folder (no fsync: tests need not survive power cuts).</summary>
    public static FileSystemBlobStore FileStore(string folder) => new(new FileSystemBlobStoreOptions { RootPath = folder, FlushToDisk = false });

    /// <summary>A client that sends the write key.</summary>
    public HttpClient CreateKeyedClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("x-functions-key");
        client.DefaultRequestHeaders.Add("x-functions-key", Key);
        return client;
    }

    /// <summary>A client that sends no key at all.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("x-functions-key");
        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("x-functions-key", ReadKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IBlobStore>();
            services.AddSingleton(Store);
            ExtraServices?.Invoke(services);
        });
    }
}
