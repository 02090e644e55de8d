using Reports.Core.Languages;

namespace Reports.Core.Tests.Languages;

public sealed class HashedWordsTests
{
    [Fact]
    public void TryGetValue_ListedWords_AreFoundWithTheirValues_OthersAreNot()
    {
        var words = Enumerable.Range(0, 500).Select(i => $"w{i}ord").ToList();
        var sut = new HashedWords<int>(words.Select((w, i) => KeyValuePair.Create(w, i)));

        for (var i = 0; i < words.Count; i++)
        {
            Assert.True(sut.TryGetValue(words[i].AsSpan(), out var value), words[i]);
            Assert.Equal(i, value);
        }

        Assert.False(sut.TryGetValue("w500ord".AsSpan(), out _));
        Assert.False(sut.TryGetValue("w1or".AsSpan(), out _));
        Assert.False(sut.TryGetValue(ReadOnlySpan<char>.Empty, out _));
        Assert.Equal(500, sut.Count);
        Assert.Equal("w499ord".Length, sut.MaxLength);
    }

    [Fact]
    public void WordHash_BuiltCharacterByCharacter_EqualsTheWholeWordsHash()
    {
        foreach (var word in new[] { "a", "ngày", "پیش‌بینی", "Ukraine" })
        {
            var hash = WordHash.Start;
            foreach (var c in word)
            {
                hash = WordHash.Add(hash, c);
            }

            Assert.Equal(WordHash.Of(word), WordHash.Finish(hash));
        }

        Assert.NotEqual(WordHash.Of("ab"), WordHash.Of("ba"));
    }

    [Fact]
    public void Constructor_AWordListedTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => new HashedWords<int>([KeyValuePair.Create("và", 1), KeyValuePair.Create("và", 2)]));


    [Fact]
    public void TryGetValue_ATableOfThousands_FindsEveryWordAndNoNearMiss()
    {
        // Enough words that many share a slot's neighbourhood and a tag (16 bits of the hash): a shared tag or a probe
        // past another word's slot still finds only the word itself.
        var words = Enumerable.Range(0, 20_000).Select(i => $"từ{i}").ToList();
        var sut = new HashedWords<string>(words.Select(w => KeyValuePair.Create(w, w.ToUpperInvariant())));

        foreach (var word in words)
        {
            Assert.True(sut.TryGetValue(word.AsSpan(), out var value), word);
            Assert.Equal(word.ToUpperInvariant(), value);
            Assert.False(sut.TryGetValue((word + "x").AsSpan(), out _), word + "x");
            Assert.False(sut.TryGetValue(word.AsSpan(1), out _), word[1..]);
        }
    }
}
