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

        if (!AnyMentionExcluded() && !AnyMentionCountsAttacks())
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

internal sealed partial class SentenceReader
{
    /// <summary>How many words a dateline's place may have before its comma ("KYIV", "GAZA CITY", "NEW DELHI").</summary>
    private const int DatelinePlaceWords = 3;

    /// <summary>
    /// "KYIV, Dec 9 - At least 190 civilians were killed … in November", "КИЇВ, 9 грудня – …": a date (a month with its day,
    /// a year after it) that follows the sentence's opening place and comma and is followed by a dash is the wire dateline,
    /// the day the copy was filed; it dates none of the sentence's figures (a "(Reuters)" after it was already far enough).
    /// </summary>
    private bool DatelineDate(TermMatch month)
    {
        var tokens = sentence.Tokens;
        var start = month.Start > 0 && tokens[month.Start - 1] is { IsNumber: true, Number: >= 1 and <= 31 } ? month.Start - 1 : month.Start;
        if (start < 2 || start - 1 > DatelinePlaceWords + 1 || tokens[start - 1].Folded != ",")
        {
            return false;
        }

        for (var k = 0; k < start - 1; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        var end = month.End < tokens.Count && tokens[month.End].Folded is Tokenizer.AbbreviationDot ? month.End + 1 : month.End;
        if (end < tokens.Count && start == month.Start && tokens[end] is { IsNumber: true, Number: >= 1 and <= 31 })
        {
            end++;
        }

        if (end + 1 < tokens.Count && tokens[end].Folded == "," && tokens[end + 1] is { IsNumber: true, Number: >= 1900 and <= 2100 })
        {
            end += 2;
        }
        else if (end < tokens.Count && tokens[end] is { IsNumber: true, Number: >= 1900 and <= 2100 })
        {
            end++;
        }

        return end < tokens.Count && tokens[end].Folded is "-" or "–" or "—";
    }

    /// <summary>
    /// "Ukrainian air defences shot down 4,750 drones and 140 missiles": of two coordinated counts with no time of their own,
    /// one in the thousands (a running total by its size) and one not, the smaller shares the larger's time, unless its own
    /// segment names one attack. Null when neither is such a total.
    /// </summary>
    private FigureScope? CoordinatedWithTotal(Candidate a, Candidate b)
    {
        var (total, other) = a.Scope == FigureScope.Cumulative ? (a, b) : (b, a);
        return total.Scope == FigureScope.Cumulative && total.Mention.Value >= TotalMagnitude && total.Mention.Qualifier != Qualifier.UpTo &&
            !OneAttackInSegment(other) ? FigureScope.Cumulative : null;
    }

    /// <summary>Remembers a sentence whose launched counts of a weapon were all running totals (and that weapon's bit).</summary>
    private void KeepPeriodLaunches(List<Candidate> result)
    {
        var weapons = 0;
        var events = 0;
        foreach (var c in result)
        {
            var bit = c.Kind == FigureKind.DronesLaunched ? 1 : c.Kind == FigureKind.MissilesLaunched ? 2 : 0;
            if (bit != 0)
            {
                if (c.Scope == FigureScope.Cumulative)
                {
                    weapons |= bit;
                }
                else
                {
                    events |= bit;
                }
            }
        }

        weapons &= ~events;
        if (weapons != 0)
        {
            context.PeriodLaunchSentence = context.SentenceIndex;
            context.PeriodLaunchWeapons = weapons;
        }
    }

    /// <summary>
    /// A drones or missiles downed count with no time of its own in the sentence right after one whose launched counts of
    /// that weapon were all running totals ("in October, Russia launched 5,100 drones and 190 missiles"), and no larger than
    /// the last launched count of its weapon: the period's interceptions, counted over the same time.
    /// </summary>
    private bool DownedAfterPeriodsLaunches(Candidate c)
    {
        var bit = c.Kind == FigureKind.DronesDowned ? 1 : c.Kind == FigureKind.MissilesDowned ? 2 : 0;
        if (bit == 0 || context.PeriodLaunchSentence != context.SentenceIndex - 1 || (context.PeriodLaunchWeapons & bit) == 0 || NamesAnAttack() ||
            _found.Exists(f => f.Kind is FigureKind.DronesLaunched or FigureKind.MissilesLaunched))
        {
            // ("shot down 40 of 50 drones": a sentence with launches of its own counts its own attack.)
            return false;
        }

        var launched = bit == 1 ? context.LastDronesLaunched : context.LastMissilesLaunched;
        return launched is { } most && c.Mention.Value <= most;
    }
}

internal sealed partial class SentenceReader
{
    /// <summary>
    /// "… در ماه نوامبر بیش از ۱۴۰۰ بار … را گلوله‌باران کردند. در این حملات ۴۶ غیرنظامی کشته … شدند": a term of data
    /// <c>eventTime</c> that names attacks back, in the plural with a demonstrative ("in these attacks"), right after a
    /// sentence that framed a period (<see cref="CountedOverMonth"/>, <see cref="CountedOverPeriod"/>, a month opening it)
    /// names that period's attacks: a running total's time, not one attack's.
    /// </summary>
    private bool TheseAttacksOfAPeriod(TermMatch kw)
    {
        if (context.PeriodSentence != context.SentenceIndex - 1)
        {
            return false;
        }

        bool demonstrative = false, plural = false;
        for (var k = kw.Start; k < kw.End; k++)
        {
            var folded = sentence.Tokens[k].Folded;
            demonstrative |= language.Demonstratives.Contains(folded);
            plural |= language.PluralAttacks.Contains(folded);
        }

        return (demonstrative && plural) || PluralTheseAttacks(kw);
    }
}
