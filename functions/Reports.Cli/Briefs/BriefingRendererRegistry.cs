using Reports.Briefings.Pdf;
using Reports.Core.Briefings;

namespace Reports.Cli.Briefs;

/// <summary>The renderers this build of the CLI offers, by format.</summary>
internal static class BriefingRendererRegistry
{
    /// <summary>Every renderer the CLI registers. A new format (the PDF renderer) is one line here.</summary>
    public static BriefingRenderers Create() => new(
    [
        .. BriefingRenderers.BuiltIn,
        new PdfBriefingRenderer(),
    ]);
}
