namespace Reports.Core.Languages;

/// <summary>
/// A fixed set of words with a value each, looked up by a span and its <see cref="WordHash"/> (computed by the caller
/// while reading the word), so a look-up neither allocates nor hashes the word again. Open addressing, at most a
/// quarter full; built once, then only read (safe to share between threads).
/// </summary>
internal sealed class HashedWords<TValue>
{
    private readonly string?[] _words;
    private readonly uint[] _hashes;
    private readonly TValue[] _values;
    private readonly int _mask;

    public HashedWords(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var size = 16;
        while (size < list.Count * 4)
        {
            size *= 2;
        }

        _words = new string?[size];
        _hashes = new uint[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (word, value) in list)
        {
            var hash = WordHash.Of(word);
            var slot = (int)(hash & (uint)_mask);
            while (_words[slot] is { } taken)
            {
                if (string.Equals(taken, word, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{word}' is listed twice.", nameof(entries));
                }

                slot = (slot + 1) & _mask;
            }

            _words[slot] = word;
            _hashes[slot] = hash;
            _values[slot] = value;
            MaxLength = Math.Max(MaxLength, word.Length);
        }

        Count = list.Count;
    }

    public int Count { get; }

    /// <summary>The longest word: a longer one is not in the set.</summary>
    public int MaxLength { get; }

    /// <summary>Finds the word, whose finished <see cref="WordHash"/> is <paramref name="hash"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out TValue value)
    {
        for (var slot = (int)(hash & (uint)_mask); _words[slot] is { } candidate; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && word.SequenceEqual(candidate))
            {
                value = _values[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => TryGetValue(word, WordHash.Of(word), out value);
}
