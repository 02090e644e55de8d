namespace Reports.Core.Figures;

/// <summary>
/// Decides, for each number of one sentence, whether it is a figure and of which kind. The rules are
/// language-independent; what a word means comes from the language's data file:
/// <list type="bullet">
/// <item>a number followed by a drone or missile noun ("28 Shahed drones", "۶۱ فروند پهپاد") counts weapons; the
/// nearest launching or downing verb says which; "X of Y" gives both (Y launched, X downed);</item>
/// <item>a number with a casualty word after it ("19 dead", "207 người thiệt mạng", "۱۱ نفر ... زخمی شدند") or a
/// casualty verb right before it ("killing 12 people", "menewaskan tiga orang") counts casualties;</item>
/// <item>a breakdown ("including two children", "trong đó có 4 trẻ em", "(31 men, 25 women…)") takes the kind of
/// the figure it breaks down;</item>
/// <item>a number with no noun beside a downing verb ("sebanyak 60 berhasil ditembak jatuh", "۱۸ تا از آنها را
/// ساقط کنند") counts the weapons the sentence, or the one before, is about.</item>
/// </list>
/// </summary>
internal sealed partial class SentenceReader(TaggedSentence sentence, List<Mention> mentions, CompiledLanguage language, ArticleContext context)
{
    private const int PeopleWindow = 7;
    private const int VerbFinalPeopleWindow = 12;

    /// <summary>
    /// How far the whole of a part ("Three of the 18 fishermen … died") reads to its verb: the part announces a verb to
    /// come, so a long attribute (a relative clause, a participle with its agent, time and place) may stand between.
    /// </summary>
    private const int WholeOfAPartWindow = 18;
    private const int BareWindow = 2;
    private const int NounWindow = 3;
    private const int ChangeGap = 4;
    private Dictionary<int, Candidate> _assigned = Pooled(ref _pooledAssigned);
    private List<Candidate> _found = Pooled(ref _pooledFound);
    private List<Candidate> _extra = Pooled(ref _pooledExtra);
    private MentionLookup? _lookup = mentions.Count > MentionLookup.Threshold ? new MentionLookup(mentions, sentence.Count) : null;

    // The thread's reader and the list its Read returns, reused from one sentence to the next (the extractor reads one
    // sentence at a time and is done with the candidates before it reads the next): no reader or list per sentence.
    [ThreadStatic]
    private static SentenceReader? _pooledReader;

    [ThreadStatic]
    private static List<Candidate>? _pooledResult;

    /// <summary>
    /// The thread's reader, set to read <paramref name="sentence"/> as a new reader would (every field as the constructor
    /// leaves it). What <see cref="Read"/> returns is valid until the thread's next reader is asked for.
    /// </summary>
    public static SentenceReader For(TaggedSentence sentence, List<Mention> mentions, CompiledLanguage language, ArticleContext context)
    {
        if (_pooledReader is not { } reader)
        {
            return _pooledReader = new SentenceReader(sentence, mentions, language, context);
        }

        reader.Reset(sentence, mentions, language, context);
        return reader;
    }

    private void Reset(TaggedSentence s, List<Mention> m, CompiledLanguage l, ArticleContext c)
    {
        sentence = s;
        mentions = m;
        language = l;
        context = c;
        _assigned = Pooled(ref _pooledAssigned);
        _found = Pooled(ref _pooledFound);
        _extra = Pooled(ref _pooledExtra);
        _lookup = m.Count > MentionLookup.Threshold ? new MentionLookup(m, s.Count) : null;
        _cues = null;
        _attackObjectScratch?.Clear();
    }

    public List<Candidate> Read()
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            if (_assigned.TryGetValue(index, out var preset))
            {
                _found.Add(preset);
                continue;
            }

            var m = mentions[index];
            if (DownedTargets(m) is { } targets)
            {
                // "vô hiệu hóa 718 mục tiêu": targets are an exclusion ("struck 30 targets") unless a downing word governs them.
                _found.Add(targets);
                continue;
            }

            if (IsExcluded(m) || AfterNumber(index) || InGroup(m))
            {
                continue;
            }

            var forward = Forward(m);
            var backward = Backward(m);

            if (forward.Hypothetical || backward.Hypothetical || HypotheticalInClause(m.QualifierStart))
            {
                continue;
            }

            if (NotIncludedBefore(m))
            {
                // "Con số này chưa bao gồm hàng nghìn người còn mắc kẹt dưới đống đổ nát", "belum termasuk ribuan orang …",
                // "بدون احتساب هزاران نفر …", "not including thousands still missing": a count left out of the figure is none.
                continue;
            }

