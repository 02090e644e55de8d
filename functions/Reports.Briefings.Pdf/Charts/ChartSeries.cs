using PdfSharp.Drawing;

namespace Reports.Briefings.Pdf.Charts;

/// <summary>One bar series: its legend label, colour and one value per day of the period.</summary>
internal sealed record ChartSeries(string Label, XColor Color, IReadOnlyList<long> Values);
