namespace Reports.Core.Storage;

/// <summary>When a write may happen.</summary>
public enum BlobWriteCondition
{
    /// <summary>Always (create or overwrite).</summary>
    None,

    /// <summary>Only if the blob does not exist yet (If-None-Match: *).</summary>
    IfNotExists,

    /// <summary>Only if the blob still has <see cref="BlobWriteOptions.ETag"/> (If-Match).</summary>
    IfMatch,
}

/// <summary>How to write a blob.</summary>
public sealed record BlobWriteOptions
{
    public static BlobWriteOptions Overwrite { get; } = new();

    public static BlobWriteOptions CreateOnly { get; } = new() { Condition = BlobWriteCondition.IfNotExists };

    public string? ContentType { get; init; }

    public BlobWriteCondition Condition { get; init; }

    public string? ETag { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
