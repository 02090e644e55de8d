using System.Collections.Concurrent;
using System.Reflection;

namespace Reports.Briefings.Pdf.Fonts;

/// <summary>The font files embedded in this assembly, by face and weight, and the PDFsharp family names they answer to.</summary>
internal static class BundledFonts
{
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new();

    public static string FamilyName(FontFace face) => face switch
    {
        FontFace.DejaVuSans => "Reports DejaVu Sans",
        FontFace.Vazirmatn => "Reports Vazirmatn",
        _ => throw new ArgumentOutOfRangeException(nameof(face)),
    };

    public static string FileName(FontFace face, bool bold) => (face, bold) switch
    {
        (FontFace.DejaVuSans, false) => "DejaVuSans.ttf",
        (FontFace.DejaVuSans, true) => "DejaVuSans-Bold.ttf",
        (FontFace.Vazirmatn, false) => "Vazirmatn-Regular.ttf",
        (FontFace.Vazirmatn, true) => "Vazirmatn-Bold.ttf",
        _ => throw new ArgumentOutOfRangeException(nameof(face)),
    };

    public static bool TryParseFamily(string familyName, out FontFace face)
    {
        foreach (var candidate in Enum.GetValues<FontFace>())
        {
            if (string.Equals(FamilyName(candidate), familyName, StringComparison.OrdinalIgnoreCase))
            {
                face = candidate;
                return true;
            }
        }

        face = default;
        return false;
    }

    /// <summary>
    /// The bytes of an embedded font file, nested composite glyphs flattened so PDFsharp's subsets keep every mark;
    /// throws when the resource is missing (a packaging error).
    /// </summary>
    public static byte[] Load(string fileName) => Cache.GetOrAdd(fileName, static name => CompositeGlyphFlattener.Flatten(ReadResource(name)));

    /// <summary>The embedded file as shipped.</summary>
    public static byte[] ReadResource(string fileName)
    {
        var resource = "Reports.Briefings.Pdf.Fonts." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource '{resource}' is not embedded in {typeof(BundledFonts).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
