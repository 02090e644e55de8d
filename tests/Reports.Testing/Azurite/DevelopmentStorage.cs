namespace Reports.Testing.Azurite;

/// <summary>
/// Azurite's development account. Its key is public (Azurite's README) and only ever opens a local emulator;
/// it is the one key allowed in code.
/// </summary>
internal static class DevelopmentStorage
{
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static readonly Uri BlobEndpoint = new("http://127.0.0.1:10000/devstoreaccount1");

    /// <summary>A connection string for an Azurite blob endpoint on another port.</summary>
    public static string ConnectionString(Uri blobEndpoint) =>
        $"DefaultEndpointsProtocol={blobEndpoint.Scheme};AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={blobEndpoint.AbsoluteUri.TrimEnd('/')}";
}
