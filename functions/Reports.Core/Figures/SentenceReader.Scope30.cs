namespace Reports.Core.Figures;

/// <summary>The thirtieth session's scope rules (scope helper).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many plain words may stand between one attack's head and the span of days it lasted ("un asalto de tres días", "هجوم استمر ثلاثة أيام", "cuộc tấn công kéo dài 3 ngày").</summary>
    private const int AttackSpanGap = 2;

    /// <summary>
    /// "in a three-day assault on the camp", "dalam serangan tiga hari", "trong cuộc tấn công kéo dài 3 ngày", "bei einem
    /// dreitägigen Angriff": a span of days that measures one attack (a singular head of data <c>oneAttack</c>, or of
    /// <c>neutralAttacks</c> where nouns do not mark the number, not after a plural marker) is how long that attack lasted,
    /// not a running total's period. The head ends at most <see cref="AttackSpanGap"/> plain words before the span, or
    /// (a glued adjective, "трёхдневного штурма") a <c>oneAttack</c> head starts right after it; "three days of
    /// bombardment" (an "of" word between) and "các cuộc tấn công kéo dài 3 ngày" stay a period.
    /// </summary>
    private bool SpanOfOneAttack(int spanStart, int spanEnd)
    {
        var scratch = DayScratch();
        if (spanEnd < sentence.Count && OneAttackAt(spanEnd, scratch) && !SinceNear(spanEnd))
        {
            return true;
        }

        // Whether the words between the head and the span are all content words (no function word, no name): a head of
        // neutralAttacks, which may be plural ("Serangan Israel selama tiga hari": the attacks during three days), takes
        // only such words ("cuộc tấn công kéo dài 3 ngày": lasting).
        var plain = true;
        for (var headEnd = spanStart; headEnd > 0 && headEnd >= spanStart - AttackSpanGap; headEnd--)
        {
            if (headEnd < spanStart)
            {
                var t = sentence.Tokens[headEnd];
                if (!t.IsWord || t.IsNumber)
                {
                    return false;
                }

                scratch.Clear();
                language.Days.MatchAt(sentence.Tokens, headEnd, scratch);
                if (IndexOfTag(scratch, Tag.Ago) >= 0)
                {
                    // "منذ بدء الهجوم قبل عشرة أيام" (since the attack began ten days ago): days ago date the attack's start.
                    return false;
                }

                plain &= !language.Stopwords.Contains(t.Folded) && !char.IsUpper(sentence.Text[t.Start]);
            }

            for (var s = headEnd - 1; s >= 0 && s >= headEnd - 4; s--)
            {
                if (PluralBefore(s) || PluralBefore(s + 1))
                {
                    continue;
                }

                scratch.Clear();
                language.Days.MatchAt(sentence.Tokens, s, scratch);
                var one = OneAttackEndingAt(scratch, headEnd);
                if (!one && language.HasNeutralAttacks && (plain || headEnd == spanStart))
                {
                    scratch.Clear();
                    language.NeutralAttacks.MatchAt(sentence.Tokens, s, scratch);
                    one = OneAttackEndingAt(scratch, headEnd);
                }

                if (one)
                {
                    return !SinceNear(s);
                }
            }
        }

        return false;
    }

    private static bool OneAttackEndingAt(List<TermMatch> matches, int end)
    {
        foreach (var h in matches)
        {
            if (h.Tag == Tag.OneAttack && h.End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A "since" word (data <c>sinceDate</c>) at most three tokens before <paramref name="head"/>: "since the attack began", "منذ بدء الهجوم".</summary>
    private bool SinceNear(int head)
    {
        for (var k = head - 1; k >= 0 && k >= head - 3; k--)
        {
            if (sentence.Tokens[k].IsWord && language.SinceWords.Contains(sentence.Tokens[k].Folded))
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed partial class SentenceReader
{
    /// <summary>Does a mention of the sentence end where an excluded statistic starts (a count of attacks, shellings, …)?</summary>
    private bool AnyMentionExcluded()
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (sentence.ExcludesAt(mentions[k].End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Russian troops shelled the region 1,870 times in October.", "Las fuerzas rusas bombardearon la región 1.950 veces en
    /// septiembre.": a sentence with no figure that counts something of the month (a number with a unit of data
    /// <c>exclusions</c> right after it: times, attacks, settlements) over a month without a day (no "since" before it, no day,
    /// date or time of one event in the sentence) is that month's statistic, and it frames the period of the next sentence's
    /// casualty counts with no time of their own ("41 civilians were killed and 190 wounded"), as a month opening the
    /// sentence does (<see cref="FramesPeriod"/>, whose attack words do not bar a counted statistic).
    /// </summary>
    private bool CountedOverMonth()
    {
        if (!sentence.HasMonth || sentence.Has(Tag.EventTime))
        {
            return false;
        }

        if (!AnyMentionExcluded() && !AnyMentionCountsAttacks())
        {
            return false;
        }

        var month = false;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.Tokens[i].IsPunctuation && sentence.Tokens[i].Folded == "#date")
            {
                return false;
            }

            if (sentence.StartingAt(i) is { Tag: Tag.Month } kw)
            {
                if (kw.Value == CompiledLanguage.RelativeMonthValue || DayBeside(kw) || SinceBefore(kw.Start))
                {
                    return false;
                }

                month = true;
            }
        }

        return month;
    }
}

internal sealed partial class SentenceReader
{
    /// <summary>
    /// "…, з них 1 120 осіб — за минулу добу", "в том числе 1 100 — за прошедшие сутки": the time of one event at
    /// <paramref name="cue"/> stands right after the dash of another count <paramref name="x"/> (<see cref="EventTimeAfterDash(Candidate)"/>)
    /// and is that count's own, not the time of the whole before it ("з 24.02.22 по 07.12.26 … склали: особового складу —
    /// близько 1 046 200 осіб": the dates before the colon reach the whole).
    /// </summary>
    private bool DashTimeOf(Mention x, int cue) => EventTimeAfterDash(x, out var start) && start == cue;
}
