namespace Reports.Core.Analysis;

/// <summary>
/// TF-IDF vectors of an article's sentences, IDF counted over those sentences, with cosine similarity. Each vector is
/// unit length and sparse (ascending term ids and their weights); all of them live in two shared arrays, and the
/// object is reused from one article to the next (one per thread), so building vectors allocates nothing once grown.
/// Term ids are given in the order the words first appear in the sentences.
/// </summary>
internal sealed class TermVectors
{
    private int[] _termOf = new int[256];
    private int[] _df = new int[256];
    private int[] _lastSeen = new int[256];
    private double[] _idf = new double[256];
    private int[] _ids = new int[1024];
    private double[] _weights = new double[1024];
    private int[] _starts = new int[64];
    private int[] _sorted = new int[64];
    private int _terms;
    private int _vectors;

    /// <summary>How many sentences were built (projected extra vectors are not counted).</summary>
    public int Count { get; private set; }

    /// <summary>How many distinct terms the built sentences have (term ids are below this).</summary>
    public int Terms => _terms;

    /// <summary>The term ids of a vector, ascending.</summary>
    public ReadOnlySpan<int> IdsOf(int vector) => _ids.AsSpan(_starts[vector], _starts[vector + 1] - _starts[vector]);

    /// <summary>The weights of a vector, in the order of <see cref="IdsOf"/>.</summary>
    public ReadOnlySpan<double> WeightsOf(int vector) => _weights.AsSpan(_starts[vector], _starts[vector + 1] - _starts[vector]);

    /// <summary>
    /// Builds the vectors of the sentences whose words (ids below <paramref name="vocabulary"/>)
    /// are <c>words[from[s]..to[s]]</c>.
    /// </summary>
    public void Build(ReadOnlySpan<int> words, ReadOnlySpan<int> from, ReadOnlySpan<int> to, int vocabulary)
    {
        var n = from.Length;
        Grow(ref _termOf, vocabulary);
        _termOf.AsSpan(0, vocabulary).Fill(-1);
        _terms = 0;
        for (var s = 0; s < n; s++)
        {
            foreach (var word in words[from[s]..to[s]])
            {
                var id = _termOf[word];
                if (id < 0)
                {
                    id = _termOf[word] = _terms++;
                    Grow(ref _df, _terms);
                    Grow(ref _lastSeen, _terms);
                    _df[id] = 0;
                    _lastSeen[id] = -1;
                }

                if (_lastSeen[id] != s)
                {
                    _lastSeen[id] = s;
                    _df[id]++;
                }
            }
        }

        Grow(ref _idf, _terms);
        for (var t = 0; t < _terms; t++)
        {
            _idf[t] = Math.Log(1 + ((double)n / _df[t]));
        }

        _vectors = 0;
        Count = 0;
        Grow(ref _starts, n + 2);
        _starts[0] = 0;
        for (var s = 0; s < n; s++)
        {
            Add(words[from[s]..to[s]]);
        }

        Count = n;
    }

    /// <summary>
    /// Adds a unit vector for these words (a headline) in this article's IDF space, unknown words dropping out; returns
    /// its index for <see cref="Cosine"/>. Only valid until the next <see cref="Build"/>.
    /// </summary>
    public int Project(ReadOnlySpan<int> words, int vocabulary)
    {
        Grow(ref _starts, _vectors + 2);
        var at = _vectors;
        Add(words, vocabulary);
        return at;
    }

    /// <summary>The cosine of two vectors (their dot product, both being unit vectors), merging the sorted id lists.</summary>
    public double Cosine(int a, int b)
    {
        var aIds = _ids.AsSpan(_starts[a], _starts[a + 1] - _starts[a]);
        var bIds = _ids.AsSpan(_starts[b], _starts[b + 1] - _starts[b]);
        var aWeights = _weights.AsSpan(_starts[a], aIds.Length);
        var bWeights = _weights.AsSpan(_starts[b], bIds.Length);
        double sum = 0;
        int i = 0, j = 0;
        while (i < aIds.Length && j < bIds.Length)
        {
            var x = aIds[i];
            var y = bIds[j];
            if (x == y)
            {
                sum += aWeights[i++] * bWeights[j++];
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>Appends the vector of these words (all known when <paramref name="vocabulary"/> is -1) as the next one.</summary>
    private void Add(ReadOnlySpan<int> words, int vocabulary = -1)
    {
        Grow(ref _sorted, words.Length);
        var ids = 0;
        foreach (var word in words)
        {
            var id = vocabulary < 0 || word < vocabulary ? _termOf[word] : -1;
            if (id >= 0)
            {
                _sorted[ids++] = id;
            }
        }

        var start = _starts[_vectors];
        var sorted = _sorted.AsSpan(0, ids);
        sorted.Sort();
        Grow(ref _ids, start + ids);
        Grow(ref _weights, start + ids);
        var end = start;
        foreach (var id in sorted)
        {
            if (end > start && _ids[end - 1] == id)
            {
                _weights[end - 1] += _idf[id];
            }
            else
            {
                _ids[end] = id;
                _weights[end] = _idf[id];
                end++;
            }
        }

        double squares = 0;
        for (var k = start; k < end; k++)
        {
            squares += _weights[k] * _weights[k];
        }

        var norm = Math.Sqrt(squares);
        for (var k = start; k < end; k++)
        {
            _weights[k] /= norm;
        }

        _vectors++;
        _starts[_vectors] = end;
    }

    private static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            Array.Resize(ref array, Math.Max(length, array.Length * 2));
        }
    }
}
