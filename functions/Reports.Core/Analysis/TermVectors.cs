namespace Reports.Core.Analysis;

/// <summary>TF-IDF vectors of an article's sentences, IDF counted over those sentences, with cosine similarity.</summary>
internal sealed class TermVectors
{
    private readonly Dictionary<string, int> _ids;
    private readonly double[] _idf;
    private readonly SparseVector[] _vectors;

    private TermVectors(Dictionary<string, int> ids, double[] idf, int count)
    {
        _ids = ids;
        _idf = idf;
        _vectors = new SparseVector[count];
    }

    public int Count => _vectors.Length;

    public static TermVectors Build(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        var lastSeen = new List<int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var word in sentences[s])
            {
                if (!ids.TryGetValue(word, out var id))
                {
                    ids[word] = id = df.Count;
                    df.Add(0);
                    lastSeen.Add(-1);
                }

                if (lastSeen[id] != s)
                {
                    lastSeen[id] = s;
                    df[id]++;
                }
            }
        }

        var n = sentences.Count;
        var idf = df.Select(d => Math.Log(1 + ((double)n / d))).ToArray();
        var result = new TermVectors(ids, idf, n);
        for (var s = 0; s < n; s++)
        {
            result._vectors[s] = result.Project(sentences[s]);
        }

        return result;
    }

    /// <summary>A unit vector for these words (a sentence, a headline) in this article's IDF space; unknown words drop out.</summary>
    public SparseVector Project(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var ids = new List<int>(words.Count);
        foreach (var word in words)
        {
            if (_ids.TryGetValue(word, out var id))
            {
                ids.Add(id);
            }
        }

        if (ids.Count == 0)
        {
            return SparseVector.Empty;
        }

        ids.Sort();
        var unique = new List<int>(ids.Count);
        var weights = new List<double>(ids.Count);
        foreach (var id in ids)
        {
            if (unique.Count > 0 && unique[^1] == id)
            {
                weights[^1] += _idf[id];
            }
            else
            {
                unique.Add(id);
                weights.Add(_idf[id]);
            }
        }

        var norm = Math.Sqrt(weights.Sum(w => w * w));
        return new SparseVector([.. unique], [.. weights.Select(w => w / norm)]);
    }

    public double Cosine(int a, int b) => _vectors[a].Dot(_vectors[b]);

    public double Cosine(int a, SparseVector other) => _vectors[a].Dot(other);
}
