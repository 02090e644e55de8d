using System.Collections.Concurrent;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Reports.Briefings.Pdf.Fonts;

/// <summary>
/// Picks the bundled typeface for each character by script and hands out PDFsharp fonts. Arabic-script characters
/// always use Vazirmatn (DejaVu's Arabic glyphs break in PDFsharp's subsetting); other letters use DejaVu Sans;
/// spaces, digits and punctuation stay in the font of the text around them. A character no bundled font has throws
/// <see cref="MissingGlyphException"/>.
/// </summary>
internal sealed class FontSet
{
    private static readonly XPdfFontOptions Subset = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private static readonly ConcurrentDictionary<(FontFace, bool, int), bool> Coverage = new();
    private readonly Dictionary<(FontFace, bool, double), XFont> _fonts = [];

    public FontSet()
    {
        PdfSharpSetup.EnsureConfigured();
    }

    public XFont Get(FontFace face, bool bold, double size)
    {
        if (!_fonts.TryGetValue((face, bold, size), out var font))
        {
            font = new XFont(BundledFonts.FamilyName(face), size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Subset);
            _fonts[(face, bold, size)] = font;
        }

        return font;
    }

    /// <summary>Splits text into runs of one typeface each. Throws when a character has no glyph in any bundled font.</summary>
    public IReadOnlyList<(FontFace Face, string Text)> Split(string text, bool bold)
    {
        var runs = new List<(FontFace, string)>();
        var current = new StringBuilder();
        FontFace? face = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var chosen = Choose(rune, face, bold, text);
            if (face is not null && chosen != face && current.Length > 0)
            {
                runs.Add((face.Value, current.ToString()));
                current.Clear();
            }

            face = chosen;
            current.Append(rune.ToString());
        }

        if (face is not null && current.Length > 0)
        {
            runs.Add((face.Value, current.ToString()));
        }

        return runs;
    }

    public bool HasGlyph(FontFace face, bool bold, Rune rune) =>
        Coverage.GetOrAdd((face, bold, rune.Value), key => GlyphHelper.GlyphIndexFromCodePoint(key.Item3, Get(key.Item1, key.Item2, 10)) != 0);

    private FontFace Choose(Rune rune, FontFace? previous, bool bold, string text)
    {
        if (IsArabicScript(rune))
        {
            return HasGlyph(FontFace.Vazirmatn, bold, rune) ? FontFace.Vazirmatn : throw new MissingGlyphException(rune, text);
        }

        if (previous is { } inherited && IsCommon(rune) && HasGlyph(inherited, bold, rune))
        {
            return inherited;
        }

        if (HasGlyph(FontFace.DejaVuSans, bold, rune))
        {
            return FontFace.DejaVuSans;
        }

        return HasGlyph(FontFace.Vazirmatn, bold, rune) ? FontFace.Vazirmatn : throw new MissingGlyphException(rune, text);
    }

    private static bool IsArabicScript(Rune rune) =>
        rune.Value is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    private static bool IsCommon(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.IsDigit(rune) || Rune.IsPunctuation(rune) || Rune.IsSymbol(rune);
}
