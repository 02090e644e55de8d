using Reports.Core.Analysis;

namespace Reports.Core.Tests.Analysis;

public sealed class TermVectorsTests
{
    private readonly TermVectors _sut = new();

    // Word ids of three sentences, one after another: [0 1 2] [0 1 2 2] [3 4].
    private static readonly int[] Words = [0, 1, 2, 0, 1, 2, 2, 3, 4];
    private static readonly int[] From = [0, 3, 7];
    private static readonly int[] To = [3, 7, 9];

    [Fact]
    public void Cosine_SameWords_One()
    {
        _sut.Build(Words, From[..1], To[..1], 5);

        Assert.Equal(1.0, _sut.Cosine(0, 0), 12);
    }

    [Fact]
    public void Cosine_NoWordInCommon_Zero()
    {
        _sut.Build(Words, From, To, 5);

        Assert.Equal(3, _sut.Count);
        Assert.Equal(0.0, _sut.Cosine(0, 2));
        Assert.Equal(0.0, _sut.Cosine(2, 1));
    }

    [Fact]
    public void Cosine_RepeatedWord_WeighsMore()
    {
        _sut.Build(Words, From, To, 5);

        // Sentence 1 repeats word 2, so it is close to sentence 0 but not the same; IDF of words 0-2 is log(1 + 3/2).
        var idf = Math.Log(1 + 1.5);
        var expected = (idf * idf * 4) / (Math.Sqrt(3 * idf * idf) * Math.Sqrt(6 * idf * idf));
        Assert.Equal(expected, _sut.Cosine(0, 1), 12);
        Assert.Equal(_sut.Cosine(0, 1), _sut.Cosine(1, 0));
    }

    [Fact]
    public void Project_WordsUnknownToTheSentences_DropOut()
    {
        _sut.Build(Words, From[..2], To[..2], 5);

        // Word 3 is in the table but not in the two sentences built; word 7 was added to the table after the build.
        var headline = _sut.Project([0, 3, 7], 5);

        Assert.Equal(Math.Sqrt(1.0 / 3), _sut.Cosine(0, headline), 12);
        Assert.Equal(0.0, _sut.Cosine(headline, _sut.Project([3, 7], 5)));
    }

    [Fact]
    public void Build_ReusedForAnotherArticle_SameAsFresh()
    {
        _sut.Build([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 9, 9], [0, 5], [5, 13], 10);
        _sut.Project([1, 2, 3], 10);

        _sut.Build(Words, From, To, 5);
        var fresh = new TermVectors();
        fresh.Build(Words, From, To, 5);

        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                Assert.Equal(fresh.Cosine(a, b), _sut.Cosine(a, b));
            }
        }
    }
}
