using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Reports.Core.AzureLanguage;
using Reports.Core.Http;

namespace Reports.Adapters.Language;

/// <summary>
/// Builds the Azure AI Language client for the settings: the resource key when one is set, else an Entra ID token
/// from a managed identity (<c>ReportsLanguage__credential=managedidentity</c>, optional <c>__clientId</c>) or the
/// default Azure credential chain. Its HttpClient carries the resilience pipeline (<see cref="LanguageResilience"/>).
/// Azure.Identity and Polly live here, at the edge, not in Reports.Core.
/// </summary>
public static class LanguageClients
{
    /// <summary>The named HttpClient registered by <see cref="AddReportsLanguageClient"/>.</summary>
    public const string HttpClientName = "azure-ai-language";

    /// <summary>
    /// Registers the named HttpClient with the resilience handler (options from <see cref="AzureLanguageSettings"/>,
    /// waits on the container's <see cref="TimeProvider"/>) and the <see cref="LanguageClient"/> singleton that uses it.
    /// Needs <see cref="AzureLanguageSettings"/> and a <see cref="TimeProvider"/> registered.
    /// </summary>
    public static IServiceCollection AddReportsLanguageClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => PrimaryHandler(Options(sp.GetRequiredService<AzureLanguageSettings>())))
            .AddHttpMessageHandler(() => new LanguageResilience.TimeoutTranslation())
            .AddResilienceHandler(LanguageResilience.PipelineName, (builder, context) =>
            {
                var sp = context.ServiceProvider;
                LanguageResilience.Configure(builder, Options(sp.GetRequiredService<AzureLanguageSettings>()), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LanguageClient>>());
            });
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<AzureLanguageSettings>();
            var time = sp.GetRequiredService<TimeProvider>();
            var endpoint = settings.Endpoint ?? throw new ArgumentException($"{AzureLanguageSettings.EndpointName} is not set.", nameof(services));
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new LanguageClient(http, endpoint, Authorizer(settings, time), Options(settings), time, sp.GetRequiredService<ILogger<LanguageClient>>());
        });
        return services;
    }

    /// <summary>A client outside a container (the CLI, tests): the same pipeline around its own handler.</summary>
    public static LanguageClient Create(AzureLanguageSettings settings, TimeProvider? time = null, ILogger? logger = null, LanguageClientOptions? options = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var endpoint = settings.Endpoint ?? throw new ArgumentException($"{AzureLanguageSettings.EndpointName} is not set.", nameof(settings));
        time ??= TimeProvider.System;
        return WithAuthorizer(endpoint, Authorizer(settings, time), options ?? Options(settings), time, logger, handler);
    }

    /// <summary>A client authorized by Entra ID tokens (the resource needs a custom subdomain and the Cognitive Services User role).</summary>
    public static LanguageClient WithCredential(Uri endpoint, TokenCredential credential, LanguageClientOptions? options = null, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return WithAuthorizer(endpoint, new BearerTokenAuthorizer(credential, time ?? TimeProvider.System, LanguageClient.Scope), options, time, logger);
    }

    /// <summary>A client whose requests are authorized by <paramref name="authorizer"/>, sending through the resilience pipeline.</summary>
    public static LanguageClient WithAuthorizer(Uri endpoint, IRequestAuthorizer authorizer, LanguageClientOptions? options = null, TimeProvider? time = null, ILogger? logger = null, HttpMessageHandler? handler = null)
    {
        options ??= new LanguageClientOptions();
        time ??= TimeProvider.System;
        logger ??= NullLogger.Instance;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        LanguageResilience.Configure(builder, options, time, logger);
#pragma warning disable CA2000 // The HttpClient owns the handlers; the LanguageClient disposes the HttpClient.
        var pipeline = new ResilienceHandler(builder.Build()) { InnerHandler = handler ?? PrimaryHandler(options) };
        var http = new HttpClient(new LanguageResilience.TimeoutTranslation { InnerHandler = pipeline }) { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore CA2000
        return new LanguageClient(http, endpoint, authorizer, options, time, logger);
    }

    private static LanguageClientOptions Options(AzureLanguageSettings settings) => new() { Timeout = settings.Timeout };

    private static SocketsHttpHandler PrimaryHandler(LanguageClientOptions options) =>
        new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = options.Timeout };

    private static IRequestAuthorizer Authorizer(AzureLanguageSettings settings, TimeProvider time)
    {
        if (settings.Key is { } key)
        {
            return LanguageClient.KeyAuthorizer(key);
        }

        TokenCredential credential = settings.Credential == AzureLanguageSettings.ManagedIdentityCredential
            ? new ManagedIdentityCredential(settings.ClientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(settings.ClientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ClientId });
        return new BearerTokenAuthorizer(credential, time, LanguageClient.Scope);
    }
}
