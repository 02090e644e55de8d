using Reports.Core.Languages;

namespace Reports.Core.Figures;

/// <summary>
/// The folded words of the texts read on this thread, each kept as one string: a word seen before (most words of an
/// article, and of the articles before it) is returned without allocating. Words are found by their
/// <see cref="WordHash"/>, computed while the word is folded (<see cref="TokenChars.FoldInto"/>), so a word is not
/// hashed again. The table is per thread, so no lock is taken, and bounded: when it holds <see cref="MaxWords"/> words
/// it starts again, so hostile input cannot grow it.
/// </summary>
internal static class FoldedWords
{
    /// <summary>How many distinct words a thread keeps before it forgets them all.</summary>
    public const int MaxWords = 50_000;

    [ThreadStatic]
    private static Table? _table;

    /// <summary>The string of these (already folded) characters, shared when they were seen before.</summary>
    public static string Get(ReadOnlySpan<char> folded) => Get(folded, WordHash.Of(folded));

    /// <summary>As <see cref="Get(ReadOnlySpan{char})"/>, with the folded word's finished <see cref="WordHash"/>.</summary>
    public static string Get(ReadOnlySpan<char> folded, uint hash) => (_table ??= new Table()).Get(folded, hash);

    /// <summary>
    /// As <see cref="Get(ReadOnlySpan{char}, uint)"/>, with the word's <see cref="Token.Starts"/> in
    /// <paramref name="language"/>: decided on the word's first sight in that language on this thread and kept beside it,
    /// so the tagger and the number reader do not look the word up at every token.
    /// </summary>
    public static string Get(ReadOnlySpan<char> folded, uint hash, CompiledLanguage language, out byte starts) =>
        (_table ??= new Table()).Get(folded, hash, language, out starts);

    /// <summary>The <see cref="TextFold"/> form of <paramref name="word"/>, as a shared string.</summary>
    public static string Fold(ReadOnlySpan<char> word) => Fold(word, out _);

    /// <summary>The <see cref="TextFold"/> form of <paramref name="word"/>, as a shared string, and its <see cref="WordHash"/>.</summary>
    public static string Fold(ReadOnlySpan<char> word, out uint hash)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = TokenChars.FoldInto(word, buffer, out hash);
        return Get(buffer[..length], hash);
    }

    /// <summary>How many words this thread keeps now (for tests).</summary>
    internal static int Count => _table?.Count ?? 0;

    /// <summary>Open addressing, at most half full; grows by doubling up to the bound.</summary>
    private sealed class Table
    {
        // Each slot's word and its hash side by side: a look-up reads one array, not two.
        private Slot[] _slots = new Slot[1024];

        public int Count { get; private set; }

        public string Get(ReadOnlySpan<char> folded, uint hash)
        {
            // (Found first: adding a word may replace the slots' array.)
            var at = Find(folded, hash);
            return _slots[at].Word!;
        }

        public string Get(ReadOnlySpan<char> folded, uint hash, CompiledLanguage language, out byte starts)
        {
            // (Found first, as above; then the slot is read in place by reference, not copied out and back.)
            var at = Find(folded, hash);
            ref var slot = ref _slots[at];
            if (!ReferenceEquals(slot.Language, language))
            {
                // The word's first sight in this language on this thread (or it was last read in another language).
                slot = slot with { Language = language, Starts = language.StartsOf(slot.Word!, hash) };
            }

            starts = slot.Starts;
            return slot.Word!;
        }

        /// <summary>The slot of the word, added when not yet kept.</summary>
        private int Find(ReadOnlySpan<char> folded, uint hash)
        {
            var slots = _slots;
            var mask = slots.Length - 1;
            var slot = (int)(hash & (uint)mask);
            for (; slots[slot].Word is { } candidate; slot = (slot + 1) & mask)
            {
                if (slots[slot].Hash == hash && folded.SequenceEqual(candidate))
                {
                    return slot;
                }
            }

            var word = new string(folded);
            if (Count >= MaxWords)
            {
                Array.Clear(_slots);
                Count = 0;
                slot = (int)(hash & (uint)mask);
            }
            else if ((Count + 1) * 2 > _slots.Length)
            {
                Grow();
                mask = _slots.Length - 1;
                slot = (int)(hash & (uint)mask);
                while (_slots[slot].Word is not null)
                {
                    slot = (slot + 1) & mask;
                }
            }

            _slots[slot] = new Slot(hash, word);
            Count++;
            return slot;
        }

        private void Grow()
        {
            var slots = new Slot[_slots.Length * 2];
            var mask = slots.Length - 1;
            foreach (var kept in _slots)
            {
                if (kept.Word is not null)
                {
                    var slot = (int)(kept.Hash & (uint)mask);
                    while (slots[slot].Word is not null)
                    {
                        slot = (slot + 1) & mask;
                    }

                    slots[slot] = kept;
                }
            }

            _slots = slots;
        }

        /// <summary>A kept word, and its <see cref="Token.Starts"/> in the language that last asked (null: none yet).</summary>
        private readonly record struct Slot(uint Hash, string? Word, CompiledLanguage? Language = null, byte Starts = 0);
    }
}
