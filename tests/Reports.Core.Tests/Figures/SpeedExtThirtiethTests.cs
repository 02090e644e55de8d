using System.Text.Json;
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

    /// <summary>Every string of a language's data file (terms, number words, stopwords…), and each after the language's first clitic.</summary>
    private static List<string> DataTexts(string code)
    {
        var assembly = typeof(LanguageCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Reports.Core.Languages.Data.{code}.json")!;
        using var document = JsonDocument.Parse(stream);
        var strings = new List<string>();
        TokenCharsTests.Collect(document.RootElement, strings);
        var clitic = Profile(code).Numbers.CliticPrefixes.FirstOrDefault();
        if (clitic is not null)
        {
            strings.AddRange(strings.Select(w => clitic + w).ToList());
        }

        return strings;
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("fa")]
    [InlineData("en")]
    [InlineData("id")]
    [InlineData("uk")]
    [InlineData("ru")]
    [InlineData("ar")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("de")]
    public void StartBits_EveryDataTerm_SameMatchesAsLookingEveryWordUp(string code)
    {
        var language = CompiledLanguage.For(Profile(code));
        var tokenizer = new Tokenizer(language);
        var withBits = new List<TermMatch>();
        var lookedUp = new List<TermMatch>();
        var known = 0;
        foreach (var text in DataTexts(code))
        {
            var tokens = tokenizer.Tokenize(text);
            var plain = tokens.Select(t => t with { Starts = 0 }).ToList();
            for (var i = 0; i < tokens.Count; i++)
            {
                known += (tokens[i].Starts & Token.StartsKnown) != 0 ? 1 : 0;
                foreach (var matcher in new[] { language.Keywords, language.Numbers, language.Days, language.Aside, language.Qualifiers, language.RatesAfter, language.Totals })
                {
                    withBits.Clear();
                    lookedUp.Clear();
                    matcher.MatchAt(tokens, i, withBits);
                    matcher.MatchAt(plain, i, lookedUp);
                    Assert.Equal(lookedUp, withBits);
                }
            }
        }

        Assert.True(known > 100, $"{known} tokens with known start bits");
    }

    [Theory]
    [InlineData("en", "table", false, false)]
    [InlineData("en", "killed", true, false)]
    [InlineData("en", "twelve", false, true)]
    [InlineData("vi", "năm", true, true)]
    public void StartsOf_AWord_TheMatchersATermOfWhichStartsWithIt(string code, string word, bool keyword, bool number)
    {
        var language = CompiledLanguage.For(Profile(code));
        var token = new Tokenizer(language).Tokenize(word)[0];

        Assert.Equal(Token.StartsKnown, token.Starts & Token.StartsKnown);
        Assert.Equal(keyword, (token.Starts & language.Keywords.StartBit) != 0);
        Assert.Equal(number, (token.Starts & language.Numbers.StartBit) != 0);
        Assert.Equal(language.StartsOf(token.Folded, token.Hash), token.Starts);
    }
}
