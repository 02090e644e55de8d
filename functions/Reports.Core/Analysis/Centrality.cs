namespace Reports.Core.Analysis;

/// <summary>
/// Sentence centrality: PageRank over the weighted graph of pairwise cosine similarities (LexRank).
/// </summary>
/// <remarks>
/// Most pairs of sentences share no content word, so the graph is sparse and is kept as such. The similarities are
/// summed from an inverted index (for each term, the sentences having it), which visits only the pairs that share a
/// term, and each power iteration visits only the edges. Every floating-point sum is still made of the same terms
/// in the same order as the dense computation (a pair's shared terms in ascending id, a row's columns in ascending
/// sentence; the skipped terms are exact zeros), so the ranks are bit for bit the dense ones.
/// </remarks>
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

        var work = Workspace.ForThread();
        var graph = new Graph(vectors, work);
        var rowSums = graph.RowSums;
        var rowStart = graph.RowStart;
        var columns = graph.Columns;
        var values = graph.Values;

        // The sentences sharing no word with any other (their rank flows to every sentence), found once: each iteration
        // sums only their ranks, in ascending order as before (the others added exact zeros).
        var danglingRows = Workspace.Sized(ref work.Dangling, n);
        var danglingCount = 0;
        for (var j = 0; j < n; j++)
        {
            if (rowSums[j] == 0)
            {
                danglingRows[danglingCount++] = j;
            }
        }

        var buffers = Workspace.Sized(ref work.Ranks, 2 * n);
        var rank = buffers.AsSpan(0, n);
        rank.Fill(1.0 / n);
        var next = buffers.AsSpan(n, n);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var d = 0; d < danglingCount; d++)
            {
                dangling += rank[danglingRows[d]];
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var sum = dangling / n;
                for (var k = rowStart[i]; k < rowStart[i + 1]; k++)
                {
                    sum += values[k] * rank[columns[k]];
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

        work.Release();
    }

    /// <summary>
    /// The similarity graph of the vectors' sentences as compressed rows: row i lists, by ascending sentence j, the
    /// share of j's rank that flows to i (the similarity divided by j's total similarity). Its arrays are the thread's
    /// <see cref="Workspace"/>'s.
    /// </summary>
    private readonly ref struct Graph
    {
        private readonly int[] _rowStart;
        private readonly double[] _rowSums;
        private readonly int[] _columns;
        private readonly double[] _values;
        private readonly int _n;
        private readonly int _edges;

        public Graph(TermVectors vectors, Workspace work)
        {
            var n = _n = vectors.Count;
            var terms = vectors.Terms;

            // The inverted index: for each term, the sentences having it (ascending) and its weight there.
            var postingStart = Workspace.Sized(ref work.PostingStart, terms + 1);
            var cursor = Workspace.Sized(ref work.Cursor, terms);
            postingStart.AsSpan(0, terms + 1).Clear();
            for (var s = 0; s < n; s++)
            {
                foreach (var t in vectors.IdsOf(s))
                {
                    postingStart[t + 1]++;
                }
            }

            for (var t = 0; t < terms; t++)
            {
                postingStart[t + 1] += postingStart[t];
            }

            var postings = postingStart[terms];
            var postingSentence = Workspace.Sized(ref work.PostingSentence, postings);
            var postingWeight = Workspace.Sized(ref work.PostingWeight, postings);
            postingStart.AsSpan(0, terms).CopyTo(cursor);
            for (var s = 0; s < n; s++)
            {
                var ids = vectors.IdsOf(s);
                var weights = vectors.WeightsOf(s);
                for (var k = 0; k < ids.Length; k++)
                {
                    var at = cursor[ids[k]]++;
                    postingSentence[at] = s;
                    postingWeight[at] = weights[k];
                }
            }

            // The upper triangle, row by row: a pair's cosine is the sum over its shared terms in ascending id,
            // accumulated per later sentence while walking this sentence's terms in ascending id.
            postingStart.AsSpan(0, terms).CopyTo(cursor);
            _rowSums = Workspace.Sized(ref work.RowSums, n);
            var rowSums = _rowSums.AsSpan(0, n);
            rowSums.Clear();
            var degree = Workspace.Sized(ref work.Degree, n + 1);
            degree.AsSpan(0, n + 1).Clear();
            var accumulator = Workspace.Sized(ref work.Accumulator, n);
            accumulator.AsSpan(0, n).Clear();
            var upperStart = Workspace.Sized(ref work.UpperStart, n + 1);
            var upperColumns = Workspace.Sized(ref work.UpperColumns, Math.Max(16, n));
            var upperValues = Workspace.Sized(ref work.UpperValues, Math.Max(16, n));
            var upper = 0;
            for (var i = 0; i < n; i++)
            {
                upperStart[i] = upper;
                var ids = vectors.IdsOf(i);
                var weights = vectors.WeightsOf(i);
                for (var k = 0; k < ids.Length; k++)
                {
                    var t = ids[k];
                    var w = weights[k];
                    var end = postingStart[t + 1];
                    for (var p = ++cursor[t]; p < end; p++)
                    {
                        accumulator[postingSentence[p]] += w * postingWeight[p];
                    }
                }

                for (var j = i + 1; j < n; j++)
                {
                    var w = accumulator[j];
                    if (w == 0)
                    {
                        continue;
                    }

                    accumulator[j] = 0;
                    rowSums[i] += w;
                    rowSums[j] += w;
                    degree[i]++;
                    degree[j]++;
                    if (upper == upperColumns.Length)
                    {
                        upperColumns = work.UpperColumns = Grow(upperColumns, upper);
                        upperValues = work.UpperValues = Grow(upperValues, upper);
                    }

                    upperColumns[upper] = j;
                    upperValues[upper++] = w;
                }
            }

            upperStart[n] = upper;

            // Both triangles as rows: row r gets its lower entries (from earlier rows, ascending) before its own.
            _edges = 2 * upper;
            _rowStart = Workspace.Sized(ref work.RowStart, n + 1);
            _columns = Workspace.Sized(ref work.Columns, Math.Max(1, _edges));
            _values = Workspace.Sized(ref work.Values, Math.Max(1, _edges));
            _rowStart[0] = 0;
            for (var r = 0; r < n; r++)
            {
                _rowStart[r + 1] = _rowStart[r] + degree[r];
                degree[r] = _rowStart[r];
            }

            for (var i = 0; i < n; i++)
            {
                for (var e = upperStart[i]; e < upperStart[i + 1]; e++)
                {
                    var j = upperColumns[e];
                    var w = upperValues[e];
                    var at = degree[i]++;
                    _columns[at] = j;
                    _values[at] = w / rowSums[j];
                    at = degree[j]++;
                    _columns[at] = i;
                    _values[at] = w / rowSums[i];
                }
            }
        }

        public ReadOnlySpan<int> RowStart => _rowStart.AsSpan(0, _n + 1);

        public ReadOnlySpan<double> RowSums => _rowSums.AsSpan(0, _n);

        public ReadOnlySpan<int> Columns => _columns.AsSpan(0, _edges);

        public ReadOnlySpan<double> Values => _values.AsSpan(0, _edges);

        private static T[] Grow<T>(T[] array, int used)
        {
            var larger = new T[array.Length * 2];
            array.AsSpan(0, used).CopyTo(larger);
            return larger;
        }
    }

    /// <summary>
    /// The arrays one ranking needs, kept per thread and reused from one article to the next (grown when an article needs
    /// more): renting and returning each of them from the shared pool, every article, cost more than the ranking's sums.
    /// Each array has one use; its contents are cleared where they are read before written.
    /// </summary>
    private sealed class Workspace
    {
        /// <summary>Arrays grown past this many elements are dropped after use rather than kept by the thread.</summary>
        private const int MaxKept = 1 << 16;

        [ThreadStatic]
        private static Workspace? current;

        public int[] PostingStart = [];
        public int[] Cursor = [];
        public int[] PostingSentence = [];
        public double[] PostingWeight = [];
        public double[] RowSums = [];
        public int[] Degree = [];
        public double[] Accumulator = [];
        public int[] UpperStart = [];
        public int[] UpperColumns = [];
        public double[] UpperValues = [];
        public int[] RowStart = [];
        public int[] Columns = [];
        public double[] Values = [];
        public int[] Dangling = [];
        public double[] Ranks = [];

        /// <summary>This thread's workspace (taken from it until <see cref="Release"/>).</summary>
        public static Workspace ForThread()
        {
            var work = current ?? new Workspace();
            current = null;
            return work;
        }

        /// <summary>The array, grown to at least <paramref name="length"/> elements (its old contents are not kept).</summary>
        public static T[] Sized<T>(ref T[] array, int length) => array.Length >= length ? array : array = new T[Math.Max(length, array.Length * 2)];

        /// <summary>Gives the workspace back to the thread, unless a huge article grew it.</summary>
        public void Release()
        {
            if (PostingSentence.Length <= MaxKept && Columns.Length <= MaxKept && PostingStart.Length <= MaxKept && UpperColumns.Length <= MaxKept)
            {
                current = this;
            }
        }
    }
}
