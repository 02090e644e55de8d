namespace Reports.Core.Analysis;

/// <summary>Sentence centrality: PageRank over the weighted graph of pairwise cosine similarities (LexRank).</summary>
internal static class Centrality
{
    private const double Damping = 0.85;
    private const int Iterations = 30;

    public static double[] PageRank(TermVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var n = vectors.Count;
        var weights = new double[n, n];
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var w = vectors.Cosine(i, j);
                weights[i, j] = weights[j, i] = w;
                rowSums[i] += w;
                rowSums[j] += w;
            }
        }

        var rank = Enumerable.Repeat(1.0 / Math.Max(1, n), n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var dangling = 0.0;
            for (var j = 0; j < n; j++)
            {
                dangling += rowSums[j] == 0 ? rank[j] : 0;
            }

            for (var i = 0; i < n; i++)
            {
                var sum = dangling / n;
                for (var j = 0; j < n; j++)
                {
                    sum += rowSums[j] > 0 ? weights[j, i] / rowSums[j] * rank[j] : 0;
                }

                next[i] = ((1 - Damping) / n) + (Damping * sum);
            }

            (rank, next) = (next, rank);
        }

        return rank;
    }
}
