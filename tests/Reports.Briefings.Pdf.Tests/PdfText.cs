using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Briefings.Pdf.Tests;

/// <summary>Normalises text read back from a PDF: NFKC (presentation forms → letters), no bidi controls, single spaces.</summary>
internal static partial class PdfText
{
    public static string Normalize(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var noControls = BidiControls().Replace(nfkc, string.Empty);
        return Spaces().Replace(noControls, " ");
    }

    [GeneratedRegex("[\u200E\u200F\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex BidiControls();

    [GeneratedRegex("[ \t]+")]
    private static partial Regex Spaces();
}
