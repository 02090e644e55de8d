namespace Reports.Core.Storage;

/// <summary>Settings of <see cref="FileSystemBlobStore"/>.</summary>
public sealed class FileSystemBlobStoreOptions
{
    /// <summary>The data folder; one subfolder per container. Default: "./data".</summary>
    public string RootPath { get; set; } = "data";

    /// <summary>
    /// Flush each new blob file to disk before it replaces the old one (fsync). Default true: a power cut then leaves
    /// either the old or the new blob, never a torn one. Off is faster and still atomic against process crashes.
    /// </summary>
    public bool FlushToDisk { get; set; } = true;

    /// <summary>How long a write waits for the per-blob lock before it gives up. Default 30 s.</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
