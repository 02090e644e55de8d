using Reports.Core.Storage;
using Reports.Functions.Hosting;

namespace Reports.Functions.Storage;

/// <summary>
/// The store the settings name (<see cref="BlobStoreSettings"/>: the local data folder when ReportsStorage is unset,
/// Azurite or Azure otherwise), with a timeout on every call.
/// </summary>
internal static class BlobStores
{
    public static IBlobStore Create(IConfiguration configuration, ReportsOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = BlobStoreSettings.From(key => configuration[key]);
        var store = BlobStoreFactory.Create(settings, time, loggers.CreateLogger(typeof(BlobStoreFactory).FullName!));
        return new TimeoutBlobStore(store, TimeSpan.FromSeconds(options.StoreTimeoutSeconds));
    }
}
