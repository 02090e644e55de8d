using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

public sealed class NumberReaderTests
{
    private static Mention Single(string code, string text)
    {
        var language = CompiledLanguage.For(LanguageCatalog.Default.Get(code));
        var tokens = new Tokenizer(language).Tokenize(text);
        return Assert.Single(NumberReader.Read(tokens, language, []));
    }

    [Theory]
    [InlineData("en", "1,200", 1200)]
    [InlineData("en", "21,793", 21793)]
    [InlineData("en", "1.2 million", 1200000)]
    [InlineData("en", "twenty-four", 24)]
    [InlineData("en", "fourteen", 14)]
    [InlineData("en", "one hundred and twenty", 120)]
    [InlineData("en", "two dozen", 24)]
    [InlineData("en", "3 thousand", 3000)]
    [InlineData("vi", "11.000", 11000)]
    [InlineData("vi", "1,42 tỷ", 1420000000)]
    [InlineData("vi", "hai mươi lăm", 25)]
    [InlineData("vi", "một trăm hai mươi ba", 123)]
    [InlineData("vi", "mười ba", 13)]
    [InlineData("vi", "2 triệu", 2000000)]
    [InlineData("id", "1.200", 1200)]
    [InlineData("id", "dua puluh tiga", 23)]
    [InlineData("id", "dua belas", 12)]
    [InlineData("id", "seratus", 100)]
    [InlineData("id", "tiga ratus", 300)]
    [InlineData("id", "1,5 juta", 1500000)]
    [InlineData("fa", "۲۳۵", 235)]
    [InlineData("fa", "9 هزار و ۴۳۲", 9432)]
    [InlineData("fa", "بیست و سه", 23)]
    [InlineData("fa", "سیصد", 300)]
    [InlineData("fa", "۱۲٬۵۰۰", 12500)]
    [InlineData("fa", "هزار", 1000)]
    [InlineData("fa", "هزار و ۲۰۰", 1200)]
    [InlineData("fa", "دو هزار و سیصد", 2300)]
    [InlineData("fa", "۴۳ هزار و ۳۹۱", 43391)]
    [InlineData("fa", "۲ میلیون و ۳۰۰ هزار", 2300000)]
    [InlineData("ar", "12 ألف", 12000)]
    [InlineData("ar", "12 ألفا", 12000)]
    [InlineData("ar", "31 ألفًا و412", 31412)]
    [InlineData("ar", "72 ألفاً و105", 72105)]
    public void Read_WrittenNumber_HasItsValue(string code, string text, long value)
    {
        var sut = Single(code, text);
        Assert.Equal(value, sut.Value);
        Assert.Equal(Qualifier.Exact, sut.Qualifier);
    }

    [Theory]
    [InlineData("en", "dozens", 12, Qualifier.AtLeast)]
    [InlineData("en", "hundreds of", 100, Qualifier.AtLeast)]
    [InlineData("en", "tens of thousands", 10000, Qualifier.AtLeast)]
    [InlineData("vi", "hàng trăm", 100, Qualifier.AtLeast)]
    [InlineData("vi", "hàng chục nghìn", 10000, Qualifier.AtLeast)]
    [InlineData("id", "puluhan", 10, Qualifier.AtLeast)]
    [InlineData("id", "seratusan", 100, Qualifier.About)]
    [InlineData("fa", "صدها", 100, Qualifier.AtLeast)]
    [InlineData("fa", "صدها هزار", 100000, Qualifier.AtLeast)]
    [InlineData("ru", "сотни тысяч", 100000, Qualifier.AtLeast)]
    [InlineData("en", "at least 5", 5, Qualifier.AtLeast)]
    [InlineData("en", "more than 100", 100, Qualifier.MoreThan)]
    [InlineData("en", "nearly 3,000", 3000, Qualifier.Nearly)]
    [InlineData("en", "up to 40", 40, Qualifier.UpTo)]
    [InlineData("vi", "ít nhất 9", 9, Qualifier.AtLeast)]
    [InlineData("vi", "hơn 400", 400, Qualifier.MoreThan)]
    [InlineData("vi", "khoảng 35", 35, Qualifier.About)]
    [InlineData("vi", "gần 3.000", 3000, Qualifier.Nearly)]
    [InlineData("id", "setidaknya 23", 23, Qualifier.AtLeast)]
    [InlineData("id", "lebih dari 100", 100, Qualifier.MoreThan)]
    [InlineData("id", "hampir 1.200", 1200, Qualifier.Nearly)]
    [InlineData("fa", "حداقل ۳", 3, Qualifier.AtLeast)]
    [InlineData("fa", "بیش از ۱۰۰", 100, Qualifier.MoreThan)]
    [InlineData("fa", "حدود ۵۰", 50, Qualifier.About)]
    [InlineData("fa", "نزدیک به ۲۰۰", 200, Qualifier.Nearly)]
    public void Read_QualifiedOrVague_CarriesItsQualifier(string code, string text, long value, Qualifier qualifier)
    {
        var sut = Single(code, text);
        Assert.Equal(value, sut.Value);
        Assert.Equal(qualifier, sut.Qualifier);
    }

    [Fact]
    public void Read_HyphenatedWordsOneAfterAnother_EachReadFromItsOwnParts()
    {
        // The parts of a hyphenated word are gathered in a list the thread reuses: a word that is no number
        // ("drone-makers") between two that are must leave nothing behind.
        var language = CompiledLanguage.For(LanguageCatalog.Default.Get("en"));
        var tokens = new Tokenizer(language).Tokenize("twenty-four drone-makers and thirty-one well-known sixty-two");
        Assert.Equal([24L, 31L, 62L], NumberReader.Read(tokens, language, []).Select(m => m.Value));
    }

    [Fact]
    public void Read_IntoAList_EmptiesItFirst()
    {
        // The extractor reads every sentence of an article into one list.
        var language = CompiledLanguage.For(LanguageCatalog.Default.Get("en"));
        var tokenizer = new Tokenizer(language);
        var mentions = new List<Mention>();
        NumberReader.Read(tokenizer.Tokenize("12 killed and 30 injured"), language, [], mentions);
        NumberReader.Read(tokenizer.Tokenize("seven drones"), language, [], mentions);
        Assert.Equal(7, Assert.Single(mentions).Value);
    }

    [Theory]
    [InlineData("en", "39 and 40")]
    [InlineData("vi", "2 ba")]
    public void Read_TwoNumbersSideBySide_StaysTwoNumbers(string code, string text)
    {
        var language = CompiledLanguage.For(LanguageCatalog.Default.Get(code));
        Assert.Equal(2, NumberReader.Read(new Tokenizer(language).Tokenize(text), language, []).Count);
    }

    [Theory]
    [InlineData("en", "MQ9 Kh-101 55km 12-year-old 5/9 22/11/2024 10:30")]
    [InlineData("vi", "ngày 5/9 và 22/11")]
    public void Read_CodesDatesAndUnits_AreNoNumbers(string code, string text)
    {
        var language = CompiledLanguage.For(LanguageCatalog.Default.Get(code));
        Assert.Empty(NumberReader.Read(new Tokenizer(language).Tokenize(text), language, []));
    }

    [Fact]
    public void Read_WeakOne_IsMarkedWeak()
    {
        var sut = Single("vi", "một");
        Assert.True(sut.Weak);
        Assert.Equal(1, sut.Value);
    }
}
