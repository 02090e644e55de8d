using System.Globalization;
using System.Runtime.CompilerServices;
using Reports.Core.Languages;

namespace Reports.Core.Figures;

/// <summary>
/// What the tokenizer needs to know of a character, from one table look-up: its <see cref="TextFold"/> form (or that
/// folding drops it), whether it is inside a word, a digit, white space or a joiner inside a word ("-", "'").
/// The class of each block of 256 characters is computed once, when a character of it is first seen, from the same
/// rules the per-character calls used (<see cref="TextFold.FoldChar"/>, <see cref="IsWordCharRule"/>), so the tokens
/// are the same.
/// </summary>
internal static class TokenChars
{
    /// <summary>Inside a word: a letter, a combining mark, ZWNJ or ZWJ.</summary>
    public const uint Word = 1u << 16;

    /// <summary>A decimal digit of any script (<see cref="char.IsDigit(char)"/>).</summary>
    public const uint Digit = 1u << 17;

    /// <summary>White space (<see cref="char.IsWhiteSpace(char)"/>).</summary>
    public const uint Space = 1u << 18;

    /// <summary>Folding drops the character (tatweel, Arabic diacritics, ZWNJ, soft hyphen).</summary>
    public const uint Dropped = 1u << 19;

    /// <summary>A hyphen or apostrophe, which joins two parts of a word when a word character or digit follows.</summary>
    public const uint Joiner = 1u << 20;

    private static readonly uint[]?[] Blocks = new uint[]?[256];

    /// <summary>The folded character (low 16 bits, when not <see cref="Dropped"/>) and the flags.</summary>
    /// <remarks>Asked for every character of every sentence: inlined into the tokenizer's loops rather than called.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Classify(char c)
    {
        var block = Blocks[c >> 8] ?? Fill(c >> 8);
        return block[c & 0xFF];
    }

    public static bool IsWordChar(char c) => (Classify(c) & Word) != 0;

    public static bool IsDigit(char c) => (Classify(c) & Digit) != 0;

    /// <summary>
    /// Folds <paramref name="word"/> into <paramref name="buffer"/> as <see cref="TextFold.FoldInto"/> does and returns
    /// its length; <paramref name="hash"/> is the folded word's finished <see cref="WordHash"/>.
    /// </summary>
    public static int FoldInto(ReadOnlySpan<char> word, Span<char> buffer, out uint hash)
    {
        var n = 0;
        var h = WordHash.Start;
        foreach (var c in word)
        {
            var v = Classify(c);
            if ((v & Dropped) == 0)
            {
                var f = (char)(v & 0xFFFF);
                buffer[n++] = f;
                h = WordHash.Add(h, f);
            }
        }

        hash = WordHash.Finish(h);
        return n;
    }

    /// <summary>The rule the table is filled from (letters, combining marks, ZWNJ and ZWJ).</summary>
    internal static bool IsWordCharRule(char c) =>
        char.IsLetter(c) || (c >= 0x300 && (c is '\u200C' or '\u200D' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));

    /// <summary>The rule the table is filled from for joiners.</summary>
    internal static bool IsJoinerRule(char c) => c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019';

    private static uint[] Fill(int high)
    {
        // Two threads may fill the same block; both write the same values.
        var block = new uint[256];
        for (var low = 0; low < 256; low++)
        {
            var c = (char)((high << 8) | low);
            var folded = TextFold.FoldChar(c);
            block[low] = (folded < 0 ? Dropped : (uint)folded) |
                (IsWordCharRule(c) ? Word : 0) |
                (char.IsDigit(c) ? Digit : 0) |
                (char.IsWhiteSpace(c) ? Space : 0) |
                (IsJoinerRule(c) ? Joiner : 0);
        }

        Blocks[high] = block;
        return block;
    }
}
