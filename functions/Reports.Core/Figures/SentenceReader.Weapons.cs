namespace Reports.Core.Figures;

/// <summary>Drone and missile figures: nouns, verbs, X of Y, implicit weapons.</summary>
internal sealed partial class SentenceReader
{
    private Candidate? Weapons(int index, Mention m, Scan forward, Scan backward)
    {
        if (forward.Excluded || backward.Excluded || InExercise(m))
        {
            return null;
        }

        if (BareWholeAfterPart(m) is { } bareWhole)
        {
            return bareWhole;
        }

        if (forward.Noun is { } noun)
        {
            if (sentence.StartingAt(noun.End) is { Tag: Tag.Exclusion or Tag.Period } && !language.Profile.Figures.HeadFirst)
            {
                // "15 drone attacks", "12 missile launchers": the noun after the weapon's is what the number counts.
                return null;
            }

            if (sentence.StartingAt(noun.End) is { Tag: Tag.Of } of && MentionWithin(of.End, 2))
            {
                // "26 drones out of 28", "صاروخين من أصل ثلاثة صواريخ": X is a subset of the Y that follows.
                return Subset(m, noun.Tag, forward.Counter, CombinedAfter(noun));
            }

            if (sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Of } ofWhole && _found.Count > 0 &&
                _found[^1] is { Kind: FigureKind.DronesDowned or FigureKind.MissilesDowned } part && part.Mention.End <= ofWhole.Start &&
                ofWhole.Start - part.Mention.End <= NounWindow)
            {
                // "۳۱ پهپاد از ۴۲ پهپاد را سرنگون کردند", "31 drones out of 42 drones": Y, named again, is the whole launched.
                var whole = CombinedAfter(noun);
                return new Candidate(Kind(noun.Tag, downed: false, whole), m, m.QualifierStart, noun.End, whole, forward.Counter);
            }

            if (OpensWithOf(m))
            {
                // "Of the 80 drones, 64 were shot down": the whole that the clause after it divides was launched.
                var combined = CombinedAfter(noun);
                return new Candidate(Kind(noun.Tag, downed: false, combined), m, m.QualifierStart, noun.End, combined, forward.Counter);
            }

            return Weapon(m, noun.Tag, noun.End, forward.Counter, defaultDowned: false, CombinedAfter(noun));
        }

        if ((DefiniteNounBefore(m) ?? ArticledNumberAfterNoun(m)) is { } named)
        {
            // "أسقطت الدفاعات الجوية جميع الطائرات المسيرة الـ25" (air defences downed all the 25 drones): a weapon noun
            // right before the article glued to the digits is the number's noun; "all" before it makes the count launched
            // and downed.
            var combined = CombinedAfter(named);
            var candidate = Weapon(m, named.Tag, m.End, counted: false, defaultDowned: false, combined);
            if (candidate is { Kind: FigureKind.DronesDowned or FigureKind.MissilesDowned } downed && sentence.EndingAt(named.Start) is { Tag: Tag.All })
            {
                _extra.Add(downed with { Kind = Kind(named.Tag, false, combined) });
            }

            return candidate;
        }

        // "28 drones sur 31", "shot down 26 drones out of 28": Y after the noun of X, which was a subset. "bắn hạ 45/50
        // chiếc" (the noun in an earlier sentence): Y after the slash of a part downed is the whole launched.
        if ((backward.Of >= 0 && sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Of } || SlashAfterPart(m)) && _found.Count > 0 &&
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

    /// <summary>Whether a slash joins <paramref name="m"/> to the number before it ("45/50"): the tokenizer keeps dates apart.</summary>
    private bool SlashAfterPart(Mention m) =>
        m.QualifierStart >= 2 && sentence.Tokens[m.QualifierStart - 1] is { IsPunctuation: true, Folded: "/" } && sentence.Tokens[m.QualifierStart - 2].IsNumber;

    /// <summary>
    /// X in "X of Y" / "X of them": a subset, downed unless the sentence only launches. A launching verb after X
    /// describes Y ("40 of 52 drones launched overnight"), so only one before X can make X launched.
    /// </summary>
    private Candidate? Subset(Mention m, Tag weapon, bool counted, bool combined)
    {
        TermMatch? before = null;
        var downedAfter = false;
        var downedBefore = false;
        var suppliedAfter = false;
        var hit = false;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is not { Tag: Tag.Launched or Tag.Downed or Tag.Supplied or Tag.Hit or Tag.Killed or Tag.Injured } kw)
            {
                continue;
            }

            if (kw.Tag is Tag.Hit or Tag.Killed or Tag.Injured)
            {
                // "Two of the missiles killed five people": a part that kills or wounds, as one that hits, got through.
                hit |= kw.Start >= m.End && !Crosses(m.End, kw.Start);
                continue;
            }

