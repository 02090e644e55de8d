using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reports.Functions.Hosting;

namespace Reports.WebApp.Tests;

/// <summary>
/// The function app on a real Kestrel port on 127.0.0.1 (a browser needs one), started the way Program starts it, with
/// its own data folder, the local watcher scanning every 0.2 s, and both keys set.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    public const string Key = "webapp-write-key-0123456789";
    public const string ReadKey = "webapp-read-key-0123456789";

    private readonly WebApplication _app;
    private readonly TempFolder _folder;
    private readonly bool _ownsFolder;

    private TestApp(WebApplication app, TempFolder folder, bool ownsFolder, Uri address)
    {
        _app = app;
        _folder = folder;
        _ownsFolder = ownsFolder;
        Address = address;
    }

    /// <summary>The app's services (its subscriber store, its unsubscribe link signer).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri Address { get; }

    /// <summary>The web app's first page.</summary>
    public string AppUrl => new Uri(Address, "/api/app/").ToString();

    /// <summary>A second app on the same data folder (as a second instance of the function app would be).</summary>
    public static Task<TestApp> StartOnAsync(TestApp other, IDictionary<string, string?>? settings = null) => StartAsync(settings, other._folder);

    public static async Task<TestApp> StartAsync(IDictionary<string, string?>? settings = null) => await StartAsync(settings, null);

    private static async Task<TestApp> StartAsync(IDictionary<string, string?>? settings, TempFolder? shared)
    {
        var folder = shared ?? new TempFolder("reports-webapp");
        var builder = WebApplication.CreateBuilder();
        var all = new Dictionary<string, string?>
        {
            ["ReportsApiKey"] = Key,
            ["ReportsReadKey"] = ReadKey,
            ["ReportsDataPath"] = folder.Path,
            ["ReportsWatchIntervalSeconds"] = "0.2",
            ["ReportsRunTimers"] = "false",
            ["urls"] = "http://127.0.0.1:0",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            all[name] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddReportsFunctions();
        var app = builder.Build();
        app.MapReportsFunctions();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApp(app, folder, shared is null, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    /// <summary>A client for the API with the write key (or none).</summary>
    public HttpClient Client(string? key = Key)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(100) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        return client;
    }

    /// <summary>Uploads a file through the API; its article id.</summary>
    public async Task<string> UploadAsync(string name, byte[] content)
    {
        using var client = Client();
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await client.PostAsync(new Uri($"/api/articles?name={Uri.EscapeDataString(name)}", UriKind.Relative), body);
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Waits (up to the patience, never deciding a test by speed) until the article is analysed or rejected.</summary>
    public async Task WaitAnalysedAsync(string id, TimeSpan patience)
    {
        using var client = Client();
        var until = DateTime.UtcNow + patience;
        while (true)
        {
            using var response = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative));
            if (response.StatusCode == System.Net.HttpStatusCode.OK)
            {
                return;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"article {id} still {response.StatusCode} after {patience}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsFolder)
        {
            _folder.Dispose();
        }
    }
}
