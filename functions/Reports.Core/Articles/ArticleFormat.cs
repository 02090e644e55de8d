namespace Reports.Core.Articles;

/// <summary>The file formats an article can come in, told by extension.</summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
    Docx,
}
