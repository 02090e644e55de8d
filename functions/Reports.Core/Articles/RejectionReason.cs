namespace Reports.Core.Articles;

/// <summary>Why an article file was refused.</summary>
public enum RejectionReason
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    NotFound,

    /// <summary>The extension is not one of .txt, .md, .html, .htm, .docx.</summary>
    UnsupportedFormat,

    /// <summary>The file holds no text (zero bytes, or only whitespace and markup).</summary>
    Empty,

    /// <summary>The bytes are not text (NUL bytes, many control characters).</summary>
    Binary,

    /// <summary>The file is larger than <see cref="ArticleReaderOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The text is not UTF-8/UTF-16/UTF-32 and its legacy encoding cannot be told reliably.</summary>
    Encoding,

    /// <summary>The container (docx) is damaged or is not what its extension says.</summary>
    Corrupt,

    /// <summary>The file's structure would take unbounded work to read (HTML nested thousands of levels deep).</summary>
    TooComplex,
}
