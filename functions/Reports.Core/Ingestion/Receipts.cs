using System.Text;

namespace Reports.Core.Ingestion;

/// <summary>
/// Receipt names, one per (function, blob name, ETag), like the Functions blob trigger's: the name is hashed so any
/// blob name gives a short, safe receipt path.
/// </summary>
public static class Receipts
{
    /// <summary>The receipt blob for a blob version handled by <paramref name="function"/>.</summary>
    public static string NameOf(string function, string blobName, string version)
    {
        ArgumentException.ThrowIfNullOrEmpty(function);
        ArgumentNullException.ThrowIfNull(blobName);
        ArgumentNullException.ThrowIfNull(version);
        return $"{function}/{ArticleIds.KeyOf(blobName)}/{SafeVersion(version)}";
    }

    /// <summary>The prefix of every receipt of a function.</summary>
    public static string PrefixOf(string function) => function + "/";

    /// <summary>The version key: the ETag when there is one, else the content hash.</summary>
    public static string VersionOf(string? etag, string contentHash) =>
        string.IsNullOrWhiteSpace(etag) ? "sha256-" + ArticleIds.FromHash(contentHash) : etag.Trim('"');

    private static string SafeVersion(string version) =>
        version.Length is > 0 and <= 64 && version.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? version
            : "h" + ArticleIds.KeyOf(version);

    /// <summary>The receipt's body: what was handled, for people reading the container.</summary>
    public static byte[] Body(string blobName, string version, IngestOutcome outcome, DateTimeOffset at) =>
        Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(
            new { blob = blobName, version, result = outcome.Result.ToString(), articleId = outcome.ArticleId, at },
            IngestJson.Options));
}
