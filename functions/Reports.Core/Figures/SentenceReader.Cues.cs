namespace Reports.Core.Figures;

/// <summary>
/// The sentence's time expressions, found once per sentence: <see cref="NearestCue"/> asks for the nearest one for every
/// number, and a scan of every token per number made a sentence of many numbers cost its numbers times its tokens.
/// </summary>
internal sealed partial class SentenceReader
{
    // The cues of the sentence being read, reused on the thread (the reader reads one sentence at a time).
    [ThreadStatic]
    private static List<Cue>? _pooledCues;

    private List<Cue>? _cues;

    /// <summary>
    /// A time expression at <paramref name="At"/> ending at <paramref name="End"/>: the scope it gives, whether it is a
    /// stated span of time ("in the past 24 hours"), and, for a month, the month term (a month that dates one attack the
    /// number's own clause names is that attack's day, so its scope depends on the number).
    /// </summary>
    private readonly record struct Cue(int At, int End, FigureScope Scope, bool Span, TermMatch? Month);

    /// <summary>
    /// Every time expression of the sentence with a scope, in text order: what does not depend on the number asked about
    /// (the number-dependent checks stay in <see cref="NearestCue"/>). A span's own words ("14 hari": its "hari ini") are
    /// no cues of their own.
    /// </summary>
    private List<Cue> Cues()
    {
        if (_cues is { } found)
        {
            return found;
        }

        var cues = _pooledCues ??= [];
        if (cues.Capacity > 1_000)
        {
            cues = _pooledCues = [];
        }

        cues.Clear();
        var spanEnd = 0;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (i < spanEnd)
            {
                // Inside "14 hari": its "hari ini" (today) is no cue of its own.
                continue;
            }

            FigureScope? scope = null;
            var span = false;
            var end = i + 1;
            TermMatch? month = null;
            var token = sentence.Tokens[i];
            if (sentence.StartingAt(i) is { Tag: Tag.Period } period && PeriodEnd(period) is { } periodEnd)
            {
                // "in the week to Sunday", "in the month to 30 September": the day ends the period, it dates no event.
                end = spanEnd = periodEnd;
                scope = FigureScope.Cumulative;
                span = true;
            }
            else if (sentence.StartingAt(i) is { } kw)
            {
                end = kw.End;
                scope = kw.Tag switch
                {
                    Tag.Cumulative when SinceAdverb(kw) => null,
                    Tag.Cumulative when kw.Value == CompiledLanguage.SamePeriodValue => SamePeriodScope(),
                    Tag.Cumulative when kw.Value == CompiledLanguage.SinceClauseValue => SinceClauseScope(kw),
                    Tag.Cumulative when AttackObject(kw) => null,
                    Tag.Cumulative => FigureScope.Cumulative,
                    Tag.EventTime when TheseAttacksOfAPeriod(kw) => FigureScope.Cumulative,
                    Tag.EventTime => (SinceBefore(kw.Start) || AsOfDay(kw)) && !AttackAfter(kw.End) ? FigureScope.Cumulative : FigureScope.Event,
                    // "KYIV, Dec 9 - …": a wire dateline's date is when the copy was filed, no time of its figures.
                    Tag.Month when DatelineDate(kw) => null,
                    Tag.Month => (kw.Value != CompiledLanguage.RelativeMonthValue && DayBeside(kw) && !Range() && !SinceBefore(LinkedDateStart(kw)) && !SinceClauseBefore(LinkedDateStart(kw)) && !AsOfBefore(LinkedDateStart(kw))) || EventTimeRightBefore(kw.Start) ? FigureScope.Event : FigureScope.Cumulative,
                    // "two weeks after a strike killed 35": a point relative to another event, as "two weeks ago" is.
                    Tag.Period => AgoBetween(kw.End, kw.End + 3, start: true) ? FigureScope.Event : FigureScope.Cumulative,
                    _ => null,
                };

                if (kw.Tag == Tag.Month && scope == FigureScope.Cumulative)
                {
                    // A month otherwise a running total's may date one attack of the number's own clause.
                    month = kw;
                }
            }
            else if (token.IsPunctuation && token.Folded == "#date")
            {
                // "from 24.02.22 to 12.03.25": two dates a word apart bound a period. A time of day after "since" starts
                // a night, not a running total ("У ніч на 5 травня (з 18:00 4 травня) противник атакував 126 БпЛА").
                // "kể từ khi xung đột bùng phát ngày 7/10/2023" (since the conflict broke out on 7/10/2023): a date that ends a
                // "since" phrase starts the running total, as a month's date does.
                scope = ((SinceBefore(i) || SincePhraseBeforeDate(i) || AsOfBefore(i)) && !IsTime(i)) || DateNear(i) ? FigureScope.Cumulative : FigureScope.Event;
            }
            else if (YearAlone(i))
            {
                // "230 people were killed in the region in 2024": a year named alone frames that year's total.
                scope = FigureScope.Cumulative;
            }
            else if (!MaySpanAt(token, i))
            {
                // No number starts at the token and it is no number glued to its unit ("24h"): none of the spans below
                // starts here (each asks for one or the other first), so only a weekday's label may.
                if (WeekdayLabelAt(i) is { } weekdayEnd)
                {
                    end = weekdayEnd;
                    scope = FigureScope.Event;
                }
            }
            else if (SeveralDaysAt(i) is { } days)
            {
                end = spanEnd = days;
                // "in a three-day assault on the camp": the days one attack lasted are that attack's time.
                scope = SpanOfOneAttack(i, days) ? FigureScope.Event : FigureScope.Cumulative;
                span = true;
            }
            else if (HoursAt(i) is { } hours)
            {
                end = spanEnd = hours;
                scope = FigureScope.Event;
                span = true;
            }
            else if (SinceDaysAgoAt(i) is { } sinceEnd)
            {
                // "Since the offensive began ten days ago, 38 soldiers have been killed": days ago that end a "since"
                // phrase start a running total, they date no event.
                end = spanEnd = sinceEnd;
                scope = FigureScope.Cumulative;
                span = true;
            }
            else if (FewDaysAt(i) is { } fewDays)
            {
                // "shot down 23 drones in the past two days": a span of fewer days than a running total's is one event's
                // time, as "the past 24 hours" is (two days with one toll are one event by the project's convention).
                end = spanEnd = fewDays;
                scope = FigureScope.Event;
                span = true;
            }
            else if (WeekdayLabelAt(i) is { } dayEnd)
            {
                // "Số liệu theo từng ngày: thứ Hai 9 người, thứ Tư 12 người": a day naming its item counts that one day.
                end = dayEnd;
                scope = FigureScope.Event;
            }

            if (scope is { } given)
            {
                // A word with no scope ("since" as an adverb) is passed over, as it always was.
                cues.Add(new Cue(i, end, given, span, month));
            }
        }

        return _cues = cues;
    }

    /// <summary>
    /// Whether a span of days or hours (<see cref="SpanAt"/>, <see cref="SinceDaysAgoAt"/>) may start at token
    /// <paramref name="i"/>: a number of the sentence starts there, or the token is digits glued to a word (the first
    /// tests of <see cref="MentionStartingAt"/> and <see cref="GluedSpan"/>). False: each of them gives none, so the
    /// sentence's numbers are not searched four times for every token.
    /// </summary>
    private bool MaySpanAt(Token token, int i) =>
        (token.IsWord && token.Folded.Length >= 3 && TokenChars.IsDigit(token.Folded[0])) || MentionStartingAt(i).End != 0;
}
