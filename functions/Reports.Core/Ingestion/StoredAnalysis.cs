using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Reports.Core.Analysis;

namespace Reports.Core.Ingestion;

/// <summary>
/// The stored analysis document: the CLI's line (source, language, title, summary, figures, error, analyzers) followed by
/// status, articleId, contentHash, uploadedAt, publishedOn, analyzerVersion, and for rejections reason.
/// </summary>
public static class StoredAnalysis
{
    /// <summary>The analyzer's version: Reports.Core's informational version.</summary>
    public static string AnalyzerVersion { get; } =
        "reports-core/" + (typeof(ArticleAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");

    /// <summary>The analysis path for an article: <c>{yyyy}/{MM}/{dd}/{articleId}.json</c>.</summary>
    public static string PathOf(DateOnly date, string articleId) =>
        string.Create(CultureInfo.InvariantCulture, $"{date:yyyy'/'MM'/'dd}/{articleId}.json");

    /// <summary>The document's bytes (UTF-8, one line).</summary>
    public static byte[] Serialize(ArticleMetadata article, ArticleAnalysis? analysis, string? error, string? reason)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, AnalysisJson.WriterOptions))
        {
            json.WriteStartObject();
            AnalysisJson.WriteProperties(json, article.Source, analysis, error, alwaysAnalyzers: true);
            json.WriteString("status", reason is null ? ArticleStatus.Analyzed : ArticleStatus.Rejected);
            json.WriteString("articleId", article.ArticleId);
            json.WriteString("contentHash", article.ContentHash);
            json.WriteString("uploadedAt", article.UploadedAt);
            if (article.PublishedOn is { } published)
            {
                json.WriteString("publishedOn", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("publishedOn");
            }

            json.WriteString("analyzerVersion", AnalyzerVersion);
            if (reason is not null)
            {
                json.WriteString("reason", reason);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
