namespace Reports.Core.Figures;

/// <summary>Twenty-sixth session (english helper): wire copy, statements and round-ups.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A clause opener (data <c>clauseOpeners</c>: "before", "after", "as", "when") between two tokens: what follows it is
    /// another clause's. "intercepted 12 of them before they crossed into Israeli territory": the crossing is no hit of
    /// the twelve.
    /// </summary>
    private bool OpenerBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.ClauseOpener })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A fact box's line that opens with its count and a colon, its label after it: "21: People killed, according to the
    /// mayor", "19: Missiles fired at the city". The label is read as if it followed the number.
    /// </summary>
    private Candidate? CountThenLabel(int index, Mention m, Scan backward)
    {
        if (m.QualifierStart != 0 || m.End + 1 >= sentence.Count || sentence.Tokens[m.End].Folded != ":")
        {
            return null;
        }

        var labelled = m with { End = m.End + 1 };
        var forward = Forward(labelled);
        if (forward.Keyword is null && forward.Noun is null)
        {
            return null;
        }

        var found = Casualty(labelled, forward, backward) ?? Weapons(index, labelled, forward, backward);
        return found is { } c ? c with { Mention = m } : null;
    }

    /// <summary>
    /// "Israeli strikes killed 56 people and injured 290 across Lebanon: 21 in the South, 19 in Nabatieh, 12 in Bekaa and 4
    /// in Beirut": items read as parts of the nearest figure (the 290 injured) whose sum is another casualty figure of the
    /// sentence (the 56 killed), and not their own parent's, are parts of that one.
    /// </summary>
    private void ItemsSummingToAnotherFigure()
    {
        for (var i = 0; i < _found.Count; i++)
        {
            var root = _found[i];
            if (root.Parent is not null || !IsCasualty(root.Kind))
            {
                continue;
            }

            long sum = 0;
            var items = 0;
            foreach (var c in _found)
            {
                if (c.Kind == root.Kind && !c.Compared && ReferenceEquals(RootOf(c), root))
                {
                    sum += c.Mention.Value;
                    items++;
                }
            }

            if (items == 0 || sum == root.Mention.Value)
            {
                continue;
            }

            // "…, according to the Ministry of Public Health: 21 in the South, 19 in …": a bare first item read on its own
            // heads the others; it is an item too.
            var bare = root.PhraseStart >= root.Mention.QualifierStart && root.PhraseEnd <= root.Mention.End;
            var whole = WholeOfOtherKind(root, sum, items >= 2) ?? (bare ? WholeOfOtherKind(root, sum + root.Mention.Value, true) : null);
            if (whole is null)
            {
                continue;
            }

            if (bare && whole.Mention.Value != sum)
            {
                _found[i] = root with { Kind = whole.Kind, Parent = whole };
            }

            for (var k = 0; k < _found.Count; k++)
            {
                if (_found[k].Kind == root.Kind && !_found[k].Compared && ReferenceEquals(RootOf(_found[k]), root))
                {
                    _found[k] = _found[k] with { Kind = whole.Kind, Parent = whole };
                }
            }
        }
    }

    /// <summary>The figure a list item was read from, through the items before it; null for a figure of its own.</summary>
    private static Candidate? RootOf(Candidate c)
    {
        var parent = c.Parent;
        for (var depth = 0; parent?.Parent is not null && depth < 32; depth++)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>A casualty figure of its own before <paramref name="root"/>, of another kind, whose value is <paramref name="sum"/>.</summary>
    private Candidate? WholeOfOtherKind(Candidate root, long sum, bool enough)
    {
        if (!enough)
        {
            return null;
        }

        Candidate? whole = null;
        foreach (var c in _found)
        {
            if (c.Parent is null && IsCasualty(c.Kind) && c.Kind != root.Kind && c.Mention.Value == sum && c.Mention.End <= root.Mention.Start)
            {
                whole = c;
            }
        }

        return whole;
    }

    /// <summary>
    /// "27 civilians were killed and 134 injured in Kharkiv region (18 and 96 respectively in October)", "(18 in
    /// October)": a parenthesis opened at <paramref name="open"/> that starts with <paramref name="m"/> and holds only bare
    /// numbers, "and", commas, "respectively" and a time phrase (at least one of the last two) gives earlier values of the
    /// figures before it, whatever place stands between.
    /// </summary>
    private bool ParenthesisOfEarlierValues(int open, Mention m)
    {
        // "(masing-masing 18 dan 96 pada bulan Oktober)": "respectively" may open it.
        var first = sentence.StartingAt(open + 1) is { Tag: Tag.Respectively } opening ? opening.End : open + 1;
        if (m.QualifierStart != first)
        {
            return false;
        }

        var marked = first > open + 1;
        for (var k = first; k < sentence.Count; k++)
        {
            var t = sentence.Tokens[k];
            if (t.Folded == ")")
            {
                return marked;
            }

            if (MentionStartingAt(k) is { End: > 0 } value && value.Start == k)
            {
                k = value.End - 1;
                continue;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.And or Tag.Respectively or Tag.Month or Tag.Period or Tag.Cumulative or Tag.EventTime } term)
            {
                marked |= term.Tag is not Tag.And;
                k = term.End - 1;
                continue;
            }

            if (!(t.IsComma || (t.IsWord && language.Stopwords.Contains(t.Folded))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// An event's time ends right before <paramref name="start"/>, one function word at most between: "In a single night in
    /// September, Russia sent more than 700 drones", "за одну ночь в сентябре" — the month dates that night, it frames no
    /// period ("said on Saturday that in November 14 men … were killed" keeps the month's total).
    /// </summary>
    private bool EventTimeRightBefore(int start)
    {
        for (var k = start; k > 0 && k >= start - 1; k--)
        {
            if (sentence.EndingAt(k) is { Tag: Tag.EventTime } time && !SinceBefore(time.Start))
            {
                return true;
            }

            if (!sentence.Tokens[k - 1].IsWord || !language.Stopwords.Contains(sentence.Tokens[k - 1].Folded))
            {
                return false;
            }
        }

        return false;
    }
}
