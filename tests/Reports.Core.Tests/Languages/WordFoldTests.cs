using Reports.Core.Languages;

namespace Reports.Core.Tests.Languages;

public sealed class WordFoldTests
{
    [Fact]
    public void Classify_EveryCharacter_MatchesTheDefinitions()
    {
        var wrong = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var folded = c switch
            {
                '\u064A' or '\u0649' => '\u06CC',
                '\u0643' => '\u06A9',
                _ => char.ToLowerInvariant(c),
            };
            var letter = char.IsLetter(c) || c is >= '\u0300' and <= '\u036F' || c is >= '\u064B' and <= '\u065F';
            var info = WordFold.Classify(c);
            if (WordFold.Fold(c) != folded || (char)(info & 0xFFFF) != folded || WordFold.IsWordChar(c) != letter ||
                ((info & WordFold.WordLetter) != 0) != letter || ((info & WordFold.Digit) != 0) != char.IsDigit(c))
            {
                wrong.Add($"U+{code:X4}");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Ngày", "ngày")]
    [InlineData("كتاب", "کتاب")]
    [InlineData("УКРАЇНА", "україна")]
    public void Fold_Word_LowerCaseWithPersianLetters(string word, string expected) => Assert.Equal(expected, WordFold.Fold(word));
}
