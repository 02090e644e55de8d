using Reports.Core.Http;

namespace Reports.Core.Storage;

/// <summary>
/// Which blob store to use, read from app settings: no <c>ReportsStorage</c> → the filesystem under
/// <c>ReportsDataPath</c> (default ./data); <c>ReportsStorage</c> = a connection string → Shared Key REST;
/// <c>ReportsStorage__serviceUri</c> (+ <c>__credential</c> = managedidentity, optional <c>__clientId</c>) → Entra ID
/// tokens. Its text never shows the connection string.
/// </summary>
public sealed record BlobStoreSettings
{
    public const string ConnectionName = "ReportsStorage";
    public const string DataPathName = "ReportsDataPath";

    /// <summary>ReportsStorage: a connection string with an account key, or "UseDevelopmentStorage=true".</summary>
    public string? ConnectionString { get; init; }

    /// <summary>ReportsStorage__serviceUri: https://ACCOUNT.blob.core.windows.net for identity-based access.</summary>
    public Uri? ServiceUri { get; init; }

    /// <summary>ReportsStorage__credential: "managedidentity", or null for the default Azure credential chain.</summary>
    public string? Credential { get; init; }

    /// <summary>ReportsStorage__clientId: a user-assigned managed identity's client id.</summary>
    public string? ClientId { get; init; }

    /// <summary>ReportsDataPath: the filesystem store's folder.</summary>
    public string DataPath { get; init; } = "data";

    /// <summary>
    /// Reads the settings through a lookup such as <c>Environment.GetEnvironmentVariable</c> or
    /// <c>key =&gt; configuration[key]</c>; "ReportsStorage__x" and "ReportsStorage:x" are both tried.
    /// </summary>
    public static BlobStoreSettings From(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        string? Read(string suffix) =>
            NonEmpty(setting($"{ConnectionName}__{suffix}")) ?? NonEmpty(setting($"{ConnectionName}:{suffix}"));

        var serviceUri = Read("serviceUri") ?? Read("blobServiceUri");
        return new BlobStoreSettings
        {
            ConnectionString = NonEmpty(setting(ConnectionName)),
            ServiceUri = serviceUri is null ? null
                : Uri.TryCreate(serviceUri, UriKind.Absolute, out var uri) ? uri
                : throw new FormatException($"{ConnectionName}__serviceUri is not an absolute URI."),
            Credential = Read("credential"),
            ClientId = Read("clientId"),
            DataPath = NonEmpty(setting(DataPathName)) ?? "data",
        };
    }

    /// <summary>The settings from environment variables (as Azure Functions passes app settings).</summary>
    public static BlobStoreSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    public override string ToString() =>
        $"BlobStoreSettings {{ ConnectionString = {(ConnectionString is null ? "null" : Secrets.Redact(ConnectionString))}, ServiceUri = {ServiceUri}, Credential = {Credential}, ClientId = {ClientId}, DataPath = {DataPath} }}";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
