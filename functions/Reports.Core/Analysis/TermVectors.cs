namespace Reports.Core.Analysis;

/// <summary>TF-IDF vectors of an article's sentences, IDF counted over those sentences, with cosine similarity.</summary>
internal sealed class TermVectors
{
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, double>[] _vectors;

    private TermVectors(Dictionary<string, double> idf, Dictionary<string, double>[] vectors)
    {
        _idf = idf;
        _vectors = vectors;
    }

    public int Count => _vectors.Length;

    public static TermVectors Build(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            foreach (var w in words.Distinct(StringComparer.Ordinal))
            {
                df[w] = df.GetValueOrDefault(w) + 1;
            }
        }

        var n = sentences.Count;
        var idf = df.ToDictionary(kv => kv.Key, kv => Math.Log(1 + ((double)n / kv.Value)), StringComparer.Ordinal);
        var result = new TermVectors(idf, new Dictionary<string, double>[n]);
        for (var i = 0; i < n; i++)
        {
            result._vectors[i] = result.Project(sentences[i]);
        }

        return result;
    }

    /// <summary>A unit vector for other words (a headline) in this article's IDF space.</summary>
    public Dictionary<string, double> Project(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (_idf.TryGetValue(w, out var weight))
            {
                vector[w] = vector.GetValueOrDefault(w) + weight;
            }
        }

        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm > 0)
        {
            foreach (var key in vector.Keys.ToList())
            {
                vector[key] /= norm;
            }
        }

        return vector;
    }

    public double Cosine(int a, int b) => Cosine(a, _vectors[b]);

    public double Cosine(int a, Dictionary<string, double> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (small, large) = _vectors[a].Count <= other.Count ? (_vectors[a], other) : (other, _vectors[a]);
        var sum = 0.0;
        foreach (var (word, weight) in small)
        {
            if (large.TryGetValue(word, out var w))
            {
                sum += weight * w;
            }
        }

        return sum;
    }
}
