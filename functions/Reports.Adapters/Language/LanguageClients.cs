using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Reports.Core.AzureLanguage;

namespace Reports.Adapters.Language;

/// <summary>
/// Builds the Azure AI Language client for the settings: the resource key when one is set, else an Entra ID token
/// from a managed identity (<c>ReportsLanguage__credential=managedidentity</c>, optional <c>__clientId</c>) or the
/// default Azure credential chain. Azure.Identity lives here, at the edge, not in Reports.Core.
/// </summary>
public static class LanguageClients
{
    public static LanguageClient Create(AzureLanguageSettings settings, TimeProvider? time = null, ILogger? logger = null, LanguageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Key is not null)
        {
            return LanguageClient.Create(settings, time, logger, options);
        }

        var endpoint = settings.Endpoint ?? throw new ArgumentException($"{AzureLanguageSettings.EndpointName} is not set.", nameof(settings));
        TokenCredential credential = settings.Credential == AzureLanguageSettings.ManagedIdentityCredential
            ? new ManagedIdentityCredential(settings.ClientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(settings.ClientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ClientId });
        return WithCredential(endpoint, credential, options ?? new LanguageClientOptions { Timeout = settings.Timeout }, time, logger);
    }

    /// <summary>A client authorized by Entra ID tokens (the resource needs a custom subdomain and the Cognitive Services User role).</summary>
    public static LanguageClient WithCredential(Uri endpoint, TokenCredential credential, LanguageClientOptions? options = null, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return LanguageClient.WithAuthorizer(endpoint, new BearerTokenAuthorizer(credential, time ?? TimeProvider.System, LanguageClient.Scope), options, time, logger);
    }
}
