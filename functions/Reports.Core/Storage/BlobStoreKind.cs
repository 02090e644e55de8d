namespace Reports.Core.Storage;

/// <summary>Which implementation the settings select (Reports.Adapters BlobStoreFactory picks it).</summary>
public enum BlobStoreKind
{
    /// <summary>The filesystem store (no ReportsStorage setting).</summary>
    FileSystem,

    /// <summary>Blob REST with Shared Key (ReportsStorage is a connection string).</summary>
    SharedKey,

    /// <summary>Blob REST with Entra ID tokens (ReportsStorage__serviceUri).</summary>
    Token,
}
