using Reports.Core.Analysis;

namespace Reports.Core.Tests.Analysis;

public sealed class CentralityTests
{
    [Theory]
    [InlineData(1, 5, 3)]
    [InlineData(2, 40, 12)]
    [InlineData(3, 120, 60)]
    [InlineData(4, 300, 400)]
    [InlineData(5, 25, 2)]
    public void PageRank_RandomSentences_BitForBitTheDenseLexRank(int seed, int sentences, int vocabulary)
    {
        var random = new Random(seed);
        var words = new List<int>();
        var from = new int[sentences];
        var to = new int[sentences];
        for (var s = 0; s < sentences; s++)
        {
            from[s] = words.Count;
            var length = random.Next(0, 12);
            for (var k = 0; k < length; k++)
            {
                // Skewed towards small ids, as real word frequencies are, so some sentences share several words.
                words.Add((int)(vocabulary * Math.Pow(random.NextDouble(), 2)));
            }

            to[s] = words.Count;
        }

        var vectors = new TermVectors();
        vectors.Build(words.ToArray(), from, to, vocabulary);
        var actual = new double[sentences];

        Centrality.PageRank(vectors, actual);

        var expected = DenseLexRank(vectors);
        for (var s = 0; s < sentences; s++)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(expected[s]) == BitConverter.DoubleToInt64Bits(actual[s]), $"sentence {s}: {expected[s]:R} expected, {actual[s]:R} computed");
        }

        Assert.Equal(1.0, actual.Sum(), 6);
    }

    [Fact]
    public void PageRank_NoSharedWords_EveryoneEqual()
    {
        var vectors = new TermVectors();
        vectors.Build([0, 1, 2, 3], [0, 1, 2, 3], [1, 2, 3, 4], 4);
        var actual = new double[4];

        Centrality.PageRank(vectors, actual);

        Assert.All(actual, r => Assert.Equal(0.25, r, 12));
    }

    [Fact]
    public void PageRank_ASentenceSharingWithAll_RanksHighest()
    {
        var vectors = new TermVectors();

        // [0 1] [0 2] [0 3] [1 2 3 0] [4]: the fourth shares a word with each of the first three.
        vectors.Build([0, 1, 0, 2, 0, 3, 1, 2, 3, 0, 4], [0, 2, 4, 6, 10], [2, 4, 6, 10, 11], 5);
        var actual = new double[5];

        Centrality.PageRank(vectors, actual);

        Assert.Equal(3, Array.IndexOf(actual, actual.Max()));
        Assert.Equal(actual.Min(), actual[4]);
    }

    // The straightforward computation: the dense matrix of pairwise cosines, column-normalised, power iteration.
    private static double[] DenseLexRank(TermVectors vectors)
    {
        var n = vectors.Count;
        var transition = new double[n, n];
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var w = vectors.Cosine(i, j);
                transition[i, j] = transition[j, i] = w;
                rowSums[i] += w;
                rowSums[j] += w;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                transition[i, j] = rowSums[j] > 0 ? transition[i, j] / rowSums[j] : 0;
            }
        }

        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var dangling = 0.0;
            for (var j = 0; j < n; j++)
            {
                dangling += rowSums[j] == 0 ? rank[j] : 0;
            }

            var next = new double[n];
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var sum = dangling / n;
                for (var j = 0; j < n; j++)
                {
                    sum += transition[i, j] * rank[j];
                }

                next[i] = ((1 - 0.85) / n) + (0.85 * sum);
                change += Math.Abs(next[i] - rank[i]);
            }

            rank = next;
            if (change < 1e-6)
            {
                break;
            }
        }

        return rank;
    }
}
