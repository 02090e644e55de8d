namespace Reports.Core.Figures;

internal sealed partial class SentenceReader
{
    /// <summary>"the past two days", "dua hari terakhir" starting at the token: fewer days than <see cref="MinimumDays"/>, one event's time. Returns the token after the unit.</summary>
    private int? FewDaysAt(int i) => SpanAt(i, Tag.DayUnit, 1, MinimumDays - 1);

    /// <summary>The smallest toll of attacks in the plural read as a campaign's running total (a day's strikes on a city take fewer).</summary>
    private const long ManyAttacksToll = 100;

    /// <summary>How many words after a toll's head its attack word may stand ("the death toll from Israeli air strikes on").</summary>
    private const int TollAttackReach = 8;

    /// <summary>
    /// The toll's head of <paramref name="c"/>: the phrase's first word when it is a toll or count noun, a count noun before
    /// its casualty word ("مجموع کشته‌ها به ۴۵۰ … رسید"), or a toll named after its value or before its "to" word.
    /// </summary>
    private int? TollHead(Candidate c) =>
        sentence.StartingAt(c.PhraseStart) is { Tag: Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.CountNoun } ? c.PhraseStart
        : sentence.StartingAt(c.PhraseStart) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } ? CountNounBefore(c.PhraseStart)
        : InvertedTollHead(c) ?? RisenTollHead(c);

    /// <summary>
    /// "The death toll from Israeli strikes on Gaza has reached 212", "شمار کشته‌شدگان حملات اسرائیل به غزه به ۲۱۲ نفر رسید":
    /// a toll of at least <see cref="ManyAttacksToll"/> whose head is followed, within <see cref="TollAttackReach"/> words and
    /// before any punctuation, by attacks in the plural (data <c>pluralAttacks</c>, or an attack word after a plural marker,
    /// "các cuộc không kích").
    /// </summary>
    private bool TollOfManyAttacks(Candidate c)
    {
        if (c.Mention.Value < ManyAttacksToll || (TollHead(c) ?? TollHeadBefore(c)) is not { } head)
        {
            return false;
        }

        for (var k = head + 1; k < sentence.Count && k <= head + TollAttackReach; k++)
        {
            var token = sentence.Tokens[k];
            if (token.IsPunctuation || (k >= c.Mention.QualifierStart && k < c.Mention.End))
            {
                return false;
            }

            if ((language.PluralAttacks.Contains(token.Folded) && !SingularAttackAt(k)) ||
                (sentence.StartingAt(k) is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue } && PluralBefore(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A toll or count noun at most <see cref="TollAttackReach"/> + 4 words before the number, with no punctuation between ("Le
    /// bilan des frappes israéliennes sur Gaza a atteint 212 morts", "ارتفعت حصيلة الغارات الإسرائيلية على جنوب لبنان إلى
    /// 280 قتيلا"); null when none.
    /// </summary>
    private int? TollHeadBefore(Candidate c)
    {
        var start = c.Mention.QualifierStart;
        for (var k = start - 1; k >= 0 && k >= start - 4 - TollAttackReach; k--)
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

    /// <summary>
    /// "since the offensive began ten days ago", "depuis le début de l'offensive il y a dix jours": a number of days (at least
    /// <see cref="MinimumDays"/>) with an "ago" word, at the end of a "since" phrase of at most <see cref="SincePhraseWords"/>
    /// words with no punctuation; the token after the span ("ago" included), or null.
    /// </summary>
    private int? SinceDaysAgoAt(int i)
    {
        var mention = MentionStartingAt(i);
        if (mention.End == 0 || mention.Value < MinimumDays || mention.End >= sentence.Count)
        {
            return null;
        }

        var scratch = DayScratch();
        scratch.Clear();
        language.Days.MatchAt(sentence.Tokens, mention.End, scratch);
        var found = IndexOfTag(scratch, Tag.DayUnit);
        if (found < 0)
        {
            return null;
        }

        var unitEnd = scratch[found].End;
        int phraseEnd;
        if (AgoBetween(unitEnd, unitEnd + 1, start: true))
        {
            phraseEnd = mention.QualifierStart;
        }
        else if (AgoBetween(mention.QualifierStart - 3, mention.QualifierStart, start: false))
        {
            // "il y a dix jours": the "ago" words before the number; the since phrase ends before them.
            phraseEnd = mention.QualifierStart - 1;
            while (phraseEnd > 0 && !AgoBetween(phraseEnd, mention.QualifierStart, start: true))
            {
                phraseEnd--;
            }
        }
        else
        {
            return null;
        }

        for (var k = phraseEnd - 1; k >= 0 && k >= phraseEnd - SincePhraseWords; k--)
        {
            var t = sentence.Tokens[k];
            if (!t.IsWord)
            {
                return null;
            }

            if (language.SinceWords.Contains(t.Folded))
            {
                return AgoBetween(unitEnd, unitEnd + 1, start: true) ? unitEnd + 1 : unitEnd;
            }
        }

        return null;
    }
}
