using Reports.Functions.Hosting;

// Started by the Functions host (it passes --functions-uri) this is an isolated worker; started on its own (dotnet run)
// it is the local host: the same function classes behind ASP.NET Core, a blob watcher and the timers.
if (HostSettings.Detect(args, Environment.GetEnvironmentVariable) == HostMode.Worker)
{
    await FunctionsWorker.RunAsync(args).ConfigureAwait(false);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddReportsFunctions();
var app = builder.Build();
app.MapReportsFunctions();
await app.RunAsync().ConfigureAwait(false);

/// <summary>The app's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
