namespace Reports.Briefings.Pdf.Layout;

/// <summary>Where a line sits in its box. Start and End follow the paragraph direction.</summary>
internal enum TextAlign
{
    Start,
    Center,
    End,
}
