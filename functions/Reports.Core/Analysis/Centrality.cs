using System.Buffers;

namespace Reports.Core.Analysis;

/// <summary>Sentence centrality: PageRank over the weighted graph of pairwise cosine similarities (LexRank).</summary>
internal static class Centrality
{
    private const double Damping = 0.85;
    private const int MaxIterations = 50;
    private const double Tolerance = 1e-6;

    /// <summary>Writes the rank of each of the vectors' sentences into <paramref name="result"/> (at least <see cref="TermVectors.Count"/> long).</summary>
    public static void PageRank(TermVectors vectors, Span<double> result)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var n = vectors.Count;
        if (n == 0)
        {
            return;
        }

        // transition[i * n + j]: the share of j's rank that flows to i. The buffers are pooled: an article of 300
        // ranked sentences needs 700 KB here.
        var transitionArray = ArrayPool<double>.Shared.Rent(n * n);
        var buffers = ArrayPool<double>.Shared.Rent(3 * n);
        try
        {
            Rank(vectors, n, transitionArray.AsSpan(0, n * n), buffers.AsSpan(0, 3 * n), result);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(transitionArray);
            ArrayPool<double>.Shared.Return(buffers);
        }
    }

    private static void Rank(TermVectors vectors, int n, Span<double> transition, Span<double> buffers, Span<double> result)
    {
        var rowSums = buffers[..n];
        rowSums.Clear();
        for (var i = 0; i < n; i++)
        {
            transition[(i * n) + i] = 0;
            for (var j = i + 1; j < n; j++)
            {
                var w = vectors.Cosine(i, j);
                transition[(i * n) + j] = transition[(j * n) + i] = w;
                rowSums[i] += w;
                rowSums[j] += w;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                transition[(i * n) + j] = rowSums[j] > 0 ? transition[(i * n) + j] / rowSums[j] : 0;
            }
        }

        var rank = buffers.Slice(n, n);
        rank.Fill(1.0 / n);
        var next = buffers.Slice(2 * n, n);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var j = 0; j < n; j++)
            {
                dangling += rowSums[j] == 0 ? rank[j] : 0;
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var row = transition.Slice(i * n, n);
                var sum = dangling / n;
                for (var j = 0; j < n; j++)
                {
                    sum += row[j] * rank[j];
                }

                next[i] = ((1 - Damping) / n) + (Damping * sum);
                change += Math.Abs(next[i] - rank[i]);
            }

            var swap = rank;
            rank = next;
            next = swap;
            if (change < Tolerance)
            {
                break;
            }
        }

        rank.CopyTo(result);
    }
}
