using PdfSharp.Fonts;

namespace Reports.Briefings.Pdf.Fonts;

/// <summary>
/// PDFsharp's font resolver over the embedded fonts only: an unknown family resolves to nothing, so PDFsharp never
/// falls back to a system font.
/// </summary>
internal sealed class BundledFontResolver : IFontResolver
{
    public static BundledFontResolver Instance { get; } = new();

    private BundledFontResolver()
    {
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        BundledFonts.TryParseFamily(familyName, out var face) ? new FontResolverInfo(BundledFonts.FileName(face, bold)) : null;

    public byte[]? GetFont(string faceName) => BundledFonts.Load(faceName);
}
