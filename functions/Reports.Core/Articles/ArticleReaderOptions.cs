namespace Reports.Core.Articles;

/// <summary>Limits for <see cref="ArticleReader"/>.</summary>
public sealed class ArticleReaderOptions
{
    /// <summary>The default size limit: 5 MB (5 × 1024 × 1024 bytes).</summary>
    public const long DefaultMaxBytes = 5L * 1024 * 1024;

    /// <summary>Files larger than this many bytes are rejected as <see cref="RejectionReason.TooLarge"/>. Default 5 MB.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;
}
