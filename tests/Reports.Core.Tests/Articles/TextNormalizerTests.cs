using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_CrLfAndCr_BecomeLf()
    {
        var result = TextNormalizer.Normalize("one\r\ntwo\rthree\nfour");

        Assert.Equal("one\ntwo\nthree\nfour", result);
    }

    [Fact]
    public void Normalize_DecomposedLetters_ComposeToNfc()
    {
        var decomposed = "Vie\u0302\u0323t Nam";

        var result = TextNormalizer.Normalize(decomposed);

        Assert.Equal("Việt Nam", result);
        Assert.True(result.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Normalize_InvisibleCharacters_AreRemoved()
    {
        var text = "\uFEFFdro\u200Bnes were inter\u00ADcepted \u200Eover\u202B the\u202C city\u2066 today\u2069";

        var result = TextNormalizer.Normalize(text);

        Assert.Equal("drones were intercepted over the city today", result);
    }

    [Fact]
    public void Normalize_ZeroWidthNonJoiner_IsKept()
    {
        var persian = "پهپاد\u200Cها رهگیری شدند";

        var result = TextNormalizer.Normalize(persian);

        Assert.Contains('\u200C', result);
        Assert.Equal(persian, result);
    }

    [Fact]
    public void Normalize_OddSpacesAndRuns_CollapseToOneSpace()
    {
        var text = "12\u00A0people\u2009were \t\t killed\u202Fon  Monday";

        var result = TextNormalizer.Normalize(text);

        Assert.Equal("12 people were killed on Monday", result);
    }

    [Fact]
    public void Normalize_LinesAndBlankRuns_AreTrimmedAndCollapsed()
    {
        var text = "  \n  Title  \n\n\n\n  First line.  \n   \nSecond line.\n\n\n";

        var result = TextNormalizer.Normalize(text);

        Assert.Equal("Title\n\nFirst line.\n\nSecond line.", result);
    }

    [Fact]
    public void Normalize_WordSegmentedVietnamese_ReadsAsNormalText()
    {
        var text = "Quân_đội cho_biết đã bắn_hạ 40 trong số 52 máy_bay không_người_lái đêm 3/5 . " +
            "\" Chúng_tôi tiếp_tục bảo_vệ bầu_trời \" , người phát_ngôn nói ( theo Reuters ) .";

        var result = TextNormalizer.Normalize(text);

        Assert.Equal(
            "Quân đội cho biết đã bắn hạ 40 trong số 52 máy bay không người lái đêm 3/5. " +
            "\"Chúng tôi tiếp tục bảo vệ bầu trời\", người phát ngôn nói (theo Reuters).",
            result);
    }

    [Fact]
    public void Normalize_UnpairedQuoteInSegmentedText_LeavesQuotesAlone()
    {
        var text = "Ông_ấy nói : \" chúng_tôi sẽ phòng_thủ thành_phố và bảo_vệ người_dân";

        var result = TextNormalizer.Normalize(text);

        Assert.Equal("Ông ấy nói: \" chúng tôi sẽ phòng thủ thành phố và bảo vệ người dân", result);
    }

    [Fact]
    public void Normalize_EnglishWithFewSnakeCaseNames_IsUnchanged()
    {
        var text = "The ministry published the file casualty_report_v2 on its site , along with a summary of the strikes. " +
            "Officials said at least 12 people were killed and 30 injured when missiles hit the port city on Tuesday night.";

        var result = TextNormalizer.Normalize(text);

        Assert.Equal(text, result);
    }

    [Fact]
    public void Normalize_LoneSurrogate_IsReplacedAndPairsKept()
    {
        var result = TextNormalizer.Normalize("bad \uD800 entity, emoji \uD83D\uDE80 kept");

        Assert.Equal("bad \uFFFD entity, emoji \uD83D\uDE80 kept", result);
    }

    [Fact]
    public void Normalize_EmptyString_StaysEmpty()
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(" \n\t\r\n "));
    }

    [SharedFact]
    public void Normalize_SegmentedSeed_LeavesNoLetterJoins()
    {
        var seed = Directory.GetFiles(SharedData.File("seeds"), "000_*.txt").Single();

        var result = TextNormalizer.Normalize(File.ReadAllText(seed));

        Assert.DoesNotMatch(@"\p{L}_\p{L}", result);
        Assert.DoesNotContain(" .", result);
        Assert.DoesNotContain(" ,", result);
    }
}
