using PdfSharp.Drawing;

namespace Reports.Briefings.Pdf.Charts;

/// <summary>One bar series: its legend label, colour, one value per bucket of the period, and whether its bars are
/// hatched (shot-down series, so they differ from launched ones in grey-scale too).</summary>
internal sealed record ChartSeries(string Label, XColor Color, IReadOnlyList<long> Values, bool Hatched = false);
