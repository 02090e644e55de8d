namespace Reports.Core.Figures;

/// <summary>
/// Scope: one event or a running total, decided by the time expression nearest to the number. Running-total cues
/// ("since the start of the war", "so far", a month without a day, "in the past 12 months") and event cues
/// ("overnight", "on Sunday", "in the past 24 hours", a date) compete by distance, a comma or a clause break between
/// counting as far. A count read from another (a list item, a breakdown, a compared value) takes that one's scope unless
/// its own clause has a time expression. Without any cue, a count in the thousands is a running total, and a casualty
/// count right after a running total continues it ("Among the dead are 382 children").
/// </summary>
internal sealed partial class SentenceReader
{
    private const int CommaCost = 8;
    private const int ClauseCost = 30;
    private const long TotalMagnitude = 1000;

    /// <summary>From "hundreds" on, a vague plural without a time of its own is a running total.</summary>
    private const long VagueMagnitude = 100;

    /// <summary>From three days on a span is a period; "two days of bombing" is still read as one event.</summary>
    private const long MinimumDays = 3;

    /// <summary>How far before a running-total cue a superlative still frames it ("the largest air attack on Ukraine since").</summary>
    private const int SuperlativeWindow = 10;

    /// <summary>How far before a running-total cue an ordinal ranking the attack may stand.</summary>
    private const int RankWindow = 12;

    /// <summary>Up to two days counted in hours ("the past 24 hours", "48 hours of shelling") is one event's tally.</summary>
    private const long MaximumEventHours = 48;

    private FigureScope ScopeOf(Candidate c, int depth)
    {
        var (cue, distance, ownClause, totalInClause) = NearestCue(c.Mention);
        if (cue == FigureScope.Event && totalInClause && c.Mention.Value >= TotalMagnitude && c.Mention.Qualifier != Qualifier.UpTo)
        {
            // "said Tuesday at least 23,000 people have been killed since the war began": a count in the thousands with a
            // running-total cue in its own clause is that total, whatever day the statement names.
            return FigureScope.Cumulative;
        }

        if (cue == FigureScope.Event && c.Mention.Value >= TotalMagnitude && IsCasualty(c.Kind) && ExceedingQualifier(c.Mention) && !OneAttackInSegment(c))
        {
            // "Gaza's death toll crossed 40,000 on Thursday": a toll in the thousands passing a mark is a running total; the
            // day is when it passed the mark, not the day of one attack.
            return FigureScope.Cumulative;
        }

        if (EventTimeAfterDash(c))
        {
            // "…, у тому числі 990 — за минулу добу", "з них 1 180 — за минулу добу": the day named after the count's dash
            // is its own, whatever the whole's time.
            return FigureScope.Event;
        }

        if (c.Restates is { } restated)
        {
            // "Officials said nine were killed; this figure was later revised down to seven": the time of the figure it
            // restates, unless its own clause names one.
            return cue is { } time && ownClause ? time : restated;
        }

        if (c.RunningTotal)
        {
            // "…, bringing the total since October to 44,176": a running total, unless its own clause names one event.
            return cue == FigureScope.Event && ownClause ? FigureScope.Event : FigureScope.Cumulative;
        }

        if (TotalBeforeHead(c) && !OneAttackInSegment(c) && !EventTimeInPhrase(c) && !StrikeBefore(c, cue))
        {
            // "…, bringing its total losses to about 750,000", "مجموع تلفات آن به حدود ۷۵۰ هزار نفر رسیده است", "total
            // kerugian personel menjadi …": a toll headed by a word for the whole (data <c>tableTotals</c>) is a running
            // total, whatever day the clause before names, unless its own segment names one attack.
            return FigureScope.Cumulative;
        }

        if (cue == FigureScope.Cumulative && !ownClause && c.Parent is null && !c.RunningTotal && IsCasualty(c.Kind) && OneAttackInSegment(c, before: true))
        {
            // "…had died of cholera since August, while a drone strike on a market in El Obeid killed 21": a running-total
            // time in another clause does not reach a count whose own segment names one attack.
            return FigureScope.Event;
        }

        if (cue == FigureScope.Cumulative && ownClause && c.Parent is null && IsCasualty(c.Kind) && SinceAttackOwnsCount(c))
        {
            // "a year since the missile strike on the hospital that killed 33 people": the attack's own toll.
            return FigureScope.Event;
        }

        if (cue == FigureScope.Cumulative && c.Parent is null && IsCasualty(c.Kind) && SinceWeaponHitOwnsCount(c))
        {
            // "a year since a Russian missile struck a cafe, killing 59 people": the strike's own toll (thirty-third session).
            return FigureScope.Event;
        }

        if (c.Parent is null && IsCasualty(c.Kind) && !(cue == FigureScope.Event && ownClause) && (TollOfACampaign(c) || CampaignAfterTollVerb(c)))
        {
            // "It brings the military's toll in the ground operation to 420": the campaign's running total.
            return FigureScope.Cumulative;
        }

        if (RaisedToll(c))
        {
            // "its death toll inside Gaza had risen to 185 after nine soldiers were killed on Monday": a toll many times the
            // count that raised it, with no attack of its own, is a running total; the nine are the event.
            return FigureScope.Cumulative;
        }

        if (c.Mention.Vague && c.Mention.Value >= VagueMagnitude && IsCasualty(c.Kind) && !(cue is not null && ownClause) && !NamesOneAttack() && !OneAttackInSegment(c) && !AttackToldByOpener())
        {
            // "hundreds of wounded soldiers treated over the months", "killed or injured hundreds": victims counted by
            // an order of magnitude, with no time of their own and no single attack named, are a running total ("Thousands
            // were killed in the attack on the camp", "هزاران نفر در حمله … به اردوگاه … کشته شده‌اند": the count's own segment
            // names one attack by a singular head, data oneAttack).
            return FigureScope.Cumulative;
        }

        if (c.Compared && c.Parent is { } earlier && cue == FigureScope.Event && depth < 4 && ScopeOf(earlier, depth + 1) == FigureScope.Cumulative)
        {
            // "1,016 killed since 7 October 2023 (up from 998 two weeks ago)": a running total's earlier value, at an earlier
            // day, is that running total then.
            return FigureScope.Cumulative;
        }

        if (c.Parent is { } whole && cue == FigureScope.Cumulative && CumulativeBetween(whole.Mention.End, c.Mention.QualifierStart))
        {
            // "втрати противника за минулу добу склали 1250 осіб, а з початку вторгнення – близько 720 тисяч": a value given
            // beside a figure after a running-total time of its own (across the dash) is that running total.
            return FigureScope.Cumulative;
        }

        if (!(cue is not null && ownClause) && c.Parent is null && depth < 4 && IncludedWhole(c) is { } including &&
            ScopeOf(including, depth + 1) == FigureScope.Cumulative)
        {
            // "Số nhà báo thiệt mạng từ đầu năm đến nay là 49 người, trong đó 11 người thiệt mạng ở Ukraine": a count of the
            // same kind right after an including term that follows a running total, with no time of its own, is a part of
            // that total (its own verb made it no breakdown).
            return FigureScope.Cumulative;
        }

        if (!(cue is not null && ownClause) && c.Parent is null && depth < 4 && WholeAfter(c) is { } among &&
            ScopeOf(among, depth + 1) == FigureScope.Cumulative)
        {
            // "UNRWA said 54 of its staff had been killed, among 480 aid workers killed since 2023": a part whose whole
            // follows after a comma and "among" / "out of" is counted over that whole's time.
            return FigureScope.Cumulative;
        }

        if (cue == FigureScope.Event && (c.Parent is not null ? EventTimeInPhrase(c) || EventTimeBeforeDash(c) : EventTimeBeforeDash(c)))
        {
            // "…, за прошедшие сутки — 40" after a running total: a count whose own day stands right before its dash is that
            // day's, whatever the time of the clause before.
            // "втрати … склали близько 760 000 осіб, зокрема за минулу добу — 1420": a part whose own phrase names one day
            // is that day's, whatever the whole's time.
            return FigureScope.Event;
        }

        if (cue is { } own && (ownClause || c.Parent is null))
        {
            return own;
        }

        if (cue is null && c.Parent is null && depth < 4 && (ColonWhole(c) ?? ParenthesisWhole(c)) is { } listed)
        {
            // "Civilian casualties in October totalled 1,540: 410 killed and 1,130 injured": the counts a colon lists after a
            // figure, with no time of their own, are counted over that figure's time (its time, in its own phrase, is no
            // cue for them).
            return ScopeOf(listed, depth + 1);
        }

        if (c.Parent is not null && Increment(c.Mention))
        {
            // "особового складу ‒ близько 1 012 340 (+1 050) осіб": the signed value beside a running total is what the
            // last day added to it, that day's figure.
            return FigureScope.Event;
        }

        if (c.Parent is { } parent && depth < 4)
        {
            if (cue is null && ContinuesRunningTotal(c))
            {
                // "Of the civilians killed, 18 were women, 9 men" after the month's total: parts of that total.
                return FigureScope.Cumulative;
            }

            return ScopeOf(parent, depth + 1);
        }

        if (cue is { } far && distance < 1000)
        {
            return far;
        }

        if (cue is null && c.Parent is null && DownedAfterPeriodsLaunches(c))
        {
            // "Russia launched 5,100 drones and 190 missiles in October. Air defences shot down 4,420 drones and 150
            // missiles": a downing count with no time of its own, right after the period's launches of its weapon.
            return FigureScope.Cumulative;
        }

        if (cue is null && context.PeriodSentence == context.SentenceIndex - 1 && IsCasualty(c.Kind) && !NamesAnAttack())
        {
            // "During November, Airwars tracked 41 incidents in Yemen. We estimate that 64 civilians were killed": the
            // sentence before, with no figure, framed the month the count with no time of its own is tallied over.
            return FigureScope.Cumulative;
        }

        // "Противник потерял до 1250 военнослужащих": an "up to" word after a losing verb is the day's claim as an "up to"
        // qualifier is.
        if (c.Mention.Value >= TotalMagnitude && c.Mention.Qualifier != Qualifier.UpTo && QualifierOf(c) != Qualifier.UpTo &&
            // "Thousands of people were killed in the attack on the camp": a vague count whose own segment names one attack
            // is that attack's toll, an event.
            !(c.Mention.Vague && IsCasualty(c.Kind) && OneAttackInSegment(c)))
        {
            return FigureScope.Cumulative;
        }

        if (cue is null && c.Parent is null && IsCasualty(c.Kind) && TollOfAWar(c))
        {
            // "Israel's offensive has killed more than 870 people in Lebanon": the war's running total.
            return FigureScope.Cumulative;
        }

        if (cue is null && c.Parent is null && IsCasualty(c.Kind) && TallyOfAGroup(c))
        {
            // "The number of journalists killed in Gaza stands at 178": a tally of a group counted over the war.
            return FigureScope.Cumulative;
        }

        if (cue is null && c.Parent is null && IsCasualty(c.Kind) && TollOfManyAttacks(c))
        {
            // "The death toll from Israeli strikes on Gaza has reached 212": a toll of attacks in the plural, with no time
            // in its sentence, is the campaign's running total.
            return FigureScope.Cumulative;
        }

        if (ContinuesRunningTotal(c))
        {
            return FigureScope.Cumulative;
        }

        return FigureScope.Event;
    }

