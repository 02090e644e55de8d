namespace Reports.Core.Figures;

/// <summary>
/// Questions about the sentence's numbers that the scans ask for nearly every token they pass: plain loops over the
/// mentions, so no closure or delegate is allocated per question.
/// </summary>
internal sealed partial class SentenceReader
{
    // The reader's working collections, reused on the thread from one sentence to the next: the extractor reads one
    // sentence at a time and keeps none of these (the list Read returns is the thread's too: see For).
    [ThreadStatic]
    private static Dictionary<int, Candidate>? _pooledAssigned;

    [ThreadStatic]
    private static List<Candidate>? _pooledFound;

    [ThreadStatic]
    private static List<Candidate>? _pooledExtra;

    /// <summary>This thread's collection, emptied (a new one when it grew past a thousand entries, so none stays large).</summary>
    private static Dictionary<int, Candidate> Pooled(ref Dictionary<int, Candidate>? pooled)
    {
        if (pooled is null || pooled.Count > 1_000)
        {
            pooled = [];
        }

        pooled.Clear();
        return pooled;
    }

    /// <summary>This thread's list, emptied (a new one when it grew past a thousand entries).</summary>
    private static List<Candidate> Pooled(ref List<Candidate>? pooled)
    {
        if (pooled is null || pooled.Capacity > 1_000)
        {
            pooled = [];
        }

        pooled.Clear();
        return pooled;
    }

    // The day terms' matches of one look-up, reused on the thread (each user reads them before the next look-up).
    [ThreadStatic]
    private static List<TermMatch>? _dayScratch;

    // The matches of one look-up by TermMatchEndingAt, reused on the thread (nothing outside it reads them, so a caller may
    // hold the day scratch across it).
    [ThreadStatic]
    private static List<TermMatch>? _endingScratch;

    /// <summary>How far before an "up to" word a losing verb may stand, places and times between.</summary>
    private const int LosingVerbWindow = 8;

