using Reports.Core.Analysis;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Analysis;

public sealed class SentenceSegmenterTests
{
    private readonly SentenceSegmenter _sut = new();

    private static LanguageProfile Profile(string code) => LanguageCatalog.Default.Get(code);

    private string[] Split(string text, string code) => [.. _sut.Split(text, Profile(code)).Select(s => s.Text)];

    [Fact]
    public void Split_AnyText_EverySentenceIsTheVerbatimSubstringAtItsOffset()
    {
        const string text = "  Headline here\n\nFirst one. Second one!  Third one?\r\nLast (really).  ";

        var sentences = _sut.Split(text, Profile("en"));

        Assert.Equal(5, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Offset, s.Length)));
        Assert.Equal("Headline here", sentences[0].Text);
        Assert.Equal("Last (really).", sentences[4].Text);
    }

    [Fact]
    public void Stops_EveryCharacter_AreTheLineBreaksAndTerminators()
    {
        // Split passes the characters between stops with one search: a terminator missing from the search (or one too
        // many) would change where sentences end.
        for (var c = char.MinValue; ; c++)
        {
            var expected = c is '\n' or '\r' or '\u2028' or '\u2029' || Punctuation.IsTerminator(c);
            Assert.True(expected == SentenceSegmenter.Stops.Contains(c), $"U+{(int)c:X4}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Fact]
    public void Split_Newlines_AreHardBreaks()
    {
        Assert.Equal(["Drones hit the port", "Officials said so"], Split("Drones hit the port\nOfficials said so", "en"));
    }

    [Theory]
    [InlineData("en", "Mr. Smith met Gen. Brown in the U.S. capital. They talked.", "Mr. Smith met Gen. Brown in the U.S. capital.")]
    [InlineData("en", "The figure rose to 3.5 percent in 2023. Prices fell.", "The figure rose to 3.5 percent in 2023.")]
    [InlineData("en", "He lives at No. 5 Main Street. She does not.", "He lives at No. 5 Main Street.")]
    [InlineData("en", "J. R. Smith wrote it. Others agreed.", "J. R. Smith wrote it.")]
    [InlineData("en", "See example.com or mail info@example.org for more. Then call.", "See example.com or mail info@example.org for more.")]
    [InlineData("en", "He paused... and went on. Then he left.", "He paused... and went on.")]
    [InlineData("vi", "Ông Nam sống ở TP. Hồ Chí Minh từ năm 2010. Ông là kỹ sư.", "Ông Nam sống ở TP. Hồ Chí Minh từ năm 2010.")]
    [InlineData("vi", "Giá tăng 1,42% vào ngày 22/11. Người dân lo ngại.", "Giá tăng 1,42% vào ngày 22/11.")]
    [InlineData("id", "Kantor itu berada di Jl. Sudirman No. 12, Jakarta. Warga datang pagi.", "Kantor itu berada di Jl. Sudirman No. 12, Jakarta.")]
    [InlineData("id", "Mereka membeli beras, gula, dll. untuk warga. Bantuan tiba sore.", "Mereka membeli beras, gula, dll. untuk warga.")]
    [InlineData("ru", "Он родился в 1990 г. в Москве. Потом уехал.", "Он родился в 1990 г. в Москве.")]
    [InlineData("ru", "Улица им. Ленина закрыта, т.е. проезда нет. Водители недовольны.", "Улица им. Ленина закрыта, т.е. проезда нет.")]
    [InlineData("de", "Es gibt z.B. Hilfe für Familien bzw. Kinder. Das Amt zahlt.", "Es gibt z.B. Hilfe für Familien bzw. Kinder.")]
    [InlineData("de", "Das Treffen war am 5.9.2024 in Berlin. Alle kamen.", "Das Treffen war am 5.9.2024 in Berlin.")]
    [InlineData("fr", "M. Dupont a parlé avec Mme. Durand. Elle a répondu.", "M. Dupont a parlé avec Mme. Durand.")]
    [InlineData("es", "El Sr. García llegó a las 5. ¿Qué pasó después?", "El Sr. García llegó a las 5.")]
    public void Split_DotsThatDoNotEndSentences_KeepTheFirstSentenceWhole(string code, string text, string first)
    {
        var sentences = Split(text, code);

        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void Split_ClosingQuoteAfterFullStop_StaysWithItsSentence()
    {
        Assert.Equal(["He said \"no.\"", "Then he left."], Split("He said \"no.\" Then he left.", "en"));
    }

    [Fact]
    public void Split_ClosingBracketAfterFullStop_StaysWithItsSentence()
    {
        Assert.Equal(["(It was late.)", "They left."], Split("(It was late.) They left.", "en"));
    }

    [Fact]
    public void Split_SpacedQuoteBeforeNextSentence_OpensTheNextSentence()
    {
        Assert.Equal(["Trời mưa to.", "\" Chúng tôi ở nhà \", bà nói."], Split("Trời mưa to. \" Chúng tôi ở nhà \", bà nói.", "vi"));
    }

    [Fact]
    public void Split_YearFollowedByCapital_Splits()
    {
        Assert.Equal(["It happened in 2024.", "The war went on."], Split("It happened in 2024. The war went on.", "en"));
    }

    [Fact]
    public void Split_PersianQuestionMark_EndsAndCommaDoesNot()
    {
        var sentences = Split("آیا مذاکرات ادامه دارد؟ وزیر گفت، بله ادامه دارد.", "fa");

        Assert.Equal(["آیا مذاکرات ادامه دارد؟", "وزیر گفت، بله ادامه دارد."], sentences);
    }

    [Fact]
    public void Split_ArabicSemicolon_DoesNotEnd()
    {
        Assert.Single(Split("قال الوزير إن المحادثات مستمرة؛ وأضاف أن الجولة المقبلة قريبة.", "ar"));
    }

    [Fact]
    public void Split_LowerCaseAfterFullStop_DoesNotSplit()
    {
        Assert.Single(Split("The U.N. envoy arrived today.", "en"));
    }

    [Fact]
    public void Split_WithoutProfile_StillSplitsOnTerminators()
    {
        var sentences = _sut.Split("One thing happened. Another followed!", null);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(20, sentences[1].Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Split_NoText_ReturnsNothing(string text)
    {
        Assert.Empty(_sut.Split(text, null));
    }

    [Theory]
    [InlineData("de", "Am 12. März griffen die Russen an. Die Flugabwehr meldete Erfolge.", "Am 12. März griffen die Russen an.")]
    [InlineData("de", "Bis zum 3. Oktober wurden 40 Menschen verletzt. Danach wurde es ruhiger.", "Bis zum 3. Oktober wurden 40 Menschen verletzt.")]
    public void Split_AnOrdinalDayBeforeAMonth_IsADateNotASentenceEnd(string code, string text, string first) =>
        Assert.Equal(first, Split(text, code)[0]);

    [Fact]
    public void Split_ANumberEndingASentenceBeforeAnotherWord_StillEndsIt() =>
        Assert.Equal(["Die Zahl der Toten stieg auf 12.", "Mehrere wurden verletzt."], Split("Die Zahl der Toten stieg auf 12. Mehrere wurden verletzt.", "de"));
}
