using Azure.Identity;
using Microsoft.ApplicationInsights;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Functions.Hosting;

namespace Reports.Functions.Tests.Hosting;

/// <summary>
/// Worker-side Application Insights: absent without <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>, registered as the
/// isolated worker guide says with it (the worker built as the host would start it, not started: started, it connects
/// to its Functions host).
/// </summary>
public sealed class WorkerTelemetryTests
{
    // A made-up key and an endpoint nothing listens on: never a real connection string.
    private const string FakeConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/";

    /// <summary>The host's gRPC address that a worker reads from its configuration (here one nothing listens on).</summary>
    private static readonly string[] HostArgs = ["--Functions:Worker:HostEndpoint=http://127.0.0.1:9/"];

    [Fact]
    public void Worker_WithoutConnectionString_BuildsWithoutApplicationInsights()
    {
        Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable(WorkerTelemetry.ConnectionStringSetting)), "the test machine sets a connection string");

        using var host = FunctionsWorker.Build(HostArgs);

        Assert.Null(host.Services.GetService<TelemetryClient>());
        Assert.DoesNotContain(host.Services.GetServices<ILoggerProvider>(), p => p.GetType().FullName == WorkerTelemetry.LoggerProviderName);
        Assert.Equal(HostMode.Worker, host.Services.GetRequiredService<HostSettings>().Mode); // the app's own services are there
        Assert.NotEmpty(host.Services.GetServices<IHostedService>());
    }

    [Fact]
    public void Worker_WithConnectionString_RegistersApplicationInsights_WithoutTheWarningOnlyRule()
    {
        using var host = FunctionsWorker.Build([.. HostArgs, $"--{WorkerTelemetry.ConnectionStringSetting}={FakeConnectionString}"]);

        Assert.NotNull(host.Services.GetService<TelemetryClient>());
        Assert.Equal(FakeConnectionString, host.Services.GetRequiredService<TelemetryConfiguration>().ConnectionString);
        Assert.Contains(host.Services.GetServices<ILoggerProvider>(), p => p.GetType().FullName == WorkerTelemetry.LoggerProviderName);

        // ConfigureFunctionsApplicationInsights: the Functions telemetry initializer (invocation id, operation name).
        Assert.Contains(host.Services.GetServices<ITelemetryInitializer>(), i => i.GetType().FullName!.StartsWith("Microsoft.Azure.Functions.Worker", StringComparison.Ordinal));

        // The SDK's rule that sends only warnings is gone: the app's log levels decide.
        var filters = host.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value;
        Assert.DoesNotContain(filters.Rules, r => r.ProviderName == WorkerTelemetry.LoggerProviderName);
        Assert.Equal(HostMode.Worker, host.Services.GetRequiredService<HostSettings>().Mode);
    }

    [Fact]
    public void Worker_WithAadAuthentication_UsesTheManagedIdentity()
    {
        Assert.Null(WorkerTelemetry.CredentialOf(null));
        Assert.Null(WorkerTelemetry.CredentialOf(""));
        Assert.Null(WorkerTelemetry.CredentialOf("Authorization=Key"));
        Assert.IsType<ManagedIdentityCredential>(WorkerTelemetry.CredentialOf("Authorization=AAD"));
        Assert.IsType<ManagedIdentityCredential>(WorkerTelemetry.CredentialOf("ClientId=11111111-2222-3333-4444-555555555555;Authorization=AAD"));
    }
}
