using Reports.Core.Storage;

namespace Reports.Core.Tests.Storage;

public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("analyses/2025/03/27/abc.json")]
    [InlineData("2026/01/05/story-2-عربي.txt")]
    [InlineData("новини/стаття 1.json")]
    [InlineData(".hidden/x")]
    [InlineData("a..b/c")]
    public void ValidateBlobName_ValidName_Accepts(string name) => BlobNames.ValidateBlobName(name);

    [Theory]
    [InlineData("", "1 to 1024")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("../x", "'..'")]
    [InlineData("a/../../x", "'..'")]
    [InlineData("a/./b", "'.'")]
    [InlineData("a//b", "empty segment")]
    [InlineData("a/", "empty segment")]
    [InlineData("a\\b", "backslash")]
    [InlineData("c:/x", "':'")]
    [InlineData("a\u0000b", "control character")]
    [InlineData("a\nb", "control character")]
    [InlineData("dot./x", "ending with '.'")]
    public void ValidateBlobName_InvalidName_SaysWhatIsWrong(string name, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => BlobNames.ValidateBlobName(name));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void ValidateBlobName_TooLong_Rejects()
    {
        var name = string.Join('/', Enumerable.Repeat(new string('a', 100), 11));

        var error = Assert.Throws<ArgumentException>(() => BlobNames.ValidateBlobName(name));

        Assert.Contains("1 to 1024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateBlobName_SegmentOverFileNameLimit_Rejects()
    {
        var error = Assert.Throws<ArgumentException>(() => BlobNames.ValidateBlobName("x/" + new string('ع', 121)));

        Assert.Contains("UTF-8 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("news-incoming")]
    [InlineData("abc")]
    [InlineData("a1-b2-c3")]
    public void ValidateContainer_ValidName_Accepts(string name) => BlobNames.ValidateContainer(name);

    [Theory]
    [InlineData("ab")]
    [InlineData("News")]
    [InlineData("-abc")]
    [InlineData("abc-")]
    [InlineData("a--b")]
    [InlineData("a_b")]
    [InlineData("..")]
    public void ValidateContainer_InvalidName_Rejects(string name) =>
        Assert.Throws<ArgumentException>(() => BlobNames.ValidateContainer(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("analyses/")]
    [InlineData("analyses/20")]
    public void ValidatePrefix_ValidPrefix_Accepts(string? prefix) => BlobNames.ValidatePrefix(prefix);

    [Theory]
    [InlineData("../")]
    [InlineData("a//")]
    public void ValidatePrefix_InvalidPrefix_Rejects(string prefix) =>
        Assert.Throws<ArgumentException>(() => BlobNames.ValidatePrefix(prefix));

    [Fact]
    public void ValidateMetadata_BadNameOrValue_Rejects()
    {
        Assert.Throws<ArgumentException>(() => BlobNames.ValidateMetadata(new Dictionary<string, string> { ["1abc"] = "x" }));
        Assert.Throws<ArgumentException>(() => BlobNames.ValidateMetadata(new Dictionary<string, string> { ["a-b"] = "x" }));
        Assert.Throws<ArgumentException>(() => BlobNames.ValidateMetadata(new Dictionary<string, string> { ["ok"] = "ünicode" }));
        BlobNames.ValidateMetadata(new Dictionary<string, string> { ["source_1"] = "wire feed" });
    }
}
