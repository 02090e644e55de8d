namespace Reports.Core.Figures;

/// <summary>The thirty-first session's scope rules (scope helper).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many tokens before an "as of" term another day may end and make the two a span ("from Saturday to Sunday").</summary>
    private const int AsOfRangeReach = 4;

    /// <summary>
    /// "as of Sunday", "تا روز یکشنبه", "حتى يوم الأحد", "hingga Senin": a day of data <c>eventTime</c> right after an "as
    /// of" term (data <c>asOf</c>) is the day the count stood at, a running total (as a date after it already was), unless
    /// a day or night of data <c>eventTime</c> ends just before the term ("de samedi au dimanche", "از شنبه تا دوشنبه": the
    /// two bound one span) or one attack follows the day (<see cref="AttackAfter"/>, checked by the caller).
    /// </summary>
    private bool AsOfDay(TermMatch day)
    {
        if (TermMatchEndingAt(language.Days, Tag.AsOf, day.Start, 4) is not { } asOf)
        {
            return false;
        }

        for (var k = Math.Max(0, asOf.Start - AsOfRangeReach); k < asOf.Start; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.EventTime })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Since the beginning of the year, the region has been shelled 3,000 times.", "Lực lượng Nga đã tấn công tỉnh này 940
    /// lần trong tháng 8.", "روسیه در هفته گذشته ۹۰۰ بار خارکیف را گلوله‌باران کرد.": a sentence with no figure that counts
    /// something with a unit of data <c>exclusions</c> (times, attacks) and whose every time expression is a running
    /// total's (a "since", "this year", "in the month", "last week"; no day, date or time of one event) is that period's
    /// statistic, and frames the next sentence's casualty counts with no time of their own, as a month without a day does
    /// (<see cref="CountedOverMonth"/>).
    /// </summary>
    private bool CountedOverPeriod()
    {
        if (sentence.Has(Tag.EventTime))
        {
            return false;
        }

        var counted = false;
        for (var k = 0; k < mentions.Count && !counted; k++)
        {
            counted = sentence.ExcludesAt(mentions[k].End);
        }

        if (!counted)
        {
            return false;
        }

        var period = false;
        foreach (var cue in Cues())
        {
            if (cue.Scope != FigureScope.Cumulative)
            {
                return false;
            }

            period = true;
        }

        return period;
    }
}
