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
internal sealed class SentenceReader(TaggedSentence sentence, List<Mention> mentions, CompiledLanguage language, ArticleContext context)
{
    private const int PeopleWindow = 7;
    private const int BareWindow = 2;
    private const int NounWindow = 3;
    private readonly Dictionary<int, Candidate> _assigned = [];
    private readonly List<Candidate> _found = [];

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
            if (IsExcluded(m))
            {
                continue;
            }

            var forward = Forward(m);
            var backward = Backward(m);
            if (forward.Hypothetical || backward.Hypothetical || HypotheticalInClause(m.QualifierStart))
            {
                continue;
            }

            // A casualty verb right before the number ("وأصيب 29 آخرون في هجوم بطائرات") outranks a weapon noun further on.
            var casualtyFirst = backward.Keyword is not null && backward.KeywordGaps == 0;
            var found = (casualtyFirst ? Casualty(m, forward, backward) ?? Weapons(index, m, forward, backward) : Weapons(index, m, forward, backward) ?? Casualty(m, forward, backward))
                ?? Inherited(m, forward, backward)
                ?? Implicit(m, forward, backward)
                ?? ListItem(m);
            if (found is { } candidate)
            {
                _found.Add(candidate);
            }
        }

        UpdateContext();
        return [.. _found.Where(c => Stands(c) && !(sentence.IsAccident && IsCasualty(c.Kind)))];
    }

    /// <summary>A weak "one" (một, seorang, un, یک) is a tally only beside a counter word or another number of its group.</summary>
    private bool Stands(Candidate c) =>
        !c.Mention.Weak || c.Counted || _found.Any(o => !o.Mention.Weak && IsCasualty(o.Kind) == IsCasualty(c.Kind));

    private static bool IsCasualty(FigureKind kind) => kind is FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties;

    private void UpdateContext()
    {
        for (var i = sentence.Count - 1; i >= 0; i--)
        {
            if (sentence.StartingAt(i) is { Tag: Tag.Drone or Tag.Missile } noun)
            {
                context.LastWeapon = noun.Tag;
                context.WeaponSentence = context.SentenceIndex;
                break;
            }
        }

        // A sentence ending with ":" after a figure opens a list whose items ("- Region – 5,") count the same kind.
        var listItem = _found.Exists(c => c.PhraseStart == -1);
        if (sentence.Count > 0 && sentence.Tokens[^1].Folded == ":" && _found.Count > 0)
        {
            context.ListKind = _found[^1].Kind;
            context.ListSentence = context.SentenceIndex;
        }
        else if (listItem)
        {
            context.ListSentence = context.SentenceIndex;
        }

        var lastCasualty = _found.LastOrDefault(c => IsCasualty(c.Kind));
        if (lastCasualty is not null)
        {
            context.LastCasualty = lastCasualty.Kind;
            context.CasualtySentence = context.SentenceIndex;
        }
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

        if (sentence.StartingAt(m.End) is { Tag: Tag.Exclusion } || sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Exclusion })
        {
            return true;
        }

        // A bare year ("in 2022") is a date, not a count.
        var single = tokens[m.Start];
        return m.End - m.Start == 1 && single.IsNumber && single.Length == 4 && m.Value is >= 1900 and <= 2100;
    }

    private Scan Forward(Mention m)
    {
        var scan = new Scan { Of = -1 };

        // A dual is its own number and noun: "صاروخين" (two missiles), "شخصين" (two people).
        switch (sentence.StartingAt(m.Start))
        {
            case { Tag: Tag.Drone or Tag.Missile } own:
                scan.Noun = own;
                return scan;
            case { Tag: Tag.People }:
                scan.People = true;
                break;
        }

        var tokens = sentence.Tokens;
        var gaps = 0;
        var j = m.End;
        while (j < tokens.Count)
        {
            var t = tokens[j];
            if (t.IsClauseBreak || t.IsComma || StartsMention(j))
            {
                break;
            }

            if (sentence.StartingAt(j) is { } kw)
            {
                var stop = true;
                scan.NextIsContent |= j == m.End && kw.Tag is Tag.Launched or Tag.Downed or Tag.Supplied or Tag.Accident or Tag.Exclusion;
                switch (kw.Tag)
                {
                    case Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties:
                        // "305 người và làm bị thương 128 người": a verb right before the next number is that number's.
                        if (gaps <= (scan.People || scan.Others ? PeopleWindow : BareWindow) && !((gaps > 0 || scan.People || scan.Others) && VerbOfNextNumber(kw)))
                        {
                            scan.Keyword = kw;
                            scan.KeywordGaps = gaps;
                        }

                        break;
                    case Tag.Drone or Tag.Missile when scan.People:
                    case Tag.Launched or Tag.Downed or Tag.Supplied when scan.People:
                        // "12 people were killed in a drone attack", "۲۳ نفر در حمله ... زخمی شدند": still on the way to the verb.
                        gaps++;
                        stop = false;
                        break;
                    case Tag.Drone or Tag.Missile:
                        if (gaps <= NounWindow)
                        {
                            scan.Noun = kw;
                        }

                        break;
                    case Tag.People:
                        scan.People = true;
                        stop = false;
                        break;
                    case Tag.Others:
                        // "six others", "12 lainnya": people or weapons, whatever the sentence counts.
                        scan.Others = true;
                        stop = false;
                        break;
                    case Tag.Counter:
                        scan.Counter = j == m.End;
                        stop = false;
                        break;
                    case Tag.Of when !MentionWithin(kw.End, 3) && j != m.End && !scan.Counter:
                        // "Cinco soldados de las fuerzas…": an "of" with no number after it is just a word.
                        gaps++;
                        stop = false;
                        break;
                    case Tag.Of:
                        scan.Of = j;
                        break;
                    case Tag.Launched or Tag.Downed or Tag.Supplied:
                        scan.Action = kw;
                        scan.ActionGaps = gaps;
                        break;
                    case Tag.Exclusion:
                        // Right after the number it says what is counted ("25 years", "3 regions"); later it is just a word.
                        scan.Excluded = gaps == 0;
                        stop = scan.Excluded;
                        gaps += stop ? 0 : 1;
                        break;
                    case Tag.Hypothetical:
                        scan.Hypothetical = gaps <= 1;
                        stop = false;
                        break;
                    default:
                        gaps++;
                        stop = false;
                        break;
                }

                if (stop)
                {
                    break;
                }

                j = kw.End;
                continue;
            }

            if (j == m.End && t.IsWord && !language.Stopwords.Contains(t.Folded))
            {
                scan.NextIsContent = true;
            }

            gaps++;
            j++;
            if (gaps > PeopleWindow || (!scan.People && !scan.Others && gaps > NounWindow + 1))
            {
                break;
            }
        }

        return scan;
    }

    private Scan Backward(Mention m)
    {
        var scan = new Scan { Of = -1 };
        var tokens = sentence.Tokens;
        var gaps = 0;
        var j = m.QualifierStart - 1;
        while (j >= 0 && gaps <= 3)
        {
            var t = tokens[j];
            if (t.IsClauseBreak || t.IsComma || EndsMention(j + 1))
            {
                break;
            }

            if (sentence.EndingAt(j + 1) is { } kw)
            {
                var stop = true;
                switch (kw.Tag)
                {
                    case Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties:
                        if (gaps <= BareWindow)
                        {
                            scan.Keyword = kw;
                            scan.KeywordGaps = gaps;
                            scan.Hypothetical |= HypotheticalBefore(kw.Start);
                        }

                        break;
                    case Tag.Launched when kw.Value == CompiledLanguage.AttackValue && scan.Action is null:
                        // "Жертвами обстрела стали 5": an attack noun may stand between a victims word and its number.
                        scan.Action = kw;
                        scan.ActionGaps = gaps;
                        stop = false;
                        break;
                    case Tag.Launched or Tag.Downed or Tag.Supplied:
                        scan.Action = kw;
                        scan.ActionGaps = gaps;
                        scan.Hypothetical |= HypotheticalBefore(kw.Start);
                        break;
                    case Tag.Drone or Tag.Missile:
                        scan.Noun = kw;
                        break;
                    case Tag.Exclusion:
                        scan.Excluded = gaps <= 1;
                        break;
                    case Tag.Including:
                        scan.Including = true;
                        stop = false;
                        break;
                    case Tag.Of:
                        scan.Of = kw.Start;
                        stop = false;
                        break;
                    case Tag.People or Tag.Others or Tag.Counter or Tag.Hypothetical:
                        stop = false;
                        break;
                    default:
                        // Another kind of phrase ("since the start of") stands between the verb and the number.
                        break;
                }

                if (stop)
                {
                    break;
                }

                gaps++;
                j = kw.Start - 1;
                continue;
            }

            gaps++;
            j--;
        }

        return scan;
    }

    /// <summary>"could kill", "sẽ phóng": a modal right before a verb.</summary>
    private bool HypotheticalBefore(int token)
    {
        for (var k = token; k > 0 && k >= token - 2; k--)
        {
            if (sentence.EndingAt(k) is { Tag: Tag.Hypothetical })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Sẽ có hàng ngàn…", "if … 100 people could die": a modal earlier in the number's clause.</summary>
    private bool HypotheticalInClause(int token)
    {
        for (var k = token - 1; k >= 0 && k >= token - 8; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Hypothetical })
            {
                return true;
            }
        }

        return false;
    }

    private bool IsInsideTerm(int token)
    {
        for (var k = token; k >= 0 && k >= token - 6; k--)
        {
            if (sentence.StartingAt(k) is { } m && m.End > token)
            {
                return true;
            }
        }

        return false;
    }

    private bool VerbOfNextNumber(TermMatch kw) => StartsMention(kw.End);

    /// <summary>"killed 5 Palestinians", "giết 3 người": a capitalised word after the number names people, not things.</summary>
    private bool ProperNounAfter(Mention m) =>
        m.End < sentence.Count && sentence.Tokens[m.End].IsWord && char.IsUpper(sentence.Text[sentence.Tokens[m.End].Start]);

    private bool MentionWithin(int token, int count)
    {
        for (var k = token; k < Math.Min(sentence.Count, token + count); k++)
        {
            if (StartsMention(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A counting number starts here (numbers already excluded, "12 nước", "25 tuổi", do not block a scan).</summary>
    private bool StartsMention(int token) => mentions.Exists(x => (x.QualifierStart == token || x.Start == token) && !IsExcluded(x));

    private bool EndsMention(int token) => mentions.Exists(x => x.End == token && !IsExcluded(x));

    private Candidate? Weapons(int index, Mention m, Scan forward, Scan backward)
    {
        if (forward.Excluded || backward.Excluded)
        {
            return null;
        }

        if (forward.Noun is { } noun)
        {
            if (sentence.StartingAt(noun.End) is { Tag: Tag.Exclusion })
            {
                return null;
            }

            if (sentence.StartingAt(noun.End) is { Tag: Tag.Of } of && MentionWithin(of.End, 2))
            {
                // "26 drones out of 28", "صاروخين من أصل ثلاثة صواريخ": X is a subset of the Y that follows.
                return Subset(m, noun.Tag, forward.Counter, CombinedAfter(noun));
            }

            return Weapon(m, noun.Tag, noun.End, forward.Counter, defaultDowned: false, CombinedAfter(noun));
        }

        // "28 drones sur 31", "shot down 26 drones out of 28": Y after the noun of X, which was a subset.
        if (backward.Of >= 0 && sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Of } && _found.Count > 0 &&
            _found[^1] is { Kind: FigureKind.DronesDowned or FigureKind.MissilesDowned } subset && subset.PhraseEnd >= m.QualifierStart - 2)
        {
            var total = subset.Kind == FigureKind.DronesDowned ? FigureKind.DronesLaunched : FigureKind.MissilesLaunched;
            return new Candidate(total, m, m.QualifierStart, m.End, subset.Combined, false);
        }

        // "X of Y drones": Y were launched, X downed.
        if (forward.Of >= 0 && NextMention(index, forward.Of) is { } y)
        {
            var yForward = Forward(mentions[y]);
            if (yForward.Noun is { } yNoun && !yForward.Excluded)
            {
                var combined = CombinedAfter(yNoun);
                var launched = Kind(yNoun.Tag, downed: false, combined);
                var x = Subset(m, yNoun.Tag, forward.Counter, combined);
                if (x is not null)
                {
                    _assigned[y] = new Candidate(launched, mentions[y], mentions[y].QualifierStart, yNoun.End, combined, false);
                }

                return x;
            }
        }

        return null;
    }

    /// <summary>
    /// X in "X of Y" / "X of them": a subset, downed unless the sentence only launches. A launching verb after X
    /// describes Y ("40 of 52 drones launched overnight"), so only one before X can make X launched.
    /// </summary>
    private Candidate? Subset(Mention m, Tag weapon, bool counted, bool combined)
    {
        TermMatch? before = null;
        var downedAfter = false;
        var downedBefore = false;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is not { Tag: Tag.Launched or Tag.Downed or Tag.Supplied } kw)
            {
                continue;
            }

            if (kw.End <= m.QualifierStart)
            {
                before = kw;
                downedBefore |= kw.Tag == Tag.Downed;
            }
            else if (kw.Tag == Tag.Downed && !sentence.Tokens[m.End..kw.Start].Exists(t => t.IsClauseBreak))
            {
                downedAfter = true;
            }
        }

        if (before is { Tag: Tag.Supplied })
        {
            return null;
        }

        var downed = downedAfter || downedBefore || before is not { Tag: Tag.Launched };
        return new Candidate(Kind(weapon, downed, combined), m, m.QualifierStart, m.End, combined, counted);
    }

    private Candidate? Weapon(Mention m, Tag weapon, int phraseEnd, bool counted, bool defaultDowned, bool combined)
    {
        var action = NearestAction(m, phraseEnd);
        if (action is { Tag: Tag.Supplied })
        {
            // Weapons supplied, produced, bought or held are not launched.
            return null;
        }

        var downed = action is { } a ? a.Tag == Tag.Downed : defaultDowned;
        return new Candidate(Kind(weapon, downed, combined), m, m.QualifierStart, phraseEnd, combined, counted);
    }

    private static FigureKind Kind(Tag weapon, bool downed, bool combined) => (weapon == Tag.Drone || combined, downed) switch
    {
        (true, false) => FigureKind.DronesLaunched,
        (true, true) => FigureKind.DronesDowned,
        (false, false) => FigureKind.MissilesLaunched,
        (false, true) => FigureKind.MissilesDowned,
    };

    /// <summary>"missiles and drones" as one number.</summary>
    private bool CombinedAfter(TermMatch noun)
    {
        var next = noun.End;
        if (sentence.StartingAt(next) is { Tag: Tag.Drone or Tag.Missile } glued && glued.Tag != noun.Tag)
        {
            // Arabic "صاروخ وطائرة مسيرة": the conjunction is glued to the second noun.
            return true;
        }

        return next < sentence.Count && sentence.Tokens[next].IsWord && language.Stopwords.Contains(sentence.Tokens[next].Folded) &&
            sentence.StartingAt(next + 1) is { Tag: Tag.Drone or Tag.Missile } other && other.Tag != noun.Tag;
    }

    private int? NextMention(int index, int afterToken)
    {
        for (var k = index + 1; k < mentions.Count; k++)
        {
            if (mentions[k].QualifierStart > afterToken && mentions[k].QualifierStart <= afterToken + 3)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The launching or downing verb nearest to the number (after it: nearest to its noun), counted in content words;
    /// a verb in the number's own clause always beats one across a clause break; on a tie the verb before wins.
    /// </summary>
    private TermMatch? NearestAction(Mention m, int phraseEnd)
    {
        TermMatch? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is not { Tag: Tag.Launched or Tag.Downed or Tag.Supplied } kw)
            {
                continue;
            }

            var before = kw.End <= m.QualifierStart;
            var (from, to) = before ? (kw.End, m.QualifierStart) : (Math.Max(phraseEnd, m.End), kw.Start);
            var distance = 0;
            for (var k = from; k < to; k++)
            {
                var t = sentence.Tokens[k];
                distance += t.IsClauseBreak ? 1000 : t.IsComma ? 2 : t.IsWord && !language.Stopwords.Contains(t.Folded) ? 1 : 0;
            }

            distance += 3 * mentions.Count(x => x.Start >= from && x.End <= to);
            if (language.Profile.Figures.VerbFinal && before && distance < 1000)
            {
                // Verb-final: a verb before the number closes an earlier clause; one after it in the clause is its own.
                distance += 500;
            }

            if (distance < bestDistance)
            {
                best = kw;
                bestDistance = distance;
            }
        }

        return best;
    }

    private Candidate? Casualty(Mention m, Scan forward, Scan backward)
    {
        if (m.Weak && !forward.People && !forward.Others && !(forward.Keyword is not null && forward.KeywordGaps == 0))
        {
            // "blessées dans une frappe": "une" counts people only as "une personne", "un muerto", "یک نفر".
            return null;
        }

        // "killed one and wounded six": a verb right before the number beats one further after it.
        if (backward.Keyword is { } adjacent && backward.KeywordGaps == 0 && (forward.Keyword is null || forward.KeywordGaps > 0) &&
            (!forward.NextIsContent || forward.People || forward.Others || ProperNounAfter(m)))
        {
            return new Candidate(CasualtyKind(adjacent.Tag), m, adjacent.Start, m.End, false, forward.Counter);
        }

        if (forward.Keyword is { } after)
        {
            return new Candidate(CasualtyKind(after.Tag), m, m.QualifierStart, after.End, false, forward.Counter);
        }

        // "killing 12 people", "wounded six others", "melukai setidaknya 23": the verb before, and no other noun after.
        if (backward.Keyword is { } before && (!forward.NextIsContent || forward.People || forward.Others))
        {
            return new Candidate(CasualtyKind(before.Tag), m, before.Start, m.End, false, forward.Counter);
        }

        // "the death toll from Monday's strike has risen to 46": a toll earlier in the clause, no other number between.
        if (!forward.NextIsContent || forward.People || forward.Others)
        {
            for (var k = m.QualifierStart - 1; k >= 0 && k >= m.QualifierStart - 12; k--)
            {
                if (sentence.Tokens[k].IsClauseBreak || EndsMention(k + 1))
                {
                    break;
                }

                if (sentence.StartingAt(k) is { Tag: Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties } toll)
                {
                    return new Candidate(CasualtyKind(toll.Tag), m, toll.Start, m.End, false, forward.Counter);
                }
            }
        }

        return null;
    }

    private static FigureKind CasualtyKind(Tag tag) => tag switch
    {
        Tag.Killed or Tag.TollKilled => FigureKind.Killed,
        Tag.Injured or Tag.TollInjured => FigureKind.Injured,
        _ => FigureKind.Casualties,
    };

    /// <summary>A breakdown of the figure before it: "including two children", "(31 men, 25 women".</summary>
    private Candidate? Inherited(Mention m, Scan forward, Scan backward)
    {
        if (!forward.People || forward.Noun is not null)
        {
            return null;
        }

        var previous = _found.LastOrDefault(c => IsCasualty(c.Kind));
        if (backward.Including)
        {
            // "including a teenager" names one victim; only a list ("two Britons, one Dutch…") tallies a weak one.
            if (m.Weak)
            {
                return null;
            }

            if (previous is not null)
            {
                return new Candidate(previous.Kind, m, m.QualifierStart, m.End, false, forward.Counter);
            }

            if (context.LastCasualty is { } kind && context.CasualtySentence == context.SentenceIndex - 1)
            {
                return new Candidate(kind, m, m.QualifierStart, m.End, false, forward.Counter);
            }

            return null;
        }

        if (previous is null || _found[^1] != previous || previous.PhraseEnd > m.QualifierStart || m.QualifierStart - previous.PhraseEnd > 5)
        {
            return null;
        }

        for (var k = previous.PhraseEnd; k < m.QualifierStart; k++)
        {
            // Only punctuation, function words, people, "including" and names ("hai người Anh, một người Hà Lan")
            // may stand between the items of a breakdown; a verb ("giết 4 người, làm khoảng 50…") ends it.
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || sentence.StartingAt(k) is { Tag: not (Tag.People or Tag.Others or Tag.Including) })
            {
                return null;
            }

            if (t.IsWord && sentence.StartingAt(k) is null && sentence.EndingAt(k + 1) is null && !language.Stopwords.Contains(t.Folded) &&
                !char.IsUpper(sentence.Text[t.Start]) && !IsInsideTerm(k))
            {
                return null;
            }
        }

        return new Candidate(previous.Kind, m, m.QualifierStart, m.End, false, forward.Counter);
    }

    /// <summary>A number beside a downing or launching verb, the weapons named earlier: "sebanyak 60 berhasil ditembak jatuh".</summary>
    private Candidate? Implicit(Mention m, Scan forward, Scan backward)
    {
        if (m.Weak || forward.People || forward.Keyword is not null || forward.Excluded || backward.Excluded)
        {
            return null;
        }

        var near = forward.Action is { } fa && forward.ActionGaps <= 2 ? fa
            : backward.Action is { } ba && backward.ActionGaps <= 1 && !forward.NextIsContent ? ba
            : (TermMatch?)null;
        if (near is null && !forward.Counter && forward.Of < 0)
        {
            return null;
        }

        var weapon = WeaponNear(m) ?? (context.WeaponSentence >= context.SentenceIndex - 2 ? context.LastWeapon : null);
        if (weapon is not { } w)
        {
            return null;
        }

        if (forward.Of >= 0)
        {
            // "۵ فروند از آن‌ها ... رهگیری شدند", "90 di antaranya": a subset of the weapons named before.
            return Subset(m, w, forward.Counter, false);
        }

        var action = near ?? NearestAction(m, m.End);
        if (action is null)
        {
            return null;
        }

        if (action.Value.Tag == Tag.Supplied)
        {
            return null;
        }

        return new Candidate(Kind(w, action.Value.Tag == Tag.Downed, false), m, m.QualifierStart, m.End, false, forward.Counter);
    }

    /// <summary>"- Липецкая область – пять,": a list item after a line that opened a list with a figure.</summary>
    private Candidate? ListItem(Mention m)
    {
        if (context.ListKind is not { } kind || context.ListSentence != context.SentenceIndex - 1 || m.QualifierStart == 0)
        {
            return null;
        }

        var dash = sentence.Tokens[m.QualifierStart - 1];
        if (!dash.IsPunctuation || dash.Folded is not ("–" or "—" or "-" or ":"))
        {
            return null;
        }

        for (var k = m.End; k < sentence.Count; k++)
        {
            if (!sentence.Tokens[k].IsPunctuation)
            {
                return null;
            }
        }

        // PhraseStart -1 marks a list item for the context; the phrase is the number itself.
        return new Candidate(kind, m, -1, m.End, false, true);
    }

    /// <summary>The weapon the number's sentence is about: the last one named before it, else the first after it.</summary>
    private Tag? WeaponNear(Mention m)
    {
        Tag? after = null;
        Tag? before = null;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is { Tag: Tag.Drone or Tag.Missile } noun)
            {
                if (noun.End <= m.QualifierStart)
                {
                    before = noun.Tag;
                }
                else
                {
                    after ??= noun.Tag;
                }
            }
        }

        return before ?? after;
    }

    private struct Scan
    {
        public TermMatch? Keyword;
        public TermMatch? Noun;
        public TermMatch? Action;
        public int ActionGaps;
        public int KeywordGaps;
        public bool People;
        public bool Others;
        public bool Counter;
        public int Of;
        public bool Excluded;
        public bool Hypothetical;
        public bool Including;
        public bool NextIsContent;
    }
}

/// <summary>A figure found in a sentence, before de-duplication: kind, number and the token span of its phrase.</summary>
internal sealed record Candidate(FigureKind Kind, Mention Mention, int PhraseStart, int PhraseEnd, bool Combined, bool Counted);

/// <summary>What earlier sentences of the article were about.</summary>
internal sealed class ArticleContext
{
    public int SentenceIndex { get; set; }

    public Tag? LastWeapon { get; set; }

    public int WeaponSentence { get; set; } = -10;

    public FigureKind? LastCasualty { get; set; }

    public FigureKind? ListKind { get; set; }

    public int ListSentence { get; set; } = -10;

    public int CasualtySentence { get; set; } = -10;
}
