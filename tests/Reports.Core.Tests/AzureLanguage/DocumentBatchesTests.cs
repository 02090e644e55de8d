using Reports.Core.AzureLanguage;

namespace Reports.Core.Tests.AzureLanguage;

public sealed class DocumentBatchesTests
{
    [Fact]
    public void Cut_ShortText_IsKept()
    {
        Assert.Equal(("Short text.", false), DocumentBatches.Cut("Short text.", 100));
    }

    [Fact]
    public void Cut_PrefersASentenceEnd_InTheLastFifth()
    {
        var text = "Words words words words words words words. Next sentence runs on";

        Assert.Equal(("Words words words words words words words.", true), DocumentBatches.Cut(text, 50));
    }

    [Fact]
    public void Cut_WithoutASentenceEndNearby_CutsAtASpace()
    {
        var text = "First sentence here. Second sentence is rather long and goes on";

        Assert.Equal(("First sentence here. Second sentence is rather", true), DocumentBatches.Cut(text, 50));
    }

    [Fact]
    public void Cut_CountsTextElements_NotUtf16Units()
    {
        // Each emoji is two UTF-16 units but one text element, as the service counts.
        var text = string.Concat(Enumerable.Repeat("😀 ", 30));

        var (cut, truncated) = DocumentBatches.Cut(text, 40);

        Assert.True(truncated);
        Assert.InRange(new System.Globalization.StringInfo(cut).LengthInTextElements, 30, 40);
        Assert.True(cut.Length > 40);
        Assert.False(char.IsHighSurrogate(cut[^1]));
    }

    [Fact]
    public void Split_RespectsDocumentAndCharacterLimits()
    {
        var documents = new[] { 60, 50, 10, 10, 90 }.Select((n, i) => new LanguageDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture), new string('x', n))).ToList();

        var batches = DocumentBatches.Split(documents, maxDocuments: 2, maxTextElements: 100);

        Assert.Equal([[0], [1, 2], [3, 4]], batches);
    }

    [Fact]
    public void Split_RespectsTheRequestSize()
    {
        // Persian letters are two bytes in UTF-8: 300,000 of them are 600 KB, so two do not fit one 1 MB request.
        var documents = Enumerable.Range(0, 3).Select(i => new LanguageDocument($"{i}", new string('س', 300_000))).ToList();

        Assert.Equal([[0], [1], [2]], DocumentBatches.Split(documents, 1000, 0));
    }
}
