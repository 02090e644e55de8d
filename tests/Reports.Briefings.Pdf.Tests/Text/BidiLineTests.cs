using Reports.Briefings.Pdf.Text;

namespace Reports.Briefings.Pdf.Tests.Text;

public sealed class BidiLineTests
{
    [Theory]
    [InlineData("ابج دهو", "وهد جبا")]
    [InlineData("ابج 23 دهو", "وهد 23 جبا")]                           // European digits stay left to right
    [InlineData("ابج ۲۳ دهو", "وهد ۲۳ جبا")]                           // so do Persian digits
    [InlineData("ابج 1,200 دهو", "وهد 1,200 جبا")]                     // a separator inside a number
    [InlineData("ابج 12% دهو", "وهد 12% جبا")]                         // a terminator after it
    [InlineData("گفت John Smith امروز", "زورما John Smith تفگ")]       // an embedded Latin name keeps its order
    [InlineData("(الف)", "(فلا)")]                                    // brackets are mirrored
    [InlineData("ابج: 5 و 6.", ".6 و 5 :جبا")]                         // punctuation at the end goes to the left
    public void Reorder_RightToLeftParagraph_GivesVisualOrder(string logical, string visual) =>
        Assert.Equal(visual, BidiLine.Reorder(logical, rightToLeft: true));

    [Theory]
    [InlineData("Iran: ابج and", "Iran: جبا and")]
    [InlineData("Kyiv 12 killed", "Kyiv 12 killed")]
    [InlineData("said ابج دهو today", "said وهد جبا today")]
    [InlineData("at ابج 23 دهو end", "at وهد 23 جبا end")]
    public void Reorder_LeftToRightParagraph_ReversesOnlyRightToLeftRuns(string logical, string visual) =>
        Assert.Equal(visual, BidiLine.Reorder(logical, rightToLeft: false));

    [Theory]
    [InlineData("سلام John", true)]
    [InlineData("23 سلام", true)]
    [InlineData("John سلام", false)]
    [InlineData("123", false)]
    [InlineData("Щонайменше 5", false)]
    public void IsRightToLeft_FirstStrongCharacter_DecidesDirection(string text, bool expected) =>
        Assert.Equal(expected, BidiLine.IsRightToLeft(text));

    [Theory]
    [InlineData("Karimi گفت که حمله ادامه دارد", true)]       // a Persian sentence opening with a Latin name
    [InlineData("Kyiv said سلام", false)]
    [InlineData("John سلام", false)]                           // a tie goes by the first strong character
    [InlineData("", false)]
    public void IsMostlyRightToLeft_MajorityOfLetters_DecidesDirection(string text, bool expected) =>
        Assert.Equal(expected, BidiLine.IsMostlyRightToLeft(text));

    [Fact]
    public void Reorder_ShapedPersian_KeepsNumberAndReversesWords()
    {
        var shaped = ArabicShaper.Shape("حمله ۲۳ پهپاد");
        var visual = BidiLine.Reorder(shaped, rightToLeft: true);
        var words = visual.Split(' ');
        Assert.Equal(Reversed(ArabicShaper.Shape("پهپاد")), words[0]);
        Assert.Equal("۲۳", words[1]);
        Assert.Equal(Reversed(ArabicShaper.Shape("حمله")), words[2]);
    }

    private static string Reversed(string s) => new([.. s.Reverse()]);
}
