namespace Reports.Core.Articles;

/// <summary>Maps file names to <see cref="ArticleFormat"/>.</summary>
public static class ArticleFormats
{
    /// <summary>The supported extensions, lower case with the dot.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".docx"];

    public static bool TryFromFileName(string fileName, out ArticleFormat format)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".txt":
                format = ArticleFormat.PlainText;
                return true;
            case ".md" or ".markdown":
                format = ArticleFormat.Markdown;
                return true;
            case ".html" or ".htm":
                format = ArticleFormat.Html;
                return true;
            case ".docx":
                format = ArticleFormat.Docx;
                return true;
            default:
                format = default;
                return false;
        }
    }

    public static bool IsSupported(string fileName) => TryFromFileName(fileName, out _);
}
