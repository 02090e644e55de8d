namespace Reports.Core.Analysis;

/// <summary>Sentence centrality: PageRank over the weighted graph of pairwise cosine similarities (LexRank).</summary>
internal static class Centrality
{
    private const double Damping = 0.85;
    private const int MaxIterations = 50;
    private const double Tolerance = 1e-6;

    public static double[] PageRank(TermVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var n = vectors.Count;
        if (n == 0)
        {
            return [];
        }

        // transition[i * n + j]: the share of j's rank that flows to i.
        var transition = new double[n * n];
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
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

        var rank = new double[n];
        Array.Fill(rank, 1.0 / n);
        var next = new double[n];
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
                var row = transition.AsSpan(i * n, n);
                var sum = dangling / n;
                for (var j = 0; j < n; j++)
                {
                    sum += row[j] * rank[j];
                }

                next[i] = ((1 - Damping) / n) + (Damping * sum);
                change += Math.Abs(next[i] - rank[i]);
            }

            (rank, next) = (next, rank);
            if (change < Tolerance)
            {
                break;
            }
        }

        return rank;
    }
}
