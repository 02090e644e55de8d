using PdfSharp;
using PdfSharp.Fonts;
using Reports.Briefings.Pdf.Fonts;

namespace Reports.Briefings.Pdf;

/// <summary>
/// Process-wide PDFsharp settings, applied once before the first document: the licence and the font resolver.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static bool _done;

    public static void EnsureConfigured()
    {
        lock (Gate)
        {
            if (_done)
            {
                return;
            }

            // PDFsharp 6.5 is dual licensed, AGPL-3.0 or commercial, and throws until a licence is chosen. Reports is
            // AGPL-3.0-or-later (LICENSE), so it selects the free AGPL licence. A commercial key would be loaded
            // instead with PdfSharpLicense.LoadLicense(key).
            PdfSharpLicense.SetAgplLicense();

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = BundledFontResolver.Instance;
            }
            else if (!ReferenceEquals(current, BundledFontResolver.Instance))
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has a font resolver ({current.GetType().FullName}); the briefing renderer needs its own bundled fonts.");
            }

            _done = true;
        }
    }
}
