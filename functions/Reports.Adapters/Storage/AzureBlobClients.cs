using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reports.Core.Storage;

namespace Reports.Adapters.Storage;

/// <summary>
/// The SDK's blob clients as Reports configures them: a connection string (Azurite, or an account key) or a service
/// URI with an Entra ID credential (managed identity or the default chain); the SDK's own retry (exponential, 4
/// retries from 200 ms, at most 10 s apart) and a network timeout per try; the service version pinned to one that
/// Azure and the Azurite that npm installs on Node 20 (3.35) both accept, so Azurite needs no
/// <c>--skipApiVersionCheck</c>.
/// </summary>
public static class AzureBlobClients
{
    /// <summary>The REST version every request sends (x-ms-version).</summary>
    public const BlobClientOptions.ServiceVersion ServiceVersion = BlobClientOptions.ServiceVersion.V2025_11_05;

    /// <summary>The options: pinned version, retries and a per-try timeout.</summary>
    public static BlobClientOptions Options(TimeSpan? tryTimeout = null, int maxRetries = 4)
    {
        var options = new BlobClientOptions(ServiceVersion);
        Configure(options.Retry, tryTimeout, maxRetries);
        return options;
    }

    /// <summary>A service client for the settings (a connection string or a service URI); the filesystem kind has none.</summary>
    public static BlobServiceClient Create(BlobStoreSettings settings, BlobClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        options ??= Options();
        return BlobStoreFactory.KindOf(settings) switch
        {
            BlobStoreKind.SharedKey => new BlobServiceClient(settings.ConnectionString, options),
            BlobStoreKind.Token => new BlobServiceClient(HttpsOnly(settings.ServiceUri!), CredentialFor(settings), options),
            _ => throw new InvalidOperationException($"{BlobStoreSettings.ConnectionName} is not set: the filesystem store needs no blob client."),
        };
    }

    /// <summary>
    /// Registers the <see cref="BlobServiceClient"/> with Microsoft.Extensions.Azure (<c>IAzureClientFactory</c> and the
    /// client itself), built on first use from the app's <c>ReportsStorage</c> settings with <see cref="Options"/>.
    /// Resolve it only when <see cref="BlobStoreFactory.KindOf"/> is not the filesystem.
    /// </summary>
    public static IServiceCollection AddReportsBlobClient(this IServiceCollection services)
    {
        services.AddAzureClients(clients => clients.AddClient<BlobServiceClient, BlobClientOptions>((_, _, provider) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return Create(BlobStoreSettings.From(key => configuration[key]));
        }));
        return services;
    }

    internal static TokenCredential CredentialFor(BlobStoreSettings settings) => settings.Credential?.ToLowerInvariant() switch
    {
        BlobStoreFactory.ManagedIdentityCredential => settings.ClientId is null
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.ClientId)),
        null => new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ClientId }),
        _ => throw new InvalidOperationException(
            $"{BlobStoreSettings.ConnectionName}__credential '{settings.Credential}' is not supported; use '{BlobStoreFactory.ManagedIdentityCredential}' or leave it unset for the default Azure credential chain."),
    };

    private static void Configure(RetryOptions retry, TimeSpan? tryTimeout, int maxRetries)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = maxRetries;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(10);
        retry.NetworkTimeout = tryTimeout ?? TimeSpan.FromSeconds(30);
    }

    private static Uri HttpsOnly(Uri serviceUri) => serviceUri.Scheme == Uri.UriSchemeHttps
        ? serviceUri
        : throw new ArgumentException($"{BlobStoreSettings.ConnectionName}__serviceUri must use https for token access.", nameof(serviceUri));
}
