namespace Reports.Core.Articles;

/// <summary>
/// Reads article files (.txt, .md, .html/.htm, .docx) into normalised <see cref="ArticleText"/>.
/// The byte overload is the core: files and blobs both end there. Anything that cannot be read
/// throws <see cref="ArticleRejectedException"/> saying what is wrong.
/// </summary>
public sealed class ArticleReader
{
    private readonly long _maxBytes;

    public ArticleReader()
        : this(new ArticleReaderOptions())
    {
    }

    public ArticleReader(ArticleReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBytes);
        _maxBytes = options.MaxBytes;
    }

    public long MaxBytes => _maxBytes;

    /// <summary>Reads a file from disk.</summary>
    public ArticleText Read(string path)
    {
        var format = FormatOf(path);
        var bytes = ReadFile(path);
        return Read(bytes, path, format);
    }

    /// <summary>Reads a file from disk without blocking a thread on the I/O.</summary>
    public async Task<ArticleText> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var format = FormatOf(path);
        CheckFileSize(path);
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                var bytes = await ReadBoundedAsync(stream, cancellationToken).ConfigureAwait(false);
                return Read(bytes, path, format);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotOpen(path, e);
        }
    }

    /// <summary>Reads content whose name (for its extension) is <paramref name="fileName"/>, such as a blob.</summary>
    public ArticleText Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var format = FormatOf(fileName);
        CheckStreamLength(content);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _maxBytes)
            {
                throw ArticleRejectedException.TooLarge(content.CanSeek ? content.Length : null, _maxBytes);
            }
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fileName, format);
    }

    /// <summary>Reads a stream (a blob download) without blocking a thread on the I/O.</summary>
    public async Task<ArticleText> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var format = FormatOf(fileName);
        var bytes = await ReadBoundedAsync(content, cancellationToken).ConfigureAwait(false);
        return Read(bytes, fileName, format);
    }

    /// <summary>Reads bytes whose name (for its extension) is <paramref name="fileName"/>.</summary>
    public ArticleText Read(ReadOnlySpan<byte> content, string fileName) => Read(content, fileName, FormatOf(fileName));

    private ArticleText Read(ReadOnlySpan<byte> content, string fileName, ArticleFormat format)
    {
        if (content.Length > _maxBytes)
        {
            throw ArticleRejectedException.TooLarge(content.Length, _maxBytes);
        }

        if (content.IsEmpty)
        {
            throw new ArticleRejectedException(RejectionReason.Empty, "file is empty (0 bytes).");
        }

        var warnings = new List<string>();
        var article = format switch
        {
            ArticleFormat.PlainText => new ArticleText(PlainText.WithTables(NotBlank(TextDecoder.Decode(content, null, warnings)))),
            ArticleFormat.Markdown => MarkdownText.Extract(NotBlank(TextDecoder.Decode(content, null, warnings))),
            ArticleFormat.Html => HtmlText.Extract(content, warnings),
            ArticleFormat.Docx => DocxText.Extract(content, _maxBytes),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
        };

        var text = TextNormalizer.Normalize(article.Text);
        if (text.Length == 0)
        {
            throw new ArticleRejectedException(RejectionReason.Empty, "file holds no visible text.");
        }

        var title = article.Title is null ? null : TextNormalizer.Normalize(article.Title).ReplaceLineEndings(" ");
        return new ArticleText(text, string.IsNullOrEmpty(title) ? null : title) { Warnings = warnings };
    }

    private static string NotBlank(string text) => string.IsNullOrWhiteSpace(text) || TextNormalizer.Normalize(text).Length == 0
        ? throw new ArticleRejectedException(RejectionReason.Empty, "file holds only whitespace, no text.")
        : text;

    private static ArticleFormat FormatOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (ArticleFormats.TryFromFileName(fileName, out var format))
        {
            return format;
        }

        var extension = Path.GetExtension(fileName);
        var what = extension.Length == 0 ? "file has no extension" : $"'{extension}' files are not supported";
        throw new ArticleRejectedException(
            RejectionReason.UnsupportedFormat,
            $"{what}; supported: {string.Join(", ", ArticleFormats.Extensions)}.");
    }

    private byte[] ReadFile(string path)
    {
        CheckFileSize(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
            var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotOpen(path, e);
        }
    }

    private void CheckFileSize(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ArticleRejectedException(
                RejectionReason.NotFound,
                Directory.Exists(path) ? "path is a folder, not a file." : "file does not exist.");
        }

        if (info.Length > _maxBytes)
        {
            throw ArticleRejectedException.TooLarge(info.Length, _maxBytes);
        }
    }

    private async Task<byte[]> ReadBoundedAsync(Stream content, CancellationToken cancellationToken)
    {
        CheckStreamLength(content);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _maxBytes)
            {
                throw ArticleRejectedException.TooLarge(content.CanSeek ? content.Length : null, _maxBytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A seekable stream says its length up front: refuse a big one before reading it.</summary>
    private void CheckStreamLength(Stream content)
    {
        if (content.CanSeek && content.Length - content.Position > _maxBytes)
        {
            throw ArticleRejectedException.TooLarge(content.Length - content.Position, _maxBytes);
        }
    }

    private static ArticleRejectedException CannotOpen(string path, Exception e) =>
        new(RejectionReason.NotFound, $"file cannot be opened: {e.Message}", e);
}