            if (kw.End <= m.QualifierStart)
            {
                before = kw;
                downedBefore |= kw.Tag == Tag.Downed;
            }
            else if (kw.Tag is Tag.Downed or Tag.Supplied && !sentence.Tokens[m.End..kw.Start].Exists(t => t.IsClauseBreak))
            {
                downedAfter |= kw.Tag == Tag.Downed;
                suppliedAfter |= kw.Tag == Tag.Supplied;
            }
        }

        if (before is { Tag: Tag.Supplied } || (hit && !downedAfter) || (suppliedAfter && !downedAfter))
        {
            // "20 of 400 missiles hit urban areas": the hits are no figure (the 400 are). "روسیه ماهانه بیش از ۲ هزار فروند
            // از آن تولید می‌کند" (Russia produces over 2,000 of them a month): a part produced or supplied is none either.
            return null;
        }

        // "أسقطت معظم المسيرات، وقد هاجمت عشرة منها" (downed most of the drones, and ten of them attacked): a launching
        // verb in X's own clause, after the downing verb, is X's.
        var ownLaunch = before is { Tag: Tag.Launched } launch && launch.Value != CompiledLanguage.AttackValue && !Crosses(launch.End, m.QualifierStart);
        var downed = downedAfter || (downedBefore && !ownLaunch) || before is not { Tag: Tag.Launched };
        return new Candidate(Kind(weapon, downed, combined), m, m.QualifierStart, m.End, combined, counted);
    }

    private Candidate? Weapon(Mention m, Tag weapon, int phraseEnd, bool counted, bool defaultDowned, bool combined)
    {
        var action = NearestAction(m, phraseEnd);
        var itemsEnd = CoordinatedWeaponsEnd(phraseEnd, out var lastItem);
        if (action is null && lastItem is { } last && NearestAction(last, itemsEnd) is { } shared && shared.Start >= itemsEnd &&
            !MentionWithin(itemsEnd, shared.Start - itemsEnd) && !ClauseBreakBetween(itemsEnd, shared.Start))
        {
            // "Empat rudal dan 10 drone yang diluncurkan dari Lebanon berhasil dicegat": the first item of a list is too far
            // from the verbs after the list; the last item's verb is every item's.
            action = shared;
        }

        if (action is { Tag: Tag.Launched } fired && fired.Value != CompiledLanguage.AttackValue && fired.Start >= itemsEnd &&
            (DescribesWeapons(itemsEnd, fired) || SetOffDescription(itemsEnd, fired)) &&
            MainDowning(fired.End, RelativeAfter(itemsEnd) || SetOffDescription(itemsEnd, fired)) is { } main)
        {
            // "two missiles fired from Yemen were intercepted", "deux missiles tirés depuis le Yémen ont été interceptés",
            // "یک فروند موشک که از یمن شلیک شده بود رهگیری شد": the launching verb describes the weapons, the downing
            // verb after it is the clause's own. It describes every item of a list before it ("Four missiles and 10
            // drones fired from Lebanon were intercepted"), and it may stand between commas ("Zehn Drohnen, die aus dem
            // Libanon abgefeuert wurden, wurden abgefangen", "беспилотников, запущенных из Ливана, были перехвачены").
            action = main;
            if (AllBeside(main))
            {
                // "Eight drones launched from Lebanon were all intercepted", "… semuanya berhasil dicegat", "… telah dicegat
                // semuanya": all the weapons launched were downed, so the count is both.
                _extra.Add(new Candidate(Kind(weapon, false, combined), m, m.QualifierStart, phraseEnd, combined, counted));
            }
        }
        else if (action is { Tag: Tag.Launched } described && TypedNounEnd(phraseEnd, weapon) is var typedEnd &&
                 (described.Start == typedEnd || sentence.StartingAt(typedEnd) is { Tag: Tag.Relative }) &&
                 DescribesWeapons(typedEnd, described) && DowningBefore(m) is { } governing)
        {
            // "derribaron durante la noche 14 drones lanzados por Rusia", "shot down overnight 14 drones launched by
            // Russia": a participle (or relative) right after the noun describes the weapons; the downing verb before
            // them in the clause is the predicate. "destroyed as fourteen missiles were fired" keeps its own verb.
            // An attacking verb too: "تصدت المضادات الأرضية … لسبع مسيرات استهدفت مدينة بورتسودان" (repelled seven drones
            // that targeted Port Sudan; Arabic opens no relative after an indefinite noun), "shot down 7 drones attacking
            // the city".
            action = governing;
        }

        if (action is { Tag: Tag.Downed } denied && denied.Start >= phraseEnd && DeniedBefore(denied.Start))
        {
            // "three missiles that were not intercepted": weapons that got through are no downed figure. "Ни одна из
            // 12 ракет не была сбита": the 12 are the whole that was launched.
            return PartitiveBefore(m) ? new Candidate(Kind(weapon, false, combined), m, m.QualifierStart, phraseEnd, combined, counted) : null;
        }

        if (action is { Tag: Tag.Supplied } || (action is null && SupplyBefore(m)))
        {
            // Weapons supplied, produced, bought or held are not launched. "un nuevo paquete de ayuda militar …, que incluye
            // munición y 100 drones": with no verb of their own, weapons after a supply word earlier in the sentence (no
            // launching or downing word between) are that supply's.
            return null;
        }

        if (action is { Tag: Tag.Hit })
        {
            // "54 drones hit 33 sites" after a launched total: the hits are part of it, no figure of their own;
            // without one, what struck is what was launched ("Dozens of missiles struck the city").
            // "shot down 71 drones; four other drones hit targets": after a count of the same weapons downed, the hits are
            // the rest of an unstated whole, not what was launched.
            var launched = Kind(weapon, false, combined);
            var downedKind = Kind(weapon, true, combined);
            if (_found.Exists(c => c.Kind == launched || (c.Kind == downedKind && c.Mention.End <= m.QualifierStart)) ||
                (weapon == Tag.Drone ? context.DronesLaunched : context.MissilesLaunched))
            {
                return null;
            }

            action = null;
        }

        var downed = action is { } a ? a.Tag == Tag.Downed : defaultDowned;
        if (action is null && OpensWithIncluding() && context.WeaponFigureSentence == context.SentenceIndex - 1 &&
            context.LastWeaponKind is FigureKind.DronesDowned or FigureKind.MissilesDowned)
        {
            // "…46 drones were destroyed. Of them, 21 over the Kursk region, 11 over …": parts of the downed figure before.
            downed = true;
        }

        if (downed && PartitiveBefore(m))
        {
            // "intercepted most of the 200 missiles": the 200 are the whole that was launched; the part downed is unstated.
            return new Candidate(Kind(weapon, false, combined), m, m.QualifierStart, phraseEnd, combined, counted);
        }

        if (IncludedAsideOf(m, action) is { } whole)
        {
            // "Of the 120 drones Russia launched overnight, including 20 jet-powered Geran-3s, 95 were shot down": a part set
            // off by commas after "including" is a part of the weapons figure before it; the verb after the aside is the
            // next count's.
            downed = whole.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned;
        }
        else if (CoordinatedWith(m, phraseEnd, action) is { } first)
        {
            // "attacked with 496 drones and 53 missiles, of which … intercepted 427 drones and 40 missiles": items
            // coordinated with a weapons figure share its predicate unless a verb of their own follows them.
            downed = first.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned;
        }

        if (!downed && action is { } own && own.Start >= phraseEnd && DownedListBefore(m))
        {
            // "neutralised 51 drones over Crimea, 44 drones attacking Krasnodar": the downing verb before the list governs
            // every item; a launching word after an item's noun only says where the weapons came from or went.
            downed = true;
        }

        var candidate = new Candidate(Kind(weapon, downed, combined), m, m.QualifierStart, phraseEnd, combined, counted);
        if (downed && (AllBefore(m) || WholeArticleBefore(m) || (action is { Tag: Tag.Downed } after && after.Start >= phraseEnd && !PartitiveBefore(m) &&
                                        ((!Crosses(phraseEnd, after.Start) && AllBeside(after)) || AllDownedRightAfter(phraseEnd, m.QualifierStart, relativeOnly: true)))))
        {
            // "shot down all 27 drones": 27 were launched, and 27 downed. So are "Eight drones were all intercepted", "25 UAV
            // từ Lebanon đều bị bắn hạ", "… đã bị đánh chặn toàn bộ": "all" beside the count's own downing verb after it;
            // and past a description of the weapons ("25 drone yang terbang menuju ibu kota semuanya ditembak jatuh", "۳۰
            // پهپاد که به سوی پایتخت در پرواز بودند، همگی توسط پدافند هوایی سرنگون شدند").
            _extra.Add(candidate with { Kind = Kind(weapon, false, combined) });
        }
        else if (!downed && (AllDownedRightAfter(phraseEnd, m.QualifierStart) || ReportedAllDowned(phraseEnd)))
        {
            // (With the count's start the look right after the weapons reads all that the plain one does, and the
            // description too: one scan, not two, over a long list.)
            // "four cruise missiles, all of which were shot down", "12 дронов — все они сбиты": as many downed as launched.
            _extra.Add(candidate with { Kind = Kind(weapon, true, combined) });
        }
        else if (!downed && action is { Tag: Tag.Launched } launching && launching.Value != CompiledLanguage.AttackValue && launching.Start >= phraseEnd &&
                 ConjoinedDowning(launching.End))
        {
            // "one ballistic missile was fired from Yemen … and intercepted": a downing verb conjoined to the weapons' own
            // launching verb downs the same weapons.
            _extra.Add(candidate with { Kind = Kind(weapon, true, combined) });
        }

        return candidate;
    }

    /// <summary>
    /// The weapons figure read just before <paramref name="m"/> when <paramref name="m"/> opens an aside set off by a comma
    /// and an including term right after that figure's phrase, and the count's nearest verb stands after the aside.
    /// </summary>
    private Candidate? IncludedAsideOf(Mention m, TermMatch? action)
    {
        if (action is not { } own || _found.Count == 0 ||
            _found[^1] is not ({ Kind: FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned } whole) ||
            sentence.EndingAt(m.QualifierStart) is not { Tag: Tag.Including } including || including.Start < 1 ||
            !sentence.Tokens[including.Start - 1].IsComma || whole.PhraseEnd > including.Start)
        {
            return null;
        }

        var resume = IncidentalAt(including.Start - 1);
        return resume > 0 && own.Start >= resume ? whole : null;
    }

    /// <summary>
    /// The weapons figure read just before <paramref name="m"/> when the two are items of one list ("496 drones and 53
    /// missiles") and no verb stands right after this item's noun in its own clause.
    /// </summary>
    private Candidate? CoordinatedWith(Mention m, int phraseEnd, TermMatch? action)
    {
        if (_found.Count == 0 || _found[^1] is not { Kind: FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned } first)
        {
            return null;
        }

        // "صاروخين باليستيين واثنين وثلاثين طائرة": a noun of the same weapons right after the first item's ("ballistic")
        // still names it, so the glued "and" after it joins the next item.
        var firstEnd = first.PhraseEnd;
        var firstTag = first.Kind is FigureKind.DronesLaunched or FigureKind.DronesDowned ? Tag.Drone : Tag.Missile;
        while (firstEnd < m.QualifierStart && sentence.StartingAt(firstEnd) is { } same && same.Tag == firstTag && !StartsMention(firstEnd))
        {
            firstEnd = same.End;
        }

        if (first.PhraseEnd > m.QualifierStart || !(Joined(firstEnd, m.QualifierStart) || (firstEnd == m.QualifierStart && GluedAnd(m.QualifierStart))))
        {
            return null;
        }

        // "shot down 58 of 73 drones and three missiles": the whole of a part pair is launched, but the next item shares the
        // pair's downing verb, the part's.
        var whole = first;
        first = PartOfWhole(first) ?? first;

        if (action is { } own && own.Start >= phraseEnd)
        {
            if (NewListBefore(m, own, whole) || VerbClosesFirstItem(whole, m))
            {
                return null;
            }

            for (var k = phraseEnd; k < own.Start; k++)
            {
                if (sentence.Tokens[k].IsComma || sentence.Tokens[k].IsClauseBreak || StartsMention(k))
                {
                    return first;
                }
            }

            // "28 drones and 3 missiles were shot down": the verb after the last item is every item's; the first already took it.
            return first.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned == (own.Tag == Tag.Downed) ? first : null;
        }

        return first;
    }

    /// <summary>
    /// "launched 142 drones and six missiles overnight, 117 drones and four missiles were shot down": after a comma, a
    /// list of counts joined by "and" or commas whose last item the verb right after it follows is a list of its own.
    /// </summary>
    private bool NewListBefore(Mention m, TermMatch verb, Candidate first)
    {
        var comma = false;
        for (var k = first.PhraseEnd; k < m.QualifierStart; k++)
        {
            comma |= sentence.Tokens[k].IsComma;
        }

        var last = 0;
        while (last < mentions.Count && mentions[last].Start < m.Start)
        {
            last++;
        }

        if (!comma || last >= mentions.Count)
        {
            return false;
        }

        while (last + 1 < mentions.Count && mentions[last + 1].End <= verb.Start)
        {
            if (!Joined(mentions[last].End, mentions[last + 1].QualifierStart))
            {
                return false;
            }

            last++;
        }

        var end = sentence.StartingAt(mentions[last].End) is { Tag: Tag.Drone or Tag.Missile } noun ? noun.End : mentions[last].End;
        var words = 0;
        for (var k = end; k < verb.Start; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsComma || t.IsClauseBreak)
            {
                return false;
            }

            words += t.IsWord && !language.Stopwords.Contains(t.Folded) ? 1 : 0;
        }

        return last > 0 && words <= 1;
    }

    /// <summary>"وسبعة صواريخ": the token opens with a one-letter "and" written onto it (data <c>and</c>).</summary>
    private bool GluedAnd(int token)
    {
        var t = sentence.Tokens[token];
        if (!t.IsWord)
        {
            return false;
        }

        foreach (var and in language.Profile.Figures.And)
        {
            if (and.Length == 1 && t.Folded.Length > 2 && t.Folded[0] == and[0])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word for "type" or "model" (data <c>weaponTypes</c>) ends at most two tokens (quotes, "the") before the weapon name at <paramref name="k"/>.</summary>
    private bool TypeWordBefore(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            var t = sentence.Tokens[j];
            if (t.IsWord && language.WeaponTypes.Contains(t.Folded))
            {
                return true;
            }

            if (!(t.IsPunctuation && t.Folded is "«" or "\"" or "“" or "„") && !(t.IsWord && language.Stopwords.Contains(t.Folded)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The nearest action word before the number in its sentence is a supply word (not a weapon's origin).</summary>
    private bool SupplyBefore(Mention m)
    {
        for (var k = m.QualifierStart - 1; k >= 0; k--)
        {
            if (sentence.StartingAt(k) is not { Tag: Tag.Launched or Tag.Downed or Tag.Supplied or Tag.Hit } kw)
            {
                continue;
            }

            return kw.Tag == Tag.Supplied && !WeaponOrigin(kw);
        }

        return false;
    }

    /// <summary>A launching word right after a weapon noun ("drones attacking Crimea", "missiles launched from") describes those weapons.</summary>
    /// <summary>
    /// A launching or downing verb (no attack's word) after <paramref name="from"/> in its clause, with no count or "and"
    /// between and no "all" in the clause:
    /// the predicate that a participle before it (<see cref="WeaponParticiple"/>) only describes the weapons for.
    /// </summary>
    private bool VerbLaterInClause(int from)
    {
        var verb = false;
        for (var k = from; k < sentence.Count; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma)
            {
                break;
            }

            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.All }:
                    // "… yang diluncurkan … telah dicegat semuanya", "launched from Lebanon were all intercepted": "all"
                    // counts both (the twenty-first session's convention).
                    return false;
                case { Tag: Tag.And } when !verb:
                    // "Three missiles were launched at Israel and later intercepted": a verb joined by "and" counts both.
                    return false;
                case { Tag: Tag.Launched or Tag.Downed } later when later.Value != CompiledLanguage.AttackValue && !WeaponParticiple(later):
                    verb = true;
                    break;
            }

            if (!verb && MentionStartingAt(k) is { End: > 0 })
            {
                return false;
            }
        }

        return verb;
    }

    private bool WeaponParticiple(TermMatch kw) =>
        kw.Tag == Tag.Launched &&
        (sentence.EndingAt(kw.Start) is { Tag: Tag.Drone or Tag.Missile } ||
         (kw.Start >= 2 && sentence.Tokens[kw.Start - 1].IsWord && sentence.EndingAt(kw.Start - 1) is { Tag: Tag.Drone or Tag.Missile }));

    /// <summary>
    /// A launching word right after a comma that follows a weapon noun, its phrase closed by a comma before
    /// <paramref name="count"/>: "беспилотников, запущенных ВСУ, а также две ракеты".
    /// </summary>
    private bool SetOffParticiple(TermMatch kw, int count)
    {
        if (kw.Tag != Tag.Launched || kw.Start < 2 || !sentence.Tokens[kw.Start - 1].IsComma ||
            sentence.EndingAt(kw.Start - 1) is not { Tag: Tag.Drone or Tag.Missile })
        {
            return false;
        }

        for (var k = kw.End; k < count; k++)
        {
            if (sentence.Tokens[k].IsComma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A supply word (make, production) with a weapon noun ending at most three words before it and nothing but words
    /// between: "ракеты ATACMS американского производства", "misiles de fabricación estadounidense" — the weapon's origin.
    /// </summary>
    private bool WeaponOrigin(TermMatch kw)
    {
        if (kw.Tag != Tag.Supplied)
        {
            return false;
        }

        for (var k = kw.Start; k >= 1 && k >= kw.Start - 3; k--)
        {
            if (sentence.EndingAt(k) is { Tag: Tag.Drone or Tag.Missile })
            {
                return true;
            }

            if (!sentence.Tokens[k - 1].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ukraine's drone makers expect to produce 4 million drones": a verb with only function words (no "and", no mark)
    /// before the count governs it, whatever weapon noun stands before the verb; "ракет ATACMS американского производства и
    /// 35 беспилотников" (an "and" between) keeps the word of making the other weapon's origin.
    /// </summary>
    private bool GovernsCount(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = sentence.Tokens[k];
            if (!t.IsWord || !language.Stopwords.Contains(t.Folded) || sentence.StartingAt(k) is { Tag: Tag.And })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How far after a launch a reported "all … downed" may stand (an attribution and a statement's source between).</summary>
    private const int ReportedAllReach = 30;

    private int WeaponsBetween(int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            count += sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile } ? 1 : 0;
        }

        return count;
    }

    /// <summary>The number is an item of a list of weapons whose first item a downing verb before it governs.</summary>
    private bool DownedListBefore(Mention m)
    {
        for (var k = _found.Count - 1; k >= 0; k--)
        {
            var c = _found[k];
            if (c.Mention.End > m.QualifierStart || IsCasualty(c.Kind))
            {
                continue;
            }

            if (!Joined(c.PhraseEnd, m.QualifierStart))
            {
                return false;
            }

            if (c.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned && NearestAction(c.Mention, c.PhraseEnd) is { Tag: Tag.Downed } verb &&
                verb.End <= c.Mention.QualifierStart)
            {
                return true;
            }

            m = c.Mention;
        }

        return false;
    }

    /// <summary>A comma, clause break, subordinator or relative pronoun stands between the two tokens.</summary>
    private bool Crosses(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma || sentence.StartingAt(k) is { Tag: Tag.ClauseOpener or Tag.Relative })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After a weapons phrase, across a comma or dash: "all" (data `all`), then only "of which/them", relatives and function
    /// words, then a downing word, with no number between ("…, all of which were shot down", "— semuanya ditembak jatuh").
    /// </summary>
    /// <param name="phraseEnd">The end of the weapons phrase.</param>
    /// <param name="subjectStart">
    /// The count's first token, when "all" may follow the weapons' description with no comma: after a relative that opens
    /// right after the noun ("34 drone Ukraina yang menyerang Krimea semuanya dihancurkan"), or when the count is its
    /// clause's subject, no verb before it ("16 UAV … nhằm vào bán đảo Crimea đều đã bị … tiêu diệt"); the description
    /// may then run 16 tokens.
    /// </param>
    /// <param name="relativeOnly">Only past a relative clause (a count already downed: the comma of a list's own "all of which" is read elsewhere).</param>
    private bool AllDownedRightAfter(int phraseEnd, int subjectStart = -1, bool relativeOnly = false)
    {
        var tokens = sentence.Tokens;
        var k = phraseEnd;
        var marks = 0;
        var coordinated = false;
        while (k < tokens.Count && sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile } name)
        {
            // "60 Shahed drones", "60 drone Shahed": a weapon's type name and its noun are one phrase.
            k = name.End;
        }

        var relative = RelativeAfter(k);
        if (relativeOnly && !relative)
        {
            return false;
        }

        var described = subjectStart >= 0 && (relative || !ActionBeforeInClause(subjectStart));
        var limit = phraseEnd + (described ? 16 : 10);

        while (k < tokens.Count && k < limit && sentence.StartingAt(k) is not { Tag: Tag.All })
        {
            var t = tokens[k];
            if (t.IsComma || t.Folded is "–" or "—" or "-" or ";" or ":")
            {
                marks++;
            }
            else if (marks == 0 && sentence.StartingAt(k) is { Tag: Tag.And })
            {
                // "two missiles and four drones, all of which were intercepted": the items of one list share the "all".
                coordinated = true;
            }
            else if (marks == 0 && coordinated && (StartsMention(k) || sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile }))
            {
                limit = Math.Max(limit, k + 10);
            }
            else if (marks == 0 && WeakMentionAt(k))
            {
                // "…auf ein Schiff ab, die alle…": an article on the way is no count.
            }
            else if (marks == 0 && !coordinated && sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile } && TypeWordBefore(k))
            {
                // "запустив 35 дронів типу «Шахед», усі цілі знешкоджено", "35 drones of the Shahed type, all …": the type
                // named after a word for "type" is the same weapons.
            }
            else if (marks > 0 && (sentence.StartingAt(k) is { Tag: Tag.Relative } ||
                                   (sentence.StartingAt(k) is { Tag: Tag.And } and && sentence.StartingAt(and.End) is { Tag: Tag.All })))
            {
                // "…, die alle abgefangen wurden", "…, qui ont tous été interceptés": a relative pronoun before "all";
                // "…, and all of them were shot down", "…, dan semuanya dihancurkan": a conjunction after the comma.
            }
            else if (marks > 0 && sentence.StartingAt(k) is { Tag: Tag.Downed } downing && downing.End < tokens.Count &&
                     sentence.StartingAt(downing.End) is { Tag: Tag.All } afterVerb && EndsAllPhrase(afterVerb.End))
            {
                // "أطلق حزب الله أربعة صواريخ، واعترضتها جميعا الدفاعات الجوية" (… and intercepted them all): after the comma, a
                // downing verb with "all" right after it downs every weapon launched ("intercepted all along the border"
                // does not: a function word after "all" goes on with another phrase).
                return true;
            }
            else if (described && marks == 0 && sentence.StartingAt(k) is { Tag: Tag.People })
            {
                // "۴۵ پهپاد اوکراینی که …", "UAV do lực lượng Hezbollah phóng": a demonym or the launching side, inside the
                // description.
            }
            else if (StartsMention(k) || t.IsClauseBreak || (marks > 0 && !(t.IsWord && language.Stopwords.Contains(t.Folded) && sentence.StartingAt(k) is null)) ||
                     sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile or Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Downed or Tag.People })
            {
                // Before the comma the launch's own words may follow ("at the port", "overnight", "پرتاب کرد که");
                // after it only function words.
                return false;
            }

            k = sentence.StartingAt(k)?.End ?? k + 1;
        }

        // "… and all of them were destroyed": a conjunction right before "all" joins it to the launch as a comma does.
        if (k >= tokens.Count || sentence.StartingAt(k) is not { Tag: Tag.All } all || (marks == 0 && !described && sentence.EndingAt(k) is not { Tag: Tag.Relative or Tag.And }))
        {
            return false;
        }

        return DownedRightAfterAll(all);
    }

    /// <summary>
    /// Nothing goes on with the "all" ending at <paramref name="end"/>: the sentence's end, punctuation, or a content word
    /// (the verb's subject), no number.
    /// </summary>
    private bool EndsAllPhrase(int end) =>
        end >= sentence.Count || sentence.Tokens[end].IsPunctuation ||
        (sentence.Tokens[end].IsWord && !language.Stopwords.Contains(sentence.Tokens[end].Folded) && !StartsMention(end));

    /// <summary>How far back <see cref="ActionBeforeInClause"/> looks; past it the clause is taken to have its verb.</summary>
    private const int ActionBeforeWindow = 40;

    /// <summary>
    /// A launching, downing, supplying or hitting verb before <paramref name="start"/> in its clause (a comma ends it too).
    /// A clause longer than <see cref="ActionBeforeWindow"/> tokens before the count (an item deep in a long list) is taken
    /// to have one: the look stays bounded, and such a count is no subject with a description of its own.
    /// </summary>
    private bool ActionBeforeInClause(int start)
    {
        for (var k = start - 1; k >= 0; k--)
        {
            if (k < start - ActionBeforeWindow)
            {
                return true;
            }

            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma)
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Launched or Tag.Downed or Tag.Supplied or Tag.Hit })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "lanzó ocho drones …, según el mando militar sur, que precisó en un comunicado que todos fueron derribados", "ont tiré
    /// trois missiles …, a indiqué l'armée, précisant que tous ont été interceptés": "all … downed" reported after the
    /// launch by a verb of saying (data <c>speech</c>), in the same sentence, with a function word ("que", "that") or a
    /// comma right before "all" and no number, weapon, casualty word or other launching or downing verb on the way.
    /// </summary>
    private bool ReportedAllDowned(int phraseEnd)
    {
        var tokens = sentence.Tokens;
        var speech = false;
        var crossed = false;
        for (var k = phraseEnd; k < tokens.Count && k < phraseEnd + ReportedAllReach;)
        {
            if (!crossed && k > phraseEnd && tokens[k].Folded is ";" or "؛")
            {
                // "…45 drones et deux missiles ; la défense aérienne les a tous interceptés": a clause of its own after a
                // semicolon, with its subject, may say "all … downed" as a verb of saying would (after a comma it may be a
                // relative clause's belief: "…, cuyos habitantes creen que todos fueron derribados").
                crossed = true;
                k++;
                continue;
            }

            if (!crossed && k > phraseEnd && StartsMention(k) && MentionStartingAt(k) is { End: > 0 } item && item.End < tokens.Count &&
                sentence.StartingAt(item.End) is { Tag: Tag.Drone or Tag.Missile } itemNoun && sentence.EndingAt(k) is { Tag: Tag.And })
            {
                // "45 drones et deux missiles ; … les a tous interceptés": "all" downs every item of the launch's list.
                k = itemNoun.End;
                continue;
            }

            if (tokens[k].IsClauseBreak || (StartsMention(k) && !WeakMentionAt(k)))
            {
                // An article on the way ("en un comunicado") is no count.
                return false;
            }

            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.Speech } said:
                    speech = true;
                    k = said.End;
                    continue;
                case { Tag: Tag.All } all:
                    // "…, que precisó que todos fueron derribados"; German reported speech after a comma: "teilte die
                    // Luftwaffe mit, alle seien abgeschossen worden".
                    return (speech || crossed) && k > phraseEnd && (tokens[k - 1].IsComma || (tokens[k - 1].IsWord && language.Stopwords.Contains(tokens[k - 1].Folded))) &&
                        sentence.EndingAt(k) is null or { Tag: Tag.Relative } && DownedRightAfterAll(all);
                case { Tag: Tag.Downed } downing when k > phraseEnd && AllObjectAfter(downing.End):
                    // "…, and the air force said it shot down all of them", "…, adding that air defences intercepted all
                    // of them": the downing verb's object is "all" with no noun or number of its own.
                    return true;
                case { Tag: Tag.Launched } launch when !speech:
                    // A verb-final launch ("mit acht Drohnen angegriffen, teilte … mit, alle seien abgeschossen worden").
                    k = launch.End;
                    continue;
                case { Tag: Tag.Drone or Tag.Missile or Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Launched or Tag.Downed or Tag.Hit or Tag.Supplied }:
                    return false;
                case { } term:
                    k = term.End;
                    continue;
                default:
                    k++;
                    continue;
            }
        }

        return false;
    }

    /// <summary>
    /// "all of them", "them all" right after a downing verb, ending its clause (a comma, clause break or the sentence's end
    /// after it): the object that stands for weapons named before. "shot down all 27 drones" and "all the drones" are read
    /// elsewhere.
    /// </summary>
    private bool AllObjectAfter(int k)
    {
        var tokens = sentence.Tokens;
        if (k < tokens.Count && sentence.StartingAt(k) is null && tokens[k].IsWord && language.Stopwords.Contains(tokens[k].Folded) &&
            k + 1 < tokens.Count && sentence.StartingAt(k + 1) is { Tag: Tag.All })
        {
            k++;
        }

        if (k >= tokens.Count || sentence.StartingAt(k) is not { Tag: Tag.All } all)
        {
            return false;
        }

        var end = all.End;
        if (all.End - all.Start == 1 && end < tokens.Count && sentence.StartingAt(end) is null && tokens[end].IsWord && language.Stopwords.Contains(tokens[end].Folded) &&
            (end + 1 >= tokens.Count || tokens[end + 1].IsComma || tokens[end + 1].IsClauseBreak || tokens[end + 1].IsPunctuation))
        {
            // "intercepted all of them" where "all" alone is the term and "of them" plain words would not be here; "all
            // these" ends the same way.
            end++;
        }

        return end >= tokens.Count || tokens[end].IsComma || tokens[end].IsClauseBreak || tokens[end].IsPunctuation;
    }

    /// <summary>A downing verb right after "all" (past "of them", function words, one adverb or a passive's agent).</summary>
    private bool DownedRightAfterAll(TermMatch all)
    {
        const int AgentWords = 6;
        var tokens = sentence.Tokens;

        // One adverb may stand before the verb ("semuanya berhasil ditembak jatuh"); after a word that introduces a passive's
        // agent (data passiveAgents) the agent's noun phrase may too ("tất cả đều bị tàu Mỹ bắn hạ", "die alle von der
        // Flugabwehr abgeschossen wurden", "همه توسط پدافند هوایی منهدم شدند"): up to six words (a Vietnamese noun phrase takes
        // a word per syllable), people and units among them, with no number and no other figure's word.
        var other = 0;
        var agent = false;
        for (var j = all.End; j < tokens.Count && j <= all.End + 9; j++)
        {
            if (StartsMention(j) || tokens[j].IsClauseBreak)
            {
                return false;
            }

            switch (sentence.StartingAt(j))
            {
                case { Tag: Tag.Downed }:
                    return true;
                case { Tag: Tag.Including or Tag.Of or Tag.Relative or Tag.All } term:
                    // "tất cả đều bị bắn hạ": a second word for "all".
                    j = term.End - 1;
                    continue;
                case null when tokens[j].IsWord && language.PassiveAgents.Contains(tokens[j].Folded):
                    agent = true;
                    continue;
                case null when tokens[j].IsWord && language.Stopwords.Contains(tokens[j].Folded):
                    continue;
                case null when tokens[j].IsWord && other++ < (agent ? AgentWords : 1):
                    continue;
                case { Tag: Tag.People or Tag.Exclusion } noun when agent && other++ < AgentWords:
                    // The agent may be people or a unit ("bị hải quân bắn hạ", "bị tàu chiến Mỹ bắn hạ").
                    j = noun.End - 1;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// After a launching verb ending at <paramref name="from"/>, in its clause: a conjunction and (past at most two
    /// function words) a downing verb, with no number, comma or other content word before the conjunction that is no
    /// time or place ("fired from Yemen toward central Israel early on Friday and intercepted").
    /// </summary>
    private bool ConjoinedDowning(int from)
    {
        var tokens = sentence.Tokens;
        for (var k = from; k < tokens.Count && k <= from + 12; k++)
        {
            if (tokens[k].IsClauseBreak || tokens[k].IsComma || StartsMention(k))
            {
                return false;
            }

            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.And } and:
                    var j = and.End;
                    for (var words = 0; j < tokens.Count && words < 2 && sentence.StartingAt(j) is null && tokens[j].IsWord &&
                                        (language.Stopwords.Contains(tokens[j].Folded) || language.Profile.Figures.Later.Contains(tokens[j].Folded)); words++)
                    {
                        j++;
                    }

                    return j < tokens.Count && sentence.StartingAt(j) is { Tag: Tag.Downed } downing && !AlsoAct(downing);
                case { Tag: Tag.Launched or Tag.Downed or Tag.Hit or Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Drone or Tag.Missile or Tag.People }:
                    return false;
            }
        }

        return false;
    }

    /// <summary>A weak "one" (an article: "ein", "un", "một") starts at the token.</summary>
    private bool WeakMentionAt(int token)
    {
        foreach (var x in mentions)
        {
            if (x.Start == token && x.QualifierStart == token && x.Weak)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, trong đó phòng không vô hiệu hóa 718 mục tiêu", "neutralised 718 targets": a count of targets under a downing
    /// word, in a sentence about drones or missiles (or right after one), is the drones and missiles downed together.
    /// </summary>
    private Candidate? DownedTargets(Mention m)
    {
        if (m.Weak || TargetEnd(m.End) is not { } end || NearestAction(m, end) is not { Tag: Tag.Downed })
        {
            return null;
        }

        var weapons = context.WeaponSentence >= context.SentenceIndex - 1 && context.WeaponSentence >= 0;
        for (var i = 0; i < sentence.Count && !weapons; i++)
        {
            weapons = sentence.StartingAt(i) is { Tag: Tag.Drone or Tag.Missile };
        }

        return weapons ? new Candidate(FigureKind.DronesDowned, m, m.QualifierStart, end, true, false) : null;
    }

    /// <summary>The token after a "targets" word of one or two words ("целей", "mục tiêu") at <paramref name="k"/>, if one stands there.</summary>
    private int? TargetEnd(int k)
    {
        var tokens = sentence.Tokens;
        if (k >= tokens.Count || !tokens[k].IsWord)
        {
            return null;
        }

        if (language.TargetWords.Contains(tokens[k].Folded))
        {
            return k + 1;
        }

        return k + 1 < tokens.Count && tokens[k + 1].IsWord && language.TargetWords.Contains(tokens[k].Folded + " " + tokens[k + 1].Folded) ? k + 2 : null;
    }

    /// <summary>"most of the 200", "la plupart des 200", "большинство из 200": an unstated part of the number.</summary>
    private bool PartitiveBefore(Mention m) => WordBefore(m, Tag.Partitive);

    /// <summary>"all 27", "tất cả 27", "alle 15": the whole of what was launched.</summary>
    private bool AllBefore(Mention m) => WordBefore(m, Tag.All);

    /// <summary>
    /// "Die Flugabwehr habe 102 Drohnen und alle Raketen abgeschossen", "Todos los misiles fueron derribados": "all" and a
    /// weapon noun with no number, downed in their clause, are as many as the launched count of those weapons stated
    /// before (in this sentence, or in the two before). Without such a count, or with another verb, nothing is read.
    /// </summary>
    private void AllWithoutNumber()
    {
        if (!sentence.Has(Tag.All))
        {
            // (Most sentences name no "all": the tags gathered once per sentence answer without a scan.)
            return;
        }

        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is not { Tag: Tag.All } all || AllOfThem(all) || TermMatchEndingAt(language.Qualifiers, Tag.Nearly, all.Start, 2) is not null)
            {
                // "Nearly all the drones were intercepted": not all, and how many is unstated.
                continue;
            }

            // "the drones were all shot down": the noun before "all", a downing word right after it.
            var front = sentence.StartingAt(NounAfterAll(all.End)) is { Tag: Tag.Drone or Tag.Missile } ? null
                : sentence.StartingAt(all.End) is { Tag: Tag.Downed } ? NounBeforeAll(all.Start) : null;
            if ((front ?? sentence.StartingAt(NounAfterAll(all.End))) is not { Tag: Tag.Drone or Tag.Missile } noun ||
                StartsMention(all.End) || StartsMention(noun.End) || EndsMention(all.Start) || StartsMention(all.Start) ||
                (front is null ? ClauseAction(all.Start, noun.End) : ClauseAction(all.Start, all.End)) is not { Tag: Tag.Downed })
            {
                continue;
            }

            DownedAsLaunched(all, noun, Math.Min(all.Start, noun.Start), Math.Max(noun.End, all.End));
            if (front is null && noun.End < sentence.Count && sentence.StartingAt(noun.End) is { Tag: Tag.And } and &&
                sentence.StartingAt(and.End) is { Tag: Tag.Drone or Tag.Missile } second && second.Tag != noun.Tag)
            {
                // "Semua drone dan rudal itu berhasil dicegat", "all the drones and missiles were shot down": the second noun
                // of "all" is downed as many as were launched of it too.
                DownedAsLaunched(all, second, second.Start, second.End);
            }
        }
    }

    /// <summary>The weapons of <paramref name="noun"/> under "all", downed: as many as the launched count of them stated before.</summary>
    private void DownedAsLaunched(TermMatch all, TermMatch noun, int start, int end)
    {
        var launchedKind = noun.Tag == Tag.Drone ? FigureKind.DronesLaunched : FigureKind.MissilesLaunched;
        var recent = context.SentenceIndex - context.WeaponFigureSentence <= 2;
        var stated = LastLaunched(launchedKind, all.Start) ??
            (!recent ? null : noun.Tag == Tag.Drone ? context.LastDronesLaunched : context.LastMissilesLaunched);
        if (stated is not { } value)
        {
            return;
        }

        var mention = new Mention(noun.Start, noun.End, value, Qualifier.Exact, start, Weak: false, Spelled: true);
        _found.Add(new Candidate(noun.Tag == Tag.Drone ? FigureKind.DronesDowned : FigureKind.MissilesDowned, mention, start, end, false, false));
    }

    /// <summary>
    /// The weapon noun before "all", past function words only ("the drones were all shot down"), with no number of its own
    /// right before it; null when none.
    /// </summary>
    private TermMatch? NounBeforeAll(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (sentence.EndingAt(j + 1) is { Tag: Tag.Drone or Tag.Missile } noun)
            {
                return EndsMention(noun.Start) ? null : noun;
            }

            if (!sentence.Tokens[j].IsWord || !language.Stopwords.Contains(sentence.Tokens[j].Folded) || sentence.EndingAt(j + 1) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the weapon noun after "all" starts: right after it, or past an article, an "of" or a word for a number
    /// ("all the drones", "all of the missiles", "toàn bộ số UAV"), at most two words.
    /// </summary>
    private int NounAfterAll(int k)
    {
        for (var words = 0; words < 2 && k < sentence.Count && !StartsMention(k); words++)
        {
            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.Drone or Tag.Missile }:
                    return k;
                case { Tag: Tag.Of or Tag.CountNoun } term:
                    k = term.End;
                    continue;
                case null when sentence.Tokens[k].IsWord && language.Stopwords.Contains(sentence.Tokens[k].Folded):
                    k++;
                    continue;
                default:
                    return k;
            }
        }

        return k;
    }

    /// <summary>The launching, downing, supplying or hitting word nearest to [start, end) in its clause (no clause break between).</summary>
    private TermMatch? ClauseAction(int start, int end)
    {
        if (!sentence.HasAny(Tag.Launched, Tag.Downed, Tag.Supplied, Tag.Hit))
        {
            // (Asked per number: the sentence's tags tell without a scan that it has no such word.)
            return null;
        }

        TermMatch? best = null;
        var bestDistance = int.MaxValue;
        for (var k = 0; k < sentence.Count; k++)
        {
            if (sentence.StartingAt(k) is not { Tag: Tag.Launched or Tag.Downed or Tag.Supplied or Tag.Hit } kw || (kw.Start < end && kw.End > start))
            {
                continue;
            }

            var (from, to) = kw.End <= start ? (kw.End, start) : (end, kw.Start);
            if (ClauseBreakIn(from, to))
            {
                continue;
            }

            if (to - from < bestDistance)
            {
                best = kw;
                bestDistance = to - from;
            }
        }

        return best;
    }

    /// <summary>
    /// The value of the last launched count of <paramref name="kind"/> found before the token, if any (a plain loop: a
    /// lambda here would allocate its closure for every token of every sentence).
    /// </summary>
    private long? LastLaunched(FigureKind kind, int before)
    {
        for (var k = _found.Count - 1; k >= 0; k--)
        {
            if (_found[k].Kind == kind && _found[k].Mention.End <= before)
            {
                return _found[k].Mention.Value;
            }
        }

        return null;
    }

    /// <summary>A clause break among the tokens [from, to) (read in place: no copy of the token list).</summary>
    private bool ClauseBreakIn(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A term of <paramref name="tag"/> up to three tokens before the number, only "of" and function words between.</summary>
    private bool WordBefore(Mention m, Tag tag)
    {
        for (var k = m.QualifierStart; k > 0 && k >= m.QualifierStart - 3; k--)
        {
            if (sentence.EndingAt(k) is { } kw)
            {
                if (kw.Tag == tag)
                {
                    return true;
                }

                if (kw.Tag is not Tag.Of)
                {
                    return false;
                }

                k = kw.Start + 1;
                continue;
            }

            if (!language.Stopwords.Contains(sentence.Tokens[k - 1].Folded))
            {
                return false;
            }
        }

        return false;
    }

    private static FigureKind Kind(Tag weapon, bool downed, bool combined) => (weapon == Tag.Drone || combined, downed) switch
    {
        (true, false) => FigureKind.DronesLaunched,
        (true, true) => FigureKind.DronesDowned,
        (false, false) => FigureKind.MissilesLaunched,
        (false, true) => FigureKind.MissilesDowned,
    };

    /// <summary>"missiles and drones", "projectiles", "aerial targets": one number for drones and missiles together.</summary>
    /// <summary>A drone or missile noun ending right before a definite article (data <c>numbers.definiteArticles</c>) that ends right before the number.</summary>
    private TermMatch? DefiniteNounBefore(Mention m)
    {
        var k = m.QualifierStart - 1;
        if (k < 1 || language.DefiniteArticles.Count == 0 || !sentence.Tokens[k].IsWord || !language.DefiniteArticles.Contains(sentence.Tokens[k].Folded))
        {
            return null;
        }

        return sentence.EndingAt(k) is { Tag: Tag.Drone or Tag.Missile } noun ? noun : null;
    }

    private bool CombinedAfter(TermMatch noun)
    {
        if (noun.Value == CompiledLanguage.MixedWeaponsValue)
        {
            return true;
        }

        var next = noun.End;
        if (sentence.StartingAt(next) is { Tag: Tag.Drone or Tag.Missile } glued && glued.Tag != noun.Tag)
        {
            // Arabic "صاروخ وطائرة مسيرة": the conjunction is glued to the second noun; a dual that counts itself
            // ("طائرة مسيرة وصاروخين", and two missiles) is an item of its own.
            return !StartsMention(next);
        }

        // "about 60 rockets and projectiles": a word of mixed weapons beside a missile noun names no drone; the count stays
        // the missiles'.
        return next < sentence.Count && sentence.Tokens[next].IsWord && language.Stopwords.Contains(sentence.Tokens[next].Folded) &&
            sentence.StartingAt(next + 1) is { Tag: Tag.Drone or Tag.Missile } other && other.Tag != noun.Tag && !StartsMention(next + 1) &&
            !(noun.Tag == Tag.Missile && other.Value == CompiledLanguage.MixedWeaponsValue);
    }

    /// <summary>The sentence opens with "of them", "including", "из них", "trong đó", "di antaranya" (after at most one word).</summary>
    private bool OpensWithIncluding()
    {
        for (var k = 0; k < sentence.Count && k <= 1; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Including })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Уничтожены 64 беспилотника. Из них 21 – над Брянской областью, 17 – над Курской", "«18 - над территорией Брянской
    /// области, 11 - над …»": a number that opens its sentence (after an opening quote or "of them" at most), with a dash
    /// or a function word after it and no noun or verb of its own in its clause, right after a sentence that downed
    /// weapons, is a part of those weapons by place.
    /// </summary>
    private Candidate? OpeningPart(Mention m, Scan forward)
    {
        if (m.Weak || context.WeaponFigureSentence != context.SentenceIndex - 1 ||
            context.LastWeaponKind is not (FigureKind.DronesDowned or FigureKind.MissilesDowned) ||
            forward.Noun is not null || forward.Keyword is not null || forward.Action is not null || forward.People || forward.Excluded ||
            forward.Of >= 0 || m.End >= sentence.Count)
        {
            return null;
        }

        var k = m.QualifierStart;
        if (sentence.EndingAt(k) is { Tag: Tag.Including } them && OfWordAt(them.Start))
        {
            k = them.Start;
        }

        for (var j = 0; j < k; j++)
        {
            if (!sentence.Tokens[j].IsPunctuation || sentence.Tokens[j].IsClauseBreak)
            {
                return null;
            }
        }

        var next = sentence.Tokens[m.End];
        var place = next.Folded is "—" or "–" or "-" ? m.End + 1 : m.End;
        if (place >= sentence.Count || !sentence.Tokens[place].IsWord || !language.Stopwords.Contains(sentence.Tokens[place].Folded) ||
            sentence.StartingAt(place) is not null)
        {
            return null;
        }

        return new Candidate(context.LastWeaponKind.Value, m, m.QualifierStart, m.End, false, false);
    }

    /// <summary>
    /// "Наибольшее число было сбито над Курской областью — 87", "Найбільше збито над Київщиною — 20", "Больше всего — над
    /// Брянской областью: 18": a bare number after a dash (or a colon after one) that ends its sentence or clause gives the
    /// value of the clause before it, whose verb counts no number of its own: a downing or launching verb counts the
    /// weapons named nearest (in the sentence or the two before), a casualty word its kind.
    /// </summary>
    private Candidate? DashValue(Mention m, Scan forward)
    {
        if (m.Weak || forward.Noun is not null || forward.Keyword is not null || forward.Action is not null || forward.Excluded ||
            forward.Of >= 0 || m.QualifierStart < 2)
        {
            return null;
        }

        var end = m.End;
        if (end < sentence.Count && sentence.StartingAt(end) is { Tag: Tag.People } people)
        {
            end = people.End;
        }

        if (end < sentence.Count && !sentence.Tokens[end].IsClauseBreak && !sentence.Tokens[end].IsComma)
        {
            return null;
        }

        var mark = sentence.Tokens[m.QualifierStart - 1].Folded;
        var colon = mark == ":";
        if (mark is not ("—" or "–" or "-") && !colon)
        {
            return null;
        }

        TermMatch? verb = null;
        var superlative = false;
        var dashed = !colon;
        for (var k = m.QualifierStart - 2; k >= 0; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || EndsMention(k + 1))
            {
                break;
            }

            dashed |= t.Folded is "—" or "–";
            if (sentence.EndingAt(k + 1) is { } kw)
            {
                if (kw.Tag is Tag.Downed or Tag.Killed or Tag.Injured or Tag.Casualties ||
                    (kw.Tag == Tag.Launched && kw.Value != CompiledLanguage.AttackValue))
                {
                    verb ??= kw;
                }

                superlative |= kw.Tag == Tag.Superlative;

                k = kw.Start;
            }
        }

        if (!dashed)
        {
            return null;
        }

        if (verb is not { } v)
        {
            // "Уничтожены 41 беспилотник. Больше всего — над Брянской областью: 18": the most of the downing tally before.
            return superlative && context.WeaponFigureSentence == context.SentenceIndex - 1 && !forward.People &&
                   context.LastWeaponKind is (FigureKind.DronesDowned or FigureKind.MissilesDowned) and { } last
                ? new Candidate(last, m, m.QualifierStart, m.End, false, false)
                : null;
        }

        if (v.Tag is Tag.Killed or Tag.Injured or Tag.Casualties)
        {
            return forward.People || end == m.End ? new Candidate(VictimsKind(v), m, m.QualifierStart, m.End, false, false) : null;
        }

        if (forward.People)
        {
            return null;
        }

        var weapon = WeaponNear(m, out var combined) ?? (context.WeaponSentence >= context.SentenceIndex - 2 ? ContextWeapon(m) : null);
        return weapon is { } w ? new Candidate(Kind(w, v.Tag == Tag.Downed, combined), m, m.QualifierStart, m.End, combined, false) : null;
    }

    /// <summary>"Of the 80 drones, …", "Из 80 беспилотников …": an "of" (and its articles) opens the clause before the number.</summary>
    private bool OpensWithOf(Mention m)
    {
        var k = m.QualifierStart;
        while (k > 0 && sentence.EndingAt(k) is null && sentence.Tokens[k - 1].IsWord && language.Stopwords.Contains(sentence.Tokens[k - 1].Folded))
        {
            k--;
        }

        if (sentence.EndingAt(k) is not { Tag: Tag.Of } of)
        {
            return false;
        }

        // The clause may open with "that" ("…, что из 143 беспилотников 112 …"), and a reported clause opens after its
        // saying verb, with or without "that": "the air force said that of the 80 drones, …", "اعلام کرد از ۱۲۰ پهپاد، ۸۷
        // فروند …".
        var open = of.Start;
        if (open > 0 && sentence.EndingAt(open) is null && sentence.Tokens[open - 1].IsWord && language.Stopwords.Contains(sentence.Tokens[open - 1].Folded))
        {
            open--;
        }

        return open == 0 || sentence.Tokens[open - 1].IsClauseBreak || sentence.Tokens[open - 1].IsComma || sentence.EndingAt(open) is { Tag: Tag.Speech };
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
    /// <summary>
    /// The launching verb at <paramref name="fired"/> describes the weapon noun ending at <paramref name="nounEnd"/>: a
    /// participle or relative right after it ("missiles fired from", "missiles that were fired", "tirés"), or a relative
    /// clause opened right after it, whose verb ends it in a verb-final language ("موشک که از یمن … شلیک شده بود").
    /// </summary>
    private bool DescribesWeapons(int nounEnd, TermMatch fired)
    {
        const int AgentWords = 4;
        var onlyFunctionWords = true;
        var agent = -1;
        for (var k = nounEnd; k < fired.Start; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || t.IsComma || StartsMention(k))
            {
                return false;
            }

            if (agent < 0 && k <= nounEnd + 1 && t.IsWord && sentence.StartingAt(k) is null && language.PassiveAgents.Contains(t.Folded))
            {
                // "Tám UAV do Hezbollah phóng từ Lebanon" (eight drones that Hezbollah launched): a passive's agent (data
                // passiveAgents) between the noun and its participle, up to four words with no figure's word among them.
                agent = k;
                continue;
            }

            if (agent >= 0)
            {
                if (k - agent > AgentWords || sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile or Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Downed or Tag.Hit or Tag.Supplied })
                {
                    return false;
                }

                continue;
            }

            if (k <= nounEnd + 1 && sentence.StartingAt(k) is { Tag: Tag.Relative })
            {
                return true;
            }

            if (k == nounEnd + 2 && sentence.StartingAt(k) is { Tag: Tag.Relative } && RelativeAfter(nounEnd))
            {
                // "۴۶ پهپاد اوکراینی را که … پرتاب شده بود" (the 46 Ukrainian drones that had been launched): an adjective
                // and the object marker may stand between the noun and its relative.
                return true;
            }

            onlyFunctionWords &= t.IsWord && language.Stopwords.Contains(t.Folded) && sentence.StartingAt(k) is null;
        }

        return onlyFunctionWords;
    }

    /// <summary>
    /// The weapons counted by <paramref name="m"/> were fired in a military exercise or test (data <c>exercises</c>):
    /// one named before the number in its sentence ("During the drills, the Guards fired 50 missiles"), or after it in its
    /// clause with no other verb, number or clause opener between ("phóng 10 tên lửa trong cuộc tập trận"; "fired 50
    /// drones as Belarus began drills" keeps its figure).
    /// </summary>
    private bool InExercise(Mention m)
    {
        for (var k = 0; k < sentence.Count; k++)
        {
            var term = sentence.StartingAt(k);
            if (term is { Tag: Tag.Exercise })
            {
                return true;
            }

            if (k >= m.End && (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma || StartsMention(k) ||
                               term is { Tag: Tag.ClauseOpener or Tag.Launched or Tag.Downed or Tag.Killed or Tag.Injured }))
            {
                return false;
            }

            if (term is { } found)
            {
                k = found.End - 1;
            }
        }

        return false;
    }

    /// <summary>A clause break (not a comma) in [from, to).</summary>
    private bool ClauseBreakBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of a list of counted weapons that begins with the noun ending at <paramref name="nounEnd"/>: each further
    /// item is "and", a number and a weapon noun within three words ("four missiles and 10 drones", "چهار موشک و ۱۰
    /// پهپاد"). A description after the last item is every item's.
    /// </summary>
    private int CoordinatedWeaponsEnd(int nounEnd, out Mention? last)
    {
        if (_lookup is not null)
        {
            return CoordinatedWeaponsEndIndexed(nounEnd, out last);
        }

        var end = nounEnd;
        last = null;
        while (sentence.StartingAt(end) is { Tag: Tag.And } and && NextWeaponItem(and.End, out var item) is { } itemEnd)
        {
            end = itemEnd;
            last = item;
        }

        return end;
    }

    private int? NextWeaponItem(int from, out Mention item)
    {
        item = default;
        foreach (var x in mentions)
        {
            if (x.QualifierStart != from || IsExcluded(x))
            {
                continue;
            }

            return WeaponNounAfter(x, ref item);
        }

        return null;
    }

    /// <summary>The end of the weapon noun within two plain words after item <paramref name="x"/> (then <paramref name="item"/> is x), or null.</summary>
    private int? WeaponNounAfter(Mention x, ref Mention item)
    {
        for (var k = x.End; k < sentence.Count && k <= x.End + 2; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile } noun)
            {
                item = x;
                return noun.End;
            }

            var t = sentence.Tokens[k];
            if (!t.IsWord || sentence.StartingAt(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <see cref="CoordinatedWeaponsEnd"/> on an indexed sentence: every item of a long list asks for the list's end, so
    /// it is remembered for each item's noun on the way (each ends the same list with the same last item).
    /// </summary>
    private int CoordinatedWeaponsEndIndexed(int nounEnd, out Mention? last)
    {
        var lookup = _lookup!;
        if (lookup.ListEnd(nounEnd, out var listEnd, out var lastIndex))
        {
            last = lastIndex >= 0 ? mentions[lastIndex] : null;
            return listEnd;
        }

        var end = nounEnd;
        last = null;
        while (sentence.StartingAt(end) is { Tag: Tag.And } and && NextWeaponItemIndexed(and.End, out var item) is { } itemEnd)
        {
            end = itemEnd;
            last = item;
        }

        var lastOne = last is { } l ? lookup.IndexOf(l) : -1;
        for (var at = nounEnd; at < end;)
        {
            lookup.RememberListEnd(at, end, lastOne);
            if (sentence.StartingAt(at) is not { Tag: Tag.And } and || NextWeaponItemIndexed(and.End, out _) is not { } next)
            {
                break;
            }

            at = next;
        }

        return end;
    }

    private int? NextWeaponItemIndexed(int from, out Mention item)
    {
        item = default;
        var lookup = _lookup!;
        for (var k = lookup.FirstQualifiedAt(from); k >= 0; k = lookup.NextQualifiedAt(k))
        {
            if (!ExcludedAt(k))
            {
                return WeaponNounAfter(mentions[k], ref item);
            }
        }

        return null;
    }

    /// <summary>
    /// The launching verb at <paramref name="fired"/> opens, or stands in, a description set off by a comma right after
    /// the weapon noun ending at <paramref name="nounEnd"/>: a participle ("беспилотников, запущенных из Ливана, были
    /// перехвачены") or a relative clause ("Drohnen, die aus dem Libanon abgefeuert wurden, wurden abgefangen").
    /// </summary>
    private bool SetOffDescription(int nounEnd, TermMatch fired)
    {
        if (nounEnd + 1 >= sentence.Count || !sentence.Tokens[nounEnd].IsComma)
        {
            return false;
        }

        if (fired.Start == nounEnd + 1)
        {
            return true;
        }

        return sentence.StartingAt(nounEnd + 1) is { Tag: Tag.Relative } && DescribesWeapons(nounEnd + 1, fired);
    }

    /// <summary>
    /// A downing verb before <paramref name="m"/> in its clause, with no number, comma or other verb between: the predicate
    /// of the weapons counted by <paramref name="m"/>.
    /// </summary>
    private TermMatch? DowningBefore(Mention m)
    {
        var joined = false;
        for (var k = m.QualifierStart - 1; k >= 0 && k >= m.QualifierStart - 10; k--)
        {
            var t = sentence.Tokens[k];
            if (joined && EndsMention(k + 1) && MentionEndingAt(k + 1) is { } item)
            {
                // "اعترضت … أربعة صواريخ وعشر مسيرات أطلقت من لبنان": an earlier counted item of the same list.
                joined = false;
                k = item.QualifierStart;
                if (sentence.EndingAt(k) is { Tag: Tag.Of } of && EndsMention(of.Start) && MentionEndingAt(of.Start) is { } part)
                {
                    // "shot down 41 of 50 drones and two missiles launched by Russia": the earlier item is a part pair.
                    k = part.QualifierStart;
                }

                continue;
            }

            if (k + 1 == m.QualifierStart && EndsMention(k + 1) && MentionEndingAt(k + 1) is { } dual && sentence.EndingAt(k + 1) is { Tag: Tag.Drone or Tag.Missile })
            {
                // "اعترض صاروخين وثلاث مسيرات أطلقت من اليمن": a dual (its own number and noun) is an earlier item of the list.
                k = dual.QualifierStart;
                continue;
            }

            if (t.IsClauseBreak || t.IsComma || EndsMention(k + 1))
            {
                return null;
            }

            if (sentence.EndingAt(k + 1) is { } term)
            {
                switch (term.Tag)
                {
                    case Tag.Downed:
                        return term;
                    case Tag.And when term.Start > 0 && sentence.EndingAt(term.Start) is { Tag: Tag.Drone or Tag.Missile }:
                        // "intercepted a missile and two drones launched from Yemen": an "and" after a weapon noun joins
                        // another item of the weapons the verb downs.
                        joined = true;
                        break;
                    case Tag.Drone or Tag.Missile when term.End == m.QualifierStart:
                        // "أربعة صواريخ وعشر مسيرات": Arabic glues its "and" to the number after a weapon noun.
                        joined = true;
                        break;
                    case Tag.Launched or Tag.Supplied or Tag.Hit or Tag.Killed or Tag.Injured or Tag.Relative or Tag.And or Tag.ClauseOpener:
                        return null;
                }

                k = term.Start;
            }
        }

        return null;
    }

    /// <summary>
    /// A downing verb after <paramref name="from"/> in the clause, no number, comma, "and", relative or "all of them"
    /// before it: the main predicate.
    /// </summary>
    private TermMatch? MainDowning(int from, bool relative = false)
    {
        // Eight words, function words not counted ("phóng từ miền nam Lebanon trong đêm qua đều đã bị đánh chặn"), at most 16.
        var closed = false;
        var words = 0;
        for (var k = from; k < sentence.Count && k <= from + 16 && words <= 8; k++)
        {
            var t = sentence.Tokens[k];
            if (!(t.IsWord && language.Stopwords.Contains(t.Folded)))
            {
                words++;
            }

            if (relative && !closed && t.Folded is "," or "،" && k <= from + 2 && !StartsMention(k + 1))
            {
                // "۴۶ پهپاد را که … پرتاب شده بود، سرنگون کرد": a comma closes the relative clause before the main verb.
                closed = true;
                continue;
            }

            if (t.IsClauseBreak || t.IsComma || StartsMention(k))
            {
                return null;
            }

            if (sentence.StartingAt(k) is { } term)
            {
                switch (term.Tag)
                {
                    case Tag.Downed:
                        return k > 0 && sentence.EndingAt(k) is { Tag: Tag.And } ? null : term;
                    case Tag.Of when !MentionWithin(term.End, 3) && !(term.End < sentence.Count && sentence.Tokens[term.End] is { IsWord: true } next && language.Stopwords.Contains(next.Folded)):
                        // "دو موشک شلیک‌شده از یمن را رهگیری کرده است": "از" before a name is "from", not "of them" or "of
                        // 67", which open a clause about part of the weapons.
                        break;
                    case Tag.All when DownedRightAfterAll(term):
                        // "were all intercepted", "semuanya berhasil dicegat": "all" before the verb floats off its subject.
                        break;
                    case Tag.And when SourcesJoinedAt(term):
                        // "۹ پهپاد شلیک‌شده از عراق و سوریه را رهگیری کرده است": an "and" between two names after "from" joins the
                        // places the weapons came from; the main verb is still ahead.
                        break;
                    case Tag.And or Tag.Launched or Tag.Supplied or Tag.Hit or Tag.Killed or Tag.Injured:
                    case Tag.Relative or Tag.All or Tag.Partitive or Tag.Including or Tag.Of:
                        // "۱۴ پهپاد پرتاب کرد که همه آنها سرنگون شدند": a new clause about all or part of them has its own verb.
                        return null;
                }

                k = term.End - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// "all" right before the downing verb <paramref name="downed"/> (function words or one adverb aside) or as its object
    /// ending the clause ("were all intercepted", "telah dicegat semuanya").
    /// </summary>
    private bool AllBeside(TermMatch downed)
    {
        // "đều bị hệ thống Vòm Sắt bắn hạ": a passive's agent may stand between "all" and the verb (DownedRightAfterAll
        // reads it).
        for (var k = downed.Start - 1; k >= 0 && k >= downed.Start - 9; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma || StartsMention(k))
            {
                break;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.All } all)
            {
                return DownedRightAfterAll(all);
            }
        }

        return AllObjectAfter(downed.End);
    }

    /// <summary>
    /// A relative opened within two words after the weapon noun ending at <paramref name="nounEnd"/>, with at most one
    /// word and a function word before it ("drones which", "پهپاد را که", "پهپاد اوکراینی را که").
    /// </summary>
    private bool RelativeAfter(int nounEnd)
    {
        for (var k = nounEnd; k <= nounEnd + 2 && k < sentence.Count; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Relative })
            {
                return true;
            }

            var t = sentence.Tokens[k];
            if (!t.IsWord || (k == nounEnd + 1 && (!language.Stopwords.Contains(t.Folded) || sentence.StartingAt(k) is not null)))
            {
                return false;
            }
        }

        return false;
    }

    private TermMatch? NearestAction(Mention m, int phraseEnd)
    {
        if (!sentence.HasAny(Tag.Launched, Tag.Downed, Tag.Supplied, Tag.Hit))
        {
            // (Asked per number: the sentence's tags tell without a scan that it has no action word.)
            return null;
        }

        TermMatch? best = null;
        TermMatch? attribute = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is not { Tag: Tag.Launched or Tag.Downed or Tag.Supplied or Tag.Hit } found)
            {
                continue;
            }

            var kw = found;
            var before = kw.End <= m.QualifierStart;
            if (kw.Start >= m.End && kw.End < phraseEnd)
            {
                // "zwei aus dem Jemen abgefeuerte Drohnen abgefangen": a participle inside the number's own phrase is an
                // attribute; the clause's verb decides, and the attribute only when there is none.
                attribute ??= kw;
                continue;
            }

            if (!before && WeaponParticiple(kw) && VerbLaterInClause(kw.End))
            {
                // "۱۵ فروند پهپاد و ۲ موشک کروز شلیک‌شده از سوی یمن … رهگیری شد" (15 drones and 2 cruise missiles fired from
                // Yemen … were intercepted): a launching participle right after the weapons' noun describes them; the verb
                // that closes the clause after it decides, the participle only when there is none.
                attribute ??= kw;
                continue;
            }

            if (before && kw is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue } && EndsMention(kw.Start))
            {
                // "destroyed 8 tanks, 31 artillery systems and 142 drones": an attack's word right after another count is
                // that count's noun, no verb of this one (thirty-first session).
                continue;
            }

            if (before && VerbOfClosedPart(kw, m))
            {
                // "выпустила 6 ракет, из которых 5 были сбиты, а также около 90 дронов": the verb of a part ("of which 5")
                // closed by a comma is the part's; the items after it share the main verb.
                continue;
            }

            if (before && WeaponOrigin(kw) && !GovernsCount(kw.End, m.QualifierStart))
            {
                // "сбиты шесть ракет ATACMS американского производства и 35 беспилотников", "deux missiles de fabrication
                // américaine et 30 drones": a word of making right after another weapon's noun says where that weapon was
                // made; the clause's own verb governs the count after it.
                continue;
            }

            if (before && (WeaponParticiple(kw) || SetOffParticiple(kw, m.QualifierStart)) && WeaponsBetween(kw.End, m.QualifierStart) == 0)
            {
                // "уничтожили 96 из 120 беспилотников, запущенных ВСУ, а также две ракеты": a participle set off by commas
                // after the weapons' noun describes them too; the item after its closing comma shares the clause's verb.
                // "six naval drones attacking Crimea, 44 drones over Krasnodar": the participle describes the drones before it.
                continue;
            }

            var (from, to) = before ? (kw.End, m.QualifierStart) : (Math.Max(phraseEnd, m.End), kw.Start);
            var distance = 0;
            for (var k = from; k < to; k++)
            {
                var t = sentence.Tokens[k];
                distance += t.IsClauseBreak || sentence.StartingAt(k) is { Tag: Tag.ClauseOpener or Tag.Relative } ? 1000 : t.IsComma ? 2 : t.IsWord && !language.Stopwords.Contains(t.Folded) ? 1 : 0;
                if (before && sentence.StartingAt(k) is { Tag: Tag.And })
                {
                    // "the missile was intercepted and both drones fell in open areas": a verb before an "and" is farther
                    // than the number's own right after its noun.
                    distance++;
                }
            }

            var between = MentionsWithin(from, to);
            if (!before && between > 0 && EndsMention(kw.Start))
            {
                // "Overnight attack: 84 drones, 61 downed": a verb right after another count is that count's, no verb of
                // this one (as an attack's word right before it is, above).
                continue;
            }

            if (!before && between > 0 && PartOpensBetween(from, to))
            {
                // "reported 143 drones, of which 118 were shot down", "von denen 118 abgeschossen wurden": the verb after a
                // part ("of which N") is the part's; the whole is what was launched.
                continue;
            }

            if (!before && VerbOfPartAfter(kw))
            {
                // "شنت روسيا هجوما بـ130 طائرة مسيرة، أسقطت القوات الأوكرانية منها 95" (… Ukrainian forces downed of them 95):
                // a verb whose clause goes on to "of them" and a count is that part's; the whole is what was launched.
                continue;
            }

            if (!before && between == 0 && OfThemBeforeVerb(from, kw))
            {
                // "شنت روسيا هجوما بـ110 طائرات مسيرة، تمكنت منها الدفاعات الجوية من إسقاط 75" (… of them air defences managed
                // to down 75): a verb after an "of them" that counts nothing, with its own count right after it, is the part's.
                continue;
            }

            if (before && distance >= 1000 && LabelOfSemicolonItems(kw, m))
            {
                // "Збито або подавлено: 81 БпЛА; 2 ракети", "Shot down: 81 drones; 2 missiles": the label's verb before the
                // colon governs every item the semicolons separate (thirty-second session).
                distance = 2 * between;
            }
            else if (distance >= 1000 && between > 0)
            {
                // "meldete 87 Drohnen und zwei Raketen; 64 Drohnen seien abgeschossen worden": across a clause break, a verb
                // with another count nearer to it is that count's.
                continue;
            }

            distance += 3 * between;
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

        if (best is { Tag: Tag.Launched } attack && attack.Value == CompiledLanguage.AttackValue && attack.End <= m.QualifierStart &&
            sentence.EndingAt(attack.Start) is { Tag: Tag.Downed } repelled)
        {
            // "отражена атака 25 беспилотников", "відбито атаку 30 дронів" (an attack of 25 drones repelled): the verb that
            // repels the attack downs its weapons.
            return repelled;
        }

        return best ?? attribute;
    }

    /// <summary>
    /// A weak "one" with a counting word right after it and nothing it counts named after that ("một quả đã bị đánh chặn",
    /// "یک فروند از آنها"): a tally of one of the weapons named before. "một chiếc ô tô" (one car) names what it counts.
    /// </summary>
    private bool CountedOne(Mention m)
    {
        if (sentence.StartingAt(m.End) is not { Tag: Tag.Counter } counter)
        {
            return false;
        }

        var k = counter.End;
        return k >= sentence.Count || !sentence.Tokens[k].IsWord || sentence.StartingAt(k) is not null ||
               language.Stopwords.Contains(sentence.Tokens[k].Folded);
    }

    /// <summary>A number beside a downing or launching verb, the weapons named earlier: "sebanyak 60 berhasil ditembak jatuh".</summary>
    /// <summary>
    /// People or a casualty word before <paramref name="end"/> in the sentence: "wounding 22 people, two of them seriously"
    /// — "of them" is theirs, not the drone's.
    /// </summary>
    private bool PeopleBefore(int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.People or Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word at <paramref name="k"/> opens an "of" term of the language ("из" of "из них").</summary>
    private bool OfWordAt(int k)
    {
        var scratch = DayScratch();
        language.Keywords.MatchAt(sentence.Tokens, k, scratch);
        return IndexOfTag(scratch, Tag.Of) >= 0;
    }

    private Candidate? Implicit(Mention m, Scan forward, Scan backward)
    {
        if ((m.Weak && !CountedOne(m) && forward.Of != m.End) || forward.People || forward.Keyword is not null || forward.Excluded || backward.Excluded || (forward.Hit && forward.Action is null) ||
            forward.Noun is not null)
        {
            // "… lost to electronic warfare and five others flew into Belarus": a number whose own verb is a hit or a flight
            // takes no downing verb from before it. A weak "one" is no count, unless a counting word follows it ("hai tên
            // lửa …, một quả đã bị đánh chặn", "یک فروند از آنها رهگیری شد": one of them was intercepted). A number with its
            // own weapon noun was read (or left) by the noun's rules ("both drones fell in open areas").
            return null;
        }

        if (_found.Count > 0 && IsCasualty(_found[^1].Kind) && CauseRemainder(m.End))
        {
            // "320 fatalities, including 17 from drone attacks and 150 from clashes along the front", "nine killed, 4 by
            // shelling and 5 by drone strikes": after a casualty figure, a count followed by its cause is an item of the
            // victims (the lists read it), not weapons named before it.
            return null;
        }

        if (forward.Action is { Value: CompiledLanguage.AttackValue, Tag: Tag.Launched } attack && forward.ActionGaps == 0 &&
            sentence.StartingAt(attack.End) is not { Tag: Tag.Drone or Tag.Missile })
        {
            // "the October 7 attack", "15 strikes": the number counts attacks ("163 ударными беспилотниками" counts drones).
            return null;
        }

        Tag? named = null;
        if (forward.Of >= 0 && sentence.StartingAt(forward.Of) is { } of)
        {
            // "three of its fighters were killed", "21 of the drones": the noun after "of" says what is counted.
            var k = of.End;
            while (k < sentence.Count && k < of.End + 3 && sentence.StartingAt(k) is null && (language.Stopwords.Contains(sentence.Tokens[k].Folded) || PossessiveWordAt(k)))
            {
                // "One of the company's drivers": a possessive stands before the noun as "his" does.
                k++;
            }

            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.People } people:
                    var shifted = m with { End = people.End };
                    return Casualty(shifted, Forward(shifted, people: true), backward) is { } c ? c with { Mention = m, PhraseEnd = Math.Max(c.PhraseEnd, m.End) } : null;
                case null when PlainNounOfVictims(k):
                    // "One of his bakers was killed": a plain noun after "of" with a casualty verb right after it names people.
                    var plain = m with { End = k + 1 };
                    return Casualty(plain, Forward(plain, people: true), backward) is { } v ? v with { Mention = m, PhraseEnd = Math.Max(v.PhraseEnd, m.End) } : null;
                case { Tag: Tag.Drone or Tag.Missile } noun:
                    named = noun.Tag;
                    break;
                case { Tag: Tag.Exclusion }:
                    // "Four of the attacks involved short-range drones": the part counts what the noun after "of" names.
                    return null;
                case null when MentionStartingAt(k) is { End: > 0 } counted && IsExcluded(counted):
                    // "Debris fell in 7 of the city's 10 districts": a whole of things no figure counts is no whole of weapons.
                    return null;
                case null when MentionStartingAt(k) is { End: > 0 } whole && Forward(whole).People:
                    // "He was one of three U.S. soldiers killed": a whole that counts people is no whole of weapons; the
                    // whole is read on its own.
                    return null;
            }
        }

        // "25 gingen durch elektronische Abwehr verloren": a verb-second clause's participle closes it, further away.
        var near = forward.Action is { } fa && !ActionModifiesNoun(fa, m) && (forward.ActionGaps <= 2 || (language.Profile.Figures.VerbSecond && ClauseEndsAt(fa.End)) || FunctionWordsOnly(m.End, fa.Start)) ? fa
            : backward.Action is { } ba && (backward.ActionGaps <= 1 || VerbFirstDowning(ba, backward.ActionGaps)) && (!forward.NextIsContent || ClosingParticle(m.End)) && !(ExcludedActedOn(ba) && !ObjectRightAfter(ba, m)) ? ba
            : (TermMatch?)null;

        // "12 из них – над Брянской областью" (12 of them over Bryansk): "of them" as one term (data including) right after
        // a number that opens its sentence or clause, with no verb, names a subset of the weapons before ("…, один из
        // которых многоквартирный" names a house).
        var ofThem = forward.Of < 0 && near is null && m.End < sentence.Count && sentence.StartingAt(m.End) is { Tag: Tag.Including } them &&
                     language.Profile.Figures.Of.Count > 0 && OfWordAt(them.Start) && !PeopleBefore(m.QualifierStart) &&
                     (m.QualifierStart == 0 || (sentence.Tokens[m.QualifierStart - 1].IsClauseBreak && !sentence.Tokens[m.QualifierStart - 1].IsComma) ||
                      // "По словам мэра Сергея Собянина, 14 из них летели на Москву": after an opening attribution.
                      m.QualifierStart == OpeningAttributionEnd());
        if (near is null && !forward.Counter && forward.Of < 0 && !ofThem)
        {
            return null;
        }

        var combinedNear = false;
        var weapon = named ?? RespectiveWeapon(m) ?? WeaponNear(m, out combinedNear);
        if (weapon is null && forward.Of >= 0 && _found.Count > 0 && IsCasualty(_found[^1].Kind) && _found[^1].PhraseEnd <= m.QualifierStart)
        {
            // "Sedikitnya 86 orang terluka, dua di antaranya kritis" after a sentence of missiles: "of them" after a
            // casualty figure of its own sentence names a part of those people, not of the weapons of the sentences before.
            return null;
        }

        weapon ??= context.WeaponSentence >= context.SentenceIndex - 2 ? ContextWeapon(m) : null;
        if (weapon is not { } w)
        {
            return null;
        }

        if (forward.Of >= 0 || ofThem)
        {
            // "۵ فروند از آن‌ها ... رهگیری شدند", "90 di antaranya": a subset of the weapons named before.
            return Subset(m, w, forward.Counter, combinedNear);
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

        return new Candidate(Kind(w, action.Value.Tag == Tag.Downed || IncludedInDowned(m, w, action.Value), combinedNear), m, m.QualifierStart, m.End, combinedNear, forward.Counter);
    }

    /// <summary>
    /// "bringing the number of systems it has sent to three": a thing no figure counts (a unit of <c>exclusions</c>) right
    /// before the verb, only function words between, is what the verb sent; the number after it counts those, no weapons.
    /// </summary>
    private bool ExcludedActedOn(TermMatch verb)
    {
        for (var k = verb.Start - 1; k >= 0 && k >= verb.Start - 4; k--)
        {
            if (sentence.EndingAt(k + 1) is { } term)
            {
                return term.Tag == Tag.Exclusion;
            }

            if (!sentence.Tokens[k].IsWord || !language.Stopwords.Contains(sentence.Tokens[k].Folded))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "50 of them had been shot down": only function words (auxiliaries, "of them") between a number and a verb, however
    /// many, keep the verb the number's own.
    /// </summary>
    private bool FunctionWordsOnly(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = sentence.Tokens[k];
            if (!t.IsWord || !language.Stopwords.Contains(t.Folded))
            {
                return false;
            }
        }

        return to > from;
    }

    /// <summary>
    /// "The number of drones launched in October reached 5,298", "jumlah rudal yang ditembak jatuh mencapai 40": a count
    /// noun and a weapon noun earlier in the clause, no other number between, make the number that count; a downing
    /// word between the noun and the number makes it the downed.
    /// </summary>
    private Candidate? CountedWeapons(Mention m, Scan forward, Scan backward)
    {
        if (m.Weak || forward.Excluded || backward.Excluded || forward.People || (forward.NextIsContent && !forward.Others))
        {
            return null;
        }

        for (var k = m.QualifierStart - 1; k >= 0 && k >= m.QualifierStart - 20; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || EndsMention(k + 1))
            {
                return null;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile } noun && CountNounBefore(noun.Start) is { } count)
            {
                // "число сбитых над регионами беспилотников превысило 100": a downing participle may stand between the count
                // noun and the weapon noun too.
                var downed = false;
                for (var j = count; j < m.QualifierStart; j++)
                {
                    downed |= sentence.StartingAt(j) is { Tag: Tag.Downed };
                }

                var combined = CombinedAfter(noun);
                return new Candidate(Kind(noun.Tag, downed, combined), m, count, m.End, combined, forward.Counter);
            }
        }

        return null;
    }

    /// <summary>
    /// The weapon the number's sentence is about: the last one named before it whose stated count can hold it (a part is
    /// never larger than its whole: in "90 drones and 8 missiles, of which 70 were shot down" the 70 are drones), else
    /// the last one named before it, else the first after it.
    /// </summary>
    /// <summary>An "of" (or "of which", "из которых", "von denen") right before a count inside [from, to).</summary>
    /// <summary>
    /// A verb before <paramref name="m"/> in a part's clause ("of which 5 were shot down", "dont 5 ont été abattus") that a
    /// comma closes before <paramref name="m"/>.
    /// </summary>
    private bool VerbOfClosedPart(TermMatch kw, Mention m)
    {
        var start = kw.Start;
        while (start > 0 && !sentence.Tokens[start - 1].IsComma && !sentence.Tokens[start - 1].IsClauseBreak)
        {
            start--;
        }

        if (!PartOpensBetween(start, kw.Start))
        {
            return false;
        }

        for (var k = kw.End; k < m.QualifierStart; k++)
        {
            if (sentence.Tokens[k].IsComma)
            {
                return true;
            }
        }

        return false;
    }

    private bool PartOpensBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Of or Tag.Including } term && !EndsMention(term.Start))
            {
                // "130 drones and two of the four missiles had been shot down": an "of" right after a number is "X of Y",
                // an item of the list the verb follows, no part opened after a whole ("of which 118").
                var next = term.End;
                while (next < to && sentence.StartingAt(next) is { Tag: Tag.Relative } relative)
                {
                    next = relative.End;
                }

                while (next < to && next <= term.End + 1 && sentence.StartingAt(next) is null && sentence.Tokens[next].IsWord && language.Stopwords.Contains(sentence.Tokens[next].Folded) && !StartsMention(next))
                {
                    next++;
                }

                if (next < to && StartsMention(next))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A drone or missile noun after the number, before a comma, clause break or another number ("… and 81 Iranian-designed attack drones").</summary>
    private bool NamesOwnWeapons(Mention m)
    {
        for (var k = m.End; k < sentence.Count; k++)
        {
            if (sentence.Tokens[k].IsComma || sentence.Tokens[k].IsClauseBreak || StartsMention(k))
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile })
            {
                return true;
            }
        }

        return false;
    }

    private Tag? WeaponNear(Mention m, out bool combined)
    {
        if (!sentence.HasAny(Tag.Drone, Tag.Missile))
        {
            // (Asked per number: most sentences name no weapon, which their tags tell without a scan.)
            combined = false;
            return null;
        }

        (Tag Tag, bool Combined)? after = null;
        (Tag Tag, bool Combined)? before = null;
        (Tag Tag, bool Combined)? fits = null;
        var pairEnd = -1;
        TermMatch? previous = null;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is { Tag: Tag.Drone or Tag.Missile } noun)
            {
                var adjacent = previous is { } p && p.End == noun.Start && p.Tag == noun.Tag;
                previous = noun;
                if (noun.Start <= pairEnd || adjacent)
                {
                    // The second noun of "drones and missiles" is the same combined count as the first; a noun right
                    // after one of its kind names the same weapons ("موشک کروز", "Shahed drones").
                    continue;
                }

                // Only a pair is one count here: a part of "91 projectiles" names its own weapons ("including 10 missiles
                // and 81 … drones").
                var pair = noun.Value != CompiledLanguage.MixedWeaponsValue && CombinedAfter(noun);
                if (pair)
                {
                    pairEnd = noun.End + 1;
                }

                if (noun.End <= m.QualifierStart)
                {
                    // A bare part of a counted mixed whole ("Of the 537 air targets, 475 were shot down") counts both.
                    var mixedWhole = noun.Value == CompiledLanguage.MixedWeaponsValue && CountOf(noun) is { } total && total >= m.Value && !NamesOwnWeapons(m);
                    before = (noun.Tag, pair || mixedWhole);
                    if (CountOf(noun) is not { } whole || whole >= m.Value)
                    {
                        fits = (noun.Tag, pair || mixedWhole);
                    }
                }
                else
                {
                    after ??= (noun.Tag, pair);
                }
            }
        }

        var weapon = fits ?? before ?? after;
        combined = weapon is { Combined: true };
        return weapon?.Tag;
    }

    /// <summary>
    /// "destroyed 337 drones over 10 regions, including 91 over the Moscow region": a number right after "including" with
    /// no noun or verb of its own is a part of the weapons figure before it, of its kind.
    /// </summary>
    private Candidate? IncludedWeapons(Mention m, Scan forward, Scan backward)
    {
        if (!m.Weak && m.QualifierStart > 0 && sentence.Tokens[m.QualifierStart - 1].IsComma && m.End < sentence.Count &&
            sentence.StartingAt(m.End) is { Tag: Tag.Including } ofThem && forward.Noun is null && forward.Keyword is null && !forward.People &&
            !forward.Excluded && _found.Count > 0 &&
            _found[^1] is { Kind: FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned } part &&
            part.PhraseEnd < m.QualifierStart && !WeaponVerbInClause(ofThem.End))
        {
            // "29 drones were destroyed overnight, 11 of them over Bryansk region": a part after the figure, its "of them"
            // after it and no verb of its own, counts as the figure does.
            return new Candidate(part.Kind, m, m.QualifierStart, ofThem.End, part.Combined, forward.Counter) { Parent = part };
        }

        if (!m.Weak && forward.Noun is null && forward.Keyword is null && !forward.People && !forward.Excluded && forward.Action is null &&
            _found.Count > 0 && _found[^1] is { Kind: FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned } first &&
            VerbOfThemBeforeSubject(m, first.PhraseEnd) is { } fronted)
        {
            // "أطلقت روسيا 70 طائرة مسيرة، اعترضت منها القوات الأوكرانية 48" (… intercepted of them the Ukrainian forces 48): a
            // verb-first clause puts "of them" right after its verb, the subject before the count.
            var weapon = first.Kind is FigureKind.DronesLaunched or FigureKind.DronesDowned ? Tag.Drone : Tag.Missile;
            var kind = Kind(weapon, fronted.Tag == Tag.Downed, first.Combined);
            return new Candidate(kind, m, fronted.Start, m.End, first.Combined, forward.Counter) { Parent = kind == first.Kind ? first : null };
        }

        if (!backward.Including || backward.IncludingTerm is not { } including || including.End != m.QualifierStart || m.Weak ||
            forward.Noun is not null || forward.Keyword is not null || forward.People || forward.Excluded || forward.Action is not null ||
            _found.Count == 0 || _found[^1] is not { Kind: FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned } whole ||
            whole.PhraseEnd > including.Start)
        {
            return null;
        }

        if (VerbBeforeIncluding(including.Start, whole.PhraseEnd) is { } verb)
        {
            // "أطلقت روسيا 60 طائرة مسيرة، أسقط منها 40" (launched 60 drones, of them downed 40): a verb right before the "of
            // them" is the part's own; the part counts the whole's weapon. So is a verb-first clause's verb before its
            // subject: "…، أسقطت الدفاعات الجوية منها 90" (air defences downed of them 90).
            var weapon = whole.Kind is FigureKind.DronesLaunched or FigureKind.DronesDowned ? Tag.Drone : Tag.Missile;
            var kind = Kind(weapon, verb.Tag == Tag.Downed, whole.Combined);
            return new Candidate(kind, m, verb.Start, m.End, whole.Combined, forward.Counter) { Parent = kind == whole.Kind ? whole : null };
        }

        return new Candidate(whole.Kind, m, m.QualifierStart, m.End, whole.Combined, forward.Counter) { Parent = whole };
    }

    /// <summary>How many tokens before "of them" the part's own verb may stand (a verb-first clause's subject between).</summary>
    private const int IncludingVerbWindow = 6;

    /// <summary>
    /// A launching or downing verb (not an attacking one) after <paramref name="from"/> and at most
    /// <see cref="IncludingVerbWindow"/> tokens before the including term at <paramref name="including"/>, with no comma,
    /// clause break or number between.
    /// </summary>
    private TermMatch? VerbBeforeIncluding(int including, int from)
    {
        for (var k = including - 1; k >= from && k >= including - IncludingVerbWindow; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma || EndsMention(k + 1))
            {
                return null;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Launched or Tag.Downed } verb && verb.End <= including &&
                (verb.End == including || verb.Value != CompiledLanguage.AttackValue))
            {
                return verb;
            }
        }

        return null;
    }

    /// <summary>
    /// An including term between <paramref name="from"/> and the verb with no count of its own right after it, and a count
    /// right after the verb: the verb counts the part that "of them" opened.
    /// </summary>
    private bool OfThemBeforeVerb(int from, TermMatch verb)
    {
        if (verb.End >= sentence.Count || !StartsMention(verb.End))
        {
            return false;
        }

        for (var k = from; k < verb.Start; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Including } including && !EndsMention(including.Start) && !StartsMention(including.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words a verb-first clause's subject may hold between its "of them" and its count.</summary>
    private const int OfThemSubjectWords = 3;

    /// <summary>
    /// The launching or downing verb of a verb-first clause right before its "of them", the subject (at most
    /// <see cref="OfThemSubjectWords"/> words: no number, comma or figure word) between that and the count
    /// <paramref name="m"/>, all after <paramref name="from"/>: "اعترضت منها القوات الأوكرانية 48".
    /// </summary>
    private TermMatch? VerbOfThemBeforeSubject(Mention m, int from)
    {
        for (int k = m.QualifierStart - 1, words = 0; k > from && words <= OfThemSubjectWords; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma || EndsMention(k + 1))
            {
                return null;
            }

            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.Including } including when including.End < m.QualifierStart:
                    return sentence.EndingAt(including.Start) is { Tag: Tag.Launched or Tag.Downed } verb && verb.Start >= from && verb.Value != CompiledLanguage.AttackValue ? verb : null;
                case { Tag: Tag.Including or Tag.Drone or Tag.Missile or Tag.Launched or Tag.Downed or Tag.Killed or Tag.Injured or Tag.Casualties }:
                    return null;
            }

            words += sentence.Tokens[k].IsWord ? 1 : 0;
        }

        return null;
    }

    /// <summary>A count right at <paramref name="from"/>, or after at most <see cref="OfThemSubjectWords"/> plain words (a verb-first clause's subject).</summary>
    private bool CountAfterSubject(int from)
    {
        for (var k = from; k < sentence.Count && k <= from + OfThemSubjectWords; k++)
        {
            if (StartsMention(k))
            {
                return true;
            }

            if (!sentence.Tokens[k].IsWord || sentence.StartingAt(k) is { Tag: Tag.Including or Tag.Drone or Tag.Missile or Tag.Launched or Tag.Downed or Tag.Killed or Tag.Injured or Tag.Casualties })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// An including term ("منها", "of them") at most <see cref="IncludingVerbWindow"/> tokens after the verb, with no comma,
    /// clause break or number between, and a count right after it: the verb is that part's
    /// (<see cref="VerbBeforeIncluding"/> from the other side).
    /// </summary>
    private bool VerbOfPartAfter(TermMatch verb)
    {
        for (var k = verb.End; k < sentence.Count && k <= verb.End + IncludingVerbWindow; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma || StartsMention(k))
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Including } including)
            {
                return CountAfterSubject(including.End) && VerbBeforeIncluding(including.Start, verb.Start) == verb;
            }
        }

        return false;
    }

    /// <summary>A launching, downing or hitting verb from <paramref name="from"/> to the end of its clause (or the next number).</summary>
    private bool WeaponVerbInClause(int from)
    {
        for (var k = from; k < sentence.Count; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma || StartsMention(k))
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Launched or Tag.Downed or Tag.Hit or Tag.Supplied })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The weapon an earlier sentence named last, unless its launched count cannot hold this number and the other's can
    /// ("142 drones and two missiles. Air defence shot down 112 of them": drones).
    /// </summary>
    private Tag? ContextWeapon(Mention m)
    {
        if (context.LastWeapon is not { } last)
        {
            return null;
        }

        var (own, other, otherTag) = last == Tag.Drone
            ? (context.LastDronesLaunched, context.LastMissilesLaunched, Tag.Missile)
            : (context.LastMissilesLaunched, context.LastDronesLaunched, Tag.Drone);
        return own < m.Value && other >= m.Value ? otherTag : last;
    }

    /// <summary>
    /// The value of the figure already read in this sentence whose phrase ends with <paramref name="noun"/>, or whose phrase
    /// the noun starts in ("۵ موشک کروز": the noun "موشک کروز", cruise missile, runs past the phrase "۵ موشک").
    /// </summary>
    private long? CountOf(TermMatch noun)
    {
        foreach (var c in _found)
        {
            if (c.PhraseEnd == noun.End || (c.Mention.End <= noun.Start && noun.Start < c.PhraseEnd))
            {
                return c.Mention.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The "and" <paramref name="and"/> joins two names after a source preposition (data <c>changeFrom</c>: "from", "از",
    /// "từ", "dari"): one plain word, no term, on each side ("from Iraq and Syria").
    /// </summary>
    private bool SourcesJoinedAt(TermMatch and)
    {
        var tokens = sentence.Tokens;
        return and.Start >= 2 && and.End < sentence.Count &&
               tokens[and.Start - 2].IsWord && language.ChangeFrom.Contains(tokens[and.Start - 2].Folded) &&
               Name(and.Start - 1) && Name(and.End);

        bool Name(int k) => tokens[k].IsWord && sentence.StartingAt(k) is null && sentence.EndingAt(k + 1) is null && !language.Stopwords.Contains(tokens[k].Folded);
    }
}
