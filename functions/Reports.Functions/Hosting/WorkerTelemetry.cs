using Azure.Core;
using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;

namespace Reports.Functions.Hosting;

/// <summary>
/// Worker-side Application Insights, as the isolated worker guide sets it up: the worker's own telemetry (its
/// <see cref="ILogger"/> logs at the configured levels, dependencies such as the storage and mail calls, exceptions)
/// goes straight to Application Insights, correlated with the host's invocation. Only with
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> set (the Bicep sets it; locally it is unset and nothing is added).
/// With <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> = <c>Authorization=AAD</c> (optionally with
/// <c>ClientId=…</c>), ingestion uses the managed identity (the Bicep's Application Insights has local auth off).
/// </summary>
internal static class WorkerTelemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>The provider whose default rule (Warning and above only) the Application Insights SDK adds.</summary>
    public const string LoggerProviderName = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>Adds the worker's Application Insights when a connection string is set; whether it did.</summary>
    public static bool AddTo(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        services.AddApplicationInsightsTelemetryWorkerService(options => options.ConnectionString = connectionString);
        services.ConfigureFunctionsApplicationInsights();
        if (CredentialOf(configuration[AuthenticationStringSetting]) is { } credential)
        {
            services.Configure<TelemetryConfiguration>(telemetry => telemetry.SetAzureTokenCredential(credential));
        }

        // The SDK adds a rule that keeps only warnings for its logger; the guide removes it so the app's log levels
        // (host.json / appsettings.json, Information by default) decide what is sent.
        services.Configure<LoggerFilterOptions>(options =>
        {
            var rule = options.Rules.FirstOrDefault(r => r.ProviderName == LoggerProviderName);
            if (rule is not null)
            {
                options.Rules.Remove(rule);
            }
        });
        return true;
    }

    /// <summary>
    /// The managed identity named by an authentication string (<c>Authorization=AAD</c>, with <c>ClientId=…</c> for a
    /// user-assigned identity), or null when it asks for none.
    /// </summary>
    public static TokenCredential? CredentialOf(string? authenticationString)
    {
        if (string.IsNullOrWhiteSpace(authenticationString))
        {
            return null;
        }

        var parts = authenticationString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var authorization) || !authorization.Equals("AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.TryGetValue("ClientId", out var clientId) && !string.IsNullOrEmpty(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
