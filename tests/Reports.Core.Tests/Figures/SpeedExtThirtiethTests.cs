using Reports.Core.Analysis;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// The thirtieth session's speed work on extraction: the article's words read once (<see cref="ArticleReading"/>) and
/// handed to every stage, the extractor reading its tokens from it.
/// </summary>
public sealed class SpeedExtThirtiethTests
{
    private static LanguageProfile Profile(string code) => LanguageCatalog.Default.Get(code);

    private static List<Sentence> Sentences(string code, string text) => new SentenceSegmenter().Split(text, Profile(code)).ToList();

    [Theory]
    [InlineData("en", "Russia launched 1,200 drones at Kharkiv on 5/9. Three U.S. soldiers were killed and 12 wounded, officials said.")]
    [InlineData("ar", "ارتفعت الحصيلة إلى 41 ألفًا و965 شهيدا. بحسب الوزارة.")]
    [InlineData("vi", "Ít nhất 5 người thiệt mạng. 12 người bị thương trong vụ tấn công.")]
    public void Read_EverySentence_TheTokenizersTokens(string code, string text)
    {
        var sentences = Sentences(code, text);
        var tokenizer = new Tokenizer(CompiledLanguage.For(Profile(code)));

        var reading = ArticleReading.Read(sentences, Profile(code));

        Assert.Equal(sentences.Count, reading.Count);
        Assert.True(sentences.Count >= 2);
        for (var s = 0; s < sentences.Count; s++)
        {
            Assert.Equal(tokenizer.Tokenize(sentences[s].Text), reading.Tokens(s));
            Assert.Equal(reading.Tokens(s), reading.TokenSpan(s).ToArray());
        }
    }

    [Fact]
    public void Read_ASecondArticleOnTheThread_ReplacesTheFirst()
    {
        var first = Sentences("en", "One sentence here. Another one with 3 drones. And a third with many more words in it than the others.");
        var second = Sentences("en", "Two people were killed.");
        ArticleReading.Read(first, Profile("en"));

        var reading = ArticleReading.Read(second, Profile("en"));

        Assert.Equal(1, reading.Count);
        Assert.Same(second, reading.Sentences);
        Assert.Equal(new[] { "two", "people", "were", "killed", "." }, reading.Tokens(0).Select(t => t.Folded));
        Assert.Equal(5, reading.Ids(0).Length);
    }

    [Fact]
    public void Ids_EqualFoldsEqualIds_DistinctFoldsDistinctIds()
    {
        var reading = ArticleReading.Read(Sentences("en", "Drones hit Kyiv. The drones were shot down, 12 drones and 3 missiles."), Profile("en"));
        var tokens = reading.Tokens(0).Concat(reading.Tokens(1)).ToList();
        var ids = reading.Ids(0).ToArray().Concat(reading.Ids(1).ToArray()).ToList();

        for (var a = 0; a < tokens.Count; a++)
        {
            Assert.Equal(tokens[a].Folded, reading.Fold(ids[a]));
            for (var b = 0; b < tokens.Count; b++)
            {
                Assert.Equal(tokens[a].Folded == tokens[b].Folded, ids[a] == ids[b]);
            }
        }

        Assert.Equal(tokens.Select(t => t.Folded).Distinct().Count(), reading.FoldCount);
        Assert.InRange(ids.Max(), 0, reading.FoldCount - 1);
    }

    [Theory]
    [InlineData("en", "Strike on Odesa kills 12\n\nA Russian missile strike on Odesa killed 12 people and wounded at least 30, the governor said. Air defences shot down 40 of 52 drones overnight.")]
    [InlineData("uk", "Унаслідок удару загинули троє людей, ще 14 поранені. Сили ППО збили 25 з 30 дронів.")]
    public void Extract_WithTheArticlesReading_SameFiguresAsWithout(string code, string text)
    {
        var sentences = Sentences(code, text);
        var extractor = new FigureExtractor();
        var without = extractor.Extract(text, sentences, Profile(code), null, 0, null, null, null).ToList();

        var reading = ArticleReading.Read(sentences, Profile(code));
        var with = extractor.Extract(text, sentences, Profile(code), null, 0, null, null, null, reading).ToList();

        Assert.NotEmpty(without);
        Assert.Equal(without, with);
    }

    [Fact]
    public void Extract_AReadingOfOtherSentences_Refused()
    {
        var reading = ArticleReading.Read(Sentences("en", "Two people were killed."), Profile("en"));

        Assert.Throws<ArgumentException>(() =>
            new FigureExtractor().Extract(null, Sentences("en", "Five people were killed."), Profile("en"), null, 0, null, null, null, reading));
    }
}
