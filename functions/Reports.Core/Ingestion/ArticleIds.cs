using System.Security.Cryptography;

namespace Reports.Core.Ingestion;

/// <summary>
/// Article ids come from the content: the first 32 hex digits (128 bits) of the SHA-256 of the bytes, so the same
/// content uploaded twice, under any names, is one article.
/// </summary>
public static class ArticleIds
{
    public const int Length = 32;

    /// <summary>The SHA-256 of the bytes as 64 lowercase hex digits.</summary>
    public static string ContentHash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The article id for a content hash.</summary>
    public static string FromHash(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return contentHash[..Length];
    }

    /// <summary>True for 32 lowercase hex digits.</summary>
    public static bool IsValid(string? id) => id is { Length: Length } && id.All(char.IsAsciiHexDigitLower);

    /// <summary>A short stable key for any text (blob names in receipt paths).</summary>
    public static string KeyOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..Length];
    }
}
