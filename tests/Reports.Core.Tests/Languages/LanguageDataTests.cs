using Reports.Core.Languages;

namespace Reports.Core.Tests.Languages;

public sealed class LanguageDataTests
{
    public static TheoryData<string> Codes => new(LanguageCatalog.Default.All.Select(p => p.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Stopwords_EveryProfile_HasEnoughLowerCaseUniqueWords(string code)
    {
        var sut = LanguageCatalog.Default.Get(code);

        Assert.InRange(sut.Stopwords.Count, 100, 250);
        Assert.Equal(sut.Stopwords.Count, sut.Stopwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(sut.Stopwords, w => Assert.Equal(w.ToLowerInvariant(), w));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Abbreviations_EveryEntry_EndsWithDot(string code)
    {
        var sut = LanguageCatalog.Default.Get(code);

        Assert.All(sut.Abbreviations, a => Assert.EndsWith(".", a, StringComparison.Ordinal));
    }

    [Fact]
    public void Catalog_Default_HoldsTheTenLanguages()
    {
        var sut = LanguageCatalog.Default;

        Assert.Equal(["ar", "de", "en", "es", "fa", "fr", "id", "ru", "uk", "vi"], sut.All.Select(p => p.Code));
    }
}
