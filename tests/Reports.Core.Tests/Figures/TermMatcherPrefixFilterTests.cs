using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Prefix terms are looked up only for words whose first two letters start one (a bit set built with the tables): the
/// filter must never hide a match, also when a one-letter prefix turns it off or a clitic stands before the word.
/// </summary>
public sealed class TermMatcherPrefixFilterTests
{
    private static List<Tag> TagsAt(TermMatcher matcher, string text, int token)
    {
        var tokens = new Tokenizer(CompiledLanguage.For(LanguageCatalog.Default.Get("en"))).Tokenize(text);
        var found = new List<TermMatch>();
        matcher.MatchAt(tokens, token, found);
        return [.. found.Select(m => m.Tag)];
    }

    [Theory]
    [InlineData("killed", true)]
    [InlineData("kill", true)]
    [InlineData("skilled", false)]
    [InlineData("ki", false)]
    public void APrefixTerm_MatchesOnlyWordsItStarts(string word, bool matches)
    {
        var matcher = new TermMatcher([]);
        matcher.Add("kill*", Tag.Killed);
        matcher.Add("wound*", Tag.Injured);
        Assert.Equal(matches, TagsAt(matcher, word, 0).Contains(Tag.Killed));
    }

    [Fact]
    public void AOneLetterPrefix_TurnsTheFilterOff()
    {
        var matcher = new TermMatcher([]);
        matcher.Add("kill*", Tag.Killed);
        matcher.Add("x*", Tag.Drone);
        Assert.Contains(Tag.Drone, TagsAt(matcher, "xyz", 0));
        Assert.Contains(Tag.Killed, TagsAt(matcher, "killing", 0));
        Assert.Empty(TagsAt(matcher, "yes", 0));
    }

    [Fact]
    public void APrefixAfterAClitic_IsStillFound()
    {
        var matcher = new TermMatcher(["al"]);
        matcher.Add("kill*", Tag.Killed);
        Assert.Contains(Tag.Killed, TagsAt(matcher, "alkilled", 0));
        Assert.Empty(TagsAt(matcher, "alpine", 0));
    }
}
