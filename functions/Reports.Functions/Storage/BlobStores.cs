using Reports.Adapters.Storage;
using Reports.Core.Storage;
using Reports.Functions.Hosting;

namespace Reports.Functions.Storage;

/// <summary>
/// The store the settings name (<see cref="BlobStoreSettings"/>: the local data folder when ReportsStorage is unset,
/// Azurite or Azure otherwise), with a timeout on every call.
/// </summary>
internal static partial class BlobStores
{
    public static IBlobStore Create(IConfiguration configuration, ReportsOptions options, HostSettings host, TimeProvider time, ILoggerFactory loggers, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = BlobStoreSettings.From(key => configuration[key]);
        var kind = BlobStoreFactory.KindOf(settings);
        var logger = loggers.CreateLogger(typeof(BlobStores).FullName!);
        LogStore(logger, kind, host.Mode);
        if (kind == BlobStoreKind.FileSystem && host.Mode == HostMode.Worker)
        {
            LogLocalUnderHost(logger);
        }

        // Azure storage: the SDK client registered with Microsoft.Extensions.Azure (AddReportsBlobClient).
        var client = kind == BlobStoreKind.FileSystem ? null : services?.GetService<Azure.Storage.Blobs.BlobServiceClient>();
        var store = BlobStoreFactory.Create(settings, time, client);
        return new TimeoutBlobStore(store, TimeSpan.FromSeconds(options.StoreTimeoutSeconds));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Blob store: {Kind} ({Mode} mode)")]
    private static partial void LogStore(ILogger logger, BlobStoreKind kind, HostMode mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Under the Functions host with no ReportsStorage: articles and analyses stay on this instance's disk. Set ReportsStorage__serviceUri (or ReportsStorage).")]
    private static partial void LogLocalUnderHost(ILogger logger);
}
