using System.Globalization;
using System.Text;

namespace Reports.Briefings.Pdf.Fonts;

/// <summary>Thrown when a character has no glyph in any bundled font: the briefing fails instead of printing a box.</summary>
public sealed class MissingGlyphException : Exception
{
    public MissingGlyphException()
    {
    }

    public MissingGlyphException(string message)
        : base(message)
    {
    }

    public MissingGlyphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal MissingGlyphException(Rune rune, string text)
        : base(Describe(rune, text))
    {
        CodePoint = rune.Value;
    }

    /// <summary>The code point no bundled font can draw.</summary>
    public int CodePoint { get; }

    private static string Describe(Rune rune, string text)
    {
        var context = text.Length <= 60 ? text : text[..60] + "…";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"No bundled font has a glyph for U+{rune.Value:X4} '{rune}' ({Rune.GetUnicodeCategory(rune)}) in \"{context}\". Bundled fonts: DejaVu Sans (Latin, Vietnamese, Cyrillic), Vazirmatn (Arabic, Persian).");
    }
}
