using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

public sealed class TagArenaTests
{
    [Fact]
    public void Take_SeveralRuns_ZeroedAndNotOverlapping()
    {
        var sut = TagArena.ForThread();
        var first = sut.Take(10, out var a);
        first.AsSpan(a, 10).Fill(7);

        var second = sut.Take(10, out var b);

        Assert.True(second != first || b >= a + 10);
        Assert.All(second.AsSpan(b, 10).ToArray(), v => Assert.Equal(0, v));
        Assert.All(first.AsSpan(a, 10).ToArray(), v => Assert.Equal(7, v));
    }

    [Fact]
    public void Take_PastTheBuffer_NewBufferAndEarlierRunsKept()
    {
        var sut = TagArena.ForThread();
        var early = sut.Take(100, out var at);
        early.AsSpan(at, 100).Fill(3);

        var big = sut.Take(1_000_000, out var bigAt);

        Assert.NotSame(early, big);
        Assert.Equal(0, bigAt);
        Assert.All(early.AsSpan(at, 100).ToArray(), v => Assert.Equal(3, v));
        Assert.Equal(1_000_000, big.Length);
    }

    [Fact]
    public void TakeMatches_SeveralRunsAndPastTheBuffer_RunsNotOverlappingAndEarlierKept()
    {
        var sut = TagArena.ForThread();
        var first = sut.TakeMatches(10, out var a);
        first.AsSpan(a, 10).Fill(new TermMatch(Tag.Drone, 1, 2, 3));

        var second = sut.TakeMatches(10, out var b);
        second.AsSpan(b, 10).Fill(new TermMatch(Tag.Killed, 4, 5, 6));
        var big = sut.TakeMatches(100_000, out var bigAt);

        Assert.True(second != first || b >= a + 10);
        Assert.NotSame(first, big);
        Assert.Equal(0, bigAt);
        Assert.All(first.AsSpan(a, 10).ToArray(), m => Assert.Equal(new TermMatch(Tag.Drone, 1, 2, 3), m));
        Assert.All(second.AsSpan(b, 10).ToArray(), m => Assert.Equal(new TermMatch(Tag.Killed, 4, 5, 6), m));
    }

    [Fact]
    public void TaggedSentences_ManyFromOneArena_EachKeepsItsOwnMatches()
    {
        // Enough sentences that the arena's match buffer fills and a new one is started: the first sentence's tags
        // still point to its own matches.
        var language = CompiledLanguage.For(LanguageCatalog.Default.Get("en"));
        const string first = "Russia launched 40 Shahed drones and two missiles; 31 drones were shot down, and three people were killed.";
        const string other = "Ukraine said 12 drones were downed and five civilians were wounded in the attack.";
        var firstTokens = new Tokenizer(language).Tokenize(first);
        var otherTokens = new Tokenizer(language).Tokenize(other);
        var arena = TagArena.ForThread();
        var pooled = new TaggedSentence(first, 0, firstTokens, language, [], arena);
        var others = new List<TaggedSentence>();
        for (var k = 0; k < 2_000; k++)
        {
            others.Add(new TaggedSentence(other, 0, otherTokens, language, [], arena));
        }

        var own = new TaggedSentence(first, 0, firstTokens, language, []);
        var ownOther = new TaggedSentence(other, 0, otherTokens, language, []);
        for (var i = 0; i <= firstTokens.Count; i++)
        {
            Assert.Equal(own.StartingAt(i), pooled.StartingAt(i));
            Assert.Equal(own.EndingAt(i), pooled.EndingAt(i));
        }

        for (var i = 0; i <= otherTokens.Count; i++)
        {
            Assert.Equal(ownOther.StartingAt(i), others[0].StartingAt(i));
            Assert.Equal(ownOther.StartingAt(i), others[^1].StartingAt(i));
        }

        Assert.Contains(Enumerable.Range(0, firstTokens.Count), i => own.StartingAt(i) is { Tag: Tag.Drone });
    }

    [Theory]
    [InlineData("en", "Air defence shot down 20 of 25 drones over Odesa region in the past two months, officials said.")]
    [InlineData("vi", "Nga phóng 12 máy bay không người lái vào Kharkiv, 3 người chết.")]
    [InlineData("ru", "11 дронов сбиты над Брянской областью, семь — над Калужской.")]
    public void TaggedSentence_FromTheArena_SameTagsAsOwnArrays(string code, string text)
    {
        var language = CompiledLanguage.For(LanguageCatalog.Default.Get(code));
        var tokens = new Tokenizer(language).Tokenize(text);
        var arena = TagArena.ForThread();
        arena.Take(37, out _).AsSpan().Fill(-1);
        arena.TakeMatches(37, out _).AsSpan().Fill(new TermMatch(Tag.Missile, 0, 1, 5));
        arena.MatchBuilder.AsSpan().Fill(new TermMatch(Tag.Killed, 0, 1, 7));

        var pooled = new TaggedSentence(text, 0, tokens, language, [], arena);
        var own = new TaggedSentence(text, 0, tokens, language, []);

        for (var i = -1; i <= tokens.Count + 1; i++)
        {
            Assert.Equal(own.StartingAt(i), pooled.StartingAt(i));
            Assert.Equal(own.EndingAt(i), pooled.EndingAt(i));
            Assert.Equal(own.ExcludesAt(i), pooled.ExcludesAt(i));
        }

        Assert.Contains(Enumerable.Range(0, tokens.Count), i => own.StartingAt(i) is not null);
        Assert.Equal(own.HasViolence, pooled.HasViolence);
    }
}