    /// <summary>
    /// The figure of <paramref name="c"/>'s kind before an including term ("trong đó", "including", "termasuk", "از جمله")
    /// that ends at most two words before <paramref name="c"/>, in its sentence; null when none.
    /// </summary>
    private Candidate? IncludedWhole(Candidate c, bool item = true)
    {
        for (var k = c.Mention.QualifierStart; k > 0 && k >= c.Mention.QualifierStart - 2; k--)
        {
            if (sentence.EndingAt(k) is { Tag: Tag.And } and && item && LastOfKindBefore(c.Kind, and.Start) is { } first)
            {
                // "…, trong đó 11 người thiệt mạng ở Ukraine và 38 người ở Gaza": the next item of the same parts.
                return IncludedWhole(first, item: false);
            }

            if (sentence.EndingAt(k) is { Tag: Tag.Including } including)
            {
                return LastOfKindBefore(c.Kind, including.Start);
            }
        }

        return null;
    }

    /// <summary>
    /// The larger figure of <paramref name="c"/>'s kind that an "of" word (data <c>of</c>: "among", "out of") opens right after
    /// a comma later in the sentence, the whole <paramref name="c"/> is a part of; null when none.
    /// </summary>
    private Candidate? WholeAfter(Candidate c)
    {
        foreach (var f in _found)
        {
            if (f.Kind == c.Kind && f.Mention.QualifierStart > c.Mention.End && f.Mention.Value > c.Mention.Value &&
                sentence.EndingAt(f.Mention.QualifierStart) is { Tag: Tag.Of } of && of.Start > 0 && sentence.Tokens[of.Start - 1].IsComma)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>The last figure of <paramref name="kind"/> found in the sentence that ends by <paramref name="end"/>.</summary>
    private Candidate? LastOfKindBefore(FigureKind kind, int end)
    {
        Candidate? last = null;
        foreach (var f in _found)
        {
            if (f.Kind == kind && f.Mention.End <= end && (last is null || f.Mention.End > last.Mention.End))
            {
                last = f;
            }
        }

        return last;
    }

    /// <summary>The figure that ends right before the colon opening the list that holds <paramref name="c"/>, if any.</summary>
    private Candidate? ColonWhole(Candidate c)
    {
        for (var k = c.Mention.QualifierStart - 1; k > 0; k--)
        {
            var t = sentence.Tokens[k];
            if (!t.IsClauseBreak)
            {
                continue;
            }

            if (t.Folded != ":")
            {
                return null;
            }

            foreach (var f in _found)
            {
                if (f.Mention != c.Mention && Math.Max(f.PhraseEnd, f.Mention.End) == k)
                {
                    return f;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// A casualty count with no time of its own right after a running total continues it ("Among the dead are 382
    /// children"); a count added as "another"/"a further" of a kind the total's sentence did not count does not ("…,
    /// bringing the death toll since the war began to 68,312. Another 160 people were wounded": the day's wounded, added
    /// to the day's dead). After a sentence with no day's count of its own, a period's tally alone ("58 Palestinians were
    /// killed in November. Another 390 were injured"), the added count is that period's too.
    /// </summary>
    private bool ContinuesRunningTotal(Candidate c) =>
        IsCasualty(c.Kind) && context.LastScope == FigureScope.Cumulative && context.FigureSentence >= context.SentenceIndex - 2 &&
        context.FigureSentence < context.SentenceIndex && !NamesAnAttack() &&
        !((c.Added || sentence.EndingAt(c.Mention.QualifierStart) is { Tag: Tag.Others }) && (context.LastKinds & (1 << (int)c.Kind)) == 0 &&
          context.LastEventMax > 0);

    /// <summary>A number signed with "+" right inside a parenthesis: "(+1 050)".</summary>
    private bool Increment(Mention m) =>
        m.QualifierStart >= 2 && sentence.Tokens[m.QualifierStart - 1].Folded == "+" && sentence.Tokens[m.QualifierStart - 2].Folded == "(";

    /// <summary>Another written date within two tokens of this one (a span of dates; times of day, "с 12:00 до 15:30", are not).</summary>
    private bool DateNear(int token)
    {
        if (IsTime(token))
        {
            return false;
        }

        for (var k = Math.Max(0, token - 2); k < sentence.Count && k <= token + 2; k++)
        {
            if (k != token && sentence.Tokens[k].IsPunctuation && sentence.Tokens[k].Folded == "#date" && !IsTime(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTime(int token) => sentence.Text.AsSpan(sentence.Tokens[token].Start, sentence.Tokens[token].Length).Contains(':');

    /// <summary>
    /// Where a period closed by a day ends: "week to Sunday", "month ending 30 September" — the period, at most two
    /// function words, then a day, a month or a date.
    /// </summary>
    private int? PeriodEnd(TermMatch period)
    {
        var k = period.End;
        for (var words = 0; words < 2 && k < sentence.Count && sentence.StartingAt(k) is null && sentence.Tokens[k].IsWord &&
             language.Stopwords.Contains(sentence.Tokens[k].Folded); words++)
        {
            k++;
        }

        if (k == period.End || k >= sentence.Count)
        {
            return null;
        }

        if (sentence.StartingAt(k) is { Tag: Tag.EventTime or Tag.Month } day)
        {
            return day.End;
        }

        if (sentence.Tokens[k].IsNumber && k + 1 < sentence.Count && sentence.StartingAt(k + 1) is { Tag: Tag.Month } month)
        {
            // "to 30 April"
            return month.End;
        }

        return sentence.Tokens[k].IsPunctuation && sentence.Tokens[k].Folded == "#date" ? k + 1 : null;
    }

    /// <summary>
    /// "Ten of the injured have since died": a one-word "since" (data <c>sinceDate</c>) before a casualty verb, at most one
    /// function word between, is an adverb ("since then"), no start of a period.
    /// </summary>
    private bool SinceAdverb(TermMatch kw)
    {
        if (kw.End != kw.Start + 1 || !language.SinceWords.Contains(sentence.Tokens[kw.Start].Folded))
        {
            return false;
        }

        var k = kw.End;
        if (k < sentence.Count && sentence.StartingAt(k) is null && sentence.Tokens[k].IsWord && language.Stopwords.Contains(sentence.Tokens[k].Folded))
        {
            k++;
        }

        return k < sentence.Count && sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties };
    }

    /// <summary>The time expression nearest to the number; ownClause when no comma or clause break stands between.</summary>
    private (FigureScope? Scope, int Distance, bool OwnClause, bool TotalInClause) NearestCue(Mention m)
    {
        var totalInClause = false;
        FigureScope? best = null;
        var bestDistance = int.MaxValue;
        var bestOwn = false;
        var frameEnd = 0;
        FigureScope? stated = null;
        foreach (var cue in Cues())
        {
            var i = cue.At;
            var end = cue.End;
            var span = cue.Span;
            var token = sentence.Tokens[i];
            FigureScope? scope = cue.Month is { } month && DatesOneAttack(month, m) ? FigureScope.Event : SamePeriodBySize(i, m) ?? cue.Scope;
            if (scope == FigureScope.Event && (StatementDay(i, end) || (i >= m.End && SaidBefore(m.End, i))))
            {
                // "The mission said on Friday that at least 286 civilians were killed … in July": the day of the
                // statement, not of the figures.
                continue;
            }

            if (i < frameEnd)
            {
                // "the deadliest single strike since Washington stepped up its campaign in March": a time inside the
                // clause a superlative's "since" opens dates that comparison's start, not the figures.
                continue;
            }

            if (scope is null || (scope == FigureScope.Cumulative && SuperlativeBefore(i) && !PeriodsRelative(i, m)))
            {
                // "the largest attack since the start of the war", "the heaviest bombardment in weeks": the superlative's
                // frame, not the figures' time.
                if (scope is not null && sentence.StartingAt(i) is { } framed && framed.End == i + 1 && language.SinceWords.Contains(token.Folded))
                {
                    frameEnd = ClauseEndAfter(framed.End);
                }

                continue;
            }

            var (from, to) = end <= m.QualifierStart ? (end, m.QualifierStart) : (m.End, i);
            if (i < m.End && end > m.QualifierStart)
            {
                continue;
            }

            if (InConcession(m, i, end))
            {
                // "Five people were killed in strikes on southern Lebanon despite the ceasefire in force since 27 November":
                // the time in a concessive phrase after the count dates the thing conceded.
                continue;
            }

            if (InRelativeAside(m, i))
            {
                // "killed in a raid on the camp, which was established in 1952": a time in a relative clause opened after a
                // comma, away from the count, dates that clause's own verb.
                continue;
            }

            if (InOtherPhrase(m, i, end))
            {
                // "این حمله ۵ کشته برجای گذاشت و شمار کشته‌های این استان در ماه نوامبر را به ۴۸ نفر رساند" (the attack left 5
                // dead and brought the province's toll for November to 48): a time inside another figure's own phrase is
                // that figure's.
                continue;
            }

            var distance = Math.Max(0, to - from);
            var own = true;
            for (var k = from; k < to; k++)
            {
                var t = sentence.Tokens[k];
                if (t.IsClauseBreak)
                {
                    distance += ClauseCost;
                    own = false;
                }
                else if (t.IsComma)
                {
                    distance += CommaCost;
                    own = false;
                }
            }

            if (!own && OtherFigureOwns(m, i, end))
            {
                // "Four soldiers were killed, …, bringing its toll since the offensive began to 412": a time expression in
                // another number's clause is that number's.
                continue;
            }

            totalInClause |= own && scope == FigureScope.Cumulative;
            if (span && own)
            {
                // A span of time stated in the number's own clause ("in the past 24 hours", "over three days") decides,
                // whatever verb or word stands nearer ("recorded 40 deaths in the past 24 hours").
                stated ??= scope;
            }

            if (distance < bestDistance || (distance == bestDistance && scope == FigureScope.Cumulative))
            {
                best = scope;
                bestDistance = distance;
                bestOwn = own;
            }
        }

        return stated is { } decided ? (decided, 0, true, totalInClause) : (best, bestDistance, bestOwn, totalInClause);
    }

    /// <summary>
    /// The end of a day of the week (data <c>weekdays</c>) at <paramref name="i"/> right before a number, labelling a list item
    /// ("thứ Hai 9 người"); null elsewhere ("trong tuần thứ hai của chiến dịch" is the second week).
    /// </summary>
    private int? WeekdayLabelAt(int i)
    {
        if (!((i + 1 < sentence.Count && sentence.Tokens[i + 1].IsNumber) || (i + 2 < sentence.Count && sentence.Tokens[i + 2].IsNumber)))
        {
            return null;
        }

        var scratch = DayScratch();
        scratch.Clear();
        language.Aside.MatchAt(sentence.Tokens, i, scratch);
        foreach (var t in scratch)
        {
            if (t.Tag == Tag.Weekday && t.End < sentence.Count && sentence.Tokens[t.End].IsNumber)
            {
                return t.End;
            }
        }

        return null;
    }

    /// <summary>
    /// The cue at <paramref name="cue"/> stands in a relative clause ("…, which was built in 1952") that a comma opens and
    /// that does not hold the count <paramref name="m"/>.
    /// </summary>
    private bool InRelativeAside(Mention m, int cue)
    {
        for (var k = cue - 1; k >= 0; k--)
        {
            var t = sentence.Tokens[k];
            if ((k >= m.QualifierStart && k < m.End) || t.IsClauseBreak)
            {
                return false;
            }

            if (t.IsComma)
            {
                return sentence.StartingAt(k + 1) is { Tag: Tag.Relative } && (m.End <= k || BreakBetween(cue, m.QualifierStart));
            }
        }

        return false;
    }

    /// <summary>How many tokens before a time a concessive word may open the phrase that holds it.</summary>
    private const int ConcessionWindow = 12;

    /// <summary>
    /// The time at [cue, cueEnd) stands in a phrase a concessive word (data <c>concessives</c>) opens at most
    /// <see cref="ConcessionWindow"/> tokens before it, with no clause break between, and the count <paramref name="m"/> is
    /// outside that phrase: before the concessive word, or after the time past a comma ("Despite the truce in force since
    /// November, five were killed").
    /// </summary>
    private bool InConcession(Mention m, int cue, int cueEnd)
    {
        if (m.QualifierStart >= cue && m.QualifierStart < cueEnd)
        {
            return false;
        }

        var scratch = DayScratch();
        for (var k = cue - 1; k >= 0 && k >= cue - ConcessionWindow; k--)
        {
            if ((sentence.Tokens[k].IsClauseBreak && !OrdinalDot(k)) || (k >= m.QualifierStart && k < m.End))
            {
                return false;
            }

            scratch.Clear();
            language.Days.MatchAt(sentence.Tokens, k, scratch);
            if (IndexOfTag(scratch, Tag.Concessive) >= 0)
            {
                return m.End <= k || (m.QualifierStart >= cueEnd && BreakBetween(cueEnd, m.QualifierStart));
            }
        }

        return false;
    }

    /// <summary>A comma or clause break in [from, to): "…, yang menyebut total … sejak Oktober 2023 mencapai 3.900" has none.</summary>
    private bool BreakBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].IsComma || sentence.Tokens[k].IsClauseBreak)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "three days", "14 hari" starting at the token: several days (not "three days ago"), a span longer than one event
    /// (the gold reads a two-day bombing as one event, so spans start at <see cref="MinimumDays"/>).
    /// Returns the token after the day unit.
    /// </summary>
    private int? SeveralDaysAt(int i) => SpanAt(i, Tag.DayUnit, MinimumDays, long.MaxValue);

    /// <summary>"the past 24 hours", "48 jam terakhir" starting at the token: a day's tally, one event. Returns the token after the unit.</summary>
    private int? HoursAt(int i) => SpanAt(i, Tag.HourUnit, 1, MaximumEventHours);

    /// <summary>A number of <paramref name="unit"/> within [min, max] at the token, not "… ago"; the token after the unit.</summary>
    private int? SpanAt(int i, Tag unit, long min, long max)
    {
        if (GluedSpan(i, unit) is { } glued)
        {
            return glued >= min && glued <= max ? i + 1 : null;
        }

        var mention = MentionStartingAt(i);
        if (mention.End == 0 || mention.Value < min || mention.Value > max || mention.End >= sentence.Count)
        {
            return null;
        }

        var scratch = DayScratch();
        language.Days.MatchAt(sentence.Tokens, mention.End, scratch);
        var found = IndexOfTag(scratch, unit);
        if (found < 0)
        {
            // "خلال الساعات الـ24 الماضية" (during the past 24 hours): the unit, with its article, before the number.
            for (var k = mention.QualifierStart - 1; k >= 0 && k >= mention.QualifierStart - 2; k--)
            {
                scratch.Clear();
                language.Days.MatchAt(sentence.Tokens, k, scratch);
                var before = IndexOfTag(scratch, unit);
                // "during the day, 3 were intercepted": a comma between them leaves the day its own, the number a count.
                // "روز شنبه ۴ کشته", "pada hari Sabtu 4 orang tewas" (on the day Saturday, 4 killed): a weekday between
                // them names the day, and the number is a count.
                // "روز ۱۶ آذر", "يوم 16 أكتوبر" (the day 16 December): a month's name after the number makes it a date's day.
                if (before >= 0 && scratch[before].End >= mention.QualifierStart - 1 && scratch[before].End <= mention.QualifierStart && mention.Qualifier == Qualifier.Exact &&
                    !sentence.Tokens[mention.QualifierStart - 1].IsPunctuation && !NamedMonthAt(mention.End) &&
                    (scratch[before].End == mention.QualifierStart || WeekdayLabelAt(mention.QualifierStart - 1) is null))
                {
                    return mention.End;
                }
            }

            return null;
        }

        var unitEnd = scratch[found].End;
        return AgoBetween(unitEnd, unitEnd + 3, start: true) || AgoBetween(mention.QualifierStart - 3, mention.QualifierStart, start: false) ? null : unitEnd;
    }

    /// <summary>
    /// A year (four digits, 1900–2100) that is not the end of a written date: no month, day or date right before it
    /// ("10 October 2024", "October 10, 2024" date one day).
    /// </summary>
    private bool YearAlone(int i)
    {
        var token = sentence.Tokens[i];
        if (!token.IsNumber || token.Length != 4 || token.Number is < 1900 or > 2100)
        {
            return false;
        }

        if (sentence.ExcludesAt(i + 1) && sentence.StartingAt(i + 1) is { Tag: Tag.Exclusion })
        {
            // "мужчина 1965 года рождения", "1965 року народження": a year of birth is no period of the count; nor is a
            // distance, a sum or another unit that only looks like a year ("a unos 2000 kilómetros de Saná", "نحو 2000
            // كيلومتر").
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        var before = sentence.Tokens[i - 1];
        return !(sentence.EndingAt(i) is { Tag: Tag.Month } || before.IsNumber || before.Folded == "#date" ||
                 (before.IsComma && i >= 2 && (sentence.Tokens[i - 2].IsNumber || sentence.EndingAt(i - 1) is { Tag: Tag.Month })));
    }

    /// <summary>
    /// The number of a span glued to its unit by a hyphen, one word ("the 12-day war", "a 48-hour period"), when the
    /// token is one and its unit is <paramref name="unit"/>; else null. Such a word is never a count.
    /// </summary>
    private long? GluedSpan(int i, Tag unit)
    {
        var token = sentence.Tokens[i];
        if (!token.IsWord || token.Folded.Length < 3 || !TokenChars.IsDigit(token.Folded[0]))
        {
            return null;
        }

        var folded = token.Folded.AsSpan();
        var digits = 0;
        long value = 0;
        while (digits < folded.Length && TokenChars.IsDigit(folded[digits]) && digits < 6)
        {
            value = value * 10 + (long)char.GetNumericValue(folded[digits]);
            digits++;
        }

        if (digits >= folded.Length - 1 || !TokenChars.IsJoinerRule(folded[digits]))
        {
            return null;
        }

        var rest = folded[(digits + 1)..];
        var next = rest.IndexOfAny('-', '\u2010', '\u2011');
        var word = next < 0 ? rest : rest[..next];
        var lookup = language.GluedUnits.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var tag) && tag == unit ? value : null;
    }

    /// <summary>An "ago" word starting at <paramref name="from"/> (start) or ending at <paramref name="to"/> ("il y a 3 jours").</summary>
    private bool AgoBetween(int from, int to, bool start)
    {
        var scratch = DayScratch();
        for (var k = Math.Max(0, from); k < Math.Min(sentence.Count, to); k++)
        {
            scratch.Clear();
            language.Days.MatchAt(sentence.Tokens, k, scratch);
            foreach (var t in scratch)
            {
                if (t.Tag == Tag.Ago && (start ? t.Start == from : t.End == to && t.Value != CompiledLanguage.LaterValue))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A superlative shortly before a running-total cue in the same clause: "the largest attack since the start of the
    /// war", "the heaviest bombardment in weeks", "serangan terbesar sepanjang perang" compare one attack with a period;
    /// the cue frames the comparison.
    /// </summary>
    private bool SuperlativeBefore(int cue)
    {
        // An ordinal may stand further off than a superlative: "the second RSF attack on the Kabkabiya market in a month".
        for (var k = cue - 1; k >= 0 && k >= cue - RankWindow; k--)
        {
            var token = sentence.Tokens[k];
            if (token.IsClauseBreak || token.IsComma)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Superlative } rank && (rank.End - 1 >= cue - SuperlativeWindow || rank.Value == CompiledLanguage.RankValue) &&
                !(rank.Value == CompiledLanguage.RankValue && !ContentWordBetween(rank.End, cue) && !language.OrdinalMarkers.Contains(sentence.Tokens[rank.End - 1].Folded)) &&
                !(rank.Value == CompiledLanguage.RankValue && rank.End < cue && NumberWordAt(rank.End) && !language.OrdinalMarkers.Contains(sentence.Tokens[rank.End - 1].Folded)))
            {
                // An ordinal ranks the attack after it ("the third attack on the city this week"); right before the period
                // it names that period ("in the second week of the offensive"). A rank ending in an ordinal marker ranks
                // the noun before its number ("lần thứ 2 trong 3 ngày", the second time in three days). A number word right
                // after the ordinal counts the period ("in the first nine months of the year"), as digits do.
                return true;
            }

            if (token.IsWord && language.IsOrdinalDigits(token.Folded) && ContentWordBetween(k + 1, cue) && !OrdinalNamesUnit(k))
            {
                // "the 10th attack on the city this month": an ordinal in digits ranks as the words do.
                return true;
            }

            if (OrdinalMarkerRanks(k, cue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "vụ tấn công thứ 3 trong tuần" (the third attack in a week): an ordinal marker (data <c>numbers.ordinalMarkers</c>)
    /// with its number right after an attack word ranks that attack as "third" does in English. Occurrence nouns of
    /// their own ("lần thứ hai", the second time) are data <c>ranks</c>; a day or weekday before the marker ("ngày thứ
    /// ba", "vào thứ Sáu") ranks nothing.
    /// </summary>
    private bool OrdinalMarkerRanks(int k, int cue)
    {
        var tokens = sentence.Tokens;
        if (k == 0 || k >= cue || !tokens[k].IsWord || sentence.EndingAt(k) is not { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue })
        {
            return false;
        }

        // "serangan kedua dalam dua pekan terakhir" (the second attack in the past two weeks): data ranksAfterAttack.
        return language.RanksAfterAttack.Contains(tokens[k].Folded) ||
               (k + 1 < cue && language.OrdinalMarkers.Contains(tokens[k].Folded) && (tokens[k + 1].IsNumber || NumberWordAt(k + 1)));
    }

    private bool NumberWordAt(int k)
    {
        var scratch = DayScratch();
        scratch.Clear();
        language.Numbers.MatchAt(sentence.Tokens, k, scratch);
        return scratch.Count > 0;
    }

    /// <summary>The first comma or clause break at or after <paramref name="token"/> (the sentence's end when none).</summary>
    private int ClauseEndAfter(int token)
    {
        var k = token;
        while (k < sentence.Count && !sentence.Tokens[k].IsComma && !sentence.Tokens[k].IsClauseBreak)
        {
            k++;
        }

        return k;
    }

    /// <summary>How far after its relative word a count may stand in a clause about the period before.</summary>
    private const int PeriodRelativeWindow = 8;

    /// <summary>
    /// "the deadliest attack on the city since the full-scale invasion, in which more than 160 residents have died": the
    /// clause of the running-total cue at <paramref name="cue"/> ends in a comma and a relative ("in which", "during
    /// which") whose clause holds <paramref name="m"/>; the count is counted over that period, not the superlative's frame.
    /// </summary>
    private bool PeriodsRelative(int cue, Mention m)
    {
        var comma = ClauseEndAfter(cue);
        if (comma >= m.QualifierStart || comma + 2 >= sentence.Count || sentence.Tokens[comma].Folded != ",")
        {
            return false;
        }

        // A preposition before the relative makes the period its antecedent ("in which", "during which"); ", which killed
        // 12" is the attack's.
        var k = comma + 1;
        if (!(sentence.Tokens[k].IsWord && language.Stopwords.Contains(sentence.Tokens[k].Folded) && sentence.StartingAt(k) is null))
        {
            return false;
        }

        if (sentence.StartingAt(k + 1) is not { Tag: Tag.Relative } relative || m.QualifierStart - relative.End > PeriodRelativeWindow)
        {
            return false;
        }

        for (var j = relative.End; j < m.QualifierStart; j++)
        {
            if (sentence.Tokens[j].IsComma || sentence.Tokens[j].IsClauseBreak)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word that is no stopword and no number between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool ContentWordBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].IsWord && !language.Stopwords.Contains(sentence.Tokens[k].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of the date a month name is part of ("7 October" starts at the 7).</summary>
    private int DateStart(TermMatch month) =>
        OrdinalDot(month.Start - 1) ? month.Start - 2 : month.Start > 0 && sentence.Tokens[month.Start - 1].IsNumber ? month.Start - 1 : month.Start;

    /// <summary>The first token of a date whose day is linked to its month by a word ("4 de marzo", "7 من أكتوبر").</summary>
    private int LinkedDateStart(TermMatch month) =>
        month.Start >= 2 && sentence.Tokens[month.Start - 1].IsWord && language.DayMonthLinks.Contains(sentence.Tokens[month.Start - 1].Folded) &&
        sentence.Tokens[month.Start - 2].IsNumber ? month.Start - 2 : DateStart(month);

    /// <summary>The full stop of an ordinal day at <paramref name="i"/> ("am 26. August").</summary>
    private bool OrdinalDot(int i) =>
        i >= 1 && sentence.Tokens[i].IsPunctuation && sentence.Tokens[i].Folded == "." && sentence.Tokens[i - 1].IsNumber;

    /// <summary>A "since" word right before the date or day at <paramref name="start"/>: "since 7 October", "از ۷ اکتبر", "since Saturday".</summary>
    private bool SinceBefore(int start) =>
        (start > 0 && sentence.Tokens[start - 1].IsWord && language.SinceWords.Contains(sentence.Tokens[start - 1].Folded)) ||
        (start > 1 && DayUnitAt(start - 1) && sentence.Tokens[start - 2].IsWord && language.SinceWords.Contains(sentence.Tokens[start - 2].Folded)) ||
        // "desde el 23 de septiembre", "depuis le 23 septembre", "seit dem 7. Oktober": an article between.
        (start > 1 && sentence.Tokens[start - 1].IsWord && language.Stopwords.Contains(sentence.Tokens[start - 1].Folded) && sentence.StartingAt(start - 1) is null &&
         sentence.Tokens[start - 2].IsWord && language.SinceWords.Contains(sentence.Tokens[start - 2].Folded));

    /// <summary>How many words a "since" phrase may take before the date that ends it ("since the start of the ground operation on").</summary>
    private const int SincePhraseWords = 8;

    /// <summary>
    /// "since the start of the ground operation on October 27", "since the offensive began on 6 August": the date after a
    /// function word ends a "since" phrase opened earlier in its clause (no comma, clause break or number between); it
    /// starts the running total, it dates no event.
    /// </summary>
    private bool SinceClauseBefore(int start)
    {
        if (start < 2 || !sentence.Tokens[start - 1].IsWord || !language.Stopwords.Contains(sentence.Tokens[start - 1].Folded))
        {
            return false;
        }

        for (var k = start - 2; k >= 0 && k >= start - 1 - SincePhraseWords; k--)
        {
            var t = sentence.Tokens[k];
            if (!t.IsWord)
            {
                return false;
            }

            if (language.SinceWords.Contains(t.Folded))
            {
                // "đánh chặn 9 UAV phóng từ Iraq và Syria trong ngày 14/11": "from" right after a launching verb names where
                // the weapons came from, no start of a period.
                return sentence.EndingAt(k) is not { Tag: Tag.Launched };
            }
        }

        return false;
    }

    /// <summary>
    /// A "since" phrase ending at the date at <paramref name="start"/> (<see cref="SinceClauseBefore"/>) that tells what
    /// began: no time of day, day or number in it ("từ 18h ngày 5/12", from 6 pm on 5/12, starts one night).
    /// </summary>
    private bool SincePhraseBeforeDate(int start)
    {
        if (!SinceClauseBefore(start))
        {
            return false;
        }

        for (var k = start - 2; k >= 0 && k >= start - 1 - SincePhraseWords; k--)
        {
            var t = sentence.Tokens[k];
            if (language.SinceWords.Contains(t.Folded))
            {
                return true;
            }

            if (sentence.Text.AsSpan(t.Start, t.Length).IndexOfAnyInRange('0', '9') >= 0 || sentence.StartingAt(k) is { Tag: Tag.EventTime or Tag.HourUnit or Tag.DayUnit })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// An "as of" term ending right before the date at <paramref name="start"/> ("станом на ранок 6 грудня", "as of 6
    /// December", "по состоянию на 1.12"): the count as it stood that day, a running total.
    /// </summary>
    private bool AsOfBefore(int start) => TermEndingAt(language.Days, Tag.AsOf, start, 4);

    /// <summary>
    /// A term of <paramref name="tag"/> in <paramref name="matcher"/> that starts at most <paramref name="reach"/> tokens
    /// before <paramref name="end"/> and ends right there.
    /// </summary>
    private bool TermEndingAt(TermMatcher matcher, Tag tag, int end, int reach) => TermMatchEndingAt(matcher, tag, end, reach) is not null;

    /// <summary>The term <see cref="TermEndingAt"/> finds (the one starting earliest), else null.</summary>
    private TermMatch? TermMatchEndingAt(TermMatcher matcher, Tag tag, int end, int reach)
    {
        var scratch = _endingScratch ??= new List<TermMatch>(4);
        for (var k = Math.Max(0, end - reach); k < end; k++)
        {
            scratch.Clear();
            matcher.MatchAt(sentence.Tokens, k, scratch);
            foreach (var t in scratch)
            {
                if (t.Tag == tag && t.End == end)
                {
                    return t;
                }
            }
        }

        return null;
    }

    /// <summary>"kể từ ngày 7/10": a day word between "since" and its date.</summary>
    private bool DayUnitAt(int k)
    {
        var scratch = DayScratch();
        scratch.Clear();
        language.Days.MatchAt(sentence.Tokens, k, scratch);
        return IndexOfTag(scratch, Tag.DayUnit) >= 0 && scratch[IndexOfTag(scratch, Tag.DayUnit)].End == k + 1;
    }

    /// <summary>
    /// A figure other than <paramref name="m"/>, after it, with no comma or clause break between that figure and the cue at
    /// [cue, cueEnd) that follows <paramref name="m"/>: the later clause's time expression is its own. (A time expression
    /// before the number, "Since September, four were killed, six wounded", frames the whole sentence.)
    /// </summary>
    private bool InOtherPhrase(Mention m, int cue, int cueEnd)
    {
        foreach (var c in _found)
        {
            if (c.Mention != m && c.PhraseStart >= 0 && c.PhraseStart < cue && cueEnd <= Math.Max(c.PhraseEnd, c.Mention.End) &&
                (c.PhraseStart >= m.End || Math.Max(c.PhraseEnd, c.Mention.End) <= m.QualifierStart))
            {
                return true;
            }
        }

        return false;
    }

    private bool OtherFigureOwns(Mention m, int cue, int cueEnd)
    {
        if (cue < m.End)
        {
            return false;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            // Any count of its own: a figure, or a number of something no figure counts ("64 of 75 drones shot down, 9
            // hits recorded": "recorded" is the hits'), not a date, a year or a span of time.
            var x = mentions[i];
            if (x.Start == m.Start || x.Start < m.End || (x.End > cue && x.QualifierStart < cueEnd) ||
                (FoundIndexOf(x) < 0 && (IsExcluded(x) || SeveralDaysAt(x.Start) is not null || HoursAt(x.Start) is not null)))
            {
                continue;
            }

            // Between the figure and the cue, whichever comes first ("… 412 since", "since … to 412").
            var (from, to) = x.End <= cue ? (x.End, cue) : (cueEnd, x.QualifierStart);
            var open = true;
            for (var k = from; k < to && open; k++)
            {
                open = !sentence.Tokens[k].IsClauseBreak && !sentence.Tokens[k].IsComma;
            }

            if (open || DashTimeOf(x, cue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "During November, Airwars tracked 41 civilian harm incidents in Yemen.", a heading line "Civilians killed in the
    /// region in November": a month without a day that opens the sentence (only function words before it), or a month or a
    /// running-total term ("this year") in a heading that names victims and holds no number, with no "since" before it and no day, date or attack in the
    /// sentence, frames the period of the next sentence's casualty counts that name no time of their own (the caller asks
    /// only of a sentence with no figure). "Dalam hal ini, Rusia meningkatkan serangannya … pada bulan Maret" (a month
    /// inside a clause of background) frames nothing.
    /// </summary>
    private bool FramesPeriod()
    {
        var month = false;
        var opening = true;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is { } kw)
            {
                if (kw.Tag == Tag.EventTime || kw is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue })
                {
                    return false;
                }

                if (kw.Tag == Tag.Month)
                {
                    if (DayBeside(kw) || SinceBefore(kw.Start))
                    {
                        return false;
                    }

                    month |= opening;
                }

                opening = false;
            }
            else if (sentence.Tokens[i].IsPunctuation && sentence.Tokens[i].Folded == "#date")
            {
                return false;
            }
            else if (opening && sentence.Tokens[i].IsWord && !language.Stopwords.Contains(sentence.Tokens[i].Folded) && !language.MonthIn.Contains(sentence.Tokens[i].Folded))
            {
                opening = false;
            }
        }

        return month || (mentions.Count == 0 && HeadingKind() is not null && PeriodNamed());
    }

    /// <summary>A month without a day, or a running-total term ("this year"), anywhere in the sentence.</summary>
    private bool PeriodNamed()
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is { } kw && ((kw.Tag == Tag.Month && !DayBeside(kw)) || (kw.Tag == Tag.Cumulative && !SinceAdverb(kw))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"5 April", "April 5", "5 آوریل": a day number beside a month name makes a date.</summary>
    private bool DayBeside(TermMatch month)
    {
        var tokens = sentence.Tokens;
        var before = OrdinalDot(month.Start - 1) ? month.Start - 2 : month.Start - 1;
        if (before >= 1 && tokens[before].IsWord && language.DayMonthLinks.Contains(tokens[before].Folded))
        {
            // "7 de octubre", "7 من أكتوبر": the day stands before the word that links it to its month.
            before--;
        }

        var after = month.End < tokens.Count && tokens[month.End].Folded is Tokenizer.AbbreviationDot ? month.End + 1 : month.End;
        // "In May 12 people were killed": the number after the month counts; "strikes on June 13 killed 21 people": a verb
        // with its own count after it makes the number the month's day.
        return (before >= 0 && tokens[before].IsNumber && tokens[before].Number is >= 1 and <= 31) ||
            (after < tokens.Count && tokens[after].IsNumber && tokens[after].Number is >= 1 and <= 31 &&
             !(after + 1 < tokens.Count && sentence.StartingAt(after + 1) is { Tag: Tag.People or Tag.Drone or Tag.Missile or Tag.Killed or Tag.Injured } counted &&
               !(counted.Tag is Tag.Killed or Tag.Injured && StartsMention(counted.End))));
    }

    /// <summary>The day number written beside a month ("5 травня", "May 5"), 0 when none.</summary>
    private long DayNumberBeside(TermMatch month)
    {
        var tokens = sentence.Tokens;
        var before = OrdinalDot(month.Start - 1) ? month.Start - 2 : month.Start - 1;
        if (before >= 0 && tokens[before].IsNumber && tokens[before].Number is >= 1 and <= 31)
        {
            return (long)tokens[before].Number;
        }

        var after = month.End < tokens.Count && tokens[month.End].Folded is Tokenizer.AbbreviationDot ? month.End + 1 : month.End;
        return after < tokens.Count && tokens[after].IsNumber && tokens[after].Number is >= 1 and <= 31 ? (long)tokens[after].Number : 0;
    }

    /// <summary>
    /// Two dates in one sentence ("from 24 February 2022 to 5 March 2023") or a range of days ("between 1 and 31 May",
    /// "21–28 March", "May 21 to 28") bound a period, not one event.
    /// </summary>
    private bool Range()
    {
        var dates = 0;
        (long Day, string Month) first = default;
        for (var i = 0; i < sentence.Count && dates < 2; i++)
        {
            if (sentence.StartingAt(i) is { Tag: Tag.Month } month && DayBeside(month))
            {
                // "У ніч на 5 травня (з 18:00 4 травня)": two days of one month a day apart are a night, not a period.
                var day = (DayNumberBeside(month), sentence.Tokens[month.Start].Folded);
                if (dates == 1 && day.Item2 == first.Month && day.Item1 > 0 && first.Day > 0 && Math.Abs(day.Item1 - first.Day) <= 1)
                {
                    continue;
                }

                first = dates == 0 ? day : first;
                dates++;
                var tokens = sentence.Tokens;
                // "on the night of 3 to 4 June", "3-4 June": two days in a row are one night or a two-day event, not a period.
                if ((month.Start >= 3 && DayRangeAt(month.Start - 3, month.Start - 2) && tokens[month.Start - 1].Number - tokens[month.Start - 3].Number >= MinimumDays - 1) ||
                    RangeEndsBefore(month) ||
                    (month.End + 2 < tokens.Count && tokens[month.End].IsNumber && DayRangeAt(month.End + 2, month.End + 3, backward: true) &&
                     tokens[month.End + 2].Number - tokens[month.End].Number >= MinimumDays - 1))
                {
                    return true;
                }
            }
        }

        return dates >= 2;
    }

    /// <summary>
    /// "del 4 al 10 de noviembre", "entre el 4 y el 10 de noviembre": a range of days whose last day is linked to the month by
    /// a word (data <c>dayMonthLinks</c>), or whose connector is followed by an article (a stopword).
    /// </summary>
    private bool RangeEndsBefore(TermMatch month)
    {
        var tokens = sentence.Tokens;
        var last = month.Start - 1;
        if (last >= 0 && tokens[last].IsWord && language.DayMonthLinks.Contains(tokens[last].Folded))
        {
            last--;
        }

        if (last >= 1 && DayDot(last))
        {
            // "vom 1. bis 7. Dezember": the full stop of an ordinal day.
            last--;
        }

        if (last < 2 || DayAt(last) == 0)
        {
            return false;
        }

        for (var first = last - 2; first >= last - 4 && first >= 0; first--)
        {
            if (DayAt(first) is > 0 and var day && DayAt(last) - day >= MinimumDays - 1)
            {
                var connected = true;
                for (var k = first + 1; k < last; k++)
                {
                    connected &= RangeConnector(k) || (k == first + 1 && DayDot(k));
                }

                if (connected)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The day of the month a token writes, 0 if none: a number 1–31, or one with an ordinal ending of one or two letters
    /// glued to it ("1er", "2e", "1st"), which the tokenizer keeps as a word.
    /// </summary>
    private long DayAt(int k)
    {
        var t = sentence.Tokens[k];
        if (t is { IsNumber: true, Number: >= 1 and <= 31 })
        {
            return (long)t.Number;
        }

        var word = t.Folded;
        if (!t.IsWord || word.Length is < 2 or > 4 || !char.IsAsciiDigit(word[0]))
        {
            return 0;
        }

        var digits = char.IsAsciiDigit(word[1]) ? 2 : 1;
        var suffix = word.AsSpan(digits);
        if (suffix.Length is < 1 or > 2 || suffix.ContainsAnyInRange('0', '9'))
        {
            return 0;
        }

        var day = long.Parse(word.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? day : 0;
    }

    /// <summary>The full stop after an ordinal day ("1.", "7.") at <paramref name="k"/>.</summary>
    private bool DayDot(int k) =>
        sentence.Tokens[k].Folded is "." or Tokenizer.AbbreviationDot && k > 0 && sentence.Tokens[k - 1] is { IsNumber: true, Number: >= 1 and <= 31 };

    /// <summary>
    /// The day number at [start, end) opens a range of days whose other end is a dated day: "1 and 31 May", "21–28
    /// March", "21 to 28 March" (forward), or closes one: "May 21 to 28" (backward, the number at start is the last day).
    /// </summary>
    private bool DayRangeAt(int start, int end, bool backward = false)
    {
        var tokens = sentence.Tokens;
        if (end - start != 1 || start < 0 || end > tokens.Count || tokens[start] is not { IsNumber: true, Number: >= 1 and <= 31 })
        {
            return false;
        }

        if (!backward)
        {
            // The first day is the earlier: "до 12 с 1 марта" (to 12, since 1 March) is no range.
            return end + 2 < tokens.Count && RangeConnector(end) &&
                tokens[end + 1] is { IsNumber: true, Number: >= 1 and <= 31 } && tokens[end + 1].Number > tokens[start].Number &&
                // "compared with 9 and 31 last week": a period named relative to the report ("last week", "last month")
                // has no days; the two numbers before it are counts.
                (sentence.StartingAt(end + 2) is { Tag: Tag.Month } named && named.Value != CompiledLanguage.RelativeMonthValue ||
                 (end + 3 < tokens.Count && tokens[end + 2].IsWord && language.DayMonthLinks.Contains(tokens[end + 2].Folded) &&
                  sentence.StartingAt(end + 3) is { Tag: Tag.Month } linked && linked.Value != CompiledLanguage.RelativeMonthValue));
        }

        // "Có 27 người thiệt mạng vào ngày 10 và 13 người bị thương", "27 người trong tháng 10 và 31 người": a noun of
        // people or weapons after the second number counts them; it is no day.
        return start >= 3 && RangeConnector(start - 1) &&
            tokens[start - 2] is { IsNumber: true, Number: >= 1 and <= 31 } && tokens[start - 2].Number < tokens[start].Number &&
            sentence.EndingAt(start - 2) is { Tag: Tag.Month } &&
            sentence.StartingAt(end) is not { Tag: Tag.People or Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Drone or Tag.Missile or Tag.Counter };
    }

    /// <summary>"and", "to", "-", "–" between two days of a range (a conjunction, a dash or one of the language's stopwords).</summary>
    private bool RangeConnector(int i)
    {
        var token = sentence.Tokens[i];
        return token.IsPunctuation ? token.Folded is "-" or "–" or "—" or "/" :
            sentence.StartingAt(i) is { Tag: Tag.And, End: var e } && e == i + 1 || language.Stopwords.Contains(token.Folded);
    }

    /// <summary>How far from the number a one-attack head may stand in its clause (data <c>oneAttack</c>).</summary>
    private const int OneAttackWindow = 12;

    /// <summary>
    /// A calendar period without a day ("last month", "in April", "в прошлом месяце") dates one attack when the number's
    /// clause names one by a singular head (data <c>oneAttack</c>: "a strike on Kryvyi Rih last month killed 20", "In April,
    /// a missile strike killed 35"): that attack's figures are an event, not the period's total. Plurals ("attacks killed
    /// 112 civilians in October"), running totals and counts in the thousands keep the period, and so does a "since" before
    /// the period's day or a "since" phrase ending at it ("Sejak 13 Juni, serangan rudal Iran telah menewaskan 24 orang",
    /// "Sejak awal perang pada 13 Juni, serangan rudal …": a toll since that day).
    /// </summary>
    private bool DatesOneAttack(TermMatch period, Mention m)
    {
        if (m.Value >= TotalMagnitude || SinceBefore(period.Start) || (DayBeside(period) && (SinceBefore(LinkedDateStart(period)) || SinceClauseBefore(LinkedDateStart(period)))) || Range())
        {
            return false;
        }

        if (OneCounted(m) || NeutralAttackOfWeapon(m) || OneWeaponStrike(m))
        {
            // "One of her drivers was killed in October", "Pada April tahun lalu, serangan rudal … menewaskan 35 orang".
            return true;
        }

        var scratch = DayScratch();
        var from = Math.Max(0, m.QualifierStart - OneAttackWindow);
        for (var k = m.QualifierStart - 1; k >= from && !sentence.Tokens[k].IsClauseBreak; k--)
        {
            if (OneAttackAt(k, scratch))
            {
                return true;
            }
        }

        var to = Math.Min(sentence.Count, m.End + OneAttackWindow);
        for (var k = m.End; k < to && !sentence.Tokens[k].IsClauseBreak && !sentence.Tokens[k].IsComma; k++)
        {
            if (OneAttackAt(k, scratch))
            {
                return true;
            }
        }

        return OneAttackBeforeItsTime(period, m);
    }

    /// <summary>
    /// "since Saturday's attack", "since Tuesday's strike": the day names one attack (after at most a possessive), so "since"
    /// counts that attack's dead as they are found, not a running total.
    /// </summary>
    private bool AttackAfter(int k)
    {
        var scratch = new List<TermMatch>(4);
        for (var j = k; j < sentence.Count && j <= k + 2; j++)
        {
            if (OneAttackAt(j, scratch))
            {
                return true;
            }

            if (!(sentence.Tokens[j].IsPunctuation && sentence.Tokens[j].Folded is "'" or "’") && !(sentence.Tokens[j].IsWord && sentence.Tokens[j].Length <= 2))
            {
                return false;
            }
        }

        return false;
    }

    private bool OneAttackAt(int k, List<TermMatch> scratch)
    {
        scratch.Clear();
        language.Days.MatchAt(sentence.Tokens, k, scratch);
        // "trong các vụ tấn công": a plural marker before the head or over its first word ("các vụ") makes it many attacks.
        return IndexOfTag(scratch, Tag.OneAttack) >= 0 && TermCovering(k) is not { Tag: Tag.Drone or Tag.Missile } && !PluralBefore(k) && !PluralBefore(k + 1);
    }

    /// <summary>The sentence names one attack at one time ("in the strike", "overnight"), not a campaign.</summary>
    private bool NamesOneAttack()
    {
        if (!sentence.Has(Tag.EventTime))
        {
            return false;
        }

        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is { Tag: Tag.EventTime })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A time at [start, end) right beside a verb of saying ("said on Friday", "on Friday said", "said Friday").</summary>
    private bool StatementDay(int start, int end)
    {
        var before = start - 1;
        // "cho biết hôm thứ Ba rằng …": the verb's last word may be a function word of its own ("biết"); the verb ends there.
        while (before >= 0 && sentence.EndingAt(before + 1) is not { Tag: Tag.Speech } && sentence.Tokens[before].IsWord &&
               language.Stopwords.Contains(sentence.Tokens[before].Folded) && sentence.StartingAt(before) is null && before >= start - 2)
        {
            before--;
        }

        var after = end;
        while (after < sentence.Count && after <= end + 1 && sentence.Tokens[after].IsWord && language.Stopwords.Contains(sentence.Tokens[after].Folded) && sentence.StartingAt(after) is null)
        {
            after++;
        }

        return (before >= 0 && sentence.EndingAt(before + 1) is { Tag: Tag.Speech }) || SpeakerBetween(before, start, end) ||
               (after < sentence.Count && sentence.StartingAt(after) is { Tag: Tag.Speech });
    }

    /// <summary>How many words a day may stand after the speech verb whose statement it dates ("said in his evening address on Wednesday").</summary>
    private const int SaidReach = 5;

    /// <summary>
    /// A speech verb stands between the number and the time, in the time's clause and at most <see cref="SaidReach"/> words
    /// before it: "… 47 missiles … against Ukraine, Zelensky said in his evening address on Wednesday" — the day of the
    /// statement, not of the count ("over the past week" is the count's time).
    /// </summary>
    private bool SaidBefore(int from, int time)
    {
        for (var k = time - 1; k >= from && k >= time - SaidReach - 1; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Speech })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many times the count that raised it a toll must be to read as a running total.</summary>
    private const long RaisedTollRatio = 10;

    /// <summary>
    /// A toll ("death toll", "число погибших": a toll or a count noun with its casualty word) whose number is at least <see cref="RaisedTollRatio"/> times another count of
    /// its kind in the sentence, with no attack or event time between the toll and its number ("the death toll from the
    /// strike rose to 14 after three more died" stays that strike's).
    /// </summary>
    private bool RaisedToll(Candidate c)
    {
        if (TollHead(c) is not { } start || !HasLowerToll(c))
        {
            return false;
        }

        for (var i = start; i < c.Mention.QualifierStart; i++)
        {
            // "لترتفع حصيلة العدوان إلى 72,410 شهداء": an attack word in a toll of thousands names the war, not one attack.
            if ((sentence.StartingAt(i) is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue } && c.Mention.Value < TotalMagnitude) ||
                sentence.StartingAt(i) is { Tag: Tag.EventTime } or { Tag: Tag.Month })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words may stand between a toll's head and the "to" word before its number ("حصيلة العدوان إلى").</summary>
    private const int RisenTollReach = 3;

    /// <summary>
    /// "لترتفع حصيلة العدوان إلى 72,410 شهداء" (bringing the aggression's toll to 72,410 martyrs): a toll or count noun at
    /// most <see cref="RisenTollReach"/> words before the "to" word right before the number, its casualty word after it.
    /// </summary>
    private int? RisenTollHead(Candidate c)
    {
        var m = c.Mention;
        if (m.QualifierStart < 2 || !language.ChangeTo.Contains(sentence.Tokens[m.QualifierStart - 1].Folded))
        {
            return null;
        }

        for (var k = m.QualifierStart - 2; k >= 0 && k >= m.QualifierStart - 1 - RisenTollReach; k--)
        {
            if (sentence.Tokens[k].IsPunctuation)
            {
                return null;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.CountNoun })
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>"eleva a 500 el número de muertos", "brought to 500 the number killed": the toll named after its value.</summary>
    private int? InvertedTollHead(Candidate c)
    {
        var m = c.Mention;
        if (m.QualifierStart < 1 || !language.ChangeTo.Contains(sentence.Tokens[m.QualifierStart - 1].Folded))
        {
            return null;
        }

        for (var k = m.End; k < c.PhraseEnd && k < sentence.Count; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.CountNoun })
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>A plural marker (data <c>pluralMarkers</c>, "các cuộc") ends right before <paramref name="at"/>.</summary>
    private bool PluralBefore(int at)
    {
        foreach (var marker in language.PluralMarkers)
        {
            var start = at - marker.Length;
            if (start < 0)
            {
                continue;
            }

            var k = 0;
            while (k < marker.Length && sentence.Tokens[start + k].Folded == marker[k])
            {
                k++;
            }

            if (k == marker.Length)
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesAnAttack()
    {
        if (!sentence.HasAny(Tag.Launched, Tag.EventTime))
        {
            return false;
        }

        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is { } attack && attack is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue } or { Tag: Tag.EventTime })
            {
                if (PluralBefore(i) || AttackAtRate(attack))
                {
                    // "Các cuộc tấn công khiến 9 người thiệt mạng" (the attacks killed 9): attacks in the plural name no one
                    // attack, nor do the words inside the phrase ("tấn công" in "cuộc tấn công"). Nor does an attack at a rate
                    // ("shelled daily").
                    i = attack.End - 1;
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>The figure's phrase opens with a toll or a losses noun right after a word for the whole ("total losses", "مجموع تلفات").</summary>
    private bool TotalBeforeHead(Candidate c)
    {
        var head = c.PhraseStart;
        if (head < 1 || head >= sentence.Count || sentence.StartingAt(head) is not { Tag: Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Casualties })
        {
            return false;
        }

        var scratch = DayScratch();
        scratch.Clear();
        language.Totals.MatchAt(sentence.Tokens, head - 1, scratch);
        return scratch.Exists(t => t.Tag == Tag.Total && t.End == head);
    }

    /// <summary>A running-total time (data <c>cumulative</c>, no "since" adverb) starts in [from, to).</summary>
    private bool CumulativeBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Cumulative } cumulative && !SinceAdverb(cumulative))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "погибли более 35 тысяч человек, за прошедшие сутки — 40": a time of one event (data <c>eventTime</c>) that ends right
    /// before the dash or colon right before the count, after a comma.
    /// </summary>
    private bool EventTimeBeforeDash(Candidate c)
    {
        var dash = c.Mention.QualifierStart - 1;
        if (dash < 2 || !sentence.Tokens[dash].IsPunctuation || sentence.Tokens[dash].Folded is not ("—" or "–" or "-" or ":") ||
            sentence.EndingAt(dash) is not { Tag: Tag.EventTime } time || SinceBefore(time.Start))
        {
            return false;
        }

        return time.Start > 0 && sentence.Tokens[time.Start - 1].IsComma;
    }

    /// <summary>
    /// "Загальні бойові втрати противника за минулу добу склали 1250 осіб" (the enemy's total losses over the past day): a
    /// time of one event (data <c>eventTime</c>) between the toll's head and its number dates the whole toll; a day named
    /// before the head ("On Tuesday, total losses reached …") does not.
    /// </summary>
    private bool EventTimeInPhrase(Candidate c)
    {
        for (var k = c.PhraseStart + 1; k < c.Mention.QualifierStart; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.EventTime } time && !SinceBefore(time.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Російська балістична ракета влучила в гуртожиток у Полтаві. Загальна кількість загиблих зросла до 7": the sentence
    /// right before names a weapon's hit, and the total (under a thousand, with no running-total time of its own) is that
    /// strike's latest toll.
    /// </summary>
    private bool StrikeBefore(Candidate c, FigureScope? cue) =>
        context.StrikeSentence == context.SentenceIndex - 1 && cue != FigureScope.Cumulative && c.Mention.Value < TotalMagnitude &&
        IsCasualty(c.Kind);

    /// <summary>
    /// The count's own segment (no comma or clause break between) names one attack by a singular head (data
    /// <c>oneAttack</c>); with <paramref name="before"/>, before the number (the attack that killed them).
    /// </summary>
    private bool OneAttackInSegment(Candidate c, bool before = false)
    {
        var (start, end) = SegmentOf(c);
        end = before ? c.Mention.QualifierStart : end;
        var scratch = DayScratch();
        for (var k = start; k < end; k++)
        {
            if (OneAttackAt(k, scratch))
            {
                return true;
            }
        }

        return false;
    }
}

