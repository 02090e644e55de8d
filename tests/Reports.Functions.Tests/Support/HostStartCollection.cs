using Microsoft.Extensions.Configuration;

namespace Reports.Functions.Tests.Support;

/// <summary>
/// Tests whose app must fail to start. WebApplicationFactory finds the app's host through a process-wide listener, so
/// a start that throws can be taken for another test's start running at the same moment: these run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostStartCollection
{
    public const string Name = "host start failures";
}

/// <summary>
/// Starts the app the way Program does, without WebApplicationFactory, whose deferred host can report a start that
/// failed as "object disposed" instead of the error: for tests of what a failing start says.
/// </summary>
internal static class DirectStart
{
    public static async Task<Exception> FailureAsync(string dataPath, IDictionary<string, string?> settings)
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["ReportsDataPath"] = dataPath,
            ["ReportsRunWatcher"] = "false",
            ["ReportsRunTimers"] = "false",
            ["urls"] = "http://127.0.0.1:0",
        });
        try
        {
            Reports.Functions.Hosting.ReportsFunctionsExtensions.AddReportsFunctions(builder);
            await using var app = builder.Build();
            Reports.Functions.Hosting.ReportsFunctionsExtensions.MapReportsFunctions(app);
            await app.StartAsync();
            await app.StopAsync();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new Xunit.Sdk.XunitException("the app started");
    }
}
