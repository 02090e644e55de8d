using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>The allocation-saving mechanics of tokenising: shared folded words, reused token lists.</summary>
public sealed class TokenizerReuseTests
{
    private static CompiledLanguage Language(string code) => CompiledLanguage.For(LanguageCatalog.Default.Get(code));

    [Fact]
    public void Get_SameCharactersTwice_SameString()
    {
        var first = FoldedWords.Get("drones".AsSpan());
        var second = FoldedWords.Get("the drones".AsSpan(4));

        Assert.Same(first, second);
        Assert.Equal("drones", first);
    }

    [Fact]
    public void Fold_CapitalsAndArabicVariants_FoldedLikeTextFold()
    {
        Assert.Equal(TextFold.Fold("Ёлка"), FoldedWords.Fold("Ёлка"));
        Assert.Equal(TextFold.Fold("أكثر"), FoldedWords.Fold("أكثر"));
        Assert.Same(FoldedWords.Fold("DRONES"), FoldedWords.Fold("drones"));
    }

    [Fact]
    public void Get_MoreDistinctWordsThanKept_StartsAgainAndStaysCorrect()
    {
        for (var i = 0; i <= FoldedWords.MaxWords + 10; i++)
        {
            Assert.Equal($"w{i}", FoldedWords.Get($"w{i}"));
        }

        Assert.InRange(FoldedWords.Count, 1, FoldedWords.MaxWords);
        Assert.Equal("w3", FoldedWords.Get("w3"));
    }

    [Theory]
    [InlineData("en", "Russia launched 1,200 drones at Kharkiv on 5/9, the air force said at 10:30.")]
    [InlineData("ar", "ارتفعت الحصيلة إلى 41 ألفًا و965 شهيدا — بحسب الوزارة.")]
    [InlineData("fa", "۱۲ پهپاد شاهد رهگیری شد.")]
    public void Tokenize_IntoAReusedList_SameTokensAsAFreshList(string code, string text)
    {
        var tokenizer = new Tokenizer(Language(code));
        var reused = new List<Token>();
        tokenizer.Tokenize("An earlier sentence, much longer than the one after it, with 17 words and 3 numbers in 2024.", reused);

        reused.Clear();
        tokenizer.Tokenize(text, reused);

        Assert.Equal(tokenizer.Tokenize(text), reused);
        Assert.NotEmpty(reused);
    }

    [Fact]
    public void IsClitic_PrefixGluedToDigits_FoldedBeforeComparing()
    {
        var arabic = Language("ar");

        Assert.True(arabic.IsClitic("و"));
        Assert.True(arabic.IsClitic("وال"));
        Assert.False(arabic.IsClitic("قال"));
        Assert.False(Language("en").IsClitic("and"));
    }

    [Fact]
    public void Extract_AfterALongerArticle_SameFigures()
    {
        // Token lists are reused per thread from one article to the next: a longer article before must not leak tokens.
        const string text = "Three people were killed and 12 wounded when drones hit Odesa.\nAir defence shot down 20 of 25 drones.";
        var first = ExtractorHarness.Extract("en", text);
        var longer = string.Join("\n", Enumerable.Range(0, 60).Select(i => $"In village {i}, {i + 2} people were wounded by shelling on Monday."));
        ExtractorHarness.Extract("en", longer);

        Assert.Equal(first, ExtractorHarness.Extract("en", text));
        Assert.Contains(("killed", 3L, "exact"), first);
    }
}
