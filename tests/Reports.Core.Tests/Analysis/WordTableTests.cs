using Reports.Core.Analysis;

namespace Reports.Core.Tests.Analysis;

public sealed class WordTableTests
{
    private readonly WordTable _sut = new();

    [Fact]
    public void GetOrAdd_NewWords_IdsInOrderOfFirstAddition()
    {
        Assert.Equal(0, _sut.GetOrAdd("drone"));
        Assert.Equal(1, _sut.GetOrAdd("missile"));
        Assert.Equal(0, _sut.GetOrAdd("drone"));
        Assert.Equal(2, _sut.GetOrAdd("port"));
        Assert.Equal(3, _sut.Count);
    }

    [Fact]
    public void GetOrAdd_SameWordFromAnotherBuffer_SameId()
    {
        var id = _sut.GetOrAdd("Odesa".AsSpan(1));

        Assert.Equal(id, _sut.GetOrAdd("the port of desa".AsSpan(12)));
        Assert.Equal("desa", _sut[id].ToString());
    }

    [Fact]
    public void Find_WordNeverAdded_MinusOne()
    {
        _sut.GetOrAdd("drone");

        Assert.Equal(-1, _sut.Find("drones"));
        Assert.Equal(-1, _sut.Find("dron"));
        Assert.Equal(0, _sut.Find("drone"));
    }

    [Fact]
    public void Clear_WordsForgotten_IdsStartAgain()
    {
        _sut.GetOrAdd("drone");
        _sut.GetOrAdd("missile");

        _sut.Clear();

        Assert.Equal(0, _sut.Count);
        Assert.Equal(-1, _sut.Find("drone"));
        Assert.Equal(0, _sut.GetOrAdd("missile"));
    }

    [Fact]
    public void GetOrAdd_ManyWordsPastEveryInitialSize_AllKeepTheirIds()
    {
        // Forces the slots, the id arrays and the character buffer to grow several times.
        var words = Enumerable.Range(0, 20_000).Select(i => $"word{i}-{new string('x', i % 7)}").ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(i, _sut.GetOrAdd(words[i]));
        }

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(i, _sut.Find(words[i]));
            Assert.Equal(words[i], _sut[i].ToString());
        }

        _sut.Clear();
        Assert.Equal(-1, _sut.Find(words[5]));
        Assert.Equal(0, _sut.GetOrAdd(words[5]));
    }

    [Fact]
    public void GetOrAdd_EmptyWord_IsAWordLikeAnyOther()
    {
        var empty = _sut.GetOrAdd([]);

        Assert.Equal(empty, _sut.Find([]));
        Assert.Equal(0, _sut[empty].Length);
    }
}
