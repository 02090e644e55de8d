namespace Reports.Briefings.Pdf.Layout;

/// <summary>A4 in points, and the margins every page shares.</summary>
internal static class PageGeometry
{
    public const double Width = 595.28;
    public const double Height = 841.89;
    public const double MarginLeft = 50;
    public const double MarginRight = 50;
    public const double MarginTop = 58;
    public const double MarginBottom = 62;

    public const double ContentLeft = MarginLeft;
    public const double ContentWidth = Width - MarginLeft - MarginRight;
    public const double ContentTop = MarginTop;
    public const double ContentBottom = Height - MarginBottom;
}
