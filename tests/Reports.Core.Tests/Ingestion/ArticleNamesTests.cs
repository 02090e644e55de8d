using Reports.Core.Ingestion;

namespace Reports.Core.Tests.Ingestion;

public sealed class ArticleNamesTests
{
    [Theory]
    [InlineData("story.txt", "story.txt")]
    [InlineData("  desk/story.txt ", "desk/story.txt")]
    [InlineData("desk\\2025\\story.html", "desk/2025/story.html")]
    [InlineData("//desk//story.md", "desk/story.md")]
    [InlineData("tin tức/bài viết.txt", "tin tức/bài viết.txt")]
    public void TrySanitize_GoodName_IsTidied(string raw, string expected)
    {
        Assert.True(ArticleNames.TrySanitize(raw, out var name, out _));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("../secret.txt")]
    [InlineData("a/../../b.txt")]
    [InlineData("a/./b.txt")]
    [InlineData("a\u0000b.txt")]
    [InlineData("a:b.txt")]
    [InlineData("a/.../b.txt")]
    [InlineData("///")]
    public void TrySanitize_BadName_IsRefusedWithAReason(string? raw)
    {
        Assert.False(ArticleNames.TrySanitize(raw, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void TrySanitize_NameOverTheStoresByteLimit_IsRefusedSayingBytes()
    {
        var raw = new string('戦', 100) + ".txt"; // 104 characters, 304 bytes in UTF-8

        Assert.False(ArticleNames.TrySanitize(raw, out _, out var error));
        Assert.Contains("bytes in UTF-8", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.blob/b.txt")]
    [InlineData("desk/old.BLOB/b.txt")]
    public void TrySanitize_FolderEndingWithTheLocalStoresSuffix_IsRefused(string raw)
    {
        Assert.False(ArticleNames.TrySanitize(raw, out _, out var error));
        Assert.Contains(".blob", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TrySanitize_TooLong_IsRefused()
    {
        var raw = string.Join('/', Enumerable.Repeat(new string('a', 100), 3));

        Assert.False(ArticleNames.TrySanitize(raw, out _, out var error));
        Assert.Contains("255", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.PDF", ".pdf")]
    [InlineData("a", "")]
    [InlineData("a.t x t", "")]
    public void SafeExtension_KeepsOnlyPlainExtensions(string name, string expected)
    {
        Assert.Equal(expected, ArticleNames.SafeExtension(name));
    }
}
