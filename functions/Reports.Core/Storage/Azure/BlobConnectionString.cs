namespace Reports.Core.Storage.Azure;

/// <summary>
/// The parts of an Azure Storage connection string that the blob store uses. Accepts
/// "DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...;[BlobEndpoint=...|EndpointSuffix=...]" and
/// "UseDevelopmentStorage=true" (Azurite on http://127.0.0.1:10000/devstoreaccount1). Its text never contains the key.
/// </summary>
internal sealed class BlobConnectionString
{
    private BlobConnectionString(string accountName, byte[] accountKey, Uri blobEndpoint)
    {
        AccountName = accountName;
        AccountKey = accountKey;
        BlobEndpoint = blobEndpoint;
    }

    public string AccountName { get; }

    /// <summary>The decoded key.</summary>
    public byte[] AccountKey { get; }

    /// <summary>The blob service root, without a trailing slash; path-style (…/account) for Azurite and IP endpoints.</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>Parses a connection string; the exception says which part is wrong without repeating any value.</summary>
    public static BlobConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw Invalid("every part must look like Name=Value");
            }

            parts[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var useDev) && useDev)
        {
            if (parts.ContainsKey("DevelopmentStorageProxyUri"))
            {
                throw Invalid("DevelopmentStorageProxyUri is not supported; give AccountName, AccountKey and BlobEndpoint instead");
            }

            return new BlobConnectionString(DevelopmentStorage.AccountName, Convert.FromBase64String(DevelopmentStorage.AccountKey), DevelopmentStorage.BlobEndpoint);
        }

        if (parts.ContainsKey("SharedAccessSignature"))
        {
            throw Invalid("SAS connection strings are not supported; use an account key or a managed identity (ReportsStorage__serviceUri)");
        }

        var account = Required(parts, "AccountName");
        var key = Required(parts, "AccountKey");
        var endpoint = parts.TryGetValue("BlobEndpoint", out var explicitEndpoint)
            ? PathStyle(ParseEndpoint(explicitEndpoint), account)
            : ParseEndpoint($"{parts.GetValueOrDefault("DefaultEndpointsProtocol", "https")}://{account}.blob.{parts.GetValueOrDefault("EndpointSuffix", "core.windows.net")}");
        return new BlobConnectionString(account, DecodeKey(key), endpoint);
    }

    /// <summary>
    /// An IP or localhost endpoint (Azurite, emulators) addresses the account in its path: given without a path,
    /// "/account" is added, as Azure's SDKs do.
    /// </summary>
    private static Uri PathStyle(Uri endpoint, string account) =>
        (endpoint.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || endpoint.IsLoopback) && endpoint.AbsolutePath is "/" or ""
            ? new Uri($"{endpoint.GetLeftPart(UriPartial.Authority)}/{account}")
            : endpoint;

    public override string ToString() => $"AccountName={AccountName};AccountKey=***;BlobEndpoint={BlobEndpoint}";

    private static string Required(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) && value.Length > 0 ? value : throw Invalid($"{name} is missing");

    private static byte[] DecodeKey(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) && written > 0
            ? buffer[..written]
            : throw Invalid("AccountKey is not valid base64");
    }

    private static Uri ParseEndpoint(string value)
    {
        if (!Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw Invalid("the blob endpoint is not an absolute http(s) URI");
        }

        return uri;
    }

    private static FormatException Invalid(string why) => new($"Invalid storage connection string: {why}.");
}
