namespace Reports.Briefings.Pdf.Text;

/// <summary>How a paragraph's base direction is chosen.</summary>
internal enum ParagraphDirection
{
    /// <summary>By its first strong character (UAX #9 rule P2): for labels and mixed lines framed in English.</summary>
    FirstStrong,

    /// <summary>
    /// By the script most of its letters are in (ties: first strong): for an article's own text, where a Persian
    /// sentence may start with a Latin name.
    /// </summary>
    Dominant,
}
