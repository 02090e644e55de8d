using System.Text;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

public sealed class ArticleReaderTests
{
    private const string Sample = "Ít nhất 12 người thiệt mạng.\nLực lượng phòng không bắn hạ 40 trong số 52 UAV.";

    private readonly ArticleReader sut = new();

    [Fact]
    public void Read_Utf8WithoutBom_DecodesText()
    {
        var result = sut.Read(Encoding.UTF8.GetBytes(Sample), "a.txt");

        Assert.Equal(Sample, result.Text);
        Assert.Null(result.Title);
    }

    [Fact]
    public void Read_Utf8WithBom_DropsBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        var result = sut.Read(bytes, "a.txt");

        Assert.Equal(Sample, result.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Utf16WithBom_DecodesText(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();

        var result = sut.Read(bytes, "a.txt");

        Assert.Equal(Sample, result.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Utf32WithBom_DecodesText(bool bigEndian)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();

        var result = sut.Read(bytes, "a.txt");

        Assert.Equal(Sample, result.Text);
    }

    [Fact]
    public void Read_Utf16WithoutBom_IsRejectedAsBinary()
    {
        var bytes = Encoding.Unicode.GetBytes("Twelve people were killed on Monday.");

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(bytes, "a.txt"));

        Assert.Equal(RejectionReason.Binary, e.Reason);
        Assert.Contains("byte-order mark", e.Message);
    }

    [Theory]
    [InlineData("a.pdf", "'.pdf' files are not supported")]
    [InlineData("README", "no extension")]
    [InlineData("x.TXT.bak", "'.bak'")]
    public void Read_UnsupportedExtension_IsRejected(string name, string expected)
    {
        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read("text"u8, name));

        Assert.Equal(RejectionReason.UnsupportedFormat, e.Reason);
        Assert.Contains(expected, e.Message);
        Assert.Contains(".docx", e.Message);
    }

    [Fact]
    public void Read_UpperCaseExtension_IsSupported()
    {
        var result = sut.Read("Hello world"u8, "NEWS.TXT");

        Assert.Equal("Hello world", result.Text);
    }

    [Fact]
    public void Read_ZeroBytes_IsRejectedAsEmpty()
    {
        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(ReadOnlySpan<byte>.Empty, "a.txt"));

        Assert.Equal(RejectionReason.Empty, e.Reason);
        Assert.Contains("0 bytes", e.Message);
    }

    [Fact]
    public void Read_WhitespaceOnly_IsRejectedAsEmpty()
    {
        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(" \r\n\t\u00A0\n"u8, "a.txt"));

        Assert.Equal(RejectionReason.Empty, e.Reason);
        Assert.Contains("whitespace", e.Message);
    }

    [Fact]
    public void Read_NulBytes_IsRejectedAsBinary()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42];

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(bytes, "a.txt"));

        Assert.Equal(RejectionReason.Binary, e.Reason);
        Assert.Contains("offset 4", e.Message);
    }

    [Fact]
    public void Read_ManyControlCharacters_IsRejectedAsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41)).ToArray();

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(bytes, "a.txt"));

        Assert.Equal(RejectionReason.Binary, e.Reason);
        Assert.Contains("control characters", e.Message);
    }

    [Fact]
    public void Read_OverMaxBytes_IsRejectedWithSizes()
    {
        var small = new ArticleReader(new ArticleReaderOptions { MaxBytes = 1024 });
        var bytes = Encoding.UTF8.GetBytes(new string('a', 3000));

        var e = Assert.Throws<ArticleRejectedException>(() => small.Read(bytes, "a.txt"));

        Assert.Equal(RejectionReason.TooLarge, e.Reason);
        Assert.Contains("2.9 KB", e.Message);
        Assert.Contains("1 KB limit", e.Message);
        Assert.Contains("--max-bytes", e.Message);
    }

    [Fact]
    public void Read_StreamOverMaxBytes_IsRejected()
    {
        var small = new ArticleReader(new ArticleReaderOptions { MaxBytes = 100 });
        using var stream = new MemoryStream(new byte[1000]);

        var e = Assert.Throws<ArticleRejectedException>(() => small.Read(stream, "a.txt"));

        Assert.Equal(RejectionReason.TooLarge, e.Reason);
    }

    [Fact]
    public async Task ReadAsync_UnseekableStreamOverMaxBytes_IsRejectedWhileReading()
    {
        var small = new ArticleReader(new ArticleReaderOptions { MaxBytes = 100 });
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(new string('a', 5000)));
        }

        packed.Position = 0;
        using var unseekable = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionMode.Decompress);

        var e = await Assert.ThrowsAsync<ArticleRejectedException>(() => small.ReadAsync(unseekable, "a.txt", CancellationToken.None));

        Assert.False(unseekable.CanSeek);
        Assert.Equal(RejectionReason.TooLarge, e.Reason);
        Assert.Equal("file is over the 100 bytes limit (--max-bytes 100); split the file or raise the limit.", e.Message);
    }

    [Fact]
    public async Task ReadAsync_Stream_ReadsLikeBytes()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("# Title\n\nBody text."));

        var result = await sut.ReadAsync(stream, "blob/news.md", CancellationToken.None);

        Assert.Equal("Title", result.Title);
        Assert.Equal("Title\n\nBody text.", result.Text);
    }

    [Fact]
    public async Task ReadAsync_CancelledToken_Throws()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Body text."));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.ReadAsync(stream, "a.txt", cts.Token));
    }

    [Fact]
    public void Read_MissingFile_IsRejectedAsNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.txt");

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(path));

        Assert.Equal(RejectionReason.NotFound, e.Reason);
        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public async Task ReadAsync_FileOnDisk_ReadsIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"article-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "Line one\r\nLine two", CancellationToken.None);
        try
        {
            var result = await sut.ReadAsync(path, CancellationToken.None);

            Assert.Equal("Line one\nLine two", result.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Ctor_NonPositiveMaxBytes_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleReader(new ArticleReaderOptions { MaxBytes = 0 }));
    }
}
