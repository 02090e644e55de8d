namespace Reports.Core.Languages;

/// <summary>
/// A fixed set of words with a value each, looked up by a span and its <see cref="WordHash"/> (computed by the caller
/// while reading the word), so a look-up neither allocates nor hashes the word again. Open addressing, at most a
/// quarter full; built once, then only read (safe to share between threads).
/// </summary>
internal sealed class HashedWords<TValue>
{
    // One array of slots (hash, word, value) rather than three: a look-up reads one cache line, not three.
    private readonly Slot[] _slots;
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

        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var (word, value) in list)
        {
            var hash = WordHash.Of(word);
            var slot = (int)(hash & (uint)_mask);
            while (_slots[slot].Word is { } taken)
            {
                if (string.Equals(taken, word, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{word}' is listed twice.", nameof(entries));
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(hash, word, value);
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
        var slots = _slots;
        for (var slot = (int)(hash & (uint)_mask); slots[slot].Word is { } candidate; slot = (slot + 1) & _mask)
        {
            if (slots[slot].Hash == hash && word.SequenceEqual(candidate))
            {
                value = slots[slot].Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => TryGetValue(word, WordHash.Of(word), out value);

    private readonly record struct Slot(uint Hash, string? Word, TValue Value);
}
