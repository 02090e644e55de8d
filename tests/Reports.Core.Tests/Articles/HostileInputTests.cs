using System.Text;
using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

/// <summary>Inputs built to cost more than their size: they must end, with a result or a clear refusal.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Extract_HtmlNestedFarTooDeep_IsRefusedAsTooComplexWithTheDepth()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("Drones hit the port.");
        var bytes = Encoding.UTF8.GetBytes(html.ToString());

        var e = Assert.Throws<ArticleRejectedException>(() => HtmlText.Extract(bytes));

        Assert.Equal("too_complex", e.Code);
        Assert.Contains("20,000 levels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ManyUnclosedParagraphsAndListItems_AreNotCountedAsNesting()
    {
        var html = new StringBuilder("<html><body><ul>");
        for (var i = 0; i < 5_000; i++)
        {
            html.Append("<li>item <p>para <br>line <img src=x>");
        }

        html.Append("</ul><p>Three people were killed.</body></html>");

        var text = HtmlText.Extract(Encoding.UTF8.GetBytes(html.ToString()));

        Assert.Contains("Three people were killed.", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxWhoseTextIsOverTheArticleLimit_IsRefusedAsTooLarge()
    {
        // A small upload (the XML compresses ~350:1) whose text is far larger than any text upload may be.
        var paragraphs = string.Concat(Enumerable.Repeat(DocxReadingTests.Paragraph("Drone hit the town."), 3_000));
        var bytes = DocxReadingTests.Docx(paragraphs);
        Assert.True(bytes.Length < 20_000);

        var e = Assert.Throws<ArticleRejectedException>(() => new ArticleReader(new ArticleReaderOptions { MaxBytes = 50_000 }).Read(bytes, "many.docx"));

        Assert.Equal("too_large", e.Code);
        Assert.Contains("50,000 characters", e.Message, StringComparison.Ordinal);

        // Under the limit the same document is read whole.
        var text = new ArticleReader(new ArticleReaderOptions { MaxBytes = 80_000 }).Read(bytes, "many.docx");
        Assert.Equal(3_000, text.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("<div><span>a</span></div>", 2)]
    [InlineData("<div><br/><img src='x'><div>b</div></div>", 2)]
    [InlineData("<<<<a<b", 2)]
    [InlineData("</div></div><div>", 1)]
    public void NestingDepth_CountsOpenElements(string html, int expected)
    {
        Assert.Equal(expected, HtmlText.NestingDepth(html));
    }

    [Fact]
    public void Analyze_FortyThousandShortSentences_StillGivesASummary()
    {
        var text = new StringBuilder("Port attack\n\n");
        for (var i = 0; i < 40_000; i++)
        {
            text.Append("Sirens sounded in the port city again tonight. ");
        }

        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(text.ToString()), 2);

        Assert.Equal("Sirens sounded in the port city again tonight.", Assert.Single(analysis.Summary));
    }
}

public sealed class LongSentenceTests
{
    [Fact]
    public void Split_RunWithoutSentenceEnds_IsCutAtClauseBreaksWithinTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("Three people were killed in the port city, officials said; ", 500));

        var sentences = new SentenceSegmenter().Split(text, null);

        Assert.True(sentences.Count > 10);
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSegmenter.MaxSentenceLength));
        Assert.All(sentences, s => Assert.EndsWith(";", s.Text, StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Offset, s.Length)));
    }
}
