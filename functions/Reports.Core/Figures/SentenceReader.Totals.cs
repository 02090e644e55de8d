namespace Reports.Core.Figures;

/// <summary>Running totals: a number with no noun of its own that a count noun or a running-total cue announces.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How far before the number the count noun or running-total cue may stand.</summary>
    private const int TotalWindow = 10;

    /// <summary>Words of other meaning that may stand between the total and its number: a verb ("rose to", "достигло").</summary>
    private const int TotalVerbs = 2;

    /// <summary>
    /// "63 people were killed, bringing the total since October to 44,176", "Forty drones were destroyed on Sunday,
    /// raising the tally for the week to 310", "… sehingga total menjadi 120": a number with no noun, verb or people of
    /// its own, announced in its clause by a count noun or a running-total cue with only function words, names and
    /// time expressions between, is the running total of the figure before it (in its sentence, or for casualties the
    /// one before). It takes that figure's kind and is cumulative unless its own clause names one event.
    /// </summary>
    private Candidate? RunningTotal(Mention m, Scan forward, Scan backward)
    {
        // "nâng tổng số lên khoảng 750.000 quân" (bringing the total to about 750,000 troops): people may follow the number.
        if (m.Weak || (forward.NextIsContent && !forward.People) || forward.Noun is not null || forward.Keyword is not null || forward.Others ||
            forward.Excluded || backward.Keyword is not null || backward.Excluded)
        {
            return null;
        }

        var previous = _found.Count > 0 ? _found[^1] : null;
        var floor = previous?.PhraseEnd ?? 0;
        if (previous is not null && (previous.PhraseEnd > m.QualifierStart || previous.Mention.End > m.QualifierStart))
        {
            return null;
        }

        var head = TotalHead(m.QualifierStart, floor);
        if (head is not { } start)
        {
            return null;
        }

        if (previous is not null && (ComparedBefore(start) || ParenthesisOpensAfter(previous, start)))
        {
            // "The number of injured rose to 43, up from an earlier count of 35": the figure's earlier value, counted over
            // the figure's own time, not a running total.
            return new Candidate(previous.Kind, m, start, m.End, previous.Combined, forward.Counter) { Restates = ScopeOf(previous, 0) };
        }

        if (previous is not null)
        {
            return new Candidate(previous.Kind, m, start, m.End, previous.Combined, forward.Counter) { RunningTotal = true };
        }

        // "Nine more people died in hospital. This brings the total to 44,176.": the casualties of the sentence before;
        // "Russia has fired more than 38,000 Shahed-type drones … In July alone, the number reached 6,297": its weapons,
        // when it counted no casualties.
        if (context.LastCasualty is { } kind && context.CasualtySentence == context.SentenceIndex - 1)
        {
            return new Candidate(kind, m, start, m.End, false, forward.Counter) { RunningTotal = true };
        }

        return context.LastWeaponKind is { } weapons && context.WeaponFigureSentence == context.SentenceIndex - 1
            ? new Candidate(weapons, m, start, m.End, false, forward.Counter) { RunningTotal = true }
            : null;
    }

    /// <summary>A comparison (data <c>comparisons</c>: "up from", "earlier", "compared with") right before the count noun at <paramref name="head"/>, function words between.</summary>
    private bool ComparedBefore(int head)
    {
        for (var k = head; k > 0 && k >= head - 3; k--)
        {
            if (sentence.EndingAt(k) is { Tag: Tag.Comparison })
            {
                return true;
            }

            if (!(sentence.Tokens[k - 1].IsWord && language.Stopwords.Contains(sentence.Tokens[k - 1].Folded)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The count noun or running-total cue that announces the number at <paramref name="number"/>, if any.</summary>
    private int? TotalHead(int number, int floor)
    {
        var tokens = sentence.Tokens;
        var content = 0;
        var k = number - 1;
        while (k >= floor && k >= number - TotalWindow)
        {
            var t = tokens[k];
            if (t.IsClauseBreak || t.IsComma || EndsMention(k + 1))
            {
                return null;
            }

            if (sentence.EndingAt(k + 1) is { } kw)
            {
                switch (kw.Tag)
                {
                    case Tag.CountNoun or Tag.Cumulative:
                        // "منذ 7": a number right after "since" is a day, not a total.
                        return language.SinceWords.Contains(tokens[kw.Start].Folded) && kw.End == number ? null : kw.Start;
                    case Tag.Month or Tag.EventTime or Tag.Period or Tag.Of:
                        k = kw.Start - 1;
                        continue;
                    default:
                        return null;
                }
            }

            if (IsInsideTerm(k))
            {
                return null;
            }

            // Function words, names, dates and years ("since October 2023") may stand between, and a verb ("rose to").
            if (t.IsWord && !language.Stopwords.Contains(t.Folded) && !char.IsUpper(sentence.Text[t.Start]) && !language.SinceWords.Contains(t.Folded) &&
                ++content > TotalVerbs)
            {
                return null;
            }

            k--;
        }

        return null;
    }

    /// <summary>How many words of other meaning may stand between a restated figure's noun and its number ("was later revised down to").</summary>
    private const int RestatedVerbs = 4;

    /// <summary>
    /// "Officials initially said nine people were killed, but this figure was later revised down to seven", "Angka itu
    /// kemudian direvisi menjadi tujuh", "این رقم بعداً به هفت نفر کاهش یافت": a number with no noun or verb of its own
    /// (people may follow it), announced in its clause by a figure named again (data <c>restatedCounts</c>), restates the
    /// figure before it, in its sentence or the two before: that figure's kind and time, never a running total.
    /// </summary>
    private Candidate? Restated(Mention m, Scan forward, Scan backward)
    {
        if (m.Weak || forward.Noun is not null || forward.Keyword is not null || forward.Excluded || backward.Keyword is not null ||
            backward.Excluded || (forward.NextIsContent && !forward.People && !forward.Others && !ParticipleAfter(m)))
        {
            return null;
        }

        var previous = _found.Count > 0 ? _found[^1] : null;
        var floor = previous?.PhraseEnd ?? 0;
        var tokens = sentence.Tokens;
        var content = 0;
        for (var k = m.QualifierStart - 1; k >= floor && k >= m.QualifierStart - TotalWindow; k--)
        {
            var t = tokens[k];
            if (t.IsClauseBreak || EndsMention(k + 1))
            {
                return null;
            }

            if (k == m.QualifierStart - 1 && t.IsWord && language.ConfirmingWords.Contains(t.Folded) && (sentence.EndingAt(k + 1) is not { } own || own.Start == k))
            {
                // "…, while the UN said it had confirmed at least 460": a bare number right after a verb of confirming.
                return RestatedFrom(previous, m, k, forward);
            }

            if (sentence.EndingAt(k + 1) is { } kw)
            {
                if (kw is { Tag: Tag.CountNoun, Value: CompiledLanguage.RestatedValue } || (kw.Tag == Tag.Comparison && EarlierValueReported(kw, m)))
                {
                    return RestatedFrom(previous, m, kw.Start, forward);
                }

                if (kw.Tag is Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Drone or Tag.Missile or Tag.Launched or Tag.Downed or
                    Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.CountNoun or Tag.People or Tag.Others or Tag.Cumulative)
                {
                    // A word of a kind or a running total of its own: not a restatement.
                    return null;
                }

                k = kw.Start;
                continue;
            }

            if (t.IsWord && !language.Stopwords.Contains(t.Folded) && ++content > RestatedVerbs)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "beating the previous record of 728 set in July": the word after the number is a participle of its own phrase (a
    /// function word follows it), not the number's noun.
    /// </summary>
    private bool ParticipleAfter(Mention m)
    {
        var tokens = sentence.Tokens;
        return m.End + 1 < tokens.Count && tokens[m.End].IsWord && !char.IsUpper(sentence.Text[tokens[m.End].Start]) &&
            sentence.StartingAt(m.End) is null && !sentence.ExcludesAt(m.End) &&
            ((tokens[m.End + 1].IsWord && language.Stopwords.Contains(tokens[m.End + 1].Folded)) ||
             sentence.StartingAt(m.End + 1) is { Tag: Tag.Comparison or Tag.Month or Tag.EventTime or Tag.Period });
    }

    private Candidate? RestatedFrom(Candidate? previous, Mention m, int start, Scan forward)
    {
        if (previous is not null)
        {
            return new Candidate(previous.Kind, m, start, m.End, previous.Combined, forward.Counter) { Restates = ScopeOf(previous, 0) };
        }

        // The figure of the sentences before: the latest of the casualties and the weapons.
        var casualty = context.LastCasualty is not null && context.CasualtySentence >= context.SentenceIndex - 2 ? context.CasualtySentence : -10;
        var weapons = context.LastWeaponKind is not null && context.WeaponFigureSentence >= context.SentenceIndex - 2 ? context.WeaponFigureSentence : -10;
        if (casualty < 0 && weapons < 0)
        {
            return null;
        }

        var kind = casualty >= weapons ? context.LastCasualty!.Value : context.LastWeaponKind!.Value;
        return new Candidate(kind, m, start, m.End, false, forward.Counter) { Restates = context.LastScope };
    }
}
