using System.IO.Compression;
using System.Text;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

public sealed class DocxReadingTests
{
    private readonly ArticleReader sut = new();

    internal static byte[] Docx(string bodyXml)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Add(zip, "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
                "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + bodyXml + "</w:body></w:document>");
        }

        return buffer.ToArray();
    }

    internal static string Paragraph(string text, string? style = null) =>
        "<w:p>" + (style is null ? string.Empty : $"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>") + $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    [Fact]
    public void Read_Paragraphs_BecomeLines()
    {
        var bytes = Docx(Paragraph("First paragraph.") + Paragraph("Second &amp; last."));

        var result = sut.Read(bytes, "a.docx");

        Assert.Equal("First paragraph.\nSecond & last.", result.Text);
        Assert.Null(result.Title);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Heading1")]
    public void Read_TitleOrHeading1Paragraph_IsTitle(string style)
    {
        var bytes = Docx(Paragraph("Intro line.") + Paragraph("Air raid on the capital", style) + Paragraph("Body."));

        var result = sut.Read(bytes, "a.docx");

        Assert.Equal("Air raid on the capital", result.Title);
    }

    [Fact]
    public void Read_RunsTabsAndBreaks_AreKept()
    {
        var bytes = Docx("<w:p><w:r><w:t>Killed:</w:t><w:tab/><w:t>12</w:t><w:br/><w:t>Injured:</w:t></w:r><w:r><w:t xml:space=\"preserve\"> 30</w:t></w:r></w:p>");

        var result = sut.Read(bytes, "a.docx");

        Assert.Equal("Killed: 12\nInjured: 30", result.Text);
    }

    [Fact]
    public void Read_AlternateContentFallback_IsNotDuplicated()
    {
        var bytes = Docx("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>Box text</w:t></mc:Choice><mc:Fallback><w:t>Box text</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>");

        var result = sut.Read(bytes, "a.docx");

        Assert.Equal("Box text", result.Text);
    }

    [Fact]
    public void Read_NotAZip_IsRejectedAsCorrupt()
    {
        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(Encoding.UTF8.GetBytes("this is not a zip archive at all"), "a.docx"));

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        Assert.Contains("not a valid zip", e.Message);
    }

    [Fact]
    public void Read_ZipWithoutDocumentXml_IsRejectedAsCorrupt()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("hello.txt");
        }

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(buffer.ToArray(), "a.docx"));

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        Assert.Contains("word/document.xml", e.Message);
    }

    [Fact]
    public void Read_MalformedXml_IsRejectedAsCorrupt()
    {
        var bytes = Docx("<w:p><w:r><w:t>unclosed</w:r></w:p>");

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(bytes, "a.docx"));

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        Assert.Contains("malformed XML", e.Message);
    }

    [Fact]
    public void Read_TruncatedZip_IsRejectedAsCorrupt()
    {
        var bytes = Docx(Paragraph("Some text that makes the archive longer than a few bytes."));

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(bytes.AsSpan(0, bytes.Length / 2), "a.docx"));

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
