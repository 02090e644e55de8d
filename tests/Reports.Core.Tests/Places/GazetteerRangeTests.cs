using Reports.Core.Places;

namespace Reports.Core.Tests.Places;

/// <summary>The allocation-free mechanics of place matching: a range of a text read like a substring, word counts.</summary>
public sealed class GazetteerRangeTests
{
    private readonly Gazetteer _sut = Gazetteer.Default;

    [Fact]
    public void Classify_EveryUtf16CodeUnit_WordCharAndFoldAsTheRules()
    {
        // The one table the gazetteer finds and folds a text's words with: inside a word as letters, digits, combining
        // marks and ZWNJ are; folded as TextFold folds the character alone (dropped, or one character).
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var v = Gazetteer.Classify(c);
            var wordChar = char.IsLetterOrDigit(c) || c == '\u200C' ||
                char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            var folded = (v & Gazetteer.Dropped) != 0 ? string.Empty : ((char)(v & 0xFFFF)).ToString();
            if (wordChar != ((v & Gazetteer.WordChar) != 0) || folded != PlaceFold(Reports.Core.Figures.TextFold.Fold(c.ToString())))
            {
                Assert.Fail($"U+{i:X4} classified differently");
            }
        }
    }

    /// <summary>TextFold's form, with a Latin letter's accent taken off (é → e, ó → o, ư stays ư's base u).</summary>
    private static string PlaceFold(string folded)
    {
        if (folded.Length != 1 || folded[0] is < '\u00C0' or > '\u1EFF' || folded[0] is > '\u024F' and < '\u1E00')
        {
            return folded;
        }

        var baseLetter = folded.Normalize(System.Text.NormalizationForm.FormD)[0];
        return baseLetter < 0x80 && char.IsLetter(baseLetter) ? baseLetter.ToString() : folded;
    }

    [Theory]
    [InlineData("es", "Ataques contra Dnipró y Odesá", "ua/dnipropetrovsk-oblast/dnipro", "ua/odesa-oblast/odesa")]
    [InlineData("es", "Ataques contra Dnipro y Odesa", "ua/dnipropetrovsk-oblast/dnipro", "ua/odesa-oblast/odesa")]
    [InlineData("uk", "Удари по Києву та Одесі", "ua/kyiv", "ua/odesa-oblast/odesa")]
    public void Find_LatinAccents_AreOffForPlaceNames(string language, string text, string first, string second)
    {
        var found = Gazetteer.Default.Find(text, language);

        Assert.Equal([first, second], found.Select(m => m.PlaceId));
    }

    [Theory]
    [InlineData("en", "Strikes on KHARKIV and odesa", "ua/kharkiv-oblast/kharkiv", "ua/odesa-oblast/odesa")]
    [InlineData("fa", "حمله به خارـکیف و اودِسا", "ua/kharkiv-oblast/kharkiv", "ua/odesa-oblast/odesa")]
    [InlineData("ar", "هجوم على خاركيف وأوديسا", "ua/kharkiv-oblast/kharkiv", "ua/odesa-oblast/odesa")]
    public void Find_CaseTatweelDiacriticsAndHamza_FoldedInTheSamePassAsTheWordsAreFound(string language, string text, string first, string second)
    {
        // Upper case, a tatweel and a vowel mark inside a word (dropped by folding, though inside the word), a hamza
        // alef (folded to alef) after a clitic "و": each word is still found whole and folded as TextFold folds it.
        var found = _sut.Find(text, language);

        Assert.Equal([first, second], found.Select(m => m.PlaceId));
        Assert.Equal(text.Split(' ')[2], text.Substring(found[0].Offset, found[0].Length));
        Assert.Equal(text.Split(' ')[^1], text.Substring(found[1].Offset, found[1].Length));
    }

    [Theory]
    [InlineData("en", "Drones hit Kharkiv and Odesa overnight; Russian forces also shelled Zaporizhzhia.", 0, 40)]
    [InlineData("en", "Drones hit Kharkiv and Odesa overnight; Russian forces also shelled Zaporizhzhia.", 13, 81)]
    [InlineData("ru", "Беспилотники сбиты над Брянской областью и над Москвой.", 5, 54)]
    public void FindIn_Range_SameAsFindOnTheSubstringShifted(string language, string text, int start, int end)
    {
        var expected = _sut.Find(text[start..end], language).Select(m => m with { Offset = m.Offset + start });

        var actual = _sut.FindIn(text, start, end, language);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void FindIn_RangeCuttingAWord_ReadsOnlyThePartInside()
    {
        const string text = "shelling of Kharkivska oblast";

        // "Kharkiv" cut out of "Kharkivska": inside the range it is a whole word.
        var found = _sut.FindIn(text, 12, 19, "en");

        Assert.Equal(_sut.Find("Kharkiv", "en").Select(m => m with { Offset = 12 }), found);
        Assert.NotEmpty(found);
    }

    [Fact]
    public void Find_ManyTextsOneAfterAnother_BuffersReusedWithoutLeaking()
    {
        var longText = string.Join(" ", Enumerable.Range(0, 5_000).Select(i => i % 50 == 0 ? "Odesa" : $"word{i}"));
        var first = _sut.Find("Strikes on Kyiv and Lviv.", "en");

        Assert.Equal(100, _sut.Find(longText, "en").Count);
        Assert.Equal(first, _sut.Find("Strikes on Kyiv and Lviv.", "en"));
        Assert.Equal(2, first.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("one")]
    [InlineData(" 45 of 60 Russian-made drones, ")]
    [InlineData("پهپاد\u200Cهای اوکراینی")]
    [InlineData("hai mươi ba người")]
    public void CountWords_AnyText_SameAsWords(string text)
    {
        Assert.Equal(Gazetteer.Words(text).Count, Gazetteer.CountWords(text));
    }
}
