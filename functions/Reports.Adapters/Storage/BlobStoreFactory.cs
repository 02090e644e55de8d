using Azure.Storage.Blobs;
using Reports.Core.Storage;

namespace Reports.Adapters.Storage;

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
    /// The store for these settings: the filesystem under <see cref="BlobStoreSettings.DataPath"/>, or Azure storage
    /// through the SDK (<paramref name="client"/> when the host registered one, else a client built here).
    /// </summary>
    public static IBlobStore Create(BlobStoreSettings settings, TimeProvider? time = null, BlobServiceClient? client = null) =>
        KindOf(settings) switch
        {
            BlobStoreKind.FileSystem => new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = settings.DataPath }, time),
            _ => new AzureSdkBlobStore(client ?? AzureBlobClients.Create(settings)),
        };
}