            // A casualty verb right before the number ("وأصيب 29 آخرون في هجوم بطائرات") outranks a weapon noun further on.
            var casualtyFirst = backward.Keyword is not null && backward.KeywordGaps == 0;
            var found = SelfCounted(m) ?? CauseItem(m) ?? OfTheVictims(m, forward) ?? OfAGroup(m, forward)
                ?? (casualtyFirst ? Casualty(m, forward, backward) ?? Weapons(index, m, forward, backward) : Weapons(index, m, forward, backward) ?? Casualty(m, forward, backward))
                ?? AmongVictims(index, m, forward)
                ?? AmongNamed(m, forward)
                ?? CountedWeapons(m, forward, backward)
                ?? Restated(m, forward, backward)
                ?? RunningTotal(m, forward, backward)
                ?? Inherited(m, forward, backward)
                ?? IncludedWeapons(m, forward, backward)
                ?? Implicit(m, forward, backward)
                ?? OpeningPart(m, forward)
                ?? DashValue(m, forward)
                ?? ListItem(m)
                ?? HeadedLabel(m)
                ?? Parenthesised(m)
                ?? CountThenLabel(index, m, backward)
                ?? ApposedToVictims(m)
                ?? TotalOfNamed(m, forward)
                ?? FollowUp(m);
            if (found is { } candidate && !ReferenceEquals(candidate, OneOfTheVictims) && !AffectedWithoutDead(candidate) && !IdentifiedAmong(candidate, forward))
            {
                _found.Add(candidate);
            }
        }

        AllWithoutNumber();
        SingleVictim();
        SingleVictimNoun();
        Changes();
        Distribute();
        PartsOfTotal();
        ItemsSummingToAnotherFigure();
        AddedTypes();
        RangeLowerEnds();
        SecondPair();
        RespectiveScopes();
        VictimsBesideWounded();
        _found.AddRange(_extra);
        var result = Pooled(ref _pooledResult);
        foreach (var c in _found)
        {
            if (Stands(c) && !OneOfACountedGroup(c) && !TendedOverTime(c) && !BodiesNoFigure(c) && !HeldPerUnit(c) && !AtARate(c) && !Delivered(c) && !(AccidentSentence() && ((sentence.IsAccident && !AccidentOnlyInPart(c)) || AccidentInSegment(c) || AccidentAttached(c)) && IsCasualty(c.Kind)) && !GroupOfAPart(c) && !FrontedGroup(c) && !WeaponsAsVictims(c))
            {
                result.Add(c with
                {
                    Kind = DeadAmongTheInjured(c) || CoordinatedVictims(c) || Affected(c) || HurtWithCountedDead(c) ? FigureKind.Casualties : c.Kind,
                    Scope = ScopeOf(c, 0), Mention = c.Mention with { Qualifier = QualifierOf(c) },
                    AccidentInPart = sentence.HasAccident && AccidentOnlyInPart(c),
                });
            }
        }

        ShareCoordinatedScopes(result);
        ShareGappedScopes(result);
        WeakOneBeforeOthers(result);
        UpdateContext(result);
        return result;
    }

    /// <summary>The tokens of the count's own segment: its phrase and number, widened to the nearest comma or clause break.</summary>
    private (int Start, int End) SegmentOf(Candidate c)
    {
        var start = Math.Min(c.PhraseStart, c.Mention.QualifierStart);
        var end = Math.Max(c.PhraseEnd, c.Mention.End);
        while (start > 0 && !sentence.Tokens[start - 1].IsComma && !sentence.Tokens[start - 1].IsClauseBreak)
        {
            start--;
        }

        return (start, ClauseEndAfter(end));
    }

    /// <summary>
    /// "Hàng trăm người bị thương đã được sơ tán khỏi Gaza trong nhiều tháng qua", "Rumah sakit … telah merawat ribuan korban
    /// luka selama beberapa minggu terakhir", "Hundreds of wounded have been evacuated … over the past few months": a vague
    /// count of wounded that an act or a verb of tending (data <c>acts</c>, <c>tended</c>) acts on in its clause, in a
    /// sentence of weeks or months (a period or a running-total cue), counts care given over that time, no casualty figure.
    /// A count of the wounded of one attack ("Dozens of wounded were taken to hospital") has no such span.
    /// </summary>
    private bool TendedOverTime(Candidate c)
    {
        if (!c.Mention.Vague || c.Kind is not (FigureKind.Injured or FigureKind.Casualties))
        {
            return false;
        }

        var start = c.Mention.QualifierStart;
        while (start > 0 && !sentence.Tokens[start - 1].IsClauseBreak)
        {
            start--;
        }

        var own = Math.Max(c.PhraseEnd, c.Mention.End);
        var end = ClauseEndAfter(own);
        var tended = false;
        var span = false;
        var scratch = DayScratch();
        for (var k = 0; k < sentence.Count; k++)
        {
            if (k >= c.Mention.QualifierStart && k < own)
            {
                continue;
            }

            var term = sentence.StartingAt(k);
            span |= term is { Tag: Tag.Period or Tag.Cumulative };
            if (k < start || k >= end || tended)
            {
                continue;
            }

            tended |= term is { Tag: Tag.Act, Value: not CompiledLanguage.MiscountedValue };
            scratch.Clear();
            language.Aside.MatchAt(sentence.Tokens, k, scratch);
            foreach (var t in scratch)
            {
                tended |= t.Tag == Tag.Tended;
            }
        }

        if (tended && span)
        {
            (context.Tended ??= []).Add((c.Kind, c.Mention.Value));
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Mỗi bệ phóng mang tối đa 16 tên lửa", "Setiap peluncur membawa hingga 16 rudal", "Each launcher carries up to 16
    /// missiles": a weapons count in a clause that a distributive word (data <c>distributive</c>) opens before it, on a
    /// noun that is no time ("mỗi đêm", "every day" count what one night brings), with no launching, downing or hitting verb
    /// or "of" between, is what each unit holds, no figure.
    /// </summary>
    private bool HeldPerUnit(Candidate c)
    {
        if (IsCasualty(c.Kind))
        {
            return false;
        }

        var scratch = DayScratch();
        for (var k = c.Mention.QualifierStart - 1; k >= 0; k--)
        {
            var t = sentence.Tokens[k];
            scratch.Clear();
            language.Aside.MatchAt(sentence.Tokens, k, scratch);
            TermMatch? distributive = null;
            foreach (var term in scratch)
            {
                if (term.Tag == Tag.Distributive && (distributive is null || term.End > distributive.Value.End))
                {
                    distributive = term;
                }
            }

            if ((t.IsClauseBreak || t.IsComma || sentence.StartingAt(k) is { Tag: Tag.Launched or Tag.Downed or Tag.Hit or Tag.Of or Tag.All }) &&
                !(distributive is { } phrase && phrase.End - phrase.Start > 1) && !DistributiveCovers(k, scratch))
            {
                // "Every night Russia launched 300 drones", "each of the 40 drones": what is done each time, or a part. The "of"
                // or "all" word of a distributive phrase ("كل منها", each of them) is none.
                return false;
            }

            if (distributive is { } each)
            {
                // "هر دو موشک" (both missiles), "each of the 12 drones": a number right after a one-word distributive counts
                // the weapons themselves; after a phrase of several words ("كل منها" each of them, "mit jeweils" with each,
                // "кожна з яких" each of which) it is what each holds.
                return each.End <= c.Mention.QualifierStart && (each.End - each.Start > 1 ||
                       (each.End < c.Mention.QualifierStart && !sentence.Tokens[each.End].IsNumber && !StartsMention(each.End))) && !TimeAt(each.End);
            }
        }

        return false;
    }

    /// <summary>A distributive phrase of several words starts at most two tokens before <paramref name="k"/> and covers it.</summary>
    private bool DistributiveCovers(int k, List<TermMatch> scratch)
    {
        for (var j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            scratch.Clear();
            language.Aside.MatchAt(sentence.Tokens, j, scratch);
            foreach (var term in scratch)
            {
                if (term.Tag == Tag.Distributive && term.End > k)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A time word at <paramref name="k"/>: a day or hour unit, a time of an event, a period or a month, a day of the week.</summary>
    private bool TimeAt(int k)
    {
        if (sentence.StartingAt(k) is { Tag: Tag.EventTime or Tag.Period or Tag.Month or Tag.Cumulative })
        {
            return true;
        }

        var scratch = DayScratch();
        scratch.Clear();
        language.Days.MatchAt(sentence.Tokens, k, scratch);
        language.Aside.MatchAt(sentence.Tokens, k, scratch);
        foreach (var term in scratch)
        {
            if (term.Tag is Tag.DayUnit or Tag.HourUnit or Tag.Weekday)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A count of bodies (data <c>bodies</c> in its segment) that is no casualty figure: bodies handed back in an exchange
    /// (data <c>handedBack</c> in the sentence: "Israel trao trả 30 thi thể", "Jenazah dua sandera dipulangkan", "پیکر ۱۵
    /// فلسطینی … تحویل داده شد", "returned the bodies of 6,060 soldiers"), and "more" bodies found beside a death toll of
    /// this sentence or the one before ("tìm thấy thêm ba thi thể …, nâng số người thiệt mạng lên 37", "satu jenazah lagi",
    /// "دو پیکر دیگر"): the toll counts them, the increment is no figure of its own.
    /// </summary>
    private bool BodiesNoFigure(Candidate c)
    {
        if (c.Kind != FigureKind.Killed)
        {
            return false;
        }

        var (start, end) = SegmentOf(c);
        var body = -1;
        var bodyStart = -1;
        var handedBack = false;
        var scratch = DayScratch();
        for (var k = 0; k < sentence.Count; k++)
        {
            scratch.Clear();
            language.Aside.MatchAt(sentence.Tokens, k, scratch);
            foreach (var t in scratch)
            {
                if (t.Tag == Tag.Body && k >= start && k < end && body < 0)
                {
                    body = t.End;
                    bodyStart = k;
                }

                handedBack |= t.Tag == Tag.HandedBack;
            }
        }

        if (body < 0)
        {
            return false;
        }

        if (handedBack)
        {
            return true;
        }

        if (!sentence.HasToll && context.TollSentence != context.SentenceIndex - 1)
        {
            return false;
        }

        // "more": "thêm ba thi thể" (a change word or "others" right before the count), "dua jenazah lagi", "دو پیکر دیگر",
        // "two more bodies" ("others" right after the count or its body noun).
        var before = c.Mention.QualifierStart;
        // The body noun's "more" is this count's only when the noun is its own: "Korban tewas naik menjadi 15 orang setelah
        // ditemukan dua jenazah lagi" keeps the toll of 15 (another count, the two, stands before the bodies).
        return (before > 0 && (language.ChangeBy.Contains(sentence.Tokens[before - 1].Folded) || sentence.EndingAt(before) is { Tag: Tag.Others })) ||
               sentence.StartingAt(c.Mention.End) is { Tag: Tag.Others } ||
               // "پیکر دو نفر دیگر", "thi thể 2 người khác": "others" after the count's people word or counting word.
               (body <= c.Mention.QualifierStart && sentence.StartingAt(c.Mention.End) is { Tag: Tag.People or Tag.Counter } unit && sentence.StartingAt(unit.End) is { Tag: Tag.Others }) ||
               (sentence.StartingAt(body) is { Tag: Tag.Others } && !(bodyStart >= c.Mention.End && MentionWithin(c.Mention.End, bodyStart - c.Mention.End)));
    }

    /// <summary>
    /// The sentence names an accident or disease: a word of <c>accidents</c>, or one of <c>aftermath</c> (a collapse) in an
    /// article that names no attack ("Nach dem Einsturz des Gebäudes wurden vier Leichen geborgen" after a missile strike
    /// counts the dead; "انهيار مبنى" in a story of no war does not).
    /// </summary>
    private bool AccidentSentence() => sentence.HasAccident && (sentence.HasPlainAccident || !context.Violence);

    /// <summary>
    /// "The war has killed as many as 150,000 people, according to some estimates, including those who died of hunger": the
    /// accident or disease words of the sentence all stand in a part named after the count (past an including term: data
    /// <c>including</c>), so they name a share of the toll, not its cause.
    /// </summary>
    private bool AccidentOnlyInPart(Candidate c)
    {
        var part = false;
        var accident = false;
        for (var k = 0; k < sentence.Count; k++)
        {
            if (sentence.Tokens[k].IsComma || sentence.Tokens[k].IsClauseBreak)
            {
                // "Ten people, including four children, died of malnutrition": the part ends at its comma.
                part = false;
            }

            if (sentence.StartingAt(k) is not { } term)
            {
                continue;
            }

            if (term.Tag == Tag.Including && k >= c.Mention.End)
            {
                part = true;
            }
            else if (term.Tag == Tag.Accident)
            {
                if (!part)
                {
                    return false;
                }

                accident = true;
            }

            k = term.End - 1;
        }

        return accident;
    }

    /// <summary>
    /// "…1,567 people had died of cholera since August, while a drone strike on a market killed 21": in a sentence that
    /// names violence too, an accident or a disease in the count's own segment (no comma or clause break between), with no
    /// violence there, makes it no casualty.
    /// </summary>
    private bool AccidentInSegment(Candidate c)
    {
        var (start, end) = SegmentOf(c);

        var accident = false;
        for (var k = start; k < end; k++)
        {
            if (sentence.StartingAt(k) is { } term)
            {
                if (TaggedSentence.IsViolence(term))
                {
                    return false;
                }

                accident |= term.Tag == Tag.Accident;
            }
        }

        return accident;
    }

    /// <summary>
    /// "…on the same day that health officials reported 40 new cholera deaths", "have died of malnutrition": an accident or
    /// disease word inside the count's own phrase, or right after it past an "of" or "from" (data <c>of</c>,
    /// <c>comparisons</c>) and at most one other word, names its cause, whatever violence the rest of its clause names.
    /// </summary>
    private bool AccidentAttached(Candidate c)
    {
        var start = Math.Min(c.PhraseStart, c.Mention.QualifierStart);
        var end = Math.Max(c.PhraseEnd, c.Mention.End);
        for (var k = start; k < end; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Accident })
            {
                return true;
            }
        }

        if (end < sentence.Count && sentence.StartingAt(end) is { Tag: Tag.Of or Tag.Comparison } of)
        {
            for (var k = of.End; k < sentence.Count && k <= of.End + 1; k++)
            {
                if (sentence.StartingAt(k) is { } term)
                {
                    return term.Tag == Tag.Accident;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "The mission recorded 64 civilians killed and 300 injured last week", "610 killed and 4,746 injured during the
    /// 12-day war": figures coordinated by "and" in one clause are counted over one time. Each took its nearest time
    /// expression; the one nearer its own figure decides for both (a tie goes to the running total, as for one figure).
    /// </summary>
    private void ShareCoordinatedScopes(List<Candidate> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (a, b) = (result[i], result[i + 1]);
            // An item that takes its kind from the list's first item ("fired about 120 SM-2 missiles, 80 SM-6 and 20 SM-3 since
            // late 2023") is coordinated with it as any other item.
            if (a.Scope == b.Scope || a.Parent is not null || (b.Parent is { } listed && listed.Mention.Start != a.Mention.Start) || a.RunningTotal || b.RunningTotal ||
                !Coordinated(a, b))
            {
                continue;
            }

            var (sa, da, oa, _) = NearestCue(a.Mention);
            var (sb, db, ob, _) = NearestCue(b.Mention);
            FigureScope? shared = (sa, sb) switch
            {
                (null, null) => CoordinatedWithTotal(a, b),
                (null, _) => ob ? sb : null,
                (_, null) => oa ? sa : null,
                _ when da < db => oa ? sa : null,
                _ when db < da => ob ? sb : null,
                _ => oa && ob ? FigureScope.Cumulative : null,
            };

            if (shared is { } scope && (scope == a.Scope || scope == b.Scope))
            {
                result[i] = a with { Scope = scope };
                result[i + 1] = b with { Scope = scope };
                for (var k = 0; k < result.Count; k++)
                {
                    // "(a week earlier 51 and 280)": values read from a figure keep its scope.
                    if (result[k].Parent is { } parent && (parent.Mention.Start == a.Mention.Start || parent.Mention.Start == b.Mention.Start) &&
                        result[k].Scope == (parent.Mention.Start == a.Mention.Start ? a.Scope : b.Scope))
                    {
                        result[k] = result[k] with { Scope = scope };
                    }
                }
            }
        }
    }

    /// <summary>
    /// "Число погибших с начала августа выросло до 112, еще 430 человек получили ранения": a count of another kind marked
    /// "others" after a comma (no clause break) is counted over the running total's time when the total's own phrase holds
    /// the time ("bringing the toll to …" is a total read from the count before it and does not reach on; nor does one
    /// whose own segment names an attack).
    /// </summary>
    private bool OthersAfterTotal(Candidate a, Candidate b)
    {
        if (a.Scope != FigureScope.Cumulative || a.RunningTotal || b.Mention.QualifierStart < 1 ||
            sentence.EndingAt(b.Mention.QualifierStart) is not { Tag: Tag.Others } others || OneAttackInSegment(b))
        {
            return false;
        }

        for (var k = a.Mention.End; k < others.Start; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "14 soldiers had been killed since the ground operation began, and 106 wounded", "bringing the toll since October to
    /// 43,391, with 102,347 wounded": a casualty count whose verb is left out ("and" or "with" before it, its casualty word
    /// and the clause's end after it) is counted over the time of the casualty count of another kind before it, unless its
    /// own clause names a time. So is a count in the thousands right after a running total (<see cref="BesideRunningTotal"/>).
    /// </summary>
    private void ShareGappedScopes(List<Candidate> result)
    {
        for (var j = 1; j < result.Count; j++)
        {
            var (a, b) = (result[j - 1], result[j]);
            if (a.Scope == b.Scope || !IsCasualty(a.Kind) || !IsCasualty(b.Kind) || a.Kind == b.Kind || b.Parent is not null ||
                b.RunningTotal || a.Mention.End > b.Mention.QualifierStart || !(Gapped(b.Mention) || BesideRunningTotal(a, b) || OthersAfterTotal(a, b)) ||
                NearestCue(b.Mention).OwnClause)
            {
                continue;
            }

            result[j] = b with { Scope = a.Scope };
        }
    }

    /// <summary>
    /// "شمار کشته‌ها … به ۴۳ هزار و ۳۹۱ نفر رسیده است، همچنین ۱۰۲ هزار و ۳۴۷ نفر زخمی شده‌اند" (the toll … has reached 43,391;
    /// 102,347 have also been wounded): a count in the thousands right after a running total of another kind is counted
    /// beside it, whatever day a clause before the total names.
    /// </summary>
    private static bool BesideRunningTotal(Candidate a, Candidate b) =>
        a.Scope == FigureScope.Cumulative && b.Mention.Value >= TotalMagnitude && b.Mention.Qualifier != Qualifier.UpTo;

    /// <summary>"…, and 106 wounded.", "…, with 102,347 wounded": "and" or "with" right before the count, its casualty word right after it, then the clause's end.</summary>
    private bool Gapped(Mention m)
    {
        var before = m.QualifierStart - 1;
        if (before < 1 || !(sentence.EndingAt(m.QualifierStart) is { Tag: Tag.And } || language.Accompanying.Contains(sentence.Tokens[before].Folded)))
        {
            return false;
        }

        // "dan 106 lainnya terluka", "và 106 người bị thương": people or "others" may stand between the count and its word.
        var k = m.End;
        while (k < sentence.Count && sentence.StartingAt(k) is { Tag: Tag.People or Tag.Others } between)
        {
            k = between.End;
        }

        if (sentence.StartingAt(k) is not { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } word)
        {
            return false;
        }

        return word.End >= sentence.Count || sentence.Tokens[word.End].IsPunctuation;
    }

    /// <summary>Two figures joined by "and" with only their own words between (a casualty word, people, function words).</summary>
    private bool Coordinated(Candidate a, Candidate b)
    {
        var from = a.PhraseEnd <= b.Mention.QualifierStart ? Math.Max(a.PhraseEnd, a.Mention.End) : a.Mention.End;
        var joined = false;
        for (var k = from; k < b.Mention.QualifierStart; k++)
        {
            var t = sentence.Tokens[k];
            if (k == from && t.Folded == "," && !IsCasualty(a.Kind) && !IsCasualty(b.Kind))
            {
                // "launched more than 1,300 attack drones, about 40 missiles and nearly 1,200 glide bombs": a list comma
                // right after a weapons count joins the next one as "and" does.
                joined = true;
                continue;
            }

            if (t.IsClauseBreak || t.IsComma)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { } term)
            {
                if (term.Tag == Tag.And)
                {
                    joined = true;
                }
                else if (term.Tag is not (Tag.Killed or Tag.Injured or Tag.Casualties or Tag.People or Tag.Others or Tag.Drone or Tag.Missile))
                {
                    return false;
                }

                k = term.End - 1;
                continue;
            }

            if (!(t.IsWord && language.Stopwords.Contains(t.Folded)))
            {
                return false;
            }
        }

        return joined;
    }

    /// <summary>
    /// "the toll rose from 18 to 25", "le bilan est passé de 18 à 25 morts", "выросло с 18 до 25": two numbers of one
    /// change (data <c>changeFrom</c> and <c>changeTo</c>, one word each, nothing else between) count the same thing, so a
    /// number the rules left without a kind takes its partner's — most often the latest value, which matters most.
    /// </summary>
    private void Changes()
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var (x, y) = (mentions[i - 1], mentions[i]);
            if (x.QualifierStart == 0 || x.Weak || y.Weak || !(FromTo(x, y) || ByTo(x, y) || ToFrom(x, y)))
            {
                continue;
            }

            if (sentence.EndingAt(x.QualifierStart - 1) is { Tag: Tag.Exclusion })
            {
                // "aged from 18 to 25": both ends of a range of what the exclusion names.
                RemoveFound(x, y);
                continue;
            }

            var cx = FoundIndexOf(x);
            var cy = FoundIndexOf(y);
            if ((cx >= 0) == (cy >= 0))
            {
                continue;
            }

            var (known, bare, at) = cx >= 0 ? (_found[cx], y, cx + 1) : (_found[cy], x, cy);
            if (IsExcluded(bare) || Forward(bare) is { Excluded: true } or { Noun: not null })
            {
                continue;
            }

            // "с начала августа выросло до 112 с 98": the other end of a change is counted over the same time (a running
            // total's earlier value is a running total), unless its own clause names a time.
            _found.Insert(at, new Candidate(known.Kind, bare, bare.QualifierStart, bare.End, known.Combined, false) { Restates = ScopeOf(known, 0) });
        }
    }

    /// <summary>
    /// "سقط شهيدان" (two martyrs fell), "قتيلان وثلاثة جرحى": a number word that is itself a noun of the killed or wounded
    /// (an Arabic dual, data <c>numbers.words</c> beside the casualty terms) counts its own kind, with no verb needed.
    /// </summary>
    private Candidate? SelfCounted(Mention m) =>
        m.Spelled && !m.Weak && m.End == m.Start + 1 && m.Start < sentence.Count && sentence.StartingAt(m.Start) is { Tag: Tag.Killed or Tag.Injured } own && own.End == m.End
            ? new Candidate(own.Tag == Tag.Killed ? FigureKind.Killed : FigureKind.Injured, m, m.QualifierStart, m.End, false, false)
            : null;

    /// <summary>
    /// "une famille de six", "satu keluarga beranggotakan lima orang": a number before a group noun counts groups, not
    /// people (most often it is an article, a weak "one"), and a number word that is
    /// also the group noun ("семью", a form of "seven" and of "family") is the noun.
    /// </summary>
    private bool InGroup(Mention m) =>
        sentence.StartingAt(m.Start) is { Tag: Tag.People, Value: CompiledLanguage.GroupValue } ||
        (m.End < sentence.Count && sentence.StartingAt(m.End) is { Tag: Tag.People, Value: CompiledLanguage.GroupValue });

    /// <summary>"from 18 to 25": the two numbers side by side, a change's start and end.</summary>
    private bool FromTo(Mention x, Mention y) =>
        y.QualifierStart == x.End + 1 &&
        language.ChangeTo.Contains(sentence.Tokens[x.End].Folded) &&
        language.ChangeFrom.Contains(sentence.Tokens[x.QualifierStart - 1].Folded);

    /// <summary>
    /// "fell to 168 in April from 209 in March", "сократилось до 168 с 209 в марте", "aumentaron a 1.282 en abril desde
    /// 1.040", "إلى 120 في أبريل من 164": a change's new value, then its start a few words on in one clause (data
    /// <c>changeTo</c> before the first, <c>changeFrom</c> before the second; a comma may stand between, no other number).
    /// </summary>
    private bool ToFrom(Mention x, Mention y) => ChangePair(x, y, language.ChangeTo, language.ChangeFrom, commaJoins: true);

    /// <summary>
    /// "rose by three overnight to 23", "выросло на три, до 23": a change's size and then its new value, a few words apart
    /// in one clause (data <c>changeBy</c> before the first, <c>changeTo</c> before the second).
    /// </summary>
    private bool ByTo(Mention x, Mention y) => ChangePair(x, y, language.ChangeBy, language.ChangeTo, commaJoins: false) || ChangeSizeThenValue(x, y);

    /// <summary>
    /// Two counts of one change a few words apart: <paramref name="first"/> before <paramref name="x"/>,
    /// <paramref name="second"/> before <paramref name="y"/>, no clause break between (a comma only with
    /// <paramref name="commaJoins"/>, and then no other number either).
    /// </summary>
    private bool ChangePair(Mention x, Mention y, IReadOnlySet<string> first, IReadOnlySet<string> second, bool commaJoins)
    {
        if (y.QualifierStart < x.End + 1 || y.QualifierStart > x.End + ChangeGap + 1 ||
            !first.Contains(sentence.Tokens[x.QualifierStart - 1].Folded) ||
            !second.Contains(sentence.Tokens[y.QualifierStart - 1].Folded))
        {
            return false;
        }

        for (var k = x.End; k < y.QualifierStart - 1; k++)
        {
            var t = sentence.Tokens[k];
            if ((t.IsClauseBreak && !(commaJoins && t.IsComma)) || (commaJoins && t.IsNumber))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "18 drones, two cruise missiles and one ballistic missile were launched", "40 Shahed drones and 10 decoy drones":
    /// items of one list, each with a weapon noun of its own, that count the same kind add up; the later ones are marked
    /// added, so a briefing sums them into the first. Only commas, "and" and function words may join them: a place ("18
    /// over Kyiv and 12 over Kharkiv"), a verb or "including" makes parts, not a sum.
    /// </summary>
    private void AddedTypes()
    {
        for (var i = 1; i < _found.Count; i++)
        {
            var previous = _found[i - 1];
            var c = _found[i];
            if (c.Kind != previous.Kind || IsCasualty(c.Kind) || c.Combined || previous.Combined || c.Parent is not null ||
                WeaponNounEnd(previous) is not { } nounEnd || WeaponNounEnd(c) is null || c.Mention.QualifierStart < nounEnd ||
                !ListJoin(nounEnd, c.Mention.QualifierStart))
            {
                continue;
            }

            _found[i] = c with { Added = true };
        }
    }

    /// <summary>The end of the weapon noun a few words after the count ("3 Kinzhal missiles", "two anti-ship cruise missiles"), if any.</summary>
    private int? WeaponNounEnd(Candidate c)
    {
        for (var k = c.Mention.End; k < sentence.Count && k <= c.Mention.End + NounWindow; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile } noun)
            {
                // "Shahed drones", "Kinzhal missiles": a type and its noun.
                var end = noun.End;
                while (end < sentence.Count && sentence.StartingAt(end) is { Tag: Tag.Drone or Tag.Missile } next)
                {
                    end = next.End;
                }

                return end;
            }

            if (sentence.Tokens[k].IsComma || sentence.Tokens[k].IsClauseBreak || StartsMention(k) || sentence.StartingAt(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Only a comma or "and", function words and up to two lowercase modifiers ("dua rudal jelajah antikapal dan satu
    /// rudal"): no name (a place), verb, term or clause break.
    /// </summary>
    private bool ListJoin(int from, int to)
    {
        var joined = false;
        var modifiers = 0;
        for (var k = from; k < to; k++)
        {
            var t = sentence.Tokens[k];
            if (t.Type == TokenType.Punctuation && t.Folded is "(" or "—" or "–")
            {
                // "32 missiles (28 Kh-101 and 4 Iskander-M)", "32 ракети — 28 Х-101 та 4 Іскандер-М": what a bracket or a
                // dash opens breaks the count before it down by type, as a colon does; it adds nothing to it.
                return false;
            }

            if (t.IsComma || sentence.StartingAt(k) is { Tag: Tag.And })
            {
                joined = true;
                continue;
            }

            if (t.IsClauseBreak || sentence.StartingAt(k) is not null || !t.IsWord || IsInsideTerm(k))
            {
                return false;
            }

            if (!language.Stopwords.Contains(t.Folded) && (joined || char.IsUpper(sentence.Text[t.Start]) || ++modifiers > 2))
            {
                return false;
            }
        }

        return joined;
    }

    /// <summary>
    /// A weak "one" (một, seorang, un, یک) is a tally only beside a counter word (also a noun of people that is one:
    /// "یک نفر") or another number of its group.
    /// </summary>
    /// <summary>Ages are at most this (an age limit is never a larger number).</summary>
    private const long OldestAge = 120;

    /// <summary>
    /// "Five of those killed were under 18", "children under 5", "victims under the age of 12": a bare number after an age
    /// limit (data <c>ageBounds</c>) with no noun after it is an age. A limit naming the age ("under the age of") stands
    /// anywhere; "under"/"over" only right after a noun of people or a copula of victims or people ("The toll was over
    /// 50", "killed over 50" count).
    /// </summary>
    private bool AgeLimit(Mention m)
    {
        var tokens = sentence.Tokens;
        if (language.AgeBounds.Length == 0 || m.Value > OldestAge ||
            sentence.StartingAt(m.End) is { Tag: Tag.People or Tag.Counter or Tag.Others or Tag.Drone or Tag.Missile })
        {
            return false;
        }

        // "were under 18." ends its clause; "children under 5 were killed" goes on to the children's verb.
        var ends = m.End >= tokens.Count || tokens[m.End].IsPunctuation || sentence.StartingAt(m.End) is { Tag: Tag.And or Tag.Exclusion };

        foreach (var bound in language.AgeBounds)
        {
            var from = m.Start - bound.Length;
            if (from < 0 || !WordsAt(from, bound))
            {
                continue;
            }

            if (bound.Length > 1)
            {
                return true;
            }

            if (from > 0 && sentence.EndingAt(from) is { Tag: Tag.People })
            {
                return true;
            }

            if (ends && from > 1 && tokens[from - 1].IsWord && language.Copulas.Contains(tokens[from - 1].Folded) &&
                sentence.EndingAt(from - 1) is { Tag: Tag.People or Tag.Killed or Tag.Injured or Tag.Casualties })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens from <paramref name="from"/> are the folded <paramref name="words"/>.</summary>
    private bool WordsAt(int from, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (from + w >= sentence.Count || sentence.Tokens[from + w].Folded != words[w])
            {
                return false;
            }
        }

        return true;
    }

    private bool Stands(Candidate c)
    {
        if (!c.Mention.Weak || c.Counted ||
            (c.Mention.End < sentence.Count && sentence.StartingAt(c.Mention.End) is { Tag: Tag.People, Value: CompiledLanguage.PeopleCounterValue }) ||
            OneOfAGroup(c) || WeakOneOfThem(c))
        {
            return true;
        }

        foreach (var o in _found)
        {
            if (!o.Mention.Weak && IsCasualty(o.Kind) == IsCasualty(c.Kind) && !o.NamedTotal)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCasualty(FigureKind kind) => kind is FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties;

    private void UpdateContext(List<Candidate> result)
    {
        if (sentence.HasToll)
        {
            context.TollSentence = context.SentenceIndex;
        }

        KeepWeaponList(result);
        KeepFollowKinds(result);
        KeepPeriodLaunches(result);
        context.DronesLaunched |= result.Exists(c => c.Kind == FigureKind.DronesLaunched);
        context.MissilesLaunched |= result.Exists(c => c.Kind == FigureKind.MissilesLaunched);
        foreach (var c in result)
        {
            if (c.Kind == FigureKind.DronesLaunched && !c.Combined)
            {
                context.LastDronesLaunched = c.Mention.Value;
            }
            else if (c.Kind == FigureKind.MissilesLaunched)
            {
                context.LastMissilesLaunched = c.Mention.Value;
            }
        }

        if (result.Count > 0)
        {
            context.LastScope = result[^1].Scope;
            context.LastKinds = 0;
            context.LastEventMax = 0;
            context.LastCumulativeMin = 0;
            foreach (var c in result)
            {
                context.LastKinds |= 1 << (int)c.Kind;
                KeepScopeSizes(c);
            }
            context.FigureSentence = context.SentenceIndex;
        }

        var hit = false;
        // (The scan finds the sentence's last weapon noun: one with none, most, is told by its tags without the scan.)
        for (var i = sentence.HasAny(Tag.Drone, Tag.Missile) ? sentence.Count - 1 : -1; i >= 0; i--)
        {
            hit |= sentence.StartingAt(i) is { Tag: Tag.Hit };
            if (sentence.StartingAt(i) is { Tag: Tag.Drone or Tag.Missile } noun)
            {
                context.LastWeapon = noun.Tag;
                context.WeaponSentence = context.SentenceIndex;
                if (!hit)
                {
                    for (var j = i - 1; j >= 0 && !hit; j--)
                    {
                        hit = sentence.StartingAt(j) is { Tag: Tag.Hit };
                    }
                }

                if (hit)
                {
                    context.StrikeSentence = context.SentenceIndex;
                }

                break;
            }
        }

        if (_found.Count == 0 && (sentence.HasMonth || sentence.HasCumulative) && (FramesPeriod() || CountedOverMonth() || CountedOverPeriod()))
        {
            context.PeriodSentence = context.SentenceIndex;
        }
        else if (_found.Count == 0 && BridgesPeriod())
        {
            context.PeriodSentence = context.SentenceIndex;
            context.PeriodBridged = context.SentenceIndex;
        }

        if (_found.Count == 0 && mentions.Count == 0 && HeadingKind() is { } headed)
        {
            context.HeaderKind = headed;
            context.HeaderSentence = context.SentenceIndex;
        }
        else if (_found.Count == 1 && context.HeaderSentence == context.SentenceIndex - 1 && LabelLine())
        {
            // "Total killed: 70" / "Of them in the city: 22" / "Children: 9": each label line under a heading keeps the
            // heading open for the next.
            context.HeaderSentence = context.SentenceIndex;
        }

        // A sentence ending with ":" after a figure opens a list whose items ("- Region – 5,") count the same kind.
        var listItem = _found.Exists(c => c.ContextListItem);
        if (sentence.Count > 0 && sentence.Tokens[^1].Folded == ":" && _found.Count > 0)
        {
            context.ListKind = _found[^1].Kind;
            context.ListSentence = context.SentenceIndex;
        }
        else if (listItem)
        {
            context.ListSentence = context.SentenceIndex;
        }

        var lastWeapons = result.LastOrDefault(c => !IsCasualty(c.Kind));
        if (lastWeapons is not null)
        {
            context.LastWeaponKind = lastWeapons.Kind;
            context.WeaponFigureSentence = context.SentenceIndex;
        }

        var lastCasualty = _found.LastOrDefault(c => IsCasualty(c.Kind));
        if (lastCasualty is not null)
        {
            context.LastCasualty = lastCasualty.Kind;
            context.LastCasualtyValue = lastCasualty.RunningTotal ? null : lastCasualty.Mention.Value;
            context.CasualtySentence = context.SentenceIndex;
            var max = 0L;
            foreach (var c in _found)
            {
                // "Dozens were killed …. Among them 15 children": an open-ended whole holds any part.
                max = !IsCasualty(c.Kind) ? max : c.Mention.Vague || c.Mention.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan ? long.MaxValue : Math.Max(max, c.Mention.Value);
            }

            context.LastCasualtyMax = max;
        }
    }

    /// <summary>"7 من أكتوبر", "7 de octubre": the word that links a day to its month (data <c>dayMonthLinks</c>), then a month.</summary>
    private bool MonthAfterWord(int token) =>
        token + 1 < sentence.Count && sentence.Tokens[token].IsWord && language.DayMonthLinks.Contains(sentence.Tokens[token].Folded) &&
        NamedMonthAt(token + 1);

    /// <summary>
    /// A month written by its name right at <paramref name="token"/> ("October", "tháng 10"): not one named relative to
    /// the report ("last month"), nor a term that opens with a preposition ("in May"), which only frames a period.
    /// </summary>
    private bool NamedMonthAt(int token) =>
        sentence.StartingAt(token) is { Tag: Tag.Month, Value: not CompiledLanguage.RelativeMonthValue } month &&
        (month.End - month.Start == 1 || !language.Stopwords.Contains(sentence.Tokens[token].Folded));

    /// <summary>
    /// "In October 23 civilians were killed", "during November 14 men …": after a word that frames the whole month (data
    /// <c>monthIn</c>), a number right after the month's name that people or weapons follow counts them; it is no day.
    /// </summary>
    private bool CountAfterWholeMonth(Mention m) =>
        language.MonthIn.Count > 0 && sentence.EndingAt(m.Start) is { Tag: Tag.Month } month && month.Start > 0 &&
        language.MonthIn.Contains(sentence.Tokens[month.Start - 1].Folded) &&
        sentence.StartingAt(m.End) is { Tag: Tag.People or Tag.Counter or Tag.Others or Tag.Drone or Tag.Missile };

    /// <summary>A month named by its name ending right before <paramref name="end"/> ("October 24", not "last month 24").</summary>
    private bool NamedMonthEndingAt(int end) =>
        sentence.EndingAt(end) is { Tag: Tag.Month, Value: not CompiledLanguage.RelativeMonthValue } month && NamedMonthAt(month.Start);

    /// <summary>
    /// The number cannot be the value of the time unit before it: above 31 and no year (1300–2100, solar and lunar Hijri
    /// years included), or above 12 with a casualty word right after it ("بلغ عدد القتلى هذا الشهر 350 قتيلا", this month 350
    /// killed; "tháng 10" stays a month).
    /// </summary>
    private bool NoValueOfATimeUnit(Mention m) =>
        (m.Value > 31 && m.Value is not (>= 1300 and <= 2100)) ||
        (m.Value > 12 && sentence.StartingAt(m.End) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties });

    /// <summary>
    /// The number is part of a ratio (data <c>ratio</c>, <c>ratioBetween</c>): its denominator ("uno de cada cinco", "از هر
    /// پنج کشته", "one in five of the victims"), or its numerator, smaller, right before the ratio word ("uno de cada",
    /// "واحد من كل") or after the denominator in its clause ("از هر پنج کشته یک نفر کودک", "Cứ năm người … thì có một").
    /// A share is no count; "one in five of the 30 people killed" keeps its 30.
    /// </summary>
    private bool RatioPart(Mention m)
    {
        if (RatioEndingAt(m.QualifierStart) is { } ratio && Denominator(ratio, m))
        {
            return true;
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var d = mentions[k];
            if (d.Value <= m.Value || d.Start == m.Start || RatioEndingAt(d.QualifierStart) is not { } before || !Denominator(before, d))
            {
                continue;
            }

            if (before.Start == m.End || (m.Start > d.End && !BreakBetween(d.End, m.Start) && m.Start - d.End <= RatioWindow))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after a ratio's denominator its numerator may stand ("از هر پنج کشته یک نفر").</summary>
    private const int RatioWindow = 6;

    /// <summary>
    /// <paramref name="d"/> after the ratio word is a denominator: always after a word of <c>ratio</c>; after one of
    /// <c>ratioBetween</c> only with a smaller number right before the word and "of" or a noun of people or victims (or the
    /// clause's end) right after the denominator.
    /// </summary>
    private bool Denominator(TermMatch ratio, Mention d)
    {
        if (ratio.Value != CompiledLanguage.RatioBetweenValue)
        {
            return true;
        }

        if (ratio.Start == 0 || !NumberEndsAt(ratio.Start) || sentence.ExcludesAt(d.End))
        {
            return false;
        }

        var numerator = false;
        for (var k = 0; k < mentions.Count; k++)
        {
            numerator |= mentions[k].End == ratio.Start && mentions[k].Value < d.Value;
        }

        // "That compares with 48 in 2024.": a year that ends the clause is the time of the count before it, no denominator
        // ("one in 2000 people" still is).
        var year = d.End - d.Start == 1 && YearAlone(d.Start);
        return numerator && (((d.End >= sentence.Count || sentence.Tokens[d.End].IsPunctuation) && !year) ||
                             sentence.StartingAt(d.End) is { Tag: Tag.Of or Tag.People or Tag.Killed or Tag.Injured or Tag.Casualties });
    }

    /// <summary>A ratio word (data <c>ratio</c>, <c>ratioBetween</c>) ending at <paramref name="end"/>, else null.</summary>
    private TermMatch? RatioEndingAt(int end) => TermMatchEndingAt(language.Aside, Tag.Ratio, end, 3);

    /// <summary>A single-word exclusion (a unit) is the word right before <paramref name="end"/>, even inside a longer term.</summary>
    private bool ExclusionEndsAt(int end)
    {
        var scratch = DayScratch();
        language.Keywords.MatchAt(sentence.Tokens, end - 1, scratch);
        return HasMatch(scratch, Tag.Exclusion, end);
    }

    /// <summary>The word right before <paramref name="end"/> is a month's name by itself ("octubre", "Oktober"), not a unit ("tháng").</summary>
    private bool MonthNameEndsAt(int end)
    {
        var scratch = DayScratch();
        language.Keywords.MatchAt(sentence.Tokens, end - 1, scratch);
        return HasMatch(scratch, Tag.Month, end);
    }

    /// <summary>A year in digits (1900–2100) stands at <paramref name="k"/>.</summary>
    private bool YearAt(int k) =>
        k < sentence.Count && sentence.Tokens[k] is { IsNumber: true, Length: 4, Number: >= 1900 and <= 2100 };

    /// <summary>A longer time expression (running-total, event-time, period or month term) covers the number.</summary>
    private bool InsideTimeTerm(Mention m)
    {
        for (var k = m.Start; k >= 0 && k >= m.Start - 4; k--)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Cumulative or Tag.EventTime or Tag.Period or Tag.Month } time && time.End >= m.End && (time.Start < m.Start || time.End > m.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The unit before a number closes a span of days or hours ("within 24 hours 35 people were killed", "binnen 24 Stunden
    /// 35 Menschen"): the span is a time, and the number after it a count.
    /// </summary>
    private bool SpanEndsAt(TermMatch unit) => unit.End - unit.Start == 1 && SpanUnitAt(unit.Start);

    /// <summary>An exclusion right before the number (its qualifier), or before an "another" word there.</summary>
    private bool ExcludedByWordBefore(Mention m)
    {
        // "Зафіксовано влучання ще 20 ударних БпЛА" (hits of another 20 drones): "another" between them keeps the word the
        // number's.
        var before = sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Others } another && another.Start > 0 ? another.Start : m.QualifierStart;
        return sentence.EndingAt(before) is { Tag: Tag.Exclusion } unit && !SpanEndsAt(unit) &&
               (sentence.StartingAt(m.End) is not { Tag: Tag.People or Tag.Counter } || m.Value is >= 1900 and <= 2100) &&
               !(DemonstrativeBefore(unit) && sentence.StartingAt(m.End) is { Tag: Tag.Drone or Tag.Missile }) &&
               !ObjectBeforeCasualty(unit, m) && !(m.QualifierStart < m.Start && (CountedUnit(unit) || TollsCause(unit))) && !TollVerbOfCasualties(unit, m) &&
               !(TimeTermEndsWith(unit) && m.Value is not (>= 1900 and <= 2100)) && !PlaceKindItem(unit, m);
    }

    /// <summary>
    /// "بلغ عدد القتلى هذا الشهر 1250 قتيلا", "… منذ بداية الشهر 1250 قتيلا": a unit word that ends a running-total or
    /// event-time term, or is the object right after one, closes that time phrase; the number after it is a count, not
    /// the unit's value (a year after it still is one).
    /// </summary>
    private bool TimeTermEndsWith(TermMatch unit)
    {
        for (var k = unit.Start - 1; k >= 0 && k >= unit.Start - 4; k--)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Cumulative or Tag.EventTime } time && (time.End == unit.End || time.End == unit.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Las muertes de civiles alcanzaron 310 en octubre", "Les morts civils ont atteint 310": a verb that is both a hit
    /// ("alcanzaron 12 edificios", struck 12 buildings) and a toll verb states a toll's value when a casualty word or toll
    /// heads its clause, with no weapon, launch or downing word between (the missiles that "reached" a count hit it).
    /// </summary>
    private bool TollVerbOfCasualties(TermMatch unit, Mention m)
    {
        if (unit.End != m.QualifierStart || !TollVerbEndingAt(m.QualifierStart))
        {
            return false;
        }

        for (var k = unit.Start - 1; k >= 0 && k >= unit.Start - TollWindow; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma || StartsMention(k))
            {
                return false;
            }

            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties }:
                    return true;
                case { Tag: Tag.Drone or Tag.Missile or Tag.Launched or Tag.Downed or Tag.Hit or Tag.Supplied or Tag.OneAttack }:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The death toll from the strikes exceeded 1,000": a unit right before a qualifying verb that is the cause of a toll
    /// or casualty term earlier in its clause (after a preposition, <see cref="CauseAt"/>) is no subject the number counts;
    /// "The number of strikes exceeded 1,000" still counts strikes.
    /// </summary>
    private bool TollsCause(TermMatch unit) =>
        unit.Start > 0 && CasualtyTermBefore(unit.Start) && CauseAt(Math.Max(0, unit.Start - 4), unit.Start);

    /// <summary>
    /// "hace un año supera los 3.500": a unit counted by a number of its own ends that number's phrase; it excludes no
    /// number after a qualifying verb that follows it ("aged 25", "año 2024" have no number before them).
    /// </summary>
    private bool CountedUnit(TermMatch unit) => NumberEndsAt(unit.Start);

    /// <summary>
    /// "حمله به سه روستا هفت کشته بر جای گذاشت" (the strike on three villages left seven dead): an excluded noun that is the
    /// object of a preposition or counted by a number of its own ends its phrase; a number right after it with a casualty
    /// word right after that is the casualty count, not a number of villages ("aged 25" has neither before it).
    /// </summary>
    private bool ObjectBeforeCasualty(TermMatch unit, Mention m)
    {
        if (unit.Start == 0 || sentence.StartingAt(m.End) is not { Tag: Tag.Killed or Tag.Injured or Tag.Casualties })
        {
            return false;
        }

        var previous = sentence.Tokens[unit.Start - 1];
        if (previous.IsNumber || (previous.IsWord && language.Stopwords.Contains(previous.Folded) && sentence.StartingAt(unit.Start - 1) is null))
        {
            return true;
        }

        if (NumberEndsAt(unit.Start))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// "aged between 40 and 70", "âgés de 20 à 60 ans", "в возрасте от 20 до 60": a range of digits (the first number, a
    /// conjunction, a dash or "to", the second) after an exclusion and one function word is a range of what the exclusion
    /// names; both ends are excluded. "attacks with 120 drones and 30 missiles" is no range (a noun follows the first).
    /// </summary>
    private bool RangeAfterExclusion(Mention m)
    {
        var tokens = sentence.Tokens;
        // "aged between 40 and 70", and since the fifteenth session "aged 7 and 9" (the exclusion right before the first).
        bool Opens(int number) =>
            (number >= 2 && tokens[number - 1].IsWord && language.Stopwords.Contains(tokens[number - 1].Folded) && ExclusionEndsAt(number - 1)) ||
            (number >= 1 && tokens[number - 1].IsWord && ExclusionEndsAt(number));
        bool Connects(int k) =>
            k < tokens.Count && (sentence.StartingAt(k) is { Tag: Tag.And } || language.ChangeTo.Contains(tokens[k].Folded) || language.RangeWords.Contains(tokens[k].Folded) ||
                                 (tokens[k].IsPunctuation && tokens[k].Folded is "-" or "–" or "—"));

        // The lower end of an opened range keeps its opener as its qualifier's start ("between 40 and 70").
        var plain = m.QualifierStart == m.Start || m.RangeLower;
        if (plain && !m.Spelled && Opens(m.Start) && Connects(m.End) && m.End + 1 < tokens.Count && tokens[m.End + 1].IsNumber && !YearOfATime(m.Start))
        {
            return true;
        }

        // "de entre 20 y 30 años", "от 20 до 60 лет": the unit after the range's second end names the first too.
        if (plain && !m.Spelled && Connects(m.End) && m.End + 2 < tokens.Count && tokens[m.End + 1].IsNumber &&
            sentence.ExcludesAt(m.End + 2))
        {
            return true;
        }

        // "منذ السابع من أكتوبر 2023 إلى 43500 شهيد" (since 7 October 2023 to 43,500 martyrs): a year after its month is a
        // date, no first end of a range; so is one after a time term that holds its month ("seit Oktober 2023 auf 44.550").
        // "Có 27 người thiệt mạng vào ngày 10 và 13 người bị thương": people or victims after the second number count them.
        return m.QualifierStart == m.Start && !m.Spelled && m.Start >= 4 && tokens[m.Start - 2].IsNumber && Connects(m.Start - 1) && Opens(m.Start - 2) &&
               !NamedMonthEndingAt(m.Start - 2) && !YearOfATime(m.Start - 2) &&
               sentence.StartingAt(m.End) is not { Tag: Tag.People or Tag.Killed or Tag.Injured or Tag.Casualties };
    }

    /// <summary>
    /// "a range of 3,000 km, against a few hundred for the S-300", "une portée de 3 000 km, contre quelques centaines pour
    /// les S-300": a value after a comparison word (data <c>comparisons</c>) whose partner right before it is excluded by a
    /// unit counts the same unit — a weapon named after it is what the value is about, not what it counts.
    /// </summary>
    private bool ComparedWithExcluded(Mention m)
    {
        // "contre quelques centaines", "against a few hundred": up to two plain words may stand between.
        var at = m.QualifierStart;
        while (at > m.QualifierStart - 2 && at > 1 && sentence.EndingAt(at) is null && sentence.Tokens[at - 1].IsWord && sentence.StartingAt(at - 1) is null)
        {
            at--;
        }

        if (at < 3 || sentence.EndingAt(at) is not { Tag: Tag.Comparison } comparison)
        {
            return false;
        }

        var before = comparison.Start;
        if (before > 0 && sentence.Tokens[before - 1].IsComma)
        {
            before--;
        }

        if (sentence.EndingAt(before) is not { Tag: Tag.Exclusion } unit)
        {
            return false;
        }

        var index = IndexOfMention(m);
        return index > 0 && mentions[index - 1].End == unit.Start && sentence.ExcludesAt(unit.Start);
    }

    /// <summary>
    /// "Зафіксовано влучання ракет та 8 ударних БпЛА" (hits of missiles and of 8 drones): weapons counted after "and",
    /// whose list a word that excludes its numbers heads with a weapon noun of no number (one adjective may stand before
    /// it), are governed by that word too.
    /// </summary>
    private bool ItemAfterExcludedNoun(Mention m)
    {
        if (m.QualifierStart < 3 || sentence.EndingAt(m.QualifierStart) is not { Tag: Tag.And } join ||
            sentence.EndingAt(join.Start) is not { Tag: Tag.Drone or Tag.Missile } noun || EndsMention(noun.Start))
        {
            return false;
        }

        var head = noun.Start;
        if (sentence.EndingAt(head) is null && head > 1 && sentence.Tokens[head - 1].IsWord && sentence.StartingAt(head - 1) is null && !EndsMention(head - 1))
        {
            head--;
        }

        if (sentence.EndingAt(head) is not { Tag: Tag.Exclusion })
        {
            return false;
        }

        for (var k = m.End; k < Math.Min(sentence.Count, m.End + 2); k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Зафіксовано влучання 3 ракет та 6 ударних БпЛА" (hits of 3 missiles and 6 drones): the second item of a list whose
    /// first item a word before it excludes is governed by that word too; only the first item's noun and "and" stand between.
    /// </summary>
    private bool ItemAfterExcluded(Mention m)
    {
        var index = IndexOfMention(m);
        if (index <= 0)
        {
            return false;
        }

        var first = mentions[index - 1];
        if (!ExcludedByWordBefore(first) || m.QualifierStart - first.End > NounWindow + 1)
        {
            return false;
        }

        var noun = false;
        var and = false;
        for (var k = first.End; k < m.QualifierStart;)
        {
            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.Drone or Tag.Missile or Tag.People or Tag.Counter } named when !and:
                    noun = true;
                    k = named.End;
                    break;
                case { Tag: Tag.And } join when noun && !and:
                    and = true;
                    k = join.End;
                    break;
                default:
                    return false;
            }
        }

        return noun && and;
    }

    /// <summary>
    /// Whether mention <paramref name="index"/> is excluded, remembered on a sentence of many numbers
    /// (<see cref="MentionLookup"/>): a list item's exclusion asks about the item before it, and each is asked once.
    /// </summary>
    private bool ExcludedAt(int index)
    {
        ref var known = ref _lookup!.Excluded(index);
        if (known == 0)
        {
            var excluded = IsExcluded(mentions[index]);
            known = excluded ? (sbyte)1 : (sbyte)-1;
            return excluded;
        }

        return known > 0;
    }

    /// <summary>
    /// "killed 36 civilians in November, four more than in October", "quatre de plus qu'en octobre", "vier mehr als im
    /// Oktober": a phrase of data <c>differences</c> right after the number makes it the difference between two counts.
    /// </summary>
    private bool DifferenceAfter(Mention m)
    {
        var tokens = sentence.Tokens;
        foreach (var phrase in language.Differences)
        {
            var k = 0;
            while (k < phrase.Length && m.End + k < tokens.Count && tokens[m.End + k].Folded == phrase[k])
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return true;
            }

            if (k == 1 && phrase.Length > 1 && NounInsideDifference(m.End + 1) is var resume and > 0)
            {
                // "nine more deaths than in October" (thirty-first session): the counted noun inside the phrase.
                var j = 1;
                while (j < phrase.Length && resume + j - 1 < tokens.Count && tokens[resume + j - 1].Folded == phrase[j])
                {
                    j++;
                }

                if (j == phrase.Length)
                {
                    return true;
                }
            }
        }

        return DifferenceNounBefore(m);
    }

    private bool IsExcluded(Mention m)
    {
        var tokens = sentence.Tokens;
        if (m.End < tokens.Count && tokens[m.End].IsPunctuation && tokens[m.End].Folded is "%" or "٪" or "‰")
        {
            return true;
        }

        if (m.QualifierStart > 0 && tokens[m.QualifierStart - 1].IsPunctuation && tokens[m.QualifierStart - 1].Folded is "$" or "€" or "£" or "₫" or "₽" or "₴" or "#" or "№")
        {
            return true;
        }

        if (m.Spelled && m.End - m.Start == 1 && language.BothOrOrdinal.Contains(tokens[m.Start].Folded) &&
            sentence.StartingAt(m.End) is not { Tag: Tag.People or Tag.Others or Tag.Drone or Tag.Missile or Tag.Counter or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties })
        {
            // "Serangan kedua melukai 4 orang" (the second attack wounded four): "kedua" counts only "kedua korban" (both victims).
            return true;
        }

        // An exclusion right before the number ("aged 25") — unless the number's own noun is people: "در این استان ۴ نفر
        // کشته شدند" (in this province four people were killed; "استان" is listed for "۴ استان", four provinces). A year
        // after its word stays a year ("Năm 2024 người dân …").
        if ((sentence.ExcludesAt(m.End) && !(sentence.StartingAt(m.End) is { Tag: Tag.Exclusion } unit && FiredUnit(unit, m))) || ExcludedByWordBefore(m) || ItemAfterExcluded(m) || ItemAfterExcludedNoun(m) || RangeAfterExclusion(m) || ComparedWithExcluded(m) ||
            DifferenceAfter(m) || RatioPart(m) || VaryingBound(m) || UnitAfterBareList(m))
        {
            return true;
        }

        if (sentence.StartingAt(m.End) is { Tag: Tag.Of } of && MentionStartingAt(of.End) is { End: > 0 } whole && whole.End < tokens.Count &&
            sentence.ExcludesAt(whole.End) && sentence.StartingAt(whole.End) is { Tag: Tag.Exclusion })
        {
            // "salah satu dari 3 rumah sakit" (one of 3 hospitals), "2 of 5 buildings": a part of a whole that its unit
            // excludes counts that unit too, never the weapon named before it.
            return true;
        }

        if (m.QualifierStart == m.Start && m.Start >= 2 && language.AgeLinks.Contains(tokens[m.Start - 1].Folded) &&
            sentence.EndingAt(m.Start - 1) is { Tag: Tag.People } && sentence.StartingAt(m.End) is not { Tag: Tag.People or Tag.Counter or Tag.Others })
        {
            // "su hijo de 12 resultó herido", "una niña de 8": a bare number joined to a person is the person's age
            // ("la madre de 3 niños" still counts the children).
            return true;
        }

        if (AgeLimit(m))
        {
            return true;
        }

        if (NegatedWhole(m))
        {
            // "None of the 60 people on board was injured": the whole nobody of was hurt.
            return true;
        }

        if (IncidentsInWhich(m))
        {
            // "21 incidents, including 6 in which aid workers were injured": the count is of what the relative clause tells of.
            return true;
        }

        if (m.Spelled && TermCovering(m.Start) is { Tag: Tag.All or Tag.Partitive } phrase && phrase.Start < m.Start)
        {
            // "every one of them", "not one of the": a number word inside a phrase of "all" or a part counts nothing.
            return true;
        }

        if (sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Act } act &&
            (act.Value == CompiledLanguage.IdentifyingValue || sentence.StartingAt(m.End) is not { Tag: Tag.Killed or Tag.Injured }))
        {
            // "displaced more than 10 million", "arrested 20": those acted on are counted, not casualties; unless the count's
            // own noun names victims ("mengevakuasi 14 jenazah", evacuated 14 bodies, counts the dead), but not when they
            // are identified ("установили личности 15 погибших": some of the dead).
            return true;
        }

        if (m.Spelled && m.End - m.Start == 1 && (InsideTimeTerm(m) || YearAt(m.End)))
        {
            // ... and so is a number word right before a year: Vietnamese "năm 2024" (the year 2024; "năm" is also five).
            // Vietnamese "trong năm nay" (this year), "năm qua": a word that is also a number is part of a time expression.
            return true;
        }

        if (sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Cumulative or Tag.Month or Tag.Period } time && ExclusionEndsAt(m.QualifierStart) &&
            !MonthNameEndsAt(m.QualifierStart) && !(time is { Tag: Tag.Month, Value: CompiledLanguage.RelativeMonthValue }) &&
            sentence.StartingAt(m.End) is not { Tag: Tag.People or Tag.Counter } && !NoValueOfATimeUnit(m))
        {
            // "Trong tháng 10": a time expression whose last word is a unit ("tháng", month) names the month the number is.
            // A month's own name is no such unit: "en octubre 183 civiles", "im Oktober 183 Zivilisten" count; nor is a
            // period named relative to the report ("این هفته ۹۰ نفر", this week 90 people); and people after the number
            // are counted by it ("In recent weeks 35 people were killed").
            return true;
        }

        // "5 April", "April 5", "Oct. 7", "7 من أكتوبر": a day of a month is a date, not a count; so is the first day of a range ("between 1 and
        // 31 May", "21–28 March") and the last of "May 21 to 28".
        if (!m.Spelled && m.Value <= 31 && (m.QualifierStart == m.Start || (m.Qualifier == Qualifier.UpTo && NamedMonthAt(m.End))) &&
            (NamedMonthAt(m.End) || (m.End + 1 < sentence.Count && OrdinalDot(m.End) && NamedMonthAt(m.End + 1)) || (NamedMonthEndingAt(m.Start) && !language.Profile.Figures.DayFirst && !CountAfterWholeMonth(m)) ||
             (m.Start >= 2 && tokens[m.Start - 1].Folded is "." or Tokenizer.AbbreviationDot && NamedMonthEndingAt(m.Start - 1)) ||
             MonthAfterWord(m.End) ||
             DayRangeAt(m.Start, m.End) || DayRangeAt(m.Start, m.End, backward: true)))
        {
            return true;
        }

        // A bare year ("in 2022") is a date, not a count; unless a qualifier comes before it ("more than 2000": no year is
        // "more than"), or people (or "others") are counted after it and no plain word comes before it ("۲۰۰۰ نفر کشته
        // شدند", "killed 2000 people"; "in 2023 civilians", "năm 2024 người" stay years).
        if (HijriYearAfterMonth(m))
        {
            return true;
        }

        var single = tokens[m.Start];
        if (!(m.End - m.Start == 1 && single.IsNumber && single.Length == 4 && m.Value is >= 1900 and <= 2100) || m.QualifierStart < m.Start)
        {
            return false;
        }

        // "وإصابة 2054 آخرين" (and the wounding of 2,054 others): "others" after the number counts people as a people noun does.
        var peopleAfter = m.End < sentence.Count && sentence.StartingAt(m.End) is { Tag: Tag.People or Tag.Counter or Tag.Others };
        var plainWordBefore = m.Start > 0 && !tokens[m.Start - 1].IsPunctuation && sentence.EndingAt(m.Start) is null;
        return !peopleAfter || plainWordBefore;
    }
}
