using System.Runtime.CompilerServices;

namespace Reports.Core.Languages;

/// <summary>
/// A fixed set of words with a value each, looked up by a span and its <see cref="WordHash"/> (computed by the caller
/// while reading the word), so a look-up neither allocates nor hashes the word again. Open addressing, at most a
/// quarter full; built once, then only read (safe to share between threads).
/// </summary>
/// <remarks>
/// Most look-ups miss (a text's words are rarely keywords or place names), and on a busy machine the tables are rarely
/// still in the processor's cache: a miss is answered from a small array of 16-bit tags (two bytes a slot), and only a
/// matching tag reads the slot itself (hash, word, value) and the word's characters.
/// </remarks>
internal sealed class HashedWords<TValue>
{
    // Each slot's tag: high bits of its word's hash, never 0; 0 is an empty slot.
    private readonly ushort[] _tags;

    // One array of slots (hash, word, value) rather than three: a hit reads one cache line, not three.
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

        _tags = new ushort[size];
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

            _tags[slot] = TagOf(hash);
            _slots[slot] = new Slot(hash, word, value);
            MaxLength = Math.Max(MaxLength, word.Length);
        }

        Count = list.Count;
    }

    public int Count { get; }

    /// <summary>The longest word: a longer one is not in the set.</summary>
    public int MaxLength { get; }

    /// <summary>Finds the word, whose finished <see cref="WordHash"/> is <paramref name="hash"/>.</summary>
    /// <remarks>Asked for every word by the detector, the term matchers, the gazetteer and the summariser: inlined.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out TValue value)
    {
        var tags = _tags;
        var tag = TagOf(hash);
        for (var slot = (int)(hash & (uint)_mask); tags[slot] != 0; slot = (slot + 1) & _mask)
        {
            if (tags[slot] == tag && _slots[slot] is var found && found.Hash == hash && word.SequenceEqual(found.Word))
            {
                value = found.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => TryGetValue(word, WordHash.Of(word), out value);

    /// <summary>The top 15 bits of the hash (the slot is chosen by the low ones), with the lowest bit set so no tag is 0.</summary>
    private static ushort TagOf(uint hash) => (ushort)((hash >> 16) | 1);

    private readonly record struct Slot(uint Hash, string? Word, TValue Value);
}
