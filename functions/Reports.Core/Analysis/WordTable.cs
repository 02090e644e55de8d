using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Distinct words, each given a dense id in the order it was first added, looked up by span: the words' characters
/// are copied into one growing buffer, so adding and finding a word allocate nothing once the buffers have grown.
/// Meant to be cleared and reused (one per thread), not shared between threads.
/// </summary>
internal sealed class WordTable
{
    private const int MaxKeptSlots = 1 << 16;

    private char[] _chars = new char[4096];
    private int _charCount;
    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];
    private uint[] _hashes = new uint[256];

    // Open addressing: id + 1 of the word in each slot, 0 for an empty slot; a power of two, at most half full.
    private int[] _slots = new int[512];

    public int Count { get; private set; }

    /// <summary>The word with this id.</summary>
    public ReadOnlySpan<char> this[int id] => _chars.AsSpan(_starts[id], _lengths[id]);

    /// <summary>The id of the word, or -1 when it was never added.</summary>
    public int Find(ReadOnlySpan<char> word) => Find(word, WordHash.Of(word));

    /// <summary>As <see cref="Find(ReadOnlySpan{char})"/>, the word's finished <see cref="WordHash"/> known.</summary>
    public int Find(ReadOnlySpan<char> word, uint hash)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            var id = entry - 1;
            if (_hashes[id] == hash && this[id].SequenceEqual(word))
            {
                return id;
            }
        }
    }

    /// <summary>The id of the word, adding it (with the next id) when it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> word) => GetOrAdd(word, WordHash.Of(word));

    /// <summary>As <see cref="GetOrAdd(ReadOnlySpan{char})"/>, the word's finished <see cref="WordHash"/> known.</summary>
    public int GetOrAdd(ReadOnlySpan<char> word, uint hash)
    {
        var mask = _slots.Length - 1;
        var slot = (int)(hash & (uint)mask);
        for (; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }

            var id = entry - 1;
            if (_hashes[id] == hash && this[id].SequenceEqual(word))
            {
                return id;
            }
        }

        var added = Count;
        if (added == _starts.Length)
        {
            Array.Resize(ref _starts, added * 2);
            Array.Resize(ref _lengths, added * 2);
            Array.Resize(ref _hashes, added * 2);
        }

        if (_charCount + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        }

        word.CopyTo(_chars.AsSpan(_charCount));
        _starts[added] = _charCount;
        _lengths[added] = word.Length;
        _hashes[added] = hash;
        _charCount += word.Length;
        Count = added + 1;
        _slots[slot] = added + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }

        return added;
    }

    /// <summary>Forgets every word, keeping the buffers.</summary>
    public void Clear()
    {
        if (_slots.Length > MaxKeptSlots)
        {
            // After a huge article, do not keep its tables for the thread's lifetime.
            _slots = new int[512];
            _chars = new char[4096];
            _starts = new int[256];
            _lengths = new int[256];
            _hashes = new uint[256];
        }
        else
        {
            Array.Clear(_slots);
        }

        Count = 0;
        _charCount = 0;
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        var mask = size - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = (int)(_hashes[id] & (uint)mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = id + 1;
        }
    }
}
