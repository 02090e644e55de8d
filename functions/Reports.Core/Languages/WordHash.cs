using System.Runtime.CompilerServices;

namespace Reports.Core.Languages;

/// <summary>
/// A cheap hash of a word that is computed character by character while the word is being read (so a word is never
/// hashed again for a look-up): FNV-1a over the UTF-16 units, from a per-process random start, finished by a mix so the
/// low bits of open-addressing tables are well spread. Not cryptographic; the random start keeps the collisions of
/// one process from being known in advance.
/// </summary>
internal static class WordHash
{
    /// <summary>The hash of the empty word: where every word's hash starts.</summary>
    public static readonly uint Start = (uint)Random.Shared.Next() | 1;

    private const uint Prime = 16777619;

    public static uint Add(uint hash, char c) => unchecked((hash ^ c) * Prime);

    /// <remarks>Once per word read (tokenizer, detector, gazetteer): inlined rather than called.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Finish(uint hash)
    {
        unchecked
        {
            hash ^= hash >> 16;
            hash *= 0x85EBCA6B;
            hash ^= hash >> 13;
            hash *= 0xC2B2AE35;
            return hash ^ (hash >> 16);
        }
    }

    /// <summary>The finished hash of a whole word.</summary>
    public static uint Of(ReadOnlySpan<char> word)
    {
        var hash = Start;
        foreach (var c in word)
        {
            hash = Add(hash, c);
        }

        return Finish(hash);
    }
}
