namespace Reports.Briefings.Pdf.Layout;

/// <summary>One laid-out line: runs in visual order (left to right), its width, and the paragraph direction.</summary>
internal sealed record TextLine(IReadOnlyList<GlyphRun> Runs, double Width, bool RightToLeft)
{
    /// <summary>The line's characters in visual order.</summary>
    public string VisualText => string.Concat(Runs.Select(r => r.Text));
}
