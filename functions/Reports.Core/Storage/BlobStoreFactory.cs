using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Reports.Core.Storage.Azure;

namespace Reports.Core.Storage;

/// <summary>Builds the blob store that <see cref="BlobStoreSettings"/> asks for.</summary>
public static class BlobStoreFactory
{
    public const string ManagedIdentityCredential = "managedidentity";

    /// <summary>Which store the settings select; throws when they are contradictory.</summary>
    public static BlobStoreKind KindOf(BlobStoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (settings.ConnectionString, settings.ServiceUri) switch
        {
            (not null, not null) => throw new InvalidOperationException(
                $"Both {BlobStoreSettings.ConnectionName} and {BlobStoreSettings.ConnectionName}__serviceUri are set; keep one."),
            (not null, null) => BlobStoreKind.SharedKey,
            (null, not null) => BlobStoreKind.Token,
            _ => BlobStoreKind.FileSystem,
        };
    }

    /// <summary>
    /// The store for these settings. The Azure store owns an HttpClient: create one per process and dispose it
    /// (it implements IDisposable) at shutdown.
    /// </summary>
    public static IBlobStore Create(BlobStoreSettings settings, TimeProvider? time = null, ILogger? logger = null, AzureBlobStoreOptions? azureOptions = null)
    {
        return KindOf(settings) switch
        {
            BlobStoreKind.SharedKey => AzureBlobStore.FromConnectionString(settings.ConnectionString!, azureOptions, time, logger),
            BlobStoreKind.Token => AzureBlobStore.FromServiceUri(settings.ServiceUri!, CredentialFor(settings), azureOptions, time, logger),
            _ => new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = settings.DataPath }, time),
        };
    }

    internal static TokenCredential CredentialFor(BlobStoreSettings settings) => settings.Credential?.ToLowerInvariant() switch
    {
        ManagedIdentityCredential => settings.ClientId is null
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.ClientId)),
        null => new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ClientId }),
        _ => throw new InvalidOperationException(
            $"{BlobStoreSettings.ConnectionName}__credential '{settings.Credential}' is not supported; use '{ManagedIdentityCredential}' or leave it unset for the default Azure credential chain."),
    };
}
