using Reports.Core.Storage;
using Reports.Core.Storage.FileSystem;
using Reports.Functions.Hosting;

namespace Reports.Functions.Storage;

/// <summary>Picks the blob store the settings name: the local data folder when ReportsStorage is empty.</summary>
internal static class BlobStores
{
    public static IBlobStore Create(ReportsOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        IBlobStore store = string.IsNullOrWhiteSpace(options.Storage) && string.IsNullOrWhiteSpace(options.StorageServiceUri)
            ? new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = Path.GetFullPath(options.DataFolder) }, time)
            : throw new NotSupportedException("Azure Blob Storage (ReportsStorage) is not wired in yet.");
        return new TimeoutBlobStore(store, TimeSpan.FromSeconds(options.StoreTimeoutSeconds));
    }
}