    /// <summary>A losing verb (a downing or losses term: "потеряла", "уничтожено") before <paramref name="upTo"/> in its clause, no number between.</summary>
    private bool LosingVerbBefore(int upTo)
    {
        for (var k = upTo - 1; k >= 0 && k >= upTo - LosingVerbWindow; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || t.IsComma || EndsMention(k + 1))
            {
                return false;
            }

            if (sentence.StartingAt(k) is { } term)
            {
                if (term.Tag == Tag.Downed)
                {
                    return true;
                }

                if (term.Tag == Tag.Casualties)
                {
                    // "потеряла … до 2 тысяч"; "число потерь возросло до 1300" is a count's change.
                    return sentence.EndingAt(term.Start) is not { Tag: Tag.CountNoun };
                }

                if (term.Tag is Tag.Killed or Tag.Injured or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.CountNoun or Tag.Launched)
                {
                    // "число погибших возросло до 21": a toll's change, no loss.
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The qualifier a figure states: its number's own, or one parted from it by a toll verb ("орієнтовно склали 1 050"
    /// is about 1,050); a "reach" word after a toll is no "up to" ("Số người chết đã lên tới 45" is exactly 45).
    /// </summary>
    private Qualifier QualifierOf(Candidate c)
    {
        var m = c.Mention;
        if (c.Restates is not null && c.PhraseStart < m.QualifierStart &&
            sentence.StartingAt(c.PhraseStart) is { Tag: Tag.CountNoun, Value: CompiledLanguage.RestatedValue })
        {
            // "surpassing the previous high of 653": a verb of exceeding before a figure named again compares the new figure
            // with it; the earlier value keeps only its own qualifier.
            return m.Qualifier;
        }

        if (UpToWordBefore(m) && sentence.EndingAt(m.QualifierStart - 1) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Downed })
        {
            // "потеряли до 1300 военнослужащих": "до" after a casualty or losing verb is "up to".
            return Qualifier.UpTo;
        }

        if (UpToWordBefore(m) && DashBeforeUpTo(m))
        {
            // "«Север» — до 420, «Запад» — до 380": "до" right after a list item's dash is "up to".
            return Qualifier.UpTo;
        }

        if (UpToWordBefore(m) && LosingVerbBefore(m.QualifierStart - 1))
        {
            // "потеряла в районе Покровска до 2 тысяч военнослужащих", "потеряла на этом направлении за сутки до 40 человек":
            // a place or time between the losing verb and its "до" leaves it "up to".
            return Qualifier.UpTo;
        }

        if (m.Qualifier == Qualifier.Exact && c.PhraseStart < m.QualifierStart &&
            sentence.StartingAt(c.PhraseStart) is { Tag: Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.CountNoun } &&
            QualifierEndingAt(c.PhraseStart) is { } fronted)
        {
            // "وتجاوز عدد الجرحى في لبنان 16 ألفا" (the number of wounded exceeded 16,000): a qualifying verb before the toll
            // that heads the number qualifies it.
            return fronted;
        }

        if (m.Qualifier == Qualifier.Exact && ExceedingBefore(m))
        {
            // "Die Zahl der Toten übersteigt nach Angaben der Behörde inzwischen 43.000": a verb of exceeding governs the
            // first number after it in its clause, whatever attribution or adverb stands between.
            return Qualifier.MoreThan;
        }

        if (m.Qualifier == Qualifier.Exact && ExceedingAfter(m))
        {
            // "شمار شهدای غزه از ۷۰ هزار نفر گذشت" (the Gaza toll passed 70,000), "hat 45.000 überschritten": a verb-final
            // clause puts the verb of exceeding after its number.
            return Qualifier.MoreThan;
        }

        if (m.Qualifier == Qualifier.Exact && m.QualifierStart >= 2)
        {
            var scratch = DayScratch();
            for (var start = Math.Max(0, m.QualifierStart - 3); start < m.QualifierStart; start++)
            {
                scratch.Clear();
                language.Aside.MatchAt(sentence.Tokens, start, scratch);
                if (HasMatch(scratch, Tag.TollVerb, m.QualifierStart) && QualifierEndingAt(start) is { } parted)
                {
                    return parted;
                }
            }
        }
        else if (m.Qualifier == Qualifier.UpTo && (ChangeFromBefore(m) || ChangeSizeBefore(m)))
        {
            // "Số người chết tăng từ 7 đến 9 người": an "up to" right after a change's start ("from 7" after a change verb,
            // data numbers.changeVerbs) is the change's new value, no "up to".
            return Qualifier.Exact;
        }
        else if (m.Qualifier == Qualifier.UpTo && m.Start >= 1 && language.ChangeTo.Contains(sentence.Tokens[m.Start - 1].Folded) &&
                 ChangeFromAfter(m))
        {
            // "the death toll was revised up to five from three": an "up to" whose "to" opens a change's new value (a
            // "from" and the old value follow it) is the change, no "up to".
            return Qualifier.Exact;
        }
        else if (m.Qualifier == Qualifier.UpTo && c.PhraseStart < m.QualifierStart &&
                 (sentence.StartingAt(c.PhraseStart) is { Tag: Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Casualties or Tag.CountNoun } ||
                  // "Tổng số người chết đã lên tới 1.200" (the total number of dead has risen to 1,200): a count noun
                  // before the victims' word makes it a toll.
                  (sentence.StartingAt(c.PhraseStart) is { Tag: Tag.Killed or Tag.Injured } && CountNounBefore(c.PhraseStart) is not null)))
        {
            var scratch = DayScratch();
            language.Aside.MatchAt(sentence.Tokens, m.QualifierStart, scratch);
            if (HasMatch(scratch, Tag.Reach, m.Start))
            {
                return Qualifier.Exact;
            }
        }

        return m.Qualifier;
    }

    /// <summary>
    /// A change's old value after <paramref name="m"/>: a <c>changeFrom</c> word and a number within a few words, in one
    /// clause ("up to five from three", "to 12 people from eight").
    /// </summary>
    private bool ChangeFromAfter(Mention m)
    {
        var tokens = sentence.Tokens;
        for (var k = m.End; k < tokens.Count - 1 && k <= m.End + ChangeGap; k++)
        {
            if (tokens[k].IsClauseBreak || tokens[k].IsNumber)
            {
                return false;
            }

            if (language.ChangeFrom.Contains(tokens[k].Folded) && StartsMention(k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens before its number a verb of exceeding may stand.</summary>
    private const int ExceedingReach = 12;

    /// <summary>
    /// A verb of exceeding (data <c>exceeding</c>) before <paramref name="m"/>, at most <see cref="ExceedingReach"/> tokens,
    /// with no other number, clause break or casualty or weapon term between.
    /// </summary>
    private bool ExceedingBefore(Mention m)
    {
        if (language.Exceeding.Count == 0)
        {
            return false;
        }

        for (var k = m.QualifierStart - 1; k >= 0 && k >= m.QualifierStart - ExceedingReach; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || t.IsNumber || EndsMention(k + 1))
            {
                return false;
            }

            if (t.IsWord && language.Exceeding.Contains(t.Folded))
            {
                // "tên lửa siêu vượt âm" (a hypersonic missile): a word inside a longer term is that term's, no verb of its own.
                return !InsideLongerTerm(k);
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Drone or Tag.Missile or Tag.Downed } or
                { Tag: Tag.Launched, Value: not CompiledLanguage.AttackValue })
            {
                // A noun of an attack may stand between ("seit Beginn der Offensive"); a verb or noun of the count may not.
                return false;
            }
        }

        return false;
    }

    /// <summary>The token is a word of a term that starts before it (looked up through the sentence's tags).</summary>
    private bool InsideLongerTerm(int token)
    {
        for (var k = token - 1; k >= 0 && k >= token - 6; k--)
        {
            if (sentence.StartingAt(k) is { } term && term.End > token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb of exceeding after its number (data <c>exceedingAfter</c>), with only the number's people noun or counter and
    /// function words between, at most three tokens on.
    /// </summary>
    private bool ExceedingAfter(Mention m)
    {
        if (language.ExceedingAfter.Count == 0)
        {
            return false;
        }

        for (var k = m.End; k < sentence.Count && k <= m.End + 3; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsWord && language.ExceedingAfter.Contains(t.Folded))
            {
                return true;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.People or Tag.Counter } noun)
            {
                k = noun.End - 1;
                continue;
            }

            if (!(t.IsWord && language.Stopwords.Contains(t.Folded) && sentence.StartingAt(k) is null))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The qualifier (not "up to") whose term ends right before <paramref name="end"/>.</summary>
    private Qualifier? QualifierEndingAt(int end)
    {
        var scratch = DayScratch();
        for (var start = Math.Max(0, end - 3); start < end; start++)
        {
            scratch.Clear();
            language.Qualifiers.MatchAt(sentence.Tokens, start, scratch);
            foreach (var t in scratch)
            {
                if (t.End == end && t.Tag is Tag.AtLeast or Tag.MoreThan or Tag.About or Tag.Nearly)
                {
                    return NumberReader.QualifierOf(t.Tag);
                }
            }
        }

        return null;
    }

    /// <summary>This thread's list for one look-up of day terms, emptied.</summary>
    private static List<TermMatch> DayScratch()
    {
        var scratch = _dayScratch ??= new List<TermMatch>(4);
        scratch.Clear();
        return scratch;
    }

    /// <summary>The index of the first match tagged <paramref name="tag"/>, or -1.</summary>
    private static int IndexOfTag(List<TermMatch> matches, Tag tag)
    {
        for (var k = 0; k < matches.Count; k++)
        {
            if (matches[k].Tag == tag)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A match tagged <paramref name="tag"/> ends at <paramref name="end"/>.</summary>
    private static bool HasMatch(List<TermMatch> matches, Tag tag, int end)
    {
        foreach (var t in matches)
        {
            if (t.Tag == tag && t.End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first candidate found for <paramref name="m"/>, or -1.</summary>
    private int FoundIndexOf(Mention m)
    {
        for (var k = 0; k < _found.Count; k++)
        {
            if (_found[k].Mention == m)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A candidate of <paramref name="kind"/> was found for a number ending at <paramref name="end"/>.</summary>
    private bool FoundEndingAt(int end, FigureKind kind)
    {
        foreach (var c in _found)
        {
            if (c.Mention.End == end && c.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>All the candidates are of the first one's kind.</summary>
    private static bool OfOneKind(List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Kind != candidates[0].Kind)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Another candidate of <paramref name="c"/>'s kind, not a running total, is at most <see cref="RaisedTollRatio"/>
    /// times its value (the earlier toll <paramref name="c"/> raises).
    /// </summary>
    private bool HasLowerToll(Candidate c)
    {
        foreach (var o in _found)
        {
            // "The number of injured stands at 41, including 4 children": a part of the toll (its breakdown) did not raise it.
            if (o != c && o.Kind == c.Kind && !o.RunningTotal && o.Mention.Value * RaisedTollRatio <= c.Mention.Value &&
                !((o.Parent ?? IncludedWhole(o)) is { } whole && whole.Mention == c.Mention))
            {
                return true;
            }
        }

        // "Three soldiers were killed in Gaza on Tuesday. It brings the military's toll in the ground offensive to 468.": the
        // count of the sentence before raised it, when this sentence counts none of its kind besides.
        return context.LastCasualty == c.Kind && context.CasualtySentence == context.SentenceIndex - 1 &&
               context.LastCasualtyValue is { } last && last * RaisedTollRatio <= c.Mention.Value && !_found.Exists(o => o != c && o.Kind == c.Kind);
    }

    /// <summary>
    /// Drops the candidates found for <paramref name="x"/> or <paramref name="y"/> (a method of its own: a lambda
    /// capturing them in the caller's loop would allocate its closure on every pass of the loop).
    /// </summary>
    private void RemoveFound(Mention x, Mention y) => _found.RemoveAll(c => c.Mention == x || c.Mention == y);

    /// <summary>A counting number starts here (numbers already excluded, "12 nước", "25 tuổi", do not block a scan).</summary>
    private bool StartsMention(int token)
    {
        if (_lookup is not null)
        {
            return StartsMentionIndexed(token);
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var x = mentions[k];
            if ((x.QualifierStart == token || x.Start == token) && !IsExcluded(x))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsMention(int token)
    {
        if (_lookup is not null)
        {
            return EndsMentionIndexed(token, strong: false);
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var x = mentions[k];
            if (x.End == token && !IsExcluded(x))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number that is neither a weak "one" nor excluded ends right before <paramref name="token"/>.</summary>
    private bool EndsStrongMention(int token)
    {
        if (_lookup is not null)
        {
            return EndsMentionIndexed(token, strong: true);
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var x = mentions[k];
            if (x.End == token && !x.Weak && !IsExcluded(x))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many numbers lie wholly inside tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private int MentionsWithin(int from, int to)
    {
        var count = 0;
        for (var k = 0; k < mentions.Count; k++)
        {
            count += mentions[k].Start >= from && mentions[k].End <= to ? 1 : 0;
        }

        return count;
    }

    /// <summary>The first number starting at <paramref name="token"/>, or the default mention (End 0) when none does.</summary>
    private Mention MentionStartingAt(int token)
    {
        if (_lookup is not null)
        {
            return _lookup.FirstStartingAt(token) is >= 0 and var first ? mentions[first] : default;
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Start == token)
            {
                return mentions[k];
            }
        }

        return default;
    }

    /// <summary>The index of <paramref name="m"/> in the sentence's numbers (the first equal one), or -1.</summary>
    private int IndexOfMention(Mention m) => _lookup is { } lookup ? lookup.IndexOf(m) : mentions.IndexOf(m);

    /// <summary><see cref="StartsMention"/> on an indexed sentence.</summary>
    private bool StartsMentionIndexed(int token)
    {
        var lookup = _lookup!;
        for (var k = lookup.FirstStartingAt(token); k >= 0; k = lookup.NextStartingAt(k))
        {
            if (!ExcludedAt(k))
            {
                return true;
            }
        }

        for (var k = lookup.FirstQualifiedAt(token); k >= 0; k = lookup.NextQualifiedAt(k))
        {
            if (!ExcludedAt(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="EndsMention"/> (or, <paramref name="strong"/>, <see cref="EndsStrongMention"/>) on an indexed sentence.</summary>
    private bool EndsMentionIndexed(int token, bool strong)
    {
        var lookup = _lookup!;
        for (var k = lookup.FirstEndingAt(token); k >= 0; k = lookup.NextEndingAt(k))
        {
            if (!(strong && mentions[k].Weak) && !ExcludedAt(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A change's start right before <paramref name="m"/>'s qualifier: a change verb, a "from" word and a number ending where
    /// the qualifier starts ("tăng từ 7 đến 9").
    /// </summary>
    private bool ChangeFromBefore(Mention m)
    {
        var tokens = sentence.Tokens;
        if (MentionEndingAt(m.QualifierStart) is not { } start)
        {
            return false;
        }

        var k = start.QualifierStart - 1;
        return k >= 1 && tokens[k].IsWord && language.ChangeFrom.Contains(tokens[k].Folded) &&
               tokens[k - 1].IsWord && language.ChangeVerbs.Contains(tokens[k - 1].Folded);
    }
}
