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

    /// <summary>
    /// "Năm người, trong đó có một trẻ em, đã thiệt mạng", "Lima orang, termasuk seorang anak, tewas", "پنج نفر، از جمله یک
    /// کودک، کشته شدند": a weak "one" after an including word that stands inside the phrase of the count before it (the
    /// count's predicate comes after the part) tallies one of that count, as digits there do. After the predicate ("Năm
    /// người đã thiệt mạng, trong đó có một trẻ em") it stays an article ("including a teenager" names a victim).
    /// </summary>
    private Candidate? WeakPartInsideWhole(Mention m, Scan forward, Candidate? previous) =>
        previous is { Mention.Weak: false, Mention.Value: > 1 } whole && whole.Mention.End <= m.QualifierStart && whole.PhraseEnd > m.End
            ? new Candidate(whole.Kind, m, m.QualifierStart, m.End, false, forward.Counter)
            : null;

    /// <summary>
    /// "یکی از آنان کشته شد", "Seorang dari mereka tewas": a weak "one" before "of them" (also inside the number's own
    /// words, "یکی از آنان") is "one of" the group, a tally as English "One of them was killed" is; only for the dead and
    /// the wounded. A weak "one" right before any "of" word ("یکی از سربازانش", "Một trong số các binh sĩ") is the reading
    /// helper's <see cref="OneOfAGroup"/>, which <see cref="Stands"/> asks first.
    /// </summary>
    private bool WeakOneOfThem(Candidate c)
    {
        var m = c.Mention;
        if (c.Kind is not (FigureKind.Killed or FigureKind.Injured) || m.End >= sentence.Count)
        {
            return false;
        }

        return (m.End - m.Start > 1 && OfThemAt(m.Start + 1)) || OfThemAt(m.End);
    }
}
