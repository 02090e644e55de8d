namespace Reports.Core.Figures;

/// <summary>Scope classes of the twenty-seventh session (scope helper).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "The 47th Brigade has lost 40 men since spring": an ordinal in digits right before a counted unit (data
    /// <c>exclusions</c>: brigade, battalion, regiment, floor) names that unit; it ranks no attack, so the "since" after it
    /// frames no comparison.
    /// </summary>
    private bool OrdinalNamesUnit(int ordinal) =>
        ordinal + 1 < sentence.Count && sentence.StartingAt(ordinal + 1) is { Tag: Tag.Exclusion };

    /// <summary>
    /// "A further 410 civilians were injured over the same period" (data <c>samePeriod</c>): the time of the figures of the
    /// sentence before (or the one before it), named again. One event's figures there make it that event's time; otherwise
    /// the period is a running total's.
    /// </summary>
    private FigureScope SamePeriodScope() =>
        context.FigureSentence >= context.SentenceIndex - 2 && context.FigureSentence < context.SentenceIndex && context.LastScope == FigureScope.Event
            ? FigureScope.Event
            : FigureScope.Cumulative;

    /// <summary>How many tokens a one-attack head may stand after the "since" whose object it is ("since the missile strike").</summary>
    private const int SinceAttackReach = 3;

    /// <summary>
    /// "to mark a year since the missile strike on the children's hospital that killed 33 people": a "since" (data
    /// <c>sinceDate</c>) whose object is one attack (data <c>oneAttack</c>, at most <see cref="SinceAttackReach"/> tokens
    /// after it), in the count's own segment, with a casualty verb between that attack and the count — the attack's own toll,
    /// one event; the "since" dates the anniversary. No other running-total term may stand in the segment ("since the attack,
    /// 40 more have died" has the verb after its count and stays as it was).
    /// </summary>
    private bool SinceAttackOwnsCount(Candidate c)
    {
        var (start, end) = SegmentOf(c);
        var since = -1;
        for (var k = start; k < end; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Cumulative } term)
            {
                if (since >= 0 || term.End != k + 1 || !language.SinceWords.Contains(sentence.Tokens[k].Folded) || k >= c.Mention.QualifierStart)
                {
                    return false;
                }

                since = k;
            }
        }

        if (since < 0)
        {
            return false;
        }

        var scratch = DayScratch();
        for (var head = since + 1; head <= since + SinceAttackReach && head < c.Mention.QualifierStart; head++)
        {
            if (sentence.Tokens[head].IsPunctuation && sentence.Tokens[head].Folded is not ("'" or "’"))
            {
                return false;
            }

            if (!OneAttackAt(head, scratch))
            {
                continue;
            }

            for (var k = head + 1; k < c.Mention.QualifierStart; k++)
            {
                if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties })
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// "It brings the military's toll in the ground operation to 420", "Число погибших военных в наземной операции достигло
    /// 420": a toll (<see cref="TollHead"/>, or a toll or count noun shortly before the number) whose phrase names a campaign
    /// (data <c>campaigns</c>) between its head and its number counts that campaign's dead, a running total — unless that
    /// phrase names one day ("the toll in the ground operation on Monday").
    /// </summary>
    private bool TollOfACampaign(Candidate c)
    {
        if ((TollHead(c) ?? TollHeadBefore(c)) is not { } head || EventTimeInPhrase(c))
        {
            return false;
        }

        // "The soldier's death brings to 467 the number of troops killed in the offensive": a toll named after its value
        // holds its campaign after its head, up to the clause's end.
        var to = head < c.Mention.QualifierStart ? c.Mention.QualifierStart : Math.Min(sentence.Count, head + 1 + TollAttackReach + 4);
        for (var k = head + 1; k < to; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Campaign })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "serangan itu", "sebuah serangan": where nouns do not change for the plural (Indonesian "serangan" is listed in
    /// <c>pluralAttacks</c>), a one-attack term (data <c>oneAttack</c>) at the word or right before it marks the singular.
    /// </summary>
    private bool SingularAttackAt(int k)
    {
        var scratch = DayScratch();
        return OneAttackAt(k, scratch) || (k > 0 && OneAttackAt(k - 1, scratch));
    }

    /// <summary>How many tokens after the number a tallied group may stand ("170 of its staff", "178 journalists").</summary>
    private const int TalliedGroupReach = 4;

    /// <summary>
    /// "The number of journalists killed in Gaza stands at 178", "UNRWA said 170 of its staff had been killed in Gaza": a
    /// casualty count of at least <see cref="ManyAttacksToll"/> of people whose dead are tallied over a war (data
    /// <c>talliedGroups</c>), named within <see cref="TalliedGroupReach"/> tokens after the number or between a toll's head
    /// and the number, is that tally — when the sentence names no attack word (the caller checks that no time but a statement's day is named).
    /// </summary>
    private bool TallyOfAGroup(Candidate c)
    {
        if (c.Mention.Value < ManyAttacksToll || AttackWordInSentence())
        {
            return false;
        }

        var scratch = DayScratch();
        var to = Math.Min(sentence.Count, c.Mention.End + TalliedGroupReach);
        for (var k = c.Mention.End; k < to && !sentence.Tokens[k].IsPunctuation; k++)
        {
            if (TalliedGroupAt(k, scratch))
            {
                return true;
            }
        }

        if ((TollHead(c) ?? TollHeadBefore(c)) is { } head && head < c.Mention.QualifierStart)
        {
            for (var k = head; k < c.Mention.QualifierStart; k++)
            {
                if (TalliedGroupAt(k, scratch))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>An attack word anywhere in the sentence (a day of the statement, "said on Tuesday", names no attack).</summary>
    private bool AttackWordInSentence()
    {
        if (!sentence.Has(Tag.Launched))
        {
            return false;
        }

        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue })
            {
                return true;
            }
        }

        return false;
    }

    private bool TalliedGroupAt(int k, List<TermMatch> scratch)
    {
        scratch.Clear();
        language.TalliedGroups.MatchAt(sentence.Tokens, k, scratch);
        return scratch.Count > 0;
    }

    /// <summary>
    /// "وقالت الأونروا يوم الثلاثاء إن …" (UNRWA said on Tuesday that …): in a verb-first statement one plain word, the
    /// speaker, at <paramref name="word"/> stands between the speech verb and the day at [<paramref name="start"/>,
    /// <paramref name="end"/>), a named day (data <c>eventTime</c>) that a function word ("إن", that) or a comma follows;
    /// the day is the statement's. A span ("اعلام کرد روسیه در ۲۴ ساعت گذشته …", said Russia in the past 24 hours lost …) or a
    /// day a count follows is the reported clause's own.
    /// </summary>
    private bool SpeakerBetween(int word, int start, int end) =>
        word >= 1 && sentence.Tokens[word].IsWord && !sentence.Tokens[word].IsNumber && sentence.StartingAt(word) is null &&
        !language.Stopwords.Contains(sentence.Tokens[word].Folded) && sentence.EndingAt(word) is { Tag: Tag.Speech } &&
        sentence.StartingAt(start) is { Tag: Tag.EventTime } && end < sentence.Count &&
        (sentence.Tokens[end].IsComma || (sentence.Tokens[end].IsWord && language.Stopwords.Contains(sentence.Tokens[end].Folded)));
}
