namespace Reports.Core.Figures;

/// <summary>Thirtieth session, asian helper: dates and round-ups in vi, fa, id (see docs/figures.md "Thirtieth session").</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "از مرداد ۱۴۰۳" (since Mordad 1403), "۱۶ آذر ۱۴۰۵", "رجب 1446": four digits of a solar or lunar Hijri year
    /// (1300–1899) right after a month's name are that month's year, no count; Gregorian years are asked by the bare-year
    /// check already.
    /// </summary>
    private bool HijriYearAfterMonth(Mention m) =>
        m.End - m.Start == 1 && sentence.Tokens[m.Start] is { IsNumber: true, Length: 4 } && m.Value is >= 1300 and < 1900 &&
        m.QualifierStart == m.Start && NamedMonthEndingAt(m.Start);
}
