namespace Reports.Core.Storage;

/// <summary>Settings of <see cref="AzureBlobStore"/>.</summary>
public sealed class AzureBlobStoreOptions
{
    /// <summary>The REST API version sent as x-ms-version (Azure and Azurite both accept it).</summary>
    public const string ServiceVersion = "2021-08-06";

    /// <summary>How long one HTTP attempt may take, body included. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for transient failures (408, 429, 500, 502, 503, 504, network errors, attempt timeouts). Default 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff; each retry doubles it, with full jitter. Default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between attempts (also caps Retry-After). Default 10 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Blobs per List Blobs page (maxresults), 1 to 5000. Default 5000.</summary>
    public int ListPageSize { get; set; } = 5000;
}
