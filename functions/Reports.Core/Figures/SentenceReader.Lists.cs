namespace Reports.Core.Figures;

/// <summary>
/// Counts that share another count's predicate: the items of a list ("41 men, 12 women and 5 children were killed",
/// "killed: 35 in April, 52 in May"), earlier or other values given beside a figure ("120 (a week earlier 98)",
/// "fell to 140 in April from 210 in March", "790 drones, compared to 426 in July").
/// </summary>
internal sealed partial class SentenceReader
{
    private const int ItemSpan = 8;

    /// <summary>How far a comparison of several words right before its number ("up from 998") may stand from the figure it compares.</summary>
    private const int FarComparisonSpan = 4 * ItemSpan;

    /// <summary>The most words an attribution between a figure and its list's colon may take ("the defence ministry said").</summary>
    private const int AttributionWindow = 6;

    /// <summary>Gives every count still without a kind the kind of the list, label or comparison it belongs to.</summary>
    private void Distribute()
    {
        // (A sentence with no number and nothing found has nothing to distribute: its label is not looked for.)
        if (_found.Count == 0 && (mentions.Count == 0 || (!HasLabel() && sentence.StartingAt(0) is not { Tag: Tag.Of })))
        {
            return;
        }

        var byMention = new Candidate?[mentions.Count];
        foreach (var c in _found)
        {
            var at = mentions.IndexOf(c.Mention);
            if (at >= 0)
            {
                byMention[at] ??= c;
            }
        }

        Parallel(byMention);
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 0; i < mentions.Count; i++)
            {
                if (byMention[i] is not null)
                {
                    continue;
                }

                var m = mentions[i];
                if (!Open(i))
                {
                    continue;
                }

                if (m.Weak && Backward(m).Including)
                {
                    // "including a child" names one victim of the figure before it; it is no item of the list after it
                    // ("…, trong đó có một trẻ em, và 12 người khác bị thương").
                    continue;
                }

                // "At least four people were killed, including two in Lviv, and more than 20 were injured": a count right
                // after "including" is a part of the figure before it, never an item of the list the next count opens.
                // "Nueve personas murieron en los bombardeos del domingo: cinco en Nabatieh y cuatro en Tiro": items may
                // also follow the figure's verb and the place of its attack (then, failing as items, they may be parts).
                // "Ten people were killed in the strike; four men and six women", "… ۱۰ نفر شهید شدند؛ ۴ مرد و ۶ زن": a semicolon
                // opens the list as a colon does when the item names people (its parts by sex or age).
                // A part is never larger than its whole ("…; 300 people live in the area"), has no verb of its own ("…; six
                // people live in the building") and names a group other than the whole's ("300 people …; 120 people." is none).
                var parts = sentence.StartingAt(m.End) is { Tag: Tag.People } group && i > 0 && byMention[i - 1] is { } semicolonWhole &&
                            (m.Value <= semicolonWhole.Mention.Value || semicolonWhole.Mention.Vague || semicolonWhole.Mention.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan) &&
                            (group.End == sentence.Count || sentence.Tokens[group.End].IsClauseBreak || sentence.Tokens[group.End].IsComma ||
                             sentence.StartingAt(group.End) is { Tag: Tag.And }) &&
                            !(sentence.StartingAt(semicolonWhole.Mention.End) is { Tag: Tag.People } wholeNoun &&
                              sentence.Tokens[wholeNoun.Start].Folded == sentence.Tokens[group.Start].Folded);
                var afterVerb = i > 0 && byMention[i - 1] is { } before && !Joined(before.Mention.End, m.QualifierStart) &&
                                before.PhraseEnd > before.Mention.End && ColonBefore(before.PhraseEnd, m.QualifierStart, parts) &&
                                Joined(before.PhraseEnd, m.QualifierStart, semicolonOpens: parts);
                var parent = IncludedIn(m, byMention, i)
                    ?? (i > 0 && byMention[i - 1] is { } left && (afterVerb || Joined(left.Mention.End, m.QualifierStart)) ? left : null)
                    // "shot 81 people, 51 of them fatally": a count whose "of them" makes it a part of this one gives it no predicate.
                    ?? (i + 1 < mentions.Count && byMention[i + 1] is { } right && Joined(m.End, right.Mention.QualifierStart) && !OwnClause(right) &&
                        sentence.StartingAt(right.Mention.End) is not { Tag: Tag.Including or Tag.Of } ? right : null);
                var compared = parent is null ? Compared(m, byMention, i) : null;
                var colonWhole = ColonListed(m, byMention, i);
                parent ??= compared ?? Gapped(m, byMention, i) ?? colonWhole ?? ChangedFromTo(m, byMention, i);
                var listed = parent is not null && ReferenceEquals(parent, colonWhole);
                var candidate = (parent is not null ? Item(m, parent, listed) ?? (afterVerb ? PartOf(m, byMention, i) : null) : PartOf(m, byMention, i) ?? Labelled(m) ?? NameLabelled(m, byMention, i)) ?? OfVictimsClause(m) ??
                    TotalAfterItems(m, byMention, i) ??
                    (OfThem(m, byMention, i, out var afterOf) is { } whole && IsCasualty(whole.Kind) ? Item(m, whole) ?? PlacedPart(m, whole, afterOf) : null);
                candidate = RespectiveItem(candidate);
                if (candidate is not null && compared is not null && ReferenceEquals(candidate.Parent, compared))
                {
                    candidate = candidate with { Compared = true };
                }

                if (candidate is { Parent: not null } && IncludingBefore(m) is { } own && own.End < candidate.PhraseStart)
                {
                    // "…, зокрема за минулу добу — 1420": the part's phrase holds its own time (see ScopeOf).
                    candidate = candidate with { PhraseStart = own.Start };
                }
                if (candidate is not null)
                {
                    byMention[i] = candidate;
                    _found.Add(candidate);
                    changed = true;
                }
            }
        }

        _found.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
    }

    /// <summary>
    /// "12,654 killed and 29,392 injured (a month earlier 12,600 and 29,100)": a compared list of as many values as the
    /// figures before it gives each figure its own earlier value, in order.
    /// </summary>
    private void Parallel(Candidate?[] byMention)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (byMention[i] is not null || !Open(i) || Compared(mentions[i], byMention, i) is null)
            {
                continue;
            }

            var end = i + 1;
            while (end < mentions.Count && byMention[end] is null && Open(end) && Joined(mentions[end - 1].End, mentions[end].QualifierStart))
            {
                end++;
            }

            var count = end - i;
            var figures = new List<Candidate>(count);
            for (var k = i - 1; k >= 0 && figures.Count < count; k--)
            {
                if (byMention[k] is { } c && (figures.Count == 0 || figures[^1] != c))
                {
                    figures.Add(c);
                }
            }

            if (count < 2 || figures.Count < count || OfOneKind(figures))
            {
                continue;
            }

            figures.Reverse();
            for (var t = 0; t < count; t++)
            {
                if (Item(mentions[i + t], figures[t]) is { } item)
                {
                    byMention[i + t] = item;
                    _found.Add(item);
                }
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// A colon between <paramref name="from"/> and <paramref name="to"/> with no comma, other clause break or "and" before
    /// it: the list a figure's own clause opens ("murieron en los bombardeos del domingo: cinco en …"); after a comma or
    /// "and" a new clause may stand ("Four people died, and strikes on the city rose to 120"). With
    /// <paramref name="semicolon"/>, a semicolon opens the list too.
    /// </summary>
    private bool ColonBefore(int from, int to, bool semicolon = false)
    {
        for (var k = from; k < to; k++)
        {
            var t = sentence.Tokens[k];
            if (t.Folded == ":" || (semicolon && IsSemicolon(t)))
            {
                return true;
            }

            if (t.IsComma || t.IsClauseBreak || sentence.StartingAt(k) is { Tag: Tag.And })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"1,865 people, who were injured": a predicate in a relative clause is its noun's alone.</summary>
    private bool OwnClause(Candidate c)
    {
        for (var k = c.Mention.End; k < c.PhraseEnd; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Relative })
            {
                return true;
            }
        }

        return false;
    }

    private bool HasLabel()
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.Tokens[i].Folded is ":" or "–" or "—" or "-" || (i <= OpeningLabelWords && sentence.Tokens[i].Folded is "," or "،" && OpeningLabel(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A count no rule has read yet, and that may still be one.</summary>
    private bool Open(int index)
    {
        var m = mentions[index];
        if (IsExcluded(m) || HypotheticalInClause(m.QualifierStart) || AfterNumber(index))
        {
            return false;
        }

        var forward = Forward(m);
        // "ستة منهم في جنين" (six of them in Jenin): an "of them" right after the number marks a part, no "N of M".
        // "downed 84 drones and 28 drones struck targets": weapons whose own noun a verb of hitting follows are no item.
        return !forward.Excluded && !forward.Hypothetical && (forward.Of < 0 || OfPeople(forward.Of) || OfThemAt(forward.Of)) &&
               !(forward.Keyword is null && sentence.StartingAt(m.End) is { Tag: Tag.People } head && AlsoAct(head)) &&
               !(forward.Noun is { } noun && sentence.StartingAt(noun.End) is { Tag: Tag.Hit });
    }

    /// <summary>
    /// "۳۰ فروند از آنها بر فراز بریانسک و ۲۰ فروند بر فراز کورسک" (30 of them over Bryansk and 20 over Kursk): "of" and a
    /// pronoun (a function word) after an item mark it as a part of the whole before; they are no predicate between the
    /// items.
    /// </summary>
    private bool OfPronoun(TermMatch of, int to) =>
        of.End < to && sentence.Tokens[of.End].IsWord && language.Stopwords.Contains(sentence.Tokens[of.End].Folded) && sentence.StartingAt(of.End) is null;

    /// <summary>
    /// "640 in the vicinity of distribution points and 480 along the routes": an "of" inside a place phrase, neither right
    /// after the item's number nor before a number, is no "N of M" between the items.
    /// </summary>
    private bool OfPlace(TermMatch of, int from) => of.Start > from + 1 && !StartsMention(of.End);

    /// <summary>
    /// "40 di antaranya di Gaza" (40 of them in Gaza), "۵۰ نفر از آنها در لبنان": "of them" (a term that is also an
    /// including term, or "of" and a pronoun) makes a part of the figure before, whatever follows it (OfThem reads it).
    /// </summary>
    private bool OfThemAt(int of) =>
        sentence.StartingAt(of) is { Tag: Tag.Of } term && (AlsoTagged(term, Tag.Including) || OfPronoun(term, sentence.Count));

    /// <summary>"8 des hommes", "3 of the children": an "of" right before people makes an item of a list, not a part of a count after it.</summary>
    private bool OfPeople(int of) =>
        sentence.StartingAt(of) is { } term && sentence.StartingAt(term.End) is { Tag: Tag.People };

    /// <summary>
    /// "killed at least 45 people, including 12 in Gaza City", "launched 80 drones, including 30 at Kyiv": a count right
    /// after "including" with no noun of its own is a part of the figure before it (the list-item rules then check what
    /// follows it: a place, a time or nothing).
    /// </summary>
    private Candidate? IncludedIn(Mention m, Candidate?[] byMention, int index)
    {
        if (IncludingBefore(m) is not { } including)
        {
            return null;
        }

        for (var k = index - 1; k >= 0; k--)
        {
            if (byMention[k] is not { } before)
            {
                continue;
            }

            for (var t = Math.Max(before.PhraseEnd, before.Mention.End); t < including.Start; t++)
            {
                if (sentence.Tokens[t].IsClauseBreak || StartsMention(t))
                {
                    return null;
                }
            }

            return including.Start - before.Mention.End <= 2 * ItemSpan ? before : null;
        }

        return null;
    }

    /// <summary>
    /// The including term ending right before <paramref name="m"/>, or before a time of the part's own and a dash or colon
    /// ("…близько 760 000 осіб, зокрема за минулу добу — 1420", "в том числе за минувшие сутки — 1420"); null when none.
    /// </summary>
    private TermMatch? IncludingBefore(Mention m)
    {
        var k = m.QualifierStart;
        if (k >= 3 && sentence.Tokens[k - 1].IsPunctuation && sentence.Tokens[k - 1].Folded is "—" or "–" or "-" or ":" &&
            sentence.EndingAt(k - 1) is { Tag: Tag.EventTime or Tag.Cumulative } time)
        {
            k = time.Start;
        }

        return sentence.EndingAt(k) is { Tag: Tag.Including } including ? including : null;
    }

    /// <summary>
    /// "94 people were injured, 12 of them seriously": a count followed by "of" and a pronoun, after a comma, is a part of
    /// the figure before it in the sentence, whatever word follows (a degree, a condition), when nothing else read it.
    /// </summary>
    private Candidate? OfThem(Mention m, Candidate?[] byMention, int index, out int after)
    {
        after = OfThemEnd(m);
        if (after < 0)
        {
            return null;
        }

        for (var k = index - 1; k >= 0; k--)
        {
            if (byMention[k] is not { } before)
            {
                continue;
            }

            // "Five members of one family, four of them children, were killed": the whole's predicate after the part sets
            // the part off inside the whole's phrase; the comma is sought from the whole's number.
            var comma = false;
            var from = before.PhraseEnd > m.End ? before.Mention.End : Math.Max(before.PhraseEnd, before.Mention.End);
            for (var t = from; t < m.QualifierStart; t++)
            {
                if (sentence.Tokens[t].IsClauseBreak)
                {
                    return null;
                }

                // "به ۱۹ نفر رسید که نه نفر از آنها کودک بودند" (reached 19, nine of whom were children): Persian opens the
                // part with a relative where other languages set it off by a comma.
                comma |= sentence.Tokens[t].IsComma || sentence.StartingAt(t) is { Tag: Tag.Relative };
            }

            // "More than 3,000 soldiers have been wounded since the operation began, around 500 of them seriously": the
            // span is counted from the figure's phrase, so a time of its own may stand between.
            // "…murieron en bombardeos israelíes contra el sur del Líbano, siete de ellas en Nabatieh": the whole's place
            // phrase is counted in words, its function words being no distance.
            var start = Math.Max(before.PhraseEnd, before.Mention.End);
            return comma && (m.QualifierStart - start <= ItemSpan || ContentWordsBetween(start, m.QualifierStart) <= ItemSpan) ? before : null;
        }

        return null;
    }

    /// <summary>
    /// "16 of them children", "16 di antaranya anak-anak", "نه نفر از آنها": the token after "of them" right after the
    /// count (one term of data <c>including</c>, or "of" and a pronoun; a counting word may come first) when no number,
    /// weapon or verb of the part's own follows ("12 of them soldiers were wounded" is read by that verb); else -1.
    /// </summary>
    private int OfThemEnd(Mention m)
    {
        var at = sentence.StartingAt(m.End) is { Tag: Tag.Counter or Tag.People } counter ? counter.End : m.End;
        var after = sentence.StartingAt(at) switch
        {
            { Tag: Tag.Including } including => including.End,
            { Tag: Tag.Of } of when AlsoTagged(of, Tag.Including) => of.End,
            { Tag: Tag.Of } of when OfPronoun(of, sentence.Count) => of.End + 1,
            _ => -1,
        };
        return after >= 0 && !(after < sentence.Count && (StartsMention(after) || sentence.StartingAt(after) is { Tag: Tag.Drone or Tag.Missile } ||
            (sentence.StartingAt(after) is { Tag: Tag.People } && Forward(m).Keyword is not null))) ? after : -1;
    }

    /// <summary>
    /// "54 jurnalis tewas, 40 di antaranya di Gaza", "… 42 of them in Gaza": a part of a casualty figure whose "of them" is
    /// followed only by a place or a time (function words, names, times up to the end of its clause) takes the figure's kind.
    /// </summary>
    private Candidate? PlacedPart(Mention m, Candidate whole, int after)
    {
        if (after < 0 || after >= sentence.Count || m.Weak || !GapRemainder(after))
        {
            return null;
        }

        var forward = Forward(m);
        return forward.Excluded || forward.Keyword is not null ? null : new Candidate(whole.Kind, m, m.QualifierStart, m.End, false, forward.Counter) { Parent = whole };
    }

    /// <summary>
    /// Tokens between two counts make them items of one list: a comma or "and" joins them, and nothing there is a
    /// predicate of its own (a verb, a toll, "of", "including", a comparison or a new clause). With
    /// <paramref name="equipment"/>, the items of a loss list ("10,000 tanks and 1 million personnel"): the first may
    /// name what it counts with excluded or untagged words, and a colon ends the list.
    /// </summary>
    private bool Joined(int from, int to, bool equipment = false, bool semicolonOpens = false)
    {
        if (to <= from || to - from > ItemSpan + AttributionWindow)
        {
            return false;
        }

        var joined = false;
        var skipped = 0;
        for (var k = from; k < to; k++)
        {
            var t = sentence.Tokens[k];
            var opens = t.Folded == ":" || (semicolonOpens && IsSemicolon(t));
            if (t.IsClauseBreak && (equipment || !opens))
            {
                return false;
            }

            if (t.Folded == ")")
            {
                // "57 killed (the week before, 41) and 297 injured": a value closed in its parenthesis is no item of the list after it.
                return false;
            }

            // "zerstörte 1010 respektive 38": the word may join the items as "and" does.
            joined |= t.IsComma || opens || sentence.StartingAt(k) is { Tag: Tag.And or Tag.Respectively };
            if (!equipment && t.IsComma && AttributionColon(k + 1, to) is { } colon)
            {
                skipped += colon - k - 1;
                // "уничтожены 23 БПЛА, сообщили в Минобороны: 12 над Брянской областью": an attribution between a figure
                // and the colon opening its list.
                k = colon - 1;
                continue;
            }

            if (equipment)
            {
                if (sentence.StartingAt(k) is { Tag: not (Tag.Exclusion or Tag.And or Tag.People or Tag.Others) })
                {
                    return false;
                }

                continue;
            }

            if (sentence.StartingAt(k) is { Tag: not (Tag.People or Tag.Others or Tag.And or Tag.Month or Tag.Counter or Tag.Drone or Tag.Missile or Tag.EventTime or Tag.Cumulative) } kw &&
                !(kw.Tag == Tag.Exclusion && k > from) && !WeaponParticiple(kw) && !PeriodBeforeMonth(kw) && !(kw.Tag == Tag.Launched && kw.Value == CompiledLanguage.AttackValue && k > from) && !(kw.Tag == Tag.Of && (OfPeople(k) || OfPronoun(kw, to) || OfPlace(kw, from))))
            {
                // A unit away from the number is a place's word ("30 over the Bryansk region, 25 over Kursk"), not the count's.
                return false;
            }
        }

        // "ثمانية في النبطية وأربعة في صور": an "and" written onto the next item's number word joins it as a separate one would.
        joined |= to < sentence.Count && GluedAnd(to);
        return joined && to - from - skipped <= ItemSpan;
    }

    /// <summary>
    /// "در ماه اوت ۱۸۴ غیرنظامی، در ماه سپتامبر ۲۱۴ غیرنظامی و …": a period's unit right before a month's name ("the month
    /// of August") is that month's word, no unit of a place between the items of a list.
    /// </summary>
    private bool PeriodBeforeMonth(TermMatch kw) =>
        kw.Tag == Tag.Period && kw.End < sentence.Count && sentence.StartingAt(kw.End) is { Tag: Tag.Month };

    /// <summary>
    /// The colon that ends an attribution ("сообщили в Минобороны:", "said the ministry:") before <paramref name="to"/>:
    /// only words that are no term of a figure (the source's name), no number, comma or other clause break between.
    /// </summary>
    private int? AttributionColon(int from, int to)
    {
        var speech = false;
        for (var k = from; k < to; k++)
        {
            var t = sentence.Tokens[k];
            if (t.Folded == ":")
            {
                return speech ? k : null;
            }

            if (t.IsClauseBreak || t.IsComma || t.IsNumber || (sentence.StartingAt(k) is { } term && term.Tag is not (Tag.Speech or Tag.Of or Tag.People)))
            {
                return null;
            }

            speech |= sentence.StartingAt(k) is { Tag: Tag.Speech };
        }

        return null;
    }

    /// <summary>
    /// The figure a bare number gives another value of: after a comparison word ("compared with", "up from", "from",
    /// "a week earlier") or inside a parenthesis opened right after the figure.
    /// </summary>
    private Candidate? Compared(Mention m, Candidate?[] byMention, int index)
    {
        Candidate? before = null;
        for (var k = index - 1; k >= 0; k--)
        {
            if (byMention[k] is { } c)
            {
                before = c;
                break;
            }
        }

        if (before is null)
        {
            return null;
        }

        var compared = false;
        var adjacent = false;
        for (var k = m.QualifierStart - 1; k >= before.Mention.End; k--)
        {
            var t = sentence.Tokens[k];
            if (t.Folded == ":" && sentence.EndingAt(k) is { Tag: Tag.Comparison } && m.QualifierStart - k <= 2)
            {
                // "(a week earlier: 1,139)": a colon after the comparison introduces its value.
                compared = true;
                break;
            }

            if (t.Folded == ":" && m.QualifierStart - k <= 2 && LabelledParenthesis(k, Math.Max(before.PhraseEnd, before.Mention.End)))
            {
                // "(Vormonat: 110 und 480)", "(в августе: 110 и 480)": a short label and a colon open a parenthesis right
                // after the figure; the values after the colon are compared with it.
                compared = true;
                break;
            }

            if (t.IsClauseBreak || sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Launched or Tag.Downed or Tag.Supplied or Tag.Hit or Tag.Including or Tag.Of })
            {
                return null;
            }

            if (t.Folded == "(" && ParenthesisOfEarlierValues(k, m))
            {
                compared = true;
                break;
            }

            if (sentence.EndingAt(k + 1) is { Tag: Tag.Comparison } cmp && m.QualifierStart - cmp.End <= 2)
            {
                compared = true;
                adjacent = cmp.End == m.QualifierStart && cmp.End - cmp.Start >= 2;
                break;
            }

            // "1,240 civilian deaths in the first half of the year (1,050 in the same period last year)": the figure's
            // time phrase may stand between it and the parenthesis.
            if (t.Folded == "(" && (k - Math.Max(before.PhraseEnd, before.Mention.End) <= 2 || TimePhraseOnly(Math.Max(before.PhraseEnd, before.Mention.End), k)))
            {
                compared = true;
                break;
            }

            if (t.Folded == "(" && m.QualifierStart - k >= 2 && m.QualifierStart - k <= ParenthesisLabelWords + 1 && ParenthesisClosesAfter(m) && k > before.Mention.End && !NumberBetween(Math.Max(before.PhraseEnd, before.Mention.End), k) &&
                TimePhraseOnly(k + 1, m.QualifierStart))
            {
                // "33 nhân viên cứu trợ đã thiệt mạng ở Sudan trong năm nay (năm ngoái là 25 người)", "… tahun ini (tahun lalu
                // 25 orang)": a short parenthesis that ends with a bare count, after the place and time closing the figure's
                // clause, gives an earlier value of the figure when its label is a time ("(population 1.4 million)" is none).
                compared = true;
                adjacent = true;
                break;
            }
        }

        // "1,016 Palestinians, including 213 children, have been killed … since 7 October 2023 (up from 998 two weeks ago)": a
        // comparison of several words right before the number ("up from", "compared with") reaches further back, to the
        // whole rather than its part.
        if (!compared || m.QualifierStart - before.Mention.End > (adjacent ? FarComparisonSpan : 2 * ItemSpan))
        {
            return null;
        }

        if (m.QualifierStart - before.Mention.End > 2 * ItemSpan && before.Parent is { } whole)
        {
            before = whole;
        }

        return OuterOfClosedParenthesis(before, m, byMention) ?? before;
    }

    /// <summary>How many words may label a value in a parenthesis before it ("năm ngoái là", "tahun lalu").</summary>
    private const int ParenthesisLabelWords = 3;

    /// <summary>A number token from <paramref name="from"/> up to <paramref name="to"/> ("танків – 11 400 (+5)": the parenthesis is the tanks' own).</summary>
    private bool NumberBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The parenthesis closes right after <paramref name="m"/> or after a people noun right after it ("25 người)").</summary>
    private bool ParenthesisClosesAfter(Mention m)
    {
        var k = AfterPeopleNoun(m.End);
        return k < sentence.Count && sentence.Tokens[k].Folded == ")";
    }

    /// <summary>
    /// The tokens from <paramref name="from"/> to <paramref name="to"/> are the figure's people and a time phrase: function
    /// words, people nouns and at least one month, period or running-total term ("civilians in the first half of the
    /// year", "Zivilisten im März", "this week").
    /// </summary>
    private bool TimePhraseOnly(int from, int to)
    {
        var time = false;
        for (var k = from; k < to; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Month or Tag.Period or Tag.Cumulative or Tag.EventTime or Tag.People or Tag.Others } term && term.End <= to)
            {
                time |= term.Tag is not (Tag.People or Tag.Others);
                k = term.End - 1;
            }
            else if (sentence.Tokens[k].IsNumber && sentence.EndingAt(k) is { Tag: Tag.Month or Tag.Cumulative or Tag.Period })
            {
                // "trong tháng 3", "in March 2025": the month's number or year.
            }
            else if (!sentence.Tokens[k].IsWord || StartsMention(k) ||
                     (!language.Stopwords.Contains(sentence.Tokens[k].Folded) && TermCovering(k) is not { Tag: Tag.Month or Tag.Period or Tag.Cumulative or Tag.EventTime or Tag.People }))
            {
                return false;
            }
        }

        return time;
    }

    /// <summary>
    /// A parenthesis opened at most two tokens after <paramref name="figureEnd"/> holds, before the colon at
    /// <paramref name="colon"/>, one to three words with no number and no casualty or weapon word: a label.
    /// </summary>
    private bool LabelledParenthesis(int colon, int figureEnd)
    {
        for (var k = colon - 1; k >= figureEnd && k >= colon - 4; k--)
        {
            var t = sentence.Tokens[k];
            if (t.Folded == "(")
            {
                return k < colon - 1 && k - figureEnd <= 2;
            }

            if (!t.IsWord || StartsMention(k) || EndsMention(k + 1) ||
                sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Drone or Tag.Missile or Tag.People or Tag.Launched or Tag.Downed })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "214 civilian casualties (46 killed and 168 injured), 7 per cent fewer than in August (230)": when the figure before
    /// a comparison sits in a parenthesis that closed before it, the comparison is about the figure the parenthesis
    /// broke down, right before its opening.
    /// </summary>
    private Candidate? OuterOfClosedParenthesis(Candidate inner, Mention m, Candidate?[] byMention)
    {
        var close = -1;
        for (var k = inner.Mention.End; k < m.QualifierStart; k++)
        {
            if (sentence.Tokens[k].Folded == ")")
            {
                close = k;
                break;
            }
        }

        if (close < 0)
        {
            return null;
        }

        var open = -1;
        for (var k = inner.Mention.QualifierStart - 1; k >= 0; k--)
        {
            var folded = sentence.Tokens[k].Folded;
            if (folded == ")" || sentence.Tokens[k].IsClauseBreak)
            {
                return null;
            }

            if (folded == "(")
            {
                open = k;
                break;
            }
        }

        for (var k = byMention.Length - 1; open > 0 && k >= 0; k--)
        {
            if (byMention[k] is { } outer && outer.Mention.End <= open)
            {
                return open - Math.Max(outer.PhraseEnd, outer.Mention.End) <= 2 || PlacePhraseBeforeParenthesis(Math.Max(outer.PhraseEnd, outer.Mention.End), open) ? outer : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Of the 58 killed, 22 were in Donetsk region": the first count after a clause that opens with "of" and a figure is
    /// a part of that figure, of its kind, whatever the rest of its clause says (a place, an age, a sex).
    /// </summary>
    private Candidate? PartOf(Mention m, Candidate?[] byMention, int index)
    {
        Candidate? whole = null;
        for (var b = index - 1; b >= 0 && whole is null; b--)
        {
            whole = byMention[b];
        }

        // Only people: the parts of launched weapons are downed or hit, each said by its own verb.
        if (whole is null || !IsCasualty(whole.Kind) || !OpensWithOf(whole.Mention))
        {
            return null;
        }

        var comma = false;
        for (var k = Math.Max(whole.PhraseEnd, whole.Mention.End); k < m.QualifierStart; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak)
            {
                return null;
            }

            comma |= t.IsComma;
            if (comma && !t.IsComma && !language.Stopwords.Contains(t.Folded))
            {
                return null;
            }
        }

        var forward = Forward(m);
        if (!comma || forward.Excluded || forward.Keyword is not null || forward.Noun is not null || m.Weak)
        {
            return null;
        }

        return new Candidate(whole.Kind, m, m.QualifierStart, m.End, whole.Combined, forward.Counter) { Parent = whole };
    }

    /// <summary>
    /// "11 drones were shot down over Bryansk, seven — over Kaluga, two each — over Tula", "Nine people were killed in
    /// Kharkiv and six in Odesa": after a comma or "and", a number with a dash, or with only a place or a time after it,
    /// stands for the predicate of the figure before it (gapping), which gives its kind.
    /// </summary>
    private Candidate? Gapped(Mention m, Candidate?[] byMention, int index)
    {
        var tokens = sentence.Tokens;
        var dash = m.End < tokens.Count && tokens[m.End].Folded is "—" or "–" && m.End + 1 < tokens.Count && !tokens[m.End + 1].IsNumber;
        var bare = !dash && !GapRemainder(m.End);
        if (bare && !EmptyRemainder(m.End) && !(sentence.StartingAt(m.End) is { Tag: Tag.People } own && EmptyRemainder(own.End)))
        {
            // "… کشته شدند؛ سپتامبر ۱۲۰ نفر، اکتبر ۹۵ نفر": the number's own people noun may end a bare item.
            return null;
        }

        // "Im September wurden 47 Zivilisten getötet, im Oktober 63": the item's time may stand before its number; with
        // nothing after the number, it must.
        var k = m.QualifierStart - 1;
        var timeBefore = false;
        var timeStart = -1;
        while (k >= 0)
        {
            if (tokens[k].IsWord && language.Stopwords.Contains(tokens[k].Folded) && sentence.StartingAt(k) is null)
            {
                k--;
            }
            else if (k == m.QualifierStart - 1 && sentence.StartingAt(k) is { Tag: Tag.Others, Start: var others } && sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Others })
            {
                // "38 сбито над Брянской областью, еще 27 — над Курской", "…, ще 8 — над Черкащиною": an "others" word right
                // before the item's number ("еще", another) opens the gapped item as a function word does.
                k = others - 1;
            }
            else if (!dash && (!timeBefore || k + 1 == timeStart) && sentence.EndingAt(k + 1) is { Tag: Tag.Month or Tag.EventTime or Tag.Period } time)
            {
                // "، در ماه اکتبر ۲۲ نفر": a word for "month" right before the month's name is part of the item's time.
                timeBefore = true;
                timeStart = time.Start;
                k = time.Start - 1;
            }
            else
            {
                break;
            }
        }

        var subject = false;
        var placeSubject = false;
        if (k > 0 && k < m.QualifierStart - 1 && sentence.EndingAt(k + 1) is { Tag: Tag.People } remnant && remnant.Start > 0 &&
            (tokens[remnant.Start - 1].Folded is "," or "،" || sentence.EndingAt(remnant.Start) is { Tag: Tag.And }))
        {
            // "men accounted for 60 of the dead, women for 45 and children for 23": the gapped clause keeps its subject, a
            // noun of people, and a function word before the number; nothing need follow the number.
            subject = true;
            k = sentence.EndingAt(remnant.Start) is { Tag: Tag.And } and ? and.Start : remnant.Start - 1;
        }
        else if (bare && !timeBefore && GappedPlaceSubject(k) is var join and >= 0)
        {
            // "Donetsk Oblast accounted for 24 deaths, Kherson for 13 and Kharkiv for 9": the subject kept is a place's name.
            subject = placeSubject = true;
            k = join;
        }

        // "killed 20 people: 12 in Kharkiv; 5 in Sumy; 3 in Odesa": a semicolon parts the items of a list as a comma does,
        // but only before an item with a remainder of its own (a place or a time), never a bare number; a time before the
        // number is the item's own ("… کشته شدند؛ سپتامبر ۱۲۰ نفر، اکتبر ۹۵ نفر").
        var semicolon = k >= 0 && IsSemicolon(tokens[k]) && (!bare || timeBefore);
        if (k < 0 || !(tokens[k].Folded is "," or "،" || semicolon || sentence.StartingAt(k) is { Tag: Tag.And }) || (bare && !timeBefore && !subject))
        {
            return null;
        }

        for (var b = index - 1; b >= 0; b--)
        {
            if (byMention[b] is { } before)
            {
                for (var t = before.Mention.End; t < m.QualifierStart; t++)
                {
                    if (tokens[t].IsClauseBreak && !(semicolon && IsSemicolon(tokens[t])))
                    {
                        return null;
                    }
                }

                return before;
            }

            if (placeSubject)
            {
                // "… damaged 40 homes, Kyiv 3 and Lviv 2": a place's item continues the count right before it.
                return null;
            }
        }

        return null;
    }

    private static bool IsSemicolon(Token t) => t.IsPunctuation && t.Folded is ";" or "؛";

    /// <summary>
    /// "Over the past week, 19 people were killed in Kherson region: 12 men, 5 women and 2 children": a count in the list a
    /// colon opens after a clause of one figure, larger than the count, is a part of that figure (the predicate and a place
    /// may stand between the figure and the colon).
    /// </summary>
    private Candidate? ColonListed(Mention m, Candidate?[] byMention, int index)
    {
        var colon = m.QualifierStart - 1;
        while (colon > 0 && !sentence.Tokens[colon].IsClauseBreak)
        {
            colon--;
        }

        if (colon <= 0 || sentence.Tokens[colon].Folded != ":")
        {
            return null;
        }

        Candidate? whole = null;
        for (var b = index - 1; b >= 0; b--)
        {
            if (mentions[b].End > colon)
            {
                continue;
            }

            if (ClauseBreakBetween(mentions[b].End, colon))
            {
                break;
            }

            if (byMention[b] is null && SpanUnitAt(mentions[b].End))
            {
                // "mataron a ocho civiles en las últimas 24 horas: cinco en …": a span of time is no other count.
                continue;
            }

            if (byMention[b] is not { } before || (whole is not null && !ReferenceEquals(whole, before)))
            {
                // One figure in the clause before the colon, and no other count.
                return null;
            }

            whole = before;
        }

        return whole is not null && whole.Mention.Value > m.Value ? whole : null;
    }

    /// <summary>Nothing but function words and punctuation from <paramref name="from"/> to the end of the clause.</summary>
    private bool EmptyRemainder(int from)
    {
        var tokens = sentence.Tokens;
        for (var k = from; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.IsComma || t.IsClauseBreak || sentence.StartingAt(k) is { Tag: Tag.And })
            {
                break;
            }

            if (sentence.StartingAt(k) is not null || (t.IsWord && !language.Stopwords.Contains(t.Folded)) || t.IsNumber)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Nine people were killed in Kharkiv and six in Odesa", "… on Monday and six on Tuesday", "neuf … lundi et six
    /// mardi", "… 183 người trong tháng 10": without a dash, what follows the number up to the end of its clause may only be function words, names
    /// (a place) and times — the rest of the predicate is the one before, elided.
    /// </summary>
    private bool GapRemainder(int from)
    {
        var tokens = sentence.Tokens;
        if (CauseRemainder(from))
        {
            return true;
        }

        var named = false;
        for (var k = from; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.IsComma || t.IsClauseBreak || sentence.StartingAt(k) is { Tag: Tag.And })
            {
                break;
            }

            if (sentence.StartingAt(k) is { } term)
            {
                if (k == from && term.Tag is Tag.People or Tag.Counter or Tag.Drone or Tag.Missile or Tag.Others)
                {
                    // "120 người trong tháng 9, 183 người trong tháng 10": the number's own noun, the same as the figure
                    // before it names, is no predicate (whether it fits that figure, the item decides).
                    k = term.End - 1;
                    continue;
                }

                // A unit away from the number is a place's word ("… and 14 in Kherson region"), not what it counts; so is an
                // "of" with no number after it ("y tres en la de Jersón", "fünf in der Stadt Tyros").
                if (term.Tag is not (Tag.EventTime or Tag.Month or Tag.Period or Tag.Cumulative) && !(term.Tag == Tag.Exclusion && k > from) &&
                    !(term.Tag == Tag.Of && k > from && !StartsMention(term.End)))
                {
                    return false;
                }

                named = true;
                k = term.End - 1;
                continue;
            }

            if (!t.IsWord || language.Stopwords.Contains(t.Folded))
            {
                continue;
            }

            var first = sentence.Text[t.Start];
            if (char.IsLetter(first) && !char.IsUpper(first) && !char.IsLower(first) && k > from &&
                (language.Stopwords.Contains(tokens[k - 1].Folded) || named) && sentence.StartingAt(k - 1) is null)
            {
                // "؛ پنج نفر در دونتسک، چهار نفر در خان یونس": a script without capitals (Persian, Arabic) writes names as
                // it writes other words; a plain word after a preposition, and the words of the name after it, are one.
                named = true;
                continue;
            }

            if (!char.IsUpper(first))
            {
                // "… and two more in southern Lebanon": one plain word between a preposition and a name is the name's; so are
                // two and an "of" ("cinco en la ciudad costera de Tiro", "five in the coastal city of Tyre").
                if (k > from && language.Stopwords.Contains(tokens[k - 1].Folded) && sentence.StartingAt(k - 1) is null && NameAfterPlainWords(k) is var name and > 0)
                {
                    k = name - 1;
                    continue;
                }

                return false;
            }

            named = true;
        }

        return named;
    }

    /// <summary>
    /// "390 fatalities in May, 114 from shelling and 276 from battles": a preposition of source or agent right after the
    /// number (as <see cref="SourceBefore"/>) opens the item's cause; what follows up to the end of its clause names how
    /// they died (attacks, weapons, places), no predicate of its own (no casualty, launching, downing or hitting word, act,
    /// relative or number).
    /// </summary>
    private bool CauseRemainder(int from)
    {
        var tokens = sentence.Tokens;
        if (from + 1 >= tokens.Count || !tokens[from].IsWord || !(language.ChangeFrom.Contains(tokens[from].Folded) || language.PassiveAgents.Contains(tokens[from].Folded)) ||
            sentence.StartingAt(from) is { } own && !(own.Tag == Tag.Comparison && own.End == from + 1))
        {
            return false;
        }

        var words = 0;
        for (var k = from + 1; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.IsComma || t.IsClauseBreak || sentence.StartingAt(k) is { Tag: Tag.And })
            {
                break;
            }

            if (t.IsNumber || StartsMention(k) || sentence.StartingAt(k) is
                { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Downed or
                    Tag.Supplied or Tag.Hit or Tag.Act or Tag.Relative or Tag.Hypothetical } or { Tag: Tag.Launched, Value: not CompiledLanguage.AttackValue })
            {
                return false;
            }

            words += t.IsWord ? 1 : 0;
        }

        return words > 0;
    }

    /// <summary>
    /// The capitalised name that one or two plain words from <paramref name="k"/> lead to, directly or past an "of" ("southern
    /// Lebanon", "ciudad costera de Tiro"), or -1.
    /// </summary>
    private int NameAfterPlainWords(int k)
    {
        var tokens = sentence.Tokens;
        for (var r = k + 1; r < tokens.Count && r <= k + 2; r++)
        {
            if (IsCapitalisedWord(r))
            {
                return r;
            }

            if (tokens[r].IsWord && language.Stopwords.Contains(tokens[r].Folded) && r + 1 < tokens.Count && IsCapitalisedWord(r + 1))
            {
                return r + 1;
            }

            if (!tokens[r].IsWord || sentence.StartingAt(r) is not null || language.Stopwords.Contains(tokens[r].Folded))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Of the civilians killed in October, 61 were in Donetsk region, 38 in Kharkiv…", "Из погибших, 12 — дети": a
    /// clause opened by "of" that names victims and no number makes the first number after its comma a part of them.
    /// </summary>
    private Candidate? OfVictimsClause(Mention m)
    {
        var comma = m.QualifierStart - 1;
        if (comma > 0 && !sentence.Tokens[comma].IsComma)
        {
            // "Of the civilians killed in October, Zaporizhzhia region accounted for 24": a place subject and its verb between.
            comma = OfVictimsPlaceSubject(m);
        }

        if (comma <= 0 || !sentence.Tokens[comma].IsComma || m.Weak)
        {
            return null;
        }

        var start = comma - 1;
        while (start > 0 && !sentence.Tokens[start - 1].IsClauseBreak)
        {
            start--;
        }

        if (sentence.StartingAt(start) is not { Tag: Tag.Of })
        {
            return null;
        }

        TermMatch? victims = null;
        for (var j = start; j < comma; j++)
        {
            if (StartsMention(j) || sentence.Tokens[j].IsComma)
            {
                return null;
            }

            if (sentence.StartingAt(j) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties } kw)
            {
                victims ??= kw;
            }
        }

        var forward = Forward(m);
        if (victims is not { } v || forward.Excluded || forward.Noun is not null || forward.Keyword is not null)
        {
            return null;
        }

        return new Candidate(CasualtyKind(v.Tag), m, m.QualifierStart, m.End, false, forward.Counter);
    }

    /// <summary>
    /// "Killed: 35 in April", "Civilian deaths by month: 163 in April", "Погибших – 3, раненых – 12": a label before a
    /// colon or a dash names what follows.
    /// </summary>
    private Candidate? Labelled(Mention m, int labelColon = -1)
    {
        // "Killed: January 52, February 38": a month may name the item before its number.
        // "tháng 4 là 74 người" (April is 74 people): a copula may stand between the month and its number.
        var colon = labelColon >= 0 ? labelColon : TimeLabelBefore(m.QualifierStart) is { } month ? month.Start - 1 : m.QualifierStart - 1;
        if (colon > 1 && sentence.Tokens[colon].IsWord && language.ChangeTo.Contains(sentence.Tokens[colon].Folded) &&
            sentence.EndingAt(colon - 1) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties })
        {
            // "Число погибших возросло до 28, пострадавших — до 95": the new value of a gapped change after the label's dash.
            colon--;
        }

        if (colon > 0 && sentence.Tokens[colon].Folded is "," or "،")
        {
            // "Cụ thể, tháng 7 có 12 người, …", "Rinciannya, 20 orang pada Agustus, …": a short label that opens the sentence
            // may end at a comma (a breakdown by time only).
            return OpeningLabel(colon) ? BreakdownLabel(m, colon, colon) : null;
        }

        if (colon <= 0 || sentence.Tokens[colon].Folded is not (":" or "–" or "—" or "-" or "‒"))
        {
            return null;
        }

        // "Civilian deaths per month, as verified by the mission: January 139": an attribution set off by a comma before the
        // colon stands aside; the label ends at the comma.
        var top = AsideBefore(colon);
        for (var k = top - 1; k >= 0 && k >= top - TollLabelWindow; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                break;
            }

            var kw = sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties } own ? own
                : sentence.StartingAt(k) is { Tag: Tag.People } && ListHead(k) is { } head ? head
                : (TermMatch?)null;
            if (kw is { } found && (k >= top - LabelWindow && (top - sentence.StartingAt(k)!.Value.End <= 3 || OnlyTimeBetween(sentence.StartingAt(k)!.Value.End, top)) ||
                                    TollLabel(found, top) || (k >= top - TollLabelWindow && VerbLabelOfGappedItems(found, top, m))))
            {
                var label = new Candidate(CasualtyKind(found.Tag), m, found.Start, found.End, false, true);
                return Item(m, label) is { } item ? item with { PhraseStart = m.QualifierStart, PhraseEnd = m.End, Parent = null } : null;
            }
        }

        return WeaponLabel(m, colon) ?? BreakdownLabel(m, colon, top);
    }

    /// <summary>
    /// "… tổng số người thiệt mạng trong tuần qua là 41 người. Số liệu theo từng ngày như sau: thứ Hai 9 người, thứ Tư 12
    /// người", "Rincian per bulan: September 120 orang, Oktober 95 orang": a label with no figure word of its own, right
    /// after a sentence with a casualty figure, opens a breakdown of that figure by time when its first item is a time
    /// (a month or a day) before a number of people; the items take that figure's kind.
    /// </summary>
    private Candidate? BreakdownLabel(Mention m, int colon, int top)
    {
        if (sentence.Tokens[colon].Folded is not (":" or "," or "،") || context.LastCasualty is not { } kind || context.CasualtySentence != context.SentenceIndex - 1 ||
            _found.Count > 0 || sentence.StartingAt(m.End) is not { Tag: Tag.People } people ||
            !(TimeLabelBefore(m.QualifierStart) is { } time ? time.Start == colon + 1 : m.QualifierStart == colon + 1 && MonthAfter(people.End)))
        {
            return null;
        }

        for (var k = top - 1; k >= 0; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsNumber || t.IsClauseBreak || StartsMention(k) || sentence.StartingAt(k) is
                { Tag: Tag.Drone or Tag.Missile or Tag.Launched or Tag.Downed or Tag.Hit or Tag.Supplied or Tag.Act })
            {
                return null;
            }
        }

        var label = new Candidate(kind, m, 0, colon, false, true);
        return Item(m, label) is { } item ? item with { PhraseStart = m.QualifierStart, PhraseEnd = m.End, Parent = null } : null;
    }

    /// <summary>A month's name (<see cref="MonthBefore"/>) or a day of the week ("thứ Hai", "Senin", "دوشنبه": data <c>weekdays</c>) right before <paramref name="start"/>.</summary>
    private TermMatch? TimeLabelBefore(int start)
    {
        if (MonthBefore(start) is { } month)
        {
            return month;
        }

        return TermMatchEndingAt(language.Aside, Tag.Weekday, start, 2);
    }

    /// <summary>How far before its colon a toll's label may start ("Số người thiệt mạng theo từng tháng trong năm nay là:").</summary>
    private const int TollLabelWindow = 14;

    /// <summary>
    /// A toll naming a list from further off: "Số người thiệt mạng theo từng tháng trong năm nay là: tháng 4 là 74 người",
    /// "شمار غیرنظامیان کشته‌شده در اوکراین در ماه‌های اخیر چنین بوده است: سپتامبر ۱۲۱ نفر". The casualty word is a toll
    /// term or has a count noun ("number", "số", "شمار") a few words before it, and only plain words (places,
    /// times, a copula) stand between it and the colon: no number, comma or other figure's word.
    /// </summary>
    private bool TollLabel(TermMatch found, int colon)
    {
        if (found.Tag is not (Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties) && CountNounBefore(found.Start) is null && !CountNounOpensLabel(found.Start))
        {
            return false;
        }

        for (var k = found.End; k < colon; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || t.IsComma || t.IsNumber || StartsMention(k) || sentence.StartingAt(k) is
                { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Drone or Tag.Missile or
                    Tag.Launched or Tag.Downed or Tag.Hit or Tag.Supplied or Tag.Including or Tag.And or Tag.Relative })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "سپتامبر ۲۵ نفر، اکتبر ۳۱ نفر و نوامبر ۱۴ نفر که در مجموع ۷۰ نفر می‌شود" (… which in total makes 70 people), "…; در
    /// مجموع ۷۰ نفر": a count right after a total word (data <c>tableTotals</c>) that follows two or more items of one
    /// kind, with only a comma, semicolon or relative word between, is their total, of their kind.
    /// </summary>
    private Candidate? TotalAfterItems(Mention m, Candidate?[] byMention, int index)
    {
        if (index < 2 || byMention[index - 1] is not { } last || byMention[index - 2] is not { } first || first.Kind != last.Kind || m.Weak)
        {
            return null;
        }

        var scratch = DayScratch();
        var total = -1;
        for (var k = Math.Max(last.PhraseEnd, m.QualifierStart - 3); k < m.QualifierStart && total < 0; k++)
        {
            scratch.Clear();
            language.Totals.MatchAt(sentence.Tokens, k, scratch);
            foreach (var t in scratch)
            {
                total = t.Tag == Tag.Total && t.End == m.QualifierStart ? k : total;
            }
        }

        if (total < 0)
        {
            return null;
        }

        for (var k = Math.Max(last.PhraseEnd, last.Mention.End); k < total; k++)
        {
            var t = sentence.Tokens[k];
            if (!(IsSemicolon(t) || t.IsComma || (t.IsWord && language.Stopwords.Contains(t.Folded)) || sentence.StartingAt(k) is { Tag: Tag.Relative or Tag.People }))
            {
                return null;
            }
        }

        return new Candidate(last.Kind, m, m.QualifierStart, m.End, last.Combined, last.Counted);
    }

    /// <summary>
    /// A count noun further before the casualty word at <paramref name="start"/> than <see cref="CountNounBefore"/> reaches,
    /// across a relative clause's plain words and a span of time: "شمار فلسطینیانی که در سه ماه گذشته در کرانه باختری کشته
    /// شدند … چنین است:" (the number of Palestinians who in the past three months in the West Bank were killed … is as
    /// follows:). No comma, clause break, figure word or other count between.
    /// </summary>
    private bool CountNounOpensLabel(int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - TollLabelWindow; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || t.IsComma)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { } term)
            {
                if (term.Tag == Tag.CountNoun)
                {
                    return true;
                }

                if (term.Tag is Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Drone or
                    Tag.Missile or Tag.Launched or Tag.Downed or Tag.Including or Tag.And)
                {
                    return false;
                }
            }

            if (StartsMention(k) && !(sentence.StartingAt(MentionStartingAt(k).End) is { Tag: Tag.Period } || TimeUnitAt(MentionStartingAt(k).End)))
            {
                // A number is allowed only as a span of time ("سه ماه", three months).
                return false;
            }
        }

        return false;
    }

    /// <summary>A month's name right before <paramref name="start"/>, or before one function word there ("tháng 4 là").</summary>
    private TermMatch? MonthBefore(int start) =>
        sentence.EndingAt(start) is { Tag: Tag.Month } month ? month
        : start >= 2 && sentence.Tokens[start - 1].IsWord && language.Stopwords.Contains(sentence.Tokens[start - 1].Folded) && sentence.StartingAt(start - 1) is null &&
          sentence.EndingAt(start - 1) is { Tag: Tag.Month } spaced ? spaced
        : null;

    /// <summary>The most tokens an attribution between a label and its colon may take (", according to air force figures compiled by AFP").</summary>
    private const int AsideWindow = 10;

    /// <summary>
    /// The comma that opens an aside right before <paramref name="colon"/> (", according to the mission", ", as verified by
    /// the mission"): the aside holds a speech, hedge or attribution word's plain words only (no number, figure word, weapon
    /// or time), so the label before the comma names the list. Without such a comma, <paramref name="colon"/> itself.
    /// </summary>
    private int AsideBefore(int colon)
    {
        for (var k = colon - 1; k > 0 && k >= colon - AsideWindow; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsComma)
            {
                return k < colon - 1 ? k : colon;
            }

            if (t.IsClauseBreak || !t.IsWord || StartsMention(k) || sentence.StartingAt(k) is
                { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Drone or Tag.Missile or
                    Tag.Launched or Tag.Downed or Tag.People or Tag.Month or Tag.Period or Tag.EventTime })
            {
                return colon;
            }
        }

        return colon;
    }

    /// <summary>How many capitalised words a name labelling a list item may take ("Donetsk 412", "Dnipropetrovsk Oblast 93").</summary>
    private const int NameLabelWords = 3;

    /// <summary>
    /// "Civilian casualties in October by region: Donetsk 412, Kharkiv 380, Kherson 226": items named by a place (or any
    /// name) before their numbers. The first, after the colon, takes the label's kind; each later one, after a comma or
    /// "and", is an item of the one before it.
    /// </summary>
    private Candidate? NameLabelled(Mention m, Candidate?[] byMention, int index)
    {
        var k = NameLabelBefore(m);
        if (k < 1)
        {
            return null;
        }

        if (sentence.Tokens[k].Folded == ":")
        {
            return Labelled(m, k);
        }

        var join = sentence.EndingAt(k + 1) is { Tag: Tag.And } and ? and.Start : k;
        if (!sentence.Tokens[join].IsComma && join == k)
        {
            return null;
        }

        if (sentence.Tokens[join].IsComma && sentence.Tokens[join].Folded != ",")
        {
            return null;
        }

        // The item before: its number right before the comma or "and" (a comma and "and" may both stand).
        var before = join > 0 && sentence.Tokens[join - 1].Folded == "," ? join - 1 : join;
        return index > 0 && byMention[index - 1] is { } left && left.Mention.End == before && NameLabelBefore(left.Mention) > 0 ? Item(m, left) : null;
    }

    /// <summary>
    /// The token before the name (one to three capitalised words with no term, or a people noun after a colon, comma or
    /// "and") right before the number, or -1.
    /// </summary>
    private int NameLabelBefore(Mention m)
    {
        var k = m.QualifierStart - 1;
        if (k >= 1 && sentence.EndingAt(k + 1) is { Tag: Tag.People } people && people.Start > 0 &&
            (sentence.Tokens[people.Start - 1].Folded is ":" or "," || sentence.EndingAt(people.Start) is { Tag: Tag.And }))
        {
            // "Children killed this month: boys 2, girls 7", "men 6, women 3 and children 1": a people noun right after
            // a colon, a comma or "and" names the item as a place does.
            return people.Start - 1;
        }

        var words = 0;
        if (PlaceKindWordEndingAt(k + 1) is var kindWord and > 0)
        {
            // "Killed in November: Pokrovsk district 12, Kramatorsk district 7": a lower-case word of the place's kind.
            k = kindWord - 1;
        }

        while (k >= 0 && words < NameLabelWords && sentence.Tokens[k] is { IsWord: true } t && char.IsUpper(sentence.Text[t.Start]) &&
               sentence.EndingAt(k + 1) is null && !language.Stopwords.Contains(t.Folded))
        {
            words++;
            k--;
        }

        return words == 0 ? -1 : k;
    }

    /// <summary>
    /// "Drones launched: 80", "Drones shot down: 71", "Ракет збито: 6": a label of a weapon noun and what was done with
    /// it, right before the colon, names the count after it. The label holds nothing else but function words and a time
    /// ("Drones shot down overnight: 71").
    /// </summary>
    private Candidate? WeaponLabel(Mention m, int colon)
    {
        TermMatch? noun = null;
        TermMatch? action = null;

        // "Drones launched by Russia each month, according to air force data: June 5,400": an attribution set off before the
        // colon stands aside, and a name (the launching side, the target) may stand in the label.
        var top = AsideBefore(colon);
        var k = top - 1;
        var joinedVerbs = 0;
        var names = 0;
        while (k >= 0 && k >= top - WeaponLabelWindow - joinedVerbs - names)
        {
            if (sentence.EndingAt(k + 1) is { } term && term.Tag is Tag.Drone or Tag.Missile && noun is null)
            {
                noun = term;
            }
            else if (sentence.EndingAt(k + 1) is { Tag: Tag.Launched or Tag.Downed } done && action is null)
            {
                action = done;
            }
            else if (sentence.Tokens[k].IsWord && language.Stopwords.Contains(sentence.Tokens[k].Folded) && sentence.EndingAt(k + 1) is null)
            {
                k--;
                continue;
            }
            else if (action is null && noun is null && k > 0 && sentence.Tokens[k].IsWord && char.IsUpper(sentence.Text[sentence.Tokens[k].Start]) &&
                     sentence.EndingAt(k + 1) is null && !StartsMention(k))
            {
                // "by Russia", "at Ukraine": a name between the verb and the colon.
                names++;
                k--;
                continue;
            }
            else if (sentence.EndingAt(k + 1) is { Tag: Tag.EventTime or Tag.Cumulative })
            {
                // "Drones shot down overnight: 71"
            }
            else if (action is { } first && noun is null && sentence.EndingAt(k + 1) is { } joined &&
                     (joined.Tag == Tag.And || joined.Tag == first.Tag))
            {
                // "drones were intercepted and destroyed overnight: 10 over …": verbs of one kind joined by "and".
                joinedVerbs += joined.End - joined.Start;
            }
            else
            {
                break;
            }

            k = sentence.EndingAt(k + 1)!.Value.Start - 1;
        }

        if (action is not { } verb || Forward(m) is { Keyword: not null } or { Noun: not null } or { Excluded: true } or { People: true })
        {
            return null;
        }

        if (noun is not { } weapon)
        {
            // "Ballistic missiles launched: 12. Intercepted: 9.": a label of a verb alone, opening its line, counts the
            // weapon the line before named (as a bare number beside a downing verb does).
            if (!OnlyPunctuationBefore(k + 1) || context.WeaponSentence < context.SentenceIndex - 2 || ContextWeapon(m) is not { } last)
            {
                return null;
            }

            return new Candidate(Kind(last, verb.Tag == Tag.Downed, false), m, m.QualifierStart, m.End, false, false);
        }

        var combined = weapon.Value == CompiledLanguage.MixedWeaponsValue;
        return new Candidate(Kind(weapon.Tag, verb.Tag == Tag.Downed, combined), m, m.QualifierStart, m.End, combined, false);
    }

    /// <summary>Nothing but punctuation (a bullet, a dash) stands before <paramref name="to"/> in the sentence.</summary>
    private bool OnlyPunctuationBefore(int to)
    {
        for (var k = 0; k < to; k++)
        {
            if (!sentence.Tokens[k].IsPunctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many tokens a weapon label ("Drones shot down", "Ballistic missiles launched") may take before its colon.</summary>
    private const int WeaponLabelWindow = 5;

    /// <summary>How far before its colon a label may stand when a time expression follows it ("Killed since 7 October 2023: 69,185").</summary>
    private const int LabelWindow = 8;

    /// <summary>How many words may stand between a label and a number of days or hours ("au cours des dernières 24 heures").</summary>
    private const int SpanModifierWords = 4;

    /// <summary>
    /// A time expression between a label and its colon: after function words, a date, a number of days or hours, or a
    /// time or running-total term opens it, and the rest is its complement ("since 7 October 2023", "since the start of
    /// the war", "in the past 48 hours": a few words may stand before the number of days or hours).
    /// </summary>
    private bool OnlyTimeBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsWord && language.Stopwords.Contains(t.Folded) && sentence.StartingAt(k) is null)
            {
                continue;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Cumulative or Tag.EventTime or Tag.Month or Tag.Period } || t.IsNumber || t.Folded == "#date")
            {
                return true;
            }

            if (t.IsWord && k > 0 && char.IsUpper(sentence.Text[t.Start]) && sentence.StartingAt(k) is null)
            {
                // "Fatalities in Sudan in October: 210": a place's name may stand before the time.
                continue;
            }

            for (var j = k + 1; j <= k + SpanModifierWords && j < to && sentence.Tokens[j - 1].IsWord; j++)
            {
                if (MentionStartingAt(j) is { End: > 0 } span && span.End < to && TimeUnitAt(span.End))
                {
                    // "in the past 48 hours", "over the last two days", "au cours des dernières 24 heures": a few words
                    // before a number of hours or days.
                    return true;
                }
            }

            return TimeUnitAt(k);
        }

        return false;
    }

    /// <summary>
    /// The casualty word heading a list that a colon opens before <paramref name="label"/>: "втрати … склали: особового
    /// складу ‒ 1 012 340, танків ‒ 11 300", "losses amounted to: personnel — about 1,050": a label naming people in such a
    /// list is an item of the head's kind (the other labels name equipment, no figure).
    /// </summary>
    private TermMatch? ListHead(int label)
    {
        var colon = -1;
        for (var k = label - 1; k >= 0; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak && t.Folded != ":")
            {
                return null;
            }

            if (t.Folded == ":")
            {
                colon = k;
                continue;
            }

            if (colon >= 0 && sentence.StartingAt(k) is { Tag: Tag.Casualties or Tag.TollCasualties or Tag.Killed or Tag.Injured or Tag.TollKilled or Tag.TollInjured } head && head.End <= colon)
            {
                return head;
            }
        }

        return null;
    }

    /// <summary>A list item or compared value of the parent's kind, if what follows the number fits that kind.</summary>
    private Candidate? Item(Mention m, Candidate parent, bool listed = false)
    {
        // After a colon that ends the clause of a figure ("killed in Donetsk region: 5 in Pokrovsk"), the word before the
        // colon is that clause's, no label of the item.
        var forward = Forward(m);
        if (forward.Excluded || forward.Keyword is not null || (!listed && ExcludedLabel(m)))
        {
            return null;
        }

        if (IsCasualty(parent.Kind))
        {
            if (forward.Noun is not null || forward.ActedPeople || (forward.NextIsContent && !forward.People && !forward.Others && !ProperNounAfter(m) && !MonthAfter(m) && !CauseVerbAfter(m)) ||
                (m.Weak && !forward.People && !forward.Others && ContentWordBetween(m.End, m.End + 1)))
            {
                // "300 muertos y más de 2 millones de desplazados": the displaced are no item of the dead. "…, según un informe
                // mensual": an article ("un", "a", "một") before a noun that counts nothing is no item ("y una mujer" counts
                // her; "y una en Orijiv" is one, a pronoun).
                return null;
            }

            return new Candidate(parent.Kind, m, m.QualifierStart, m.End, false, forward.Counter) { Parent = parent };
        }

        if (forward.Hit && forward.Action is null)
        {
            // "shot down 60 drones, and five others flew into Belarus", "launched 90 drones, 12 hit targets": weapons that hit
            // or flew off are the rest of the whole, no item of the figure before them.
            return null;
        }

        var downed = parent.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned;
        if (forward.Noun is { } noun)
        {
            // An item names its own weapons: "91 projectiles, including 10 missiles and 81 drones".
            var combined = CombinedAfter(noun);
            return new Candidate(Kind(noun.Tag, downed, combined), m, m.QualifierStart, noun.End, combined, forward.Counter) { Parent = parent };
        }

        if (forward.People || (forward.NextIsContent && !forward.Others && !ProperNounAfter(m) && !MonthAfter(m)) || m.Weak)
        {
            return null;
        }

        return new Candidate(parent.Kind, m, m.QualifierStart, m.End, parent.Combined, forward.Counter) { Parent = parent };
    }

    /// <summary>
    /// "of which 96 resulted from airstrikes", "dont 96 dus aux frappes": a verb of cause (data <c>causeVerbs</c>) right after
    /// the number, or after one function word ("were caused by"), says how the part died.
    /// </summary>
    private bool CauseVerbAfter(Mention m)
    {
        var k = m.End;
        if (k + 1 < sentence.Count && sentence.Tokens[k].IsWord && language.Stopwords.Contains(sentence.Tokens[k].Folded) && sentence.StartingAt(k) is null)
        {
            k++;
        }

        return k < sentence.Count && sentence.Tokens[k].IsWord && language.CauseVerbs.Contains(sentence.Tokens[k].Folded);
    }

    /// <summary>"танків ‒ 11 300": the item's label before a dash or colon names what is counted, something no figure counts.</summary>
    private bool ExcludedLabel(Mention m)
    {
        var mark = m.QualifierStart - 1;
        if (mark > 1 && sentence.Tokens[mark].IsWord && language.ChangeTo.Contains(sentence.Tokens[mark].Folded))
        {
            // "повреждённых домов — до 61": the new value of a gapped change names what its label counts.
            mark--;
        }

        if (mark < 1 || sentence.Tokens[mark].Folded is not (":" or "–" or "—" or "-" or "‒"))
        {
            return false;
        }

        for (var k = mark - 1; k >= 0 && k >= mark - 3 && !sentence.Tokens[k].IsComma && !sentence.Tokens[k].IsClauseBreak; k--)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Exclusion } && !SpanUnitAt(k))
            {
                // A unit of days or hours after its number ("Killed in the past 48 hours: 44") is a time, not the label.
                // "Nueve personas murieron en los bombardeos del domingo: cinco en Nabatieh": after a casualty word of its
                // clause the attacks are where the victims died, no label of what is counted.
                return !CasualtyWordBefore(k);
            }
        }

        return false;
    }

    /// <summary>A casualty word before <paramref name="token"/> in its clause, a few words back.</summary>
    private bool CasualtyWordBefore(int token)
    {
        for (var k = token - 1; k >= 0 && k >= token - LabelWindow; k--)
        {
            if (sentence.Tokens[k].IsComma || sentence.Tokens[k].IsClauseBreak)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number (digits or words) ends right before the token.</summary>
    private bool NumberEndsAt(int k)
    {
        if (_lookup is not null)
        {
            return _lookup.FirstEndingAt(k) >= 0;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].End == k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A day or hour unit right after a number ("48 hours", "two days"): the end of a span of time.</summary>
    private bool SpanUnitAt(int k) => NumberEndsAt(k) && TimeUnitAt(k);

    /// <summary>A day or hour unit starts at the token ("hours", "Stunden", "днів").</summary>
    private bool TimeUnitAt(int k)
    {
        var scratch = DayScratch();
        language.Days.MatchAt(sentence.Tokens, k, scratch);
        return scratch.Exists(d => d.Tag is Tag.DayUnit or Tag.HourUnit);
    }

    private bool MonthAfter(Mention m) => MonthAfter(m.End);

    /// <summary>A month's name at <paramref name="k"/>, or after one function word there ("pada Agustus").</summary>
    private bool MonthAfter(int k) =>
        (k < sentence.Count && sentence.StartingAt(k) is { Tag: Tag.Month }) ||
        (k + 1 < sentence.Count && language.Stopwords.Contains(sentence.Tokens[k].Folded) && sentence.StartingAt(k + 1) is { Tag: Tag.Month });

    /// <summary>Most words of a label that opens its sentence before a comma ("Cụ thể,", "Rinciannya,", "In detail,").</summary>
    private const int OpeningLabelWords = 3;

    /// <summary>
    /// The sentence opens with one to <see cref="OpeningLabelWords"/> plain words before the comma at <paramref name="comma"/>:
    /// no number, no term (figure word, time, place, people) but a breakdown opener (data <c>breakdownOpeners</c>: "cụ thể").
    /// </summary>
    private bool OpeningLabel(int comma)
    {
        if (comma < 1 || comma > OpeningLabelWords)
        {
            return false;
        }

        for (var k = 0; k < comma; k++)
        {
            if (!sentence.Tokens[k].IsWord)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { } term)
            {
                if (term.Tag != Tag.BreakdownOpener || term.End > comma)
                {
                    return false;
                }

                k = term.End - 1;
            }
        }

        return true;
    }

    /// <summary>
    /// A number word right after a number ("1,300 One Way Attack drones") is part of a name, not a count. Not a number with
    /// a qualifier of its own or one that opens with digits and a scale word: "از اکتبر ۲۰۲۳ بیش از ۴۵ هزار نفر" (since
    /// October 2023 more than 45 thousand people), "منذ أكتوبر 2023 أكثر من 45 ألف" follow a year.
    /// </summary>
    private bool AfterNumber(int index) =>
        index > 0 && mentions[index].Spelled && mentions[index - 1].End == mentions[index].QualifierStart && !mentions[index - 1].Spelled &&
        mentions[index].QualifierStart == mentions[index].Start && !sentence.Tokens[mentions[index].Start].IsNumber;

    /// <summary>The token stands inside an aside: after an unclosed "(" or an odd number of dashes before it.</summary>
    private bool InAside(int token)
    {
        var dashes = 0;
        var open = false;
        for (var k = token - 1; k >= 0; k--)
        {
            switch (sentence.Tokens[k].Folded)
            {
                case ")" when !open:
                    return dashes % 2 == 1;
                case "(":
                    open = true;
                    break;
                case "—" or "–":
                    dashes++;
                    break;
            }
        }

        return open || dashes % 2 == 1;
    }

    /// <summary>"1,200 casualties ... 500 killed and 700 injured": a killed count that its parts add up to is a casualty count.</summary>
    private void PartsOfTotal()
    {
        for (var i = 0; i < _found.Count; i++)
        {
            var total = _found[i];
            if (total.Kind is not (FigureKind.Killed or FigureKind.Injured))
            {
                // "including nine children (two killed and seven injured)": a count of people read as the nearest
                // casualty word's is the total of a killed and an injured part after it.
                continue;
            }

            for (var a = i + 1; a < _found.Count; a++)
            {
                if (_found[a].Kind != FigureKind.Killed)
                {
                    continue;
                }

                for (var b = i + 1; b < _found.Count; b++)
                {
                    // "nine people were killed — five men, three women and a child — and four others were wounded": a
                    // killed count inside an aside (a breakdown) and an injured one outside it are no two parts of one total.
                    if (_found[b].Kind == FigureKind.Injured && _found[a].Mention.Value + _found[b].Mention.Value == total.Mention.Value &&
                        InAside(_found[a].Mention.QualifierStart) == InAside(_found[b].Mention.QualifierStart) && !PairedBeforeParts(i, Math.Min(a, b)))
                    {
                        var casualties = total with { Kind = FigureKind.Casualties };
                        _found[i] = casualties;
                        _found[a] = _found[a] with { Parent = casualties };
                        _found[b] = _found[b] with { Parent = casualties };
                        goto next;
                    }
                }
            }

        next:;
        }

        CombinedWithSplit();
    }

    /// <summary>
    /// "120 aerial attack assets: 100 drones and 20 missiles": a count of drones and missiles together whose split follows
    /// in the sentence, drones and missiles of the same action adding up to it, is no figure of its own (the guideline
    /// counts the combined number only when no split is given).
    /// </summary>
    private void CombinedWithSplit()
    {
        for (var i = 0; i < _found.Count; i++)
        {
            var total = _found[i];
            if (total.Kind is not (FigureKind.DronesLaunched or FigureKind.DronesDowned) || total.Parent is not null)
            {
                continue;
            }

            var missiles = total.Kind == FigureKind.DronesLaunched ? FigureKind.MissilesLaunched : FigureKind.MissilesDowned;
            long drones = 0, others = 0;
            for (var k = i + 1; k < _found.Count; k++)
            {
                var part = _found[k];
                if (part.Parent is not null)
                {
                    continue;
                }

                if (part.Kind == total.Kind)
                {
                    drones += part.Mention.Value;
                }
                else if (part.Kind == missiles)
                {
                    others += part.Mention.Value;
                }
            }

            if (drones > 0 && others > 0 && drones + others == total.Mention.Value)
            {
                _found.RemoveAt(i);
                i--;
            }
        }
    }
}
