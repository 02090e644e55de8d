using System.Globalization;

namespace Reports.Core.Articles;

/// <summary>An article file that cannot be read, with the reason and a message saying what is wrong and what to do.</summary>
public sealed class ArticleRejectedException : Exception
{
    public ArticleRejectedException()
        : this(RejectionReason.Corrupt, "The article was rejected.")
    {
    }

    public ArticleRejectedException(string message)
        : this(RejectionReason.Corrupt, message)
    {
    }

    public ArticleRejectedException(string message, Exception innerException)
        : this(RejectionReason.Corrupt, message, innerException)
    {
    }

    public ArticleRejectedException(RejectionReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public RejectionReason Reason { get; }

    /// <summary>The reason as a stable snake_case code ("too_large", "unsupported_format").</summary>
    public string Code => Reason switch
    {
        RejectionReason.NotFound => "not_found",
        RejectionReason.UnsupportedFormat => "unsupported_format",
        RejectionReason.Empty => "empty",
        RejectionReason.Binary => "binary",
        RejectionReason.TooLarge => "too_large",
        RejectionReason.Encoding => "encoding",
        RejectionReason.Corrupt => "corrupt",
        RejectionReason.TooComplex => "too_complex",
        _ => Reason.ToString().ToLowerInvariant(),
    };

    internal static ArticleRejectedException TooLarge(long? actualBytes, long maxBytes)
    {
        var size = actualBytes is { } bytes ? $"file is {Size(bytes)}," : "file is";
        return new ArticleRejectedException(
            RejectionReason.TooLarge,
            $"{size} over the {Size(maxBytes)} limit (--max-bytes {maxBytes.ToString(CultureInfo.InvariantCulture)}); split the file or raise the limit.");
    }

    /// <summary>A byte count for people: "812 bytes", "7.2 MB".</summary>
    internal static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };
}
