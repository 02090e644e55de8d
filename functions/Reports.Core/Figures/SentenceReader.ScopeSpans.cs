namespace Reports.Core.Figures;

internal sealed partial class SentenceReader
{
    /// <summary>"the past two days", "dua hari terakhir" starting at the token: fewer days than <see cref="MinimumDays"/>, one event's time. Returns the token after the unit.</summary>
    private int? FewDaysAt(int i) => SpanAt(i, Tag.DayUnit, 1, MinimumDays - 1);
}
