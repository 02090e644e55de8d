using Reports.Briefings.Pdf.Document;
using Reports.Core.Briefings;

namespace Reports.Briefings.Pdf;

/// <summary>
/// Renders a briefing as an A4 PDF with PDFsharp (AGPL-3.0 licence selected, see <see cref="PdfSharpSetup"/>):
/// cover, key figures, charts, articles in their own scripts, and a sources appendix. Text in Arabic script is shaped
/// and reordered by this project; a character that no bundled font can draw fails the rendering with
/// <see cref="Fonts.MissingGlyphException"/>.
/// </summary>
public sealed class PdfBriefingRenderer : IBriefingRenderer
{
    public string Format => "pdf";

    public string ContentType => "application/pdf";

    public async Task RenderAsync(Briefing briefing, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Render(briefing, cancellationToken);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders synchronously into memory (PDFsharp writes the cross-reference table at the end).</summary>
    internal static byte[] Render(Briefing briefing, CancellationToken cancellationToken)
    {
        using var document = new BriefingDocument(briefing);
        return document.Render(cancellationToken);
    }
}
