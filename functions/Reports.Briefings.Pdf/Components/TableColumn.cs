using Reports.Briefings.Pdf.Layout;

namespace Reports.Briefings.Pdf.Components;

/// <summary>One table column: header, relative width, alignment of its cells.</summary>
internal sealed record TableColumn(string Header, double Weight, TextAlign Align = TextAlign.Start);
