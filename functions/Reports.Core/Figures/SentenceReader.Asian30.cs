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
    private Candidate? WeakPartInsideWhole(Mention m, Scan forward, Candidate? previous, TermMatch? including) =>
        previous is { Mention.Weak: false, Mention.Value: > 1 } whole && whole.Mention.End <= m.QualifierStart &&
        (whole.PhraseEnd > m.End || (including is { } term && PartOfTheObject(whole, term.Start)))
            ? new Candidate(whole.Kind, m, m.QualifierStart, m.End, false, forward.Counter)
            : null;

    /// <summary>How many tokens after a weak "one" its group's kind word may stand ("trong số những người bị thương").</summary>
    private const int GroupKindReach = 5;

    /// <summary>
    /// Thirty-second session: "Salah satu korban tewas adalah seorang jurnalis", "Salah satu korban luka masih dirawat …",
    /// "Một trong số những người bị thương vẫn đang …": a "one" (weak, or "satu" of "salah satu") whose kind word (passing "of", function words and
    /// people words) is followed by a word of a group's state (data <c>groupStates</c>: "adalah", "masih", "là", "vẫn")
    /// names one member of a group already counted ("the dead", "the injured"), no tally of its own.
    /// </summary>
    private bool OneOfACountedGroup(Candidate c)
    {
        var m = c.Mention;
        if (!IsCasualty(c.Kind) || language.GroupStateWords.Count == 0)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        if (m.Weak && m.QualifierStart > 0 && tokens[m.QualifierStart - 1].IsWord && language.GroupStateWords.Contains(tokens[m.QualifierStart - 1].Folded))
        {
            // "Salah satu korban tewas adalah seorang jurnalis lokal": the state's complement names who that member was
            // ("Korban tewas adalah seorang pria dan dua anak", with no "one" of the group before, still tallies).
            foreach (var other in mentions)
            {
                if (other.End < m.QualifierStart && (other.Weak || other.Value == 1) && GroupStateAfterKind(other, c.Kind) == m.QualifierStart - 1)
                {
                    return true;
                }
            }

            return false;
        }

        return (m.Weak || m.Value == 1) && GroupStateAfterKind(m, c.Kind) >= 0;
    }

    /// <summary>
    /// The index of the group-state word (data <c>groupStates</c>) right after the kind word of <paramref name="kind"/>
    /// that follows <paramref name="m"/> (passing "of", function words and people words), or -1.
    /// </summary>
    private int GroupStateAfterKind(Mention m, FigureKind kind)
    {
        var tokens = sentence.Tokens;
        for (var k = m.End; k < sentence.Count && k <= m.End + GroupKindReach; k++)
        {
            var term = sentence.StartingAt(k);
            switch (term)
            {
                case { Tag: Tag.Killed or Tag.TollKilled or Tag.Injured or Tag.TollInjured or Tag.Casualties or Tag.TollCasualties } kw:
                    var same = kw.Tag switch
                    {
                        Tag.Killed or Tag.TollKilled => kind == FigureKind.Killed,
                        Tag.Injured or Tag.TollInjured => kind == FigureKind.Injured,
                        _ => kind == FigureKind.Casualties,
                    };
                    return same && kw.End < tokens.Count && tokens[kw.End].IsWord && language.GroupStateWords.Contains(tokens[kw.End].Folded) ? kw.End : -1;
                case { Tag: Tag.Of or Tag.People } passed:
                    k = passed.End - 1;
                    continue;
                case null when tokens[k].IsWord && language.Stopwords.Contains(tokens[k].Folded):
                    continue;
                default:
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Thirty-second session: "menewaskan lima orang, termasuk seorang anak", "làm 5 người thiệt mạng, trong đó có một trẻ
    /// em": the whole's verb stands right before it (the whole is its object), and only the whole's people word and a comma
    /// stand between the whole and the including word at <paramref name="includingStart"/>, so the part is inside the
    /// whole's phrase as one before the predicate is. Only where the weak "one" is a numeral (data <c>weakOneIsNumeral</c>):
    /// es "Murieron 5 personas, entre ellas una niña" keeps its article.
    /// </summary>
    private bool PartOfTheObject(Candidate whole, int includingStart)
    {
        if (!language.Profile.Figures.WeakOneIsNumeral || sentence.EndingAt(whole.Mention.QualifierStart) is not { Tag: Tag.Killed or Tag.Injured or Tag.Casualties })
        {
            return false;
        }

        var k = whole.Mention.End;
        if (sentence.StartingAt(k) is { Tag: Tag.People } people)
        {
            k = people.End;
        }

        if (k < includingStart && sentence.Tokens[k].IsComma)
        {
            k++;
        }

        return k == includingStart;
    }

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

    /// <summary>How many tokens a fronted rate phrase may stand before the count's qualifier.</summary>
    private const int FrontedRateReach = 8;

    /// <summary>
    /// "Mỗi tháng, hai bên sử dụng khoảng 100.000 UAV", "Every month, Russia launches about 5,000 drones": a time of each
    /// period of two words or more (data <c>rateAfter</c>) set off by a comma at the opening of the sentence or of a clause,
    /// before the count in the same clause (no other number between), or right before the count's qualifier ("روسیه هر ماه
    /// حدود ۱۰ هزار پهپاد"), makes the count a rate, as after it ("100.000 UAV mỗi tháng"). Without the comma before the
    /// subject ("Every night Russia launched 300 drones") it still counts what one night brings (the twenty-fourth
    /// session's convention, pinned by its tests).
    /// </summary>
    private bool FrontedRate(Candidate c)
    {
        var tokens = sentence.Tokens;
        var start = c.Mention.QualifierStart;
        var scratch = DayScratch();
        for (var k = start - 1; k >= 0 && k >= start - FrontedRateReach; k--)
        {
            var t = tokens[k];
            if (t.IsClauseBreak || (t.IsNumber && k < start) || StartsMention(k))
            {
                return false;
            }

            if (t.IsComma)
            {
                if (k == 0 || (TermMatchEndingAt(language.RatesAfter, Tag.Rate, k, 3) is not { } fronted))
                {
                    return false;
                }

                return fronted.End - fronted.Start >= 2 && (fronted.Start == 0 || tokens[fronted.Start - 1].IsComma || tokens[fronted.Start - 1].IsClauseBreak);
            }

            // ... or right before the count ("روسیه هر ماه حدود ۱۰ هزار پهپاد", Russia each month about 10,000 drones), function
            // words aside ("mỗi ngày có khoảng 20 người thiệt mạng", each day there are about 20 killed).
            scratch.Clear();
            language.RatesAfter.MatchAt(tokens, k, scratch);
            if (Longest(scratch) is { Tag: Tag.Rate } each && each.End - each.Start >= 2 && (each.End == start || FunctionWordsOnly(each.End, start)))
            {
                return true;
            }
        }

        return false;
    }
}
