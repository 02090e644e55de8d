namespace Reports.Core.Figures;

/// <summary>Casualty figures: verbs after or before a number, tolls, breakdowns, list items.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// How far before its number a toll may stand ("The Palestinian death toll from a deadly Israeli offensive on the Gaza
    /// Strip has surged to 23,357"), no other number or clause break between.
    /// </summary>
    private const int TollWindow = 40;

    /// <summary>How far before its count of people a verb-second clause's fronted verb may stand.</summary>
    private const int FrontedWindow = 8;

    /// <summary>How far after an injured count its "including (the) dead" may stand: its people words, a place or cause, a comma.</summary>
    private const int DeadAmongReach = 8;

    /// <summary>How many words of place, time and cause may stand between a clause's opening casualty verb and its count of people.</summary>
    private const int OpeningWindow = 12;

    private Candidate? Casualty(Mention m, Scan forward, Scan backward)
    {
        if (forward.Excluded && forward.Keyword is null)
        {
            // "Seven people were killed and 12 others remain missing", "killed … and displaced 40": what the number counts
            // right after it (years, a rank), or what was done to the people it counts, is no casualty.
            return null;
        }

        if (m.Weak && (!(forward.People || forward.Others) || forward.NextIsContent) && !(forward.Keyword is not null && forward.KeywordGaps == 0))
        {
            // "blessées dans une frappe": "une" counts people only as "une personne", "un muerto", "یک نفر"; before a plain
            // noun it is an article, whatever people come later ("murieron en una incursión del ejército israelí").
            return null;
        }

        if (TollOverListedPredicate(m) is { } earlierToll)
        {
            // "the death toll reached 69,455 people and 171,020 people were injured": a toll before the count names it; the
            // verb after the next count is that count's own.
            return new Candidate(CasualtyKind(earlierToll.Tag), m, earlierToll.Start, m.End, false, forward.Counter);
        }

        // "…were killed, and 112 men, 90 women and 9 girls were injured": a list whose last item has its own verb shares
        // it; the verb before the list, across a conjunction, is an earlier clause's.
        // "…were killed, including two people in Lviv, and 20 were injured": a part named by "including" is no item of it.
        if (backward.Keyword is { } earlier && earlier.End < m.QualifierStart && forward.Keyword is null &&
            sentence.EndingAt(m.QualifierStart) is not { Tag: Tag.Including } && !OnlyMoreBetween(earlier.End, m.QualifierStart) &&
            ListPredicateAfter(m, forward) is { } shared)
        {
            return new Candidate(VictimsKind(shared), m, m.QualifierStart, m.End, false, forward.Counter);
        }

        // "killed one and wounded six": a verb right before the number beats one further after it, and one right after it
        // that is the next number's verb ("قتل اثنان وأصيب ثلاثة", killed two and wounded three: "and" is glued to the verb).
        // "menewaskan 20 korban" (killed 20 victims): it beats a word for victims of any kind right after it too.
        if (backward.Keyword is { } adjacent && backward.KeywordGaps == 0 && forward.Noun is null &&
            (forward.Keyword is null || forward.KeywordGaps > 0 || VerbOfNextNumber(forward.Keyword.Value) ||
             (forward.Keyword is { Tag: Tag.Casualties } && adjacent.Tag is Tag.Killed or Tag.Injured)))
        {
            return new Candidate(VictimsKind(adjacent), m, adjacent.Start, m.End, false, forward.Counter);
        }

        if (forward.Keyword is { } counted && MiscountedAfter(counted.End))
        {
            // "saying three bodies had been counted twice": the count explains a correction.
            return null;
        }

        if (forward.Keyword is { } denied && DeniedBetween(m.End, denied.Start))
        {
            // "The 12 passengers were not injured", "4 человека не пострадали": a denied predicate states no casualties.
            return null;
        }

        if (m.Vague && forward.Keyword is { } attribute && ActedUponAfter(attribute))
        {
            // "Hundreds of wounded people have been evacuated to Egypt over the past months": a casualty word before the
            // people noun of a vague count describes them; what the clause says of them is an act, no casualty count.
            return null;
        }

        if (forward.Keyword is null && !m.Weak && AllOfThemAfter(m) is { } all)
        {
            // "he has buried nine of his parishioners, all killed by Russian drones": the count's predicate after a comma and
            // "all", "every one of them".
            return new Candidate(VictimsKind(all), m, m.QualifierStart, all.End, false, forward.Counter);
        }

        if (forward.Keyword is { } carried && TendedObject(m, carried))
        {
            // "had evacuated more than 300 wounded soldiers", "treated 600 wounded fighters": wounded people carried or cared
            // for, the object of the verb, are no toll.
            return null;
        }

        if (forward.Keyword is { } after)
        {
            return new Candidate(VictimsKind(after), m, m.QualifierStart, after.End, false, forward.Counter);
        }

        // "killing 12 people", "wounded six others", "melukai setidaknya 23": the verb before, and no other noun after.
        // "Hubo 300 muertos y 2.000 desplazados": the displaced (data uprooted) are no victims of a casualty word further back.
        if (backward.Keyword is { } before && (!forward.NextIsContent || forward.People || forward.Others) && !(forward.ActedPeople && backward.Conjoined))
        {
            return new Candidate(VictimsKind(before), m, before.Start, m.End, false, forward.Counter);
        }

        // "Russia has lost around 1,150,000 troops", "уничтожено до 1 200 военнослужащих": people a losing or destroying
        // verb right before them counts are losses, killed or wounded.
        if (forward.People && forward.Keyword is null && forward.Noun is null && backward.Keyword is null && !m.Weak &&
            ((backward.Action is { Tag: Tag.Downed } action && (backward.ActionGaps == 0 || OnlyMoreBetween(action.End, m.QualifierStart)) ? backward.Action : LossVerbOfList(m) ?? LossVerbPastTime(m)) is { } lost))
        {
            if (AlsoAct(lost))
            {
                // "menangkap empat orang terduga teroris": a verb that downs drones ("menangkap 90" drones) arrests people.
                return null;
            }

            // "has lost more than 800 residents to Russian strikes": people lost to a cause died of it; to a disease or an
            // accident ("lost 40 people to cholera"), not through violence.
            return LostToCause(m) switch
            {
                LostTo.Accident => null,
                LostTo.Cause => new Candidate(FigureKind.Killed, m, lost.Start, m.End, false, forward.Counter),
                _ => new Candidate(FigureKind.Casualties, m, lost.Start, m.End, false, forward.Counter),
            };
        }

        // "إن الجيش الروسي فقد نحو 2000 جندي": a losing word that is also a connective (data lossesBeforeCount) loses the
        // people right after it, its count's qualifier between at most.
        if (forward.People && forward.Keyword is null && forward.Noun is null && backward.Keyword is null && !m.Weak && m.QualifierStart > 0 &&
            sentence.EndingAt(m.QualifierStart) is null && language.LossesBeforeCount.Contains(sentence.Tokens[m.QualifierStart - 1].Folded))
        {
            return new Candidate(FigureKind.Casualties, m, m.QualifierStart - 1, m.End, false, forward.Counter);
        }

        // "hat seit Beginn des Krieges mehr als 700.000 Soldaten verloren": people and a losing verb that ends the clause.
        if (forward.People && forward.Keyword is null && forward.Noun is null && backward.Keyword is null && !m.Weak && forward.Loss is { } final)
        {
            return new Candidate(FigureKind.Casualties, m, m.QualifierStart, final.End, false, forward.Counter);
        }

        // "verlor Russland am Vortag 1.040 Soldaten": a verb-second clause's verb before its subject and a time phrase.
        // "فقد الجيش الروسي نحو 2000 جندي": a verb-first clause's losing verb before its subject.
        if ((language.Profile.Figures.VerbSecond || language.Profile.Figures.VerbFirst) && forward.People && forward.Keyword is null && forward.Noun is null &&
            backward.Keyword is null && !m.Weak && FrontedVerb(m) is { } fronted)
        {
            var kind = fronted.Tag == Tag.Downed ? FigureKind.Casualties : VictimsKind(fronted);
            return new Candidate(kind, m, fronted.Start, m.End, false, forward.Counter);
        }

        // "Погибли при атаке беспилотника на автомобиль в Шебекинском округе двое мирных жителей", "Ont péri lors de la
        // frappe de drone qui a visé dimanche un minibus trois civils": a casualty verb that opens its clause is the predicate
        // of the people counted after its place, time and cause phrases, however long.
        if ((forward.People || forward.Others) && forward.Keyword is null && forward.Noun is null && backward.Keyword is null && !m.Weak &&
            OpeningVerb(m) is { } opening)
        {
            return new Candidate(VictimsKind(opening), m, opening.Start, m.End, false, forward.Counter);
        }

        // "killed a Hamas commander and four of his bodyguards": a people count coordinated with the verb's object.
        if (CoordinatedObject(m, forward) is { } verb)
        {
            return new Candidate(CasualtyKind(verb.Tag), m, verb.Start, m.End, false, forward.Counter);
        }

        // "the death toll from Monday's strike has risen to 46": a toll earlier in the clause, no other number between;
        // "the number of Palestinians who were killed in two days rose to 23": a count noun and a casualty word make one;
        // "Die Zahl der Toten ist auf 40 gestiegen": a verb that ends the clause may follow the number.
        if (!forward.NextIsContent || forward.People || forward.Others || FinalVerbAfter(m))
        {
            var changeToFrom = (m.QualifierStart >= 1 && language.ChangeTo.Contains(sentence.Tokens[m.QualifierStart - 1].Folded) && ChangeFromAfter(m)) || ChangeSize(m);
            bool? tollVerb = null;
            for (var k = m.QualifierStart - 1; k >= 0 && k >= m.QualifierStart - TollWindow; k--)
            {
                // "La cifra de muertos por el bombardeo de un mercado … asciende ya a 25": an article ("un", "ein") before a noun
                // that counts nothing is no number between the toll and its count.
                if ((sentence.Tokens[k].IsClauseBreak && !DateDot(k)) || (EndsMention(k + 1) && ArticleOne(k) is null && !YearOfATime(k)))
                {
                    break;
                }

                if (sentence.StartingAt(k) is { Tag: Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties } toll && k >= m.QualifierStart - TollWindow)
                {
                    return new Candidate(CasualtyKind(toll.Tag), m, toll.Start, m.End, false, forward.Counter);
                }

                if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } victims && CountNounBefore(victims.Start) is { } count)
                {
                    return new Candidate(CasualtyKind(victims.Tag), m, count, m.End, false, forward.Counter);
                }

                if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured } changed && (changeToFrom || ((tollVerb ??= TollVerbEndingAt(m.QualifierStart) || ExceedingQualifier(m) || CopulaToll(m)) == true &&
                    !CasualtyTermBefore(changed.Start) && !CountedThingBetween(changed.End, m.QualifierStart))))
                {
                    // "Civilian deaths in the first half of the year reached 1,014": a toll verb right before the number
                    // ("reached", "stood at", "totalled") makes the casualty noun that heads the clause its toll, as a change does.
                    // "Civilian deaths in Ukraine rose to 202 in July from 164 in June": a change's new value ("to", and
                    // "from" its old value after it) counts the casualty noun that heads the clause, however far.
                    return new Candidate(CasualtyKind(changed.Tag), m, changed.Start, m.End, false, forward.Counter);
                }

                if (sentence.StartingAt(k) is { Tag: Tag.Casualties } losses && k >= m.QualifierStart - TollWindow && !VerbAfterNumber(m) &&
                    !DeniedBefore(losses.Start) && !InsideTermBeyondQualifier(m))
                {
                    // "Russian personnel losses over the past day amounted to 1,230", "Потери противника за сутки
                    // составили 1 230 человек", "تلفات این حمله به ۴۰ نفر رسید": a casualties noun heads its toll as
                    // "death toll" does.
                    return new Candidate(FigureKind.Casualties, m, losses.Start, m.End, false, forward.Counter);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The casualty or losing verb that opens the clause of <paramref name="m"/> a few words before it, with no comma,
    /// other number, weapon or "including" between (the subject and a time phrase of a verb-second clause; German "der"
    /// is an article as often as an "of").
    /// </summary>
    private TermMatch? FrontedVerb(Mention m)
    {
        if (m.QualifierStart > 0 && sentence.EndingAt(m.QualifierStart) is null && language.Stopwords.Contains(sentence.Tokens[m.QualifierStart - 1].Folded))
        {
            // "ist für 300.000 Menschen schwierig": a count after a preposition is no object of the verb.
            return null;
        }

        // "verlor die russische Armee bei den Kämpfen um Pokrowsk rund 1.000 Soldaten": function words are no distance.
        var weaponSubject = false;
        for (int k = m.QualifierStart - 1, words = 0; k >= 0 && words < FrontedWindow; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || t.IsComma)
            {
                return null;
            }

            if (EndsMention(k + 1) && ArticleOne(k) is null)
            {
                // "tötete ein Raketenangriff … 35 Menschen": an article's "one" before what counts nothing is no other number;
                // "tötete eine Rakete 35 Menschen": nor before the weapon that is the killing verb's subject.
                if (!WeaponSubjectOne(k))
                {
                    return null;
                }

                weaponSubject = true;
            }

            if (sentence.EndingAt(k + 1) is not { } term)
            {
                words += t.IsWord && language.Stopwords.Contains(t.Folded) ? 0 : 1;
                continue;
            }

            words++;

            switch (term.Tag)
            {
                case Tag.Killed or Tag.Injured:
                    return DeniedBefore(term.Start) ? null : term;
                case Tag.Casualties or Tag.Downed:
                    return DeniedBefore(term.Start) || weaponSubject ? null : term;
                case Tag.Drone or Tag.Missile when !EndsMention(term.Start) || WeaponSubjectOne(term.Start - 1):
                    // "tötete der Raketenangriff auf Charkiw 35 Menschen", "قتلت مسيرة إسرائيلية ثلاثة أشخاص": a weapon with no
                    // count of its own is the subject of a killing verb, no losing or downing one.
                    weaponSubject = true;
                    break;
                case Tag.Drone or Tag.Missile or Tag.Including or Tag.Hypothetical or Tag.Act:
                case Tag.Launched when term.Value != CompiledLanguage.AttackValue:
                    return null;
            }

            k = term.Start;
        }

        return null;
    }

    /// <summary>
    /// The casualty verb that opens the clause of <paramref name="m"/>: only function words (auxiliaries: "Ont été tués")
    /// before it back to the clause's start, and up to <see cref="OpeningWindow"/> words of place, time and cause between it
    /// and the number (a relative clause of the attack's among them: "la frappe qui a visé un minibus"), with no comma,
    /// other number, casualty word, toll, "and", "including", modal or act.
    /// </summary>
    private TermMatch? OpeningVerb(Mention m)
    {
        if (m.QualifierStart > 0 && sentence.EndingAt(m.QualifierStart) is null && language.Stopwords.Contains(sentence.Tokens[m.QualifierStart - 1].Folded))
        {
            // "Ранены при атаке на автобус с 30 пассажирами двое": a count after a preposition is no subject of the verb.
            return null;
        }

        TermMatch? verb = null;
        var words = 0;
        for (var k = m.QualifierStart - 1; k >= 0; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || t.IsComma)
            {
                if (verb is null && t.IsComma && AttributionAsideBefore(k) is { } open)
                {
                    // "Murieron en el ataque …, según la fiscalía, al menos 15 personas": an attribution set off by commas.
                    k = open;
                    continue;
                }

                return verb is { } v && !DeniedBefore(v.Start) ? verb : null;
            }

            if (EndsMention(k + 1) && ArticleOne(k) is null)
            {
                if (verb is null && WeaponsSubjectEndingAt(k + 1) is { } subject)
                {
                    // "قتلت ثلاث مسيرات سبعة مدنيين": a verb-first clause's subject, a count of weapons, before its object.
                    k = subject;
                    words++;
                    continue;
                }

                // "qui a visé un minibus": an article's "one" before a noun that counts nothing is no other number.
                return null;
            }

            if (sentence.EndingAt(k + 1) is { } term)
            {
                if (verb is not null)
                {
                    return null;
                }

                switch (term.Tag)
                {
                    case Tag.Killed or Tag.Injured:
                        verb = term;
                        break;
                    case Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Including or Tag.Hypothetical or
                        Tag.Act or Tag.ClauseOpener or Tag.And or Tag.Accident or Tag.Speech:
                        return null;
                    default:
                        words++;
                        break;
                }

                k = term.Start;
                continue;
            }

            var content = t.IsWord && !language.Stopwords.Contains(t.Folded);
            if (verb is not null ? content : content && ++words > OpeningWindow)
            {
                return null;
            }
        }

        return verb is { } first && !DeniedBefore(first.Start) ? verb : null;
    }

    /// <summary>
    /// The losing or destroying verb right before the first item of the list that <paramref name="m"/> ends ("Russia has
    /// lost more than 10,000 tanks and 1 million personnel"): every item is joined to the one before, no item has a
    /// casualty word of its own before it.
    /// </summary>
    private TermMatch? LossVerbOfList(Mention m)
    {
        var index = 0;
        while (index < mentions.Count && mentions[index].Start < m.Start)
        {
            index++;
        }

        for (var k = index - 1; k >= 0 && index - k <= ItemSpan; k--)
        {
            if (!Joined(mentions[k].End, mentions[k + 1].QualifierStart, equipment: true))
            {
                return null;
            }

            var back = Backward(mentions[k]);
            if (back.Keyword is not null)
            {
                return null;
            }

            if (back.Action is { Tag: Tag.Downed } action && back.ActionGaps == 0)
            {
                return action;
            }
        }

        return null;
    }

    /// <summary>
    /// "— five men, three women and a child — and four others were wounded": a dash or closing parenthesis and then a
    /// conjunction between two counts close an aside; the count after them opens a clause of its own.
    /// </summary>
    private bool ClosedAsideBetween(int from, int to)
    {
        var closed = false;
        for (var k = from; k < to; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsPunctuation && t.Folded is "—" or "–" or ")")
            {
                closed = true;
            }
            else if (closed && sentence.StartingAt(k) is { Tag: Tag.And })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The casualty verb of the list a count of people opens: the counts after it, each joined to the one before by a
    /// comma or "and" and each counting people, up to the first that has a verb of its own ("112 men, 90 women and 9
    /// girls were injured").
    /// </summary>
    private TermMatch? ListPredicateAfter(Mention m, Scan forward)
    {
        if (!(forward.People || forward.Others) || forward.Noun is not null || forward.Excluded)
        {
            return null;
        }

        var index = 0;
        while (index < mentions.Count && mentions[index].Start < m.Start)
        {
            index++;
        }

        // The list may have been closed by "and" before this item ("40 women and 16 children, and 860 injured").
        var anded = index > 0 && Joined(mentions[index - 1].End, m.QualifierStart) &&
                    JoinMarks(mentions[index - 1].End, m.QualifierStart) is { And: true, Comma: false };
        for (var k = index + 1; k < mentions.Count && k - index <= ItemSpan; k++)
        {
            if (!Joined(mentions[k - 1].End, mentions[k].QualifierStart) || ClosedAsideBetween(mentions[k - 1].End, mentions[k].QualifierStart))
            {
                return null;
            }

            var (comma, and) = JoinMarks(mentions[k - 1].End, mentions[k].QualifierStart);
            if (anded && comma)
            {
                // "gồm 40 phụ nữ và 16 trẻ em, và 860 người bị thương" (including 40 women and 16 children, and 860 people
                // injured): a list closed by its "and" ends at the comma; the count after it is a clause of its own.
                return null;
            }

            anded |= and && !comma;
            var item = Forward(mentions[k]);
            if (item.Excluded || item.Noun is not null || !(item.People || item.Others) ||
                item.Others || sentence.EndingAt(mentions[k].QualifierStart) is { Tag: Tag.Others })
            {
                // Parts of a breakdown are people ("411 women and 96 children killed"); "and 30 others were wounded",
                // "из них четверо детей, еще 160 человек получили ранения" are a group of its own, and so they are after
                // items that share a verb before them ("khiến 5 người thiệt mạng ở Kharkiv, 2 người ở Sumy …, hơn 20
                // người khác bị thương": the 2 were killed).
                return null;
            }

            if (item.Keyword is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } verb)
            {
                // "673 Kinder sowie 1865 Menschen, die verletzt wurden": a verb in a relative clause is its own noun's.
                return OwnClause(new Candidate(VictimsKind(verb), mentions[k], mentions[k].QualifierStart, verb.End, false, false)) ? null : verb;
            }
        }

        return null;
    }

    /// <summary>Whether a comma and whether an "and" stand in [from, to).</summary>
    private (bool Comma, bool And) JoinMarks(int from, int to)
    {
        var comma = false;
        var and = false;
        for (var k = from; k < to; k++)
        {
            comma |= sentence.Tokens[k].IsComma;
            and |= sentence.StartingAt(k) is { Tag: Tag.And };
        }

        return (comma, and);
    }

    /// <summary>How many words the object of a casualty verb may have before "and" and a coordinated count.</summary>
    private const int ObjectWindow = 6;

    /// <summary>
    /// "killed a senior commander and four of his bodyguards", "killed the commander along with five other people": a
    /// count of people (people or "others" after it, "of" and whose, or a function word: "и троих его охранников") right
    /// after "and", with a casualty verb before
    /// the first conjunct in the same clause, shares that verb.
    /// </summary>
    private TermMatch? CoordinatedObject(Mention m, Scan forward)
    {
        if (!(forward.People || forward.Others || forward.Of == m.End || !forward.NextIsContent) || forward.Excluded || forward.Noun is not null)
        {
            return null;
        }

        // One function word may stand between the conjunction and the number ("y a cuatro de sus guardaespaldas").
        var start = m.QualifierStart;
        if (sentence.EndingAt(start) is null && start > 0 && sentence.Tokens[start - 1].IsWord && language.Stopwords.Contains(sentence.Tokens[start - 1].Folded))
        {
            start--;
        }

        // "along with" is an including phrase too; after an object without a number it coordinates.
        if (sentence.EndingAt(start) is not { Tag: Tag.And or Tag.Including } and)
        {
            return null;
        }

        var counted = -1;
        for (var k = and.Start - 1; k >= 0 && k >= and.Start - ObjectWindow; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma)
            {
                return null;
            }

            // The object may be counted by a bare article ("un commandant", "seorang komandan"), or by a number that the
            // same verb already counts ("killed 2 soldiers and three of their officers"); any other number ends it.
            if (counted < 0 && EndsStrongMention(k + 1))
            {
                counted = k + 1;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured } verb)
            {
                var kind = CasualtyKind(verb.Tag);
                return verb.End <= and.Start - 1 && (counted < 0 || FoundEndingAt(counted, kind)) ? verb : null;
            }
        }

        return null;
    }

    /// <summary>A denial among the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool DeniedBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].IsComma && DeniedAsideAt(k) is var resume and > 0)
            {
                // "Tres civiles, y no dos como se informó, murieron": the denial of an earlier value denies no predicate.
                k = resume - 1;
                continue;
            }

            if (sentence.Tokens[k].IsWord && language.Negations.Contains(sentence.Tokens[k].Folded) && !NegationInWord(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"No damage or casualties have been reported by both…": a denial earlier in the clause.</summary>
    private bool DeniedBefore(int token)
    {
        for (var k = token - 1; k >= 0 && k >= token - 4; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma)
            {
                return false;
            }

            if (sentence.Tokens[k].IsWord && language.Negations.Contains(sentence.Tokens[k].Folded) && !NegationInWord(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The negation word at <paramref name="token"/> is a syllable of a longer noun or verb: Vietnamese "không" (air) in
    /// "máy bay không người lái" (drone), "phòng không" (air defence), "không quân" (air force), "không kích" (air strike)
    /// denies nothing.
    /// </summary>
    private bool NegationInWord(int token)
    {
        for (var k = token; k >= 0 && k >= token - 6; k--)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile or Tag.People or Tag.Launched or Tag.Downed } term && term.End > token && term.End - term.Start > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One word after the number, then the end of the clause ("ist auf 40 gestiegen.", "auf 40 erhöht,").</summary>
    private bool FinalVerbAfter(Mention m) =>
        m.End < sentence.Count && sentence.Tokens[m.End].IsWord && sentence.StartingAt(m.End) is null &&
        (m.End + 1 == sentence.Count || sentence.Tokens[m.End + 1].IsClauseBreak || sentence.Tokens[m.End + 1].IsComma);

    /// <summary>A verb of its own right after the number's phrase ("… 3 were killed"): a toll before it is not its head.</summary>
    private bool VerbAfterNumber(Mention m) =>
        m.End < sentence.Count && sentence.StartingAt(m.End) is { Tag: Tag.Killed or Tag.Injured or Tag.Launched or Tag.Downed };

    /// <summary>A count noun a few words before a casualty word, in its clause ("number of civilians killed").</summary>
    /// <summary>
    /// <paramref name="m"/> is the whole of an "X of Y": an "of" ends at most two plain words before it ("of the", "of its",
    /// "of the ship's") and another number ends right before that "of".
    /// </summary>
    private bool WholeOfAPart(Mention m) => PartBeforeOf(m) >= 0;

    /// <summary>The index of the part X in "X of (the) Y" where <paramref name="m"/> is Y, or -1.</summary>
    private int PartBeforeOf(Mention m)
    {
        for (var end = m.QualifierStart; end >= 1 && end >= m.QualifierStart - 2; end--)
        {
            if (sentence.EndingAt(end) is { Tag: Tag.Of } of)
            {
                return mentions.FindIndex(x => x.End == of.Start);
            }

            if (!sentence.Tokens[end - 1].IsWord || sentence.StartingAt(end - 1) is not null || StartsMention(end - 1))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Two of the ship's 22 crew members were killed", "Five of the 12 people on board died": the number after "of" is the
    /// group the part was taken from, no count of the victims, when the part before "of" counts the same victims.
    /// </summary>
    private bool GroupOfAPart(Candidate c)
    {
        if (!IsCasualty(c.Kind) || c.Parent is not null || c.Mention.QualifierStart < 2 || c.PhraseStart < c.Mention.QualifierStart ||
            sentence.StartingAt(c.Mention.End) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } ||
            sentence.EndingAt(c.PhraseEnd) is not { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } verb || sentence.EndingAt(verb.Start) is { Tag: Tag.People })
        {
            // Only a whole read by the clause's verb after it: "Three of the 12 wounded soldiers died", "Una de las 12 personas
            // heridas" (a casualty word beside the whole describes it) and "auf 11 von 14 gesenkt" (a toll before it) keep it.
            return false;
        }

        var part = PartBeforeOf(c.Mention);
        return part >= 0 && _found.Exists(x => x.Kind == c.Kind && x.Mention.End == mentions[part].End);
    }

    /// <summary>The most tokens between a lost count and the "to" of its cause ("about 300 of its residents to").</summary>
    private const int LostToWindow = 6;

    /// <summary>
    /// "lost more than 1,200 residents to shelling", "lost about 300 of its residents to Russian bombardment": after the
    /// people (past "of" and function words), a "to" (data <c>changeTo</c>) and a cause that is no number.
    /// </summary>
    private LostTo LostToCause(Mention m)
    {
        for (var k = m.End; k < sentence.Count && k <= m.End + LostToWindow; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsWord && language.ChangeTo.Contains(t.Folded) && sentence.StartingAt(k) is null)
            {
                if (k + 1 >= sentence.Count || StartsMention(k + 1) || !sentence.Tokens[k + 1].IsWord)
                {
                    return LostTo.None;
                }

                for (var j = k + 1; j < sentence.Count && !sentence.Tokens[j].IsClauseBreak && !sentence.Tokens[j].IsComma; j++)
                {
                    if (sentence.StartingAt(j) is { Tag: Tag.Accident })
                    {
                        return LostTo.Accident;
                    }
                }

                return LostTo.Cause;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.People or Tag.Of } term)
            {
                k = term.End - 1;
                continue;
            }

            if (!t.IsWord || !language.Stopwords.Contains(t.Folded) || sentence.StartingAt(k) is not null)
            {
                return LostTo.None;
            }
        }

        return LostTo.None;
    }

    /// <summary>What follows a lost count: no cause, a cause of violence, or a disease or accident.</summary>
    private enum LostTo
    {
        None,
        Cause,
        Accident,
    }

    /// <summary>
    /// "Of the 40 passengers on the bus, three were killed", "Out of 200 workers at the plant, six died": a number after an
    /// "of" that opens the sentence or clause, whose own phrase up to the comma holds no casualty word, is the group the
    /// part after the comma was taken from, no count of victims ("Of the 40 killed, 12 were children" keeps its 40).
    /// </summary>
    private bool FrontedGroup(Candidate c)
    {
        if (!IsCasualty(c.Kind) || c.PhraseStart < c.Mention.QualifierStart)
        {
            return false;
        }

        var start = c.Mention.QualifierStart;
        if (start >= 1 && sentence.Tokens[start - 1].IsWord && language.Stopwords.Contains(sentence.Tokens[start - 1].Folded) && sentence.EndingAt(start) is null)
        {
            start--;
        }

        if (sentence.EndingAt(start) is not { Tag: Tag.Of } of ||
            (of.Start > 0 && !sentence.Tokens[of.Start - 1].IsClauseBreak && !sentence.Tokens[of.Start - 1].IsComma))
        {
            return false;
        }

        for (var k = c.Mention.End; k < sentence.Count; k++)
        {
            if (sentence.Tokens[k].IsComma)
            {
                return k + 1 < sentence.Count;
            }

            if (sentence.Tokens[k].IsClauseBreak || StartsMention(k) ||
                sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Another casualty or toll term earlier in the clause of <paramref name="token"/>: "korban militer Rusia, baik tewas maupun
    /// terluka, telah mencapai lebih dari 1 juta" (losses, killed or wounded, reached) is headed by its first term.
    /// </summary>
    private bool CasualtyTermBefore(int token)
    {
        for (var k = token - 1; k >= 0 && k >= token - TollWindow && !sentence.Tokens[k].IsClauseBreak; k--)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Four people were killed, and the total number of attacks reached 120": a count noun or a unit between names what the toll counts.</summary>
    private bool CountedThingBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // "Las muertes alcanzaron 310": a unit that is also the toll verb before the number ("alcanzaron", struck) counts nothing.
            if ((sentence.StartingAt(k) is { Tag: Tag.CountNoun } && !InTollVerbEndingAt(k, to)) ||
                (sentence.StartingAt(k) is { Tag: Tag.Exclusion } unit && !CauseAt(from, k) && !(unit.End == to && TollVerbEndingAt(to))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Deaths from strikes fell to 91", "Deaths from Russian attacks …", "from (Russian) drone strikes": a unit after a
    /// preposition (no "of", no "and"), a weapon and one plain word at most between, is the deaths' cause or place, not what
    /// the toll counts.
    /// </summary>
    private bool CauseAt(int from, int unit)
    {
        var k = unit - 1;
        if (k > from && sentence.EndingAt(k + 1) is { Tag: Tag.Drone or Tag.Missile } weapon)
        {
            // "Deaths from drone strikes": the weapon names the strikes.
            k = weapon.Start - 1;
        }

        // "Deaths from Russian strikes", "from Russian drone strikes": one plain word before them.
        if (k > from && !language.Stopwords.Contains(sentence.Tokens[k].Folded) && sentence.Tokens[k].IsWord && sentence.StartingAt(k) is null)
        {
            k--;
        }

        return k >= from && language.Stopwords.Contains(sentence.Tokens[k].Folded) && sentence.StartingAt(k) is not { Tag: Tag.Of or Tag.And };
    }

    /// <summary>
    /// "Deaths among civilians in the region since 2022 have surpassed 1,950", "Deaths caused by shelling topped 96": the
    /// number's qualifier is a verb of exceeding (data <c>exceeding</c>), which heads the toll as a toll verb does.
    /// </summary>
    private bool ExceedingQualifier(Mention m) =>
        m.QualifierStart < m.Start && m.Qualifier == Qualifier.MoreThan && sentence.Tokens[m.QualifierStart].IsWord &&
        language.Exceeding.Contains(sentence.Tokens[m.QualifierStart].Folded);

    /// <summary>How many tokens after an attributive casualty word's people noun its clause's act may stand.</summary>
    private const int ActedUponWindow = 8;

    /// <summary>
    /// <paramref name="attribute"/> (a casualty word) stands right before a people noun, and an act (data <c>acts</c>:
    /// evacuated, flown out) follows in its clause before any other casualty word: "wounded patients were evacuated".
    /// </summary>
    private bool ActedUponAfter(TermMatch attribute)
    {
        if (attribute.Tag is not (Tag.Killed or Tag.Injured) || sentence.StartingAt(attribute.End) is not { Tag: Tag.People } people)
        {
            return false;
        }

        for (var k = people.End; k < sentence.Count && k < people.End + ActedUponWindow; k++)
        {
            if (sentence.Tokens[k].IsClauseBreak || sentence.Tokens[k].IsComma || StartsMention(k))
            {
                return false;
            }

            switch (sentence.StartingAt(k))
            {
                case { Tag: Tag.Act }:
                    return true;
                case { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties }:
                    return false;
            }
        }

        return false;
    }

    /// <summary>A toll verb (data <c>tollVerbs</c>: "reached", "stood at", "totalled") that ends right before <paramref name="end"/>.</summary>
    private bool TollVerbEndingAt(int end) => TermEndingAt(language.Aside, Tag.TollVerb, end, 3);

    /// <summary>Tokens a count noun may stand before its casualty word, function words included (see <see cref="CountNounBefore"/>).</summary>
    private const int CountNounReach = 10;

    /// <summary>
    /// The count noun ("number", "Zahl", "число") a few words before the casualty word at <paramref name="token"/>, with no
    /// clause break or other number between: at most four words that are no function words ("die Zahl der seit
    /// Jahresbeginn in der Stadt getöteten Zivilisten": the participle's own phrase stands between).
    /// </summary>
    private int? CountNounBefore(int token)
    {
        for (int k = token - 1, words = 0; k >= 0 && k >= token - CountNounReach && words <= 4; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || EndsMention(k + 1))
            {
                return null;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.CountNoun } || CountNounEndsInsideAt(k, token))
            {
                return k;
            }

            if (!(t.IsWord && language.Stopwords.Contains(t.Folded)))
            {
                words++;
            }
        }

        return null;
    }

    /// <summary>
    /// A count noun starting at <paramref name="k"/> inside a running-total term, ending by <paramref name="before"/>:
    /// Vietnamese "nâng tổng số người chết" (raising the total of the dead) is a running-total term that holds "tổng số".
    /// </summary>
    private bool CountNounEndsInsideAt(int k, int before)
    {
        if (sentence.StartingAt(k) is not null)
        {
            return false;
        }

        var covering = false;
        for (var j = k - 1; j >= 0 && j >= k - 6; j--)
        {
            if (sentence.StartingAt(j) is { } outer && outer.End > k)
            {
                // Only a running-total phrase holds a count noun that counts ("nâng tổng số": raising the total number);
                // inside "trong số" (among) or a longer count noun it is no count of its own.
                covering = outer.Tag == Tag.Cumulative;
                break;
            }
        }

        if (!covering)
        {
            return false;
        }

        var scratch = DayScratch();
        language.Keywords.MatchAt(sentence.Tokens, k, scratch);
        return scratch.Exists(t => t.Tag == Tag.CountNoun && t.End <= before);
    }

    /// <summary>"killed or wounded", "menewaskan atau melukai", "убиты и ранены": both verbs over one number make it a casualty count.</summary>
    private FigureKind VictimsKind(TermMatch kw)
    {
        if (kw.Tag is Tag.Killed or Tag.Injured)
        {
            var other = kw.Tag == Tag.Killed ? Tag.Injured : Tag.Killed;
            var joinedBefore = kw.Start >= 2 && Joiner(kw.Start - 1) && sentence.EndingAt(kw.Start - 1) is { } b && b.Tag == other;
            var joinedAfter = kw.End + 1 < sentence.Count && Joiner(kw.End) && sentence.StartingAt(kw.End + 1) is { } a && a.Tag == other;
            if (joinedBefore || joinedAfter || OutcomeList(kw, other))
            {
                return FigureKind.Casualties;
            }
        }

        return CasualtyKind(kw.Tag);
    }

    /// <summary>
    /// "400,000 killed, wounded or missing", "1.1 million men killed, wounded or captured": the other casualty word after a
    /// comma, itself joined to a third outcome, lists what befell the one count, its losses.
    /// </summary>
    private bool OutcomeList(TermMatch kw, Tag other) =>
        kw.End + 2 < sentence.Count && sentence.Tokens[kw.End].IsComma && sentence.StartingAt(kw.End + 1) is { } a && a.Tag == other &&
        a.End + 1 < sentence.Count && !sentence.Tokens[a.End].IsPunctuation && Joiner(a.End) && !StartsMention(a.End + 1);

    private bool Joiner(int token) =>
        sentence.StartingAt(token) is { Tag: Tag.And } || (sentence.StartingAt(token) is null && sentence.Tokens[token].IsWord && language.Stopwords.Contains(sentence.Tokens[token].Folded));

    /// <summary>
    /// "В Марганце погибла женщина, еще трое получили ранения", "استشهد شاب وأصيب ثلاثة آخرون": where a language has no
    /// article, a singular noun of one person (data <c>singularPeople</c>) right beside a casualty verb that counts no
    /// number is one victim, when a later count of the sentence is marked "others" (a tally set against it).
    /// </summary>
    private void SingleVictim()
    {
        if (language.SingularPeople.Count == 0 || _found.Count == 0)
        {
            return;
        }

        Candidate? tally = null;
        foreach (var c in _found)
        {
            if (IsCasualty(c.Kind) && OthersBeside(c.Mention))
            {
                tally = c;
                break;
            }
        }

        if (tally is null)
        {
            return;
        }

        var limit = Math.Min(tally.Mention.QualifierStart, tally.PhraseStart);
        for (var k = 0; k < limit; k++)
        {
            if (sentence.StartingAt(k) is not { Tag: Tag.Killed or Tag.Injured } verb || verb.End > limit || Governs(verb))
            {
                continue;
            }

            // The noun right after the verb (one adjective may stand between: "погиб мирный житель"), or right before it.
            var noun = SingularPersonAt(verb.End, limit) ? verb.End
                : verb.End + 1 < limit && sentence.StartingAt(verb.End) is null or { Tag: Tag.People } && sentence.Tokens[verb.End].IsWord && SingularPersonAt(verb.End + 1, limit) ? verb.End + 1
                : SingularPersonAt(verb.Start - 1, limit) ? verb.Start - 1
                : -1;
            if (noun < 0 || EndsMention(noun) || EndsMention(Math.Min(noun, verb.Start)))
            {
                continue;
            }

            var one = new Mention(noun, noun + 1, 1, Qualifier.Exact, noun, Weak: false, Spelled: true);
            _found.Add(new Candidate(VictimsKind(verb), one, Math.Min(noun, verb.Start), Math.Max(noun + 1, verb.End), false, false));
            return;
        }
    }

    /// <summary>An "others" word right before the count ("еще трое", "ще двоє") or right after it ("ثلاثة آخرون").</summary>
    private bool OthersBeside(Mention m) =>
        sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Others } || sentence.StartingAt(m.End) is { Tag: Tag.Others };

    /// <summary>A word of <c>singularPeople</c> at <paramref name="token"/>, before <paramref name="limit"/>.</summary>
    private bool SingularPersonAt(int token, int limit) =>
        token >= 0 && token < limit && sentence.Tokens[token].IsWord && language.SingularPeople.Contains(sentence.Tokens[token].Folded);

    /// <summary>A figure found so far is read from <paramref name="verb"/> (its phrase starts or ends with it).</summary>
    private bool Governs(TermMatch verb)
    {
        foreach (var c in _found)
        {
            if (c.PhraseStart == verb.Start || c.PhraseEnd == verb.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Число убитых и раненых … превысило 600 тысяч", "Die Zahl der getöteten und verwundeten Soldaten": a victims word (or a
    /// toll's, when the toll term "число убитых", "Zahl der getöteten" hides the data's "убитых и раненых") and one of the
    /// other kind joined by "and" count both: casualties. The figure's phrase starts with either of the two, before its number.
    /// </summary>
    private bool CoordinatedVictims(Candidate c) =>
        c.Kind is FigureKind.Killed or FigureKind.Injured && c.PhraseStart < c.Mention.QualifierStart &&
        sentence.StartingAt(c.PhraseStart) is { Tag: Tag.Killed or Tag.Injured or Tag.TollKilled or Tag.TollInjured } words && CasualtyKind(words.Tag) == c.Kind &&
        CoordinatedWithOtherKind(words);

    private bool CoordinatedWithOtherKind(TermMatch victims)
    {
        var kind = CasualtyKind(victims.Tag);
        if (kind == FigureKind.Casualties)
        {
            return false;
        }

        var scratch = DayScratch();
        // The other kind after "and": "[Zahl der getöteten] und [verwundeten]".
        if (victims.End + 1 < sentence.Count && AndAt(victims.End, scratch) is { } after)
        {
            scratch.Clear();
            language.Keywords.MatchAt(sentence.Tokens, after, scratch);
            foreach (var term in scratch)
            {
                if (term.Tag is Tag.Killed or Tag.Injured && CasualtyKind(term.Tag) != kind)
                {
                    return true;
                }
            }
        }

        // The other kind before "and": "[число убитых] и [раненых]"; not a count's own word ("12 morts et celui des blessés").
        if (victims.Start >= 2 && AndAt(victims.Start - 1, scratch) == victims.Start)
        {
            for (var j = victims.Start - 2; j >= 0 && j >= victims.Start - 4; j--)
            {
                scratch.Clear();
                language.Keywords.MatchAt(sentence.Tokens, j, scratch);
                var other = false;
                foreach (var term in scratch)
                {
                    other |= term.End == victims.Start - 1 && term.Tag is Tag.Killed or Tag.Injured or Tag.TollKilled or Tag.TollInjured && CasualtyKind(term.Tag) != kind;
                }

                if (other && !EndsMention(j))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The end of an "and" term starting at <paramref name="k"/>, or null.</summary>
    private int? AndAt(int k, List<TermMatch> scratch)
    {
        scratch.Clear();
        language.Keywords.MatchAt(sentence.Tokens, k, scratch);
        foreach (var term in scratch)
        {
            if (term.Tag == Tag.And)
            {
                return term.End;
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
    /// <summary>
    /// "16 of the dead and 93 of the injured", "۱۲ نفر از کشته‌شدگان": a number right before "of" and a casualty word
    /// counts that part of the victims, whatever the sentence's verb.
    /// </summary>
    private Candidate? OfTheVictims(Mention m, Scan forward)
    {
        if (forward.Of != m.End || forward.Excluded || sentence.StartingAt(forward.Of) is not { } of)
        {
            return null;
        }

        var k = of.End;
        // "one of three dead": a number word among the function words is the whole's count (AmongVictims reads it).
        while (k < sentence.Count && k < of.End + 3 && sentence.StartingAt(k) is null && !StartsMention(k) && language.Stopwords.Contains(sentence.Tokens[k].Folded))
        {
            k++;
        }

        if (sentence.StartingAt(k) is not { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties } victims)
        {
            return null;
        }

        if (MiscountedAfter(victims.End))
        {
            // "Die Behörden haben elf der Toten identifiziert", "Elf der Toten wurden identifiziert": the part identified (or
            // counted twice) is no toll, and no other reading of the number either.
            return OneOfTheVictims;
        }

        var kind = CasualtyKind(victims.Tag);
        if (kind == FigureKind.Injured && DeathAfter(victims.End) is { } death)
        {
            // "Two of the wounded later died", "двое из раненых скончались": wounded who died are counted among the dead.
            return new Candidate(FigureKind.Killed, m, m.QualifierStart, death.End, false, forward.Counter);
        }

        if (m.Value == 1 && !OtherCountInSentence(m))
        {
            // "One of the dead was a journalist": one person singled out of the victims counts nobody; "one of them" set
            // against another count ("two of the dead were children and one of the wounded a medic") still tallies.
            return OneOfTheVictims;
        }

        return new Candidate(kind, m, m.QualifierStart, victims.End, false, forward.Counter);
    }

    /// <summary>
    /// "Nine of his parishioners were killed by drones", "Four of the club's former players have been killed since 2022": a
    /// number right before "of" and a noun phrase of plain words (a group the data name no people word for), then a
    /// casualty verb with no number of its own after it, counts people of that group. At least one plain word must stand on
    /// the way ("three of the children were killed" is read by the people word); any other term ("two of the missiles",
    /// "three of the strikes") or a comma leaves the number to the other readings.
    /// </summary>
    private Candidate? OfAGroup(Mention m, Scan forward)
    {
        if (forward.Of != m.End || forward.Excluded || forward.Noun is not null || sentence.StartingAt(forward.Of) is not { Tag: Tag.Of } of)
        {
            return null;
        }

        var plain = 0;
        var peopleEnd = -1;
        for (var k = of.End; k < sentence.Count && k < of.End + OfGroupWords; k++)
        {
            if (sentence.StartingAt(k) is { } term)
            {
                if (term.Tag is Tag.Killed or Tag.Injured && term.Start == peopleEnd && m.Value == 1 && !OtherCountInSentence(m) && !OpensItsClause(m))
                {
                    // "He was one of the civilians killed in the strike", "one of the journalists killed covering the war": one
                    // singled out of the victims (a participle right after the people) counts nobody, as "one of the dead".
                    return OneOfTheVictims;
                }

                if (term.Tag is Tag.Killed or Tag.Injured or Tag.Casualties && plain > 0 && !VerbOfNextNumber(term))
                {
                    return m.Value == 1 && !OtherCountInSentence(m) && !OpensItsClause(m) ? null : new Candidate(CasualtyKind(term.Tag), m, m.QualifierStart, term.End, false, forward.Counter);
                }

                if (term.Tag is not (Tag.People or Tag.Others))
                {
                    return null;
                }

                peopleEnd = term.End;
                k = term.End - 1;
                continue;
            }

            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || t.IsComma || t.IsNumber || StartsMention(k))
            {
                return null;
            }

            plain += t.IsWord && !language.Stopwords.Contains(t.Folded) ? 1 : 0;
        }

        return null;
    }

    /// <summary>The words "of" and a group's noun phrase may take before the casualty verb ("of the club's former players have also been killed").</summary>
    private const int OfGroupWords = 10;

    /// <summary>A miscounting or identifying act (data <c>miscounted</c>, <c>identifying</c>) after <paramref name="token"/>, past at most three function words.</summary>
    private bool MiscountedAfter(int token)
    {
        for (var k = token; k < sentence.Count && k <= token + 3; k++)
        {
            if (sentence.StartingAt(k) is { } term)
            {
                // "elf der Toten identifiziert": those identified, as those counted twice, are some of the dead.
                return term is { Tag: Tag.Act, Value: CompiledLanguage.MiscountedValue or CompiledLanguage.IdentifyingValue };
            }

            if (!(sentence.Tokens[k].IsWord && language.Stopwords.Contains(sentence.Tokens[k].Folded)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Returned for "one of the dead": no figure, and no other reading of the number either.</summary>
    private static readonly Candidate OneOfTheVictims = new(FigureKind.Killed, default, -2, -2, false, false);

    /// <summary>Another number stands in the sentence besides <paramref name="m"/>.</summary>
    private bool OtherCountInSentence(Mention m)
    {
        foreach (var other in mentions)
        {
            if (other.Start != m.Start && !other.Weak && !IsExcluded(other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A killing word as the predicate right after <paramref name="token"/>, past a few adverbs or auxiliaries ("later", "have since").</summary>
    private TermMatch? DeathAfter(int token)
    {
        for (var k = token; k < sentence.Count && k <= token + DeathReach; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsComma || t.IsClauseBreak || StartsMention(k))
            {
                return null;
            }

            if (sentence.StartingAt(k) is { } term)
            {
                if (term.Tag is Tag.Cumulative or Tag.ClauseOpener && term.End == k + 1 && t.IsWord && language.Stopwords.Contains(t.Folded))
                {
                    // "Ten of the injured have since died": a one-word adverb ("since") on the way to the verb.
                    continue;
                }

                if (term.Tag == Tag.People && k == token)
                {
                    // "Three of the 12 wounded soldiers later died": the victims' own noun after the casualty word.
                    k = term.End - 1;
                    continue;
                }

                if (term.Tag is Tag.Killed)
                {
                    return term;
                }

                if (term.Tag is not (Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Act or Tag.Relative or Tag.And or
                        Tag.Including or Tag.Hypothetical or Tag.Downed or Tag.Others) &&
                    (term.Tag != Tag.Launched || term.Value == CompiledLanguage.AttackValue) && (term.Tag != Tag.Of || !StartsMention(term.End)))
                {
                    // "Dos de los cinco paramédicos heridos en el bombardeo israelí … en Jan Yunis murieron", "Zwei der vier
                    // verletzten Journalisten sind im Krankenhaus gestorben": the wounded's own place and time phrases (their
                    // attack's nouns, a demonym, the hospital among them) stand before the verb.
                    k = term.End - 1;
                    continue;
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>How far after the wounded's casualty word the verb saying they died may stand.</summary>
    private const int DeathReach = 14;

    /// <summary>
    /// "Two children were among the seven people killed", "3 of the 12 wounded were soldiers": the number after "of" or
    /// "among" is the victims' count, and this one a part of it, of the same kind.
    /// </summary>
    private Candidate? AmongVictims(int index, Mention m, Scan forward)
    {
        if (forward.Of < 0 || forward.Excluded || forward.Noun is not null || NextMention(index, forward.Of) is not { } y || _assigned.ContainsKey(y))
        {
            return null;
        }

        if (m.Weak && forward.Of > m.End + 1)
        {
            // "auf ein Flüchtlingslager … nach Angaben von Helfern Dutzende Tote": an article whose noun stands between it
            // and "of" is no part of the count after it ("einer von ihnen", "una de las 12" are).
            return null;
        }

        var whole = mentions[y];
        var wholeForward = Forward(whole);
        if (wholeForward.Noun is not null || Casualty(whole, wholeForward, Backward(whole)) is not { } victims)
        {
            return null;
        }

        _assigned[y] = victims;
        if (victims.Kind == FigureKind.Injured && Math.Max(victims.PhraseEnd, whole.End) is var end && DeathAfter(end) is { } death)
        {
            // "Two of the five injured died in hospital", "one of the three wounded later died": wounded who died are
            // counted among the dead.
            return new Candidate(FigureKind.Killed, m, m.QualifierStart, death.End, false, forward.Counter);
        }

        if (m.Value == 1 && whole.Value > 1 && forward.Of == m.End && !m.Weak)
        {
            // "was one of three soldiers killed", "One of the three dead was a police officer": one person singled out of
            // the victims counts nobody; the victims' count stands.
            return OneOfTheVictims;
        }

        return new Candidate(victims.Kind, m, m.QualifierStart, m.End, false, forward.Counter) { Parent = victims };
    }

    /// <summary>The most tokens a clause opening "among the dead" may hold between the casualty word and its count.</summary>
    private const int AmongNamedReach = 8;

    /// <summary>
    /// "Among those killed on Monday were 11 children", "Trong số những người thiệt mạng hôm qua có 11 trẻ em", "در میان
    /// کشته‌شدگان روز دوشنبه ۱۱ کودک": a clause that opens with an "among" word and a casualty word names the kind of the
    /// count that ends it, whatever time or place phrase stands between them (next to each other, the backward scan reads
    /// them). The count has no verb or weapon of its own, and no other count, verb or clause break stands between.
    /// </summary>
    private Candidate? AmongNamed(Mention m, Scan forward)
    {
        if (m.Weak || forward.Noun is not null || forward.Excluded || forward.Keyword is not null || forward.Action is not null)
        {
            return null;
        }

        // The clause's first token: after the last clause break or comma before the count. A dash right before the count
        // stands for the copula ("Среди погибших — 9 детей", among the dead are nine children), not for a new clause.
        var start = m.QualifierStart;
        if (start > 1 && sentence.Tokens[start - 1] is { IsPunctuation: true, Folded: "—" or "–" })
        {
            start--;
        }

        while (start > 0 && !sentence.Tokens[start - 1].IsClauseBreak && !sentence.Tokens[start - 1].IsComma)
        {
            start--;
        }

        if (sentence.StartingAt(start) is not { Tag: Tag.Of or Tag.Including } among)
        {
            return null;
        }

        // The casualty word: inside the "among" phrase ("среди погибших"), right after it, or past function words and a
        // people noun ("those", "những người").
        var inside = KindInside(among);
        TermMatch? named = inside is not null ? among : null;
        for (var k = among.End; k < Math.Min(m.QualifierStart, among.End + 3) && named is null; k++)
        {
            if (sentence.StartingAt(k) is { } term)
            {
                if (term.Tag is Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties)
                {
                    named = term;
                }
                else if (term.Tag is not (Tag.People or Tag.Others))
                {
                    return null;
                }

                k = term.End - 1;
            }
            else if (!sentence.Tokens[k].IsWord || !language.Stopwords.Contains(sentence.Tokens[k].Folded))
            {
                return null;
            }
        }

        if (named is not { } victims || m.QualifierStart - victims.End > AmongNamedReach)
        {
            return null;
        }

        for (var k = victims.End; k < m.QualifierStart; k++)
        {
            // "Среди погибших с начала года — 211 мужчин": a running total's time may stand there too.
            if (StartsMention(k) || sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Launched or Tag.Downed or Tag.Drone or Tag.Missile })
            {
                return null;
            }
        }

        var kind = victims.Tag is Tag.Of or Tag.Including ? inside!.Value : CasualtyKind(victims.Tag);
        return new Candidate(kind, m, m.QualifierStart, m.End, false, forward.Counter);
    }

    /// <summary>A casualty word or toll between <paramref name="from"/> and <paramref name="to"/> ("two of its soldiers were wounded").</summary>
    private bool VictimsWordBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties })
            {
                return true;
            }
        }

        return false;
    }

    private Candidate? Inherited(Mention m, Scan forward, Scan backward)
    {
        if (forward.Noun is not null || forward.Excluded)
        {
            return null;
        }

        var previous = _found.LastOrDefault(c => IsCasualty(c.Kind));
        if (previous is not null && _found[^1] == previous && !m.Weak && forward.Keyword is null && backward.Keyword is null &&
            previous.PhraseEnd <= m.QualifierStart && AccompaniedAlike(previous.Mention, m))
        {
            // "Donetsk was hardest hit with 60 killed, followed by Kharkiv with 40", "…với 60 người chết, tiếp theo là
            // Kharkiv với 40 người": a count after the same "with" word as the casualty figure before it, and no verb of
            // its own, is counted alike.
            return new Candidate(previous.Kind, m, m.QualifierStart, m.End, false, forward.Counter) { Parent = previous };
        }

        if (_found.Count == 0 && mentions[0].Start == m.Start && !m.Weak && forward.Keyword is null && backward.Keyword is null && context.LastCasualty is { } partOf &&
            context.CasualtySentence == context.SentenceIndex - 1 && OfThemEnd(m) >= 0 && !VictimsWordBetween(m.End, ClauseEndAfter(m.End)))
        {
            // "More than 14,000 civilians have been killed since 2022. Around 700 of them were children.": "of them" right
            // after a count, with no verb of its own, names a part of the casualty figure of the sentence before, when no
            // number before it in its own sentence is nearer ("launched 45 drones overnight, 38 of which were shot down").
            return new Candidate(partOf, m, m.QualifierStart, m.End, false, forward.Counter);
        }

        if (forward.Keyword is null && backward.Keyword is null && DashedPartOfSentenceBefore(m, forward) is { } dashed)
        {
            return dashed;
        }

        if (backward.OpeningPart && _found.Count == 0 && mentions[0].Start == m.Start && !m.Weak && forward.Keyword is null && forward.Of < 0 &&
            context.LastCasualty is { } opened && context.CasualtySentence == context.SentenceIndex - 1 && !VictimsWordBetween(m.End, ClauseEndAfter(m.End)))
        {
            // "More than 2,300 civilians have died in the city since May. Of those, roughly 150 were under ten.": a sentence
            // opened by an including phrase ("of" and a pronoun, "of them") names a part of the casualty figure of the
            // sentence before, whatever follows; a phrase that names a kind ("Among the wounded,") gives it.
            var kind = backward.IncludingTerm is { } among && KindInside(among) is { } named ? named : opened;
            return new Candidate(kind, m, m.QualifierStart, m.End, false, forward.Counter);
        }

        if (IncludedParticiplePart(m, forward, backward, previous) is { } included)
        {
            return included;
        }

        if (!forward.People || (m.Weak && forward.NextIsContent))
        {
            // "murieron en una incursión del ejército israelí": a weak "one" before a plain noun is an article.
            return null;
        }

        if (backward.Including)
        {
            // "including a teenager" names one victim; only a list ("two Britons, one Dutch…") tallies a weak one, or a part
            // inside the phrase of its whole.
            if (m.Weak)
            {
                return WeakPartInsideWhole(m, forward, previous, backward.IncludingTerm);
            }

            // "Среди погибших двое детей", "…, 910 дістали поранень; серед загиблих 16 дітей": a phrase that names a kind
            // ("among the dead") gives it, whatever the figure before it counts.
            if (backward.IncludingTerm is { } among && KindInside(among) is { } named)
            {
                return new Candidate(named, m, previous is null ? among.Start : m.QualifierStart, m.End, false, forward.Counter);
            }

            if (ListPredicateAfter(m, forward) is { } listed && !LargerThanWholeAfter(m, previous))
            {
                // "…1,724 killed and 4,012 injured, among them 411 women and 96 children killed": a list of parts whose last
                // item has its own verb takes that verb's kind, not the kind of the figure before.
                return new Candidate(VictimsKind(listed), m, m.QualifierStart, m.End, false, forward.Counter);
            }

            if (previous is not null)
            {
                return new Candidate(previous.Kind, m, m.QualifierStart, m.End, false, forward.Counter);
            }

            if (context.LastCasualty is { } kind && context.CasualtySentence == context.SentenceIndex - 1 && m.Value <= context.LastCasualtyMax)
            {
                // "Ba thủy thủ thiệt mạng … Thủy thủ đoàn gồm 23 người" (the crew comprised 23): a part is never larger than
                // the figure before it; a larger count names a whole of its own.
                return new Candidate(kind, m, m.QualifierStart, m.End, false, forward.Counter);
            }

            return null;
        }

        if (previous is null || _found[^1] != previous || previous.PhraseEnd > m.QualifierStart || m.QualifierStart - previous.PhraseEnd > 5 ||
            forward.ActedPeople)
        {
            // "300 muertos y 2 millones de desplazados", "60 погибших, 10 тысяч беженцев": the displaced (data uprooted) after
            // the dead are no breakdown of them.
            return null;
        }

        if (ListPredicateAfter(m, forward) is { } shared)
        {
            // "3 girls were killed, and 112 men and 9 girls were injured": the list after the figure has its own verb.
            return new Candidate(VictimsKind(shared), m, m.QualifierStart, m.End, false, forward.Counter);
        }

        for (var k = previous.PhraseEnd; k < m.QualifierStart; k++)
        {
            // Only punctuation, function words, people, "including" and names ("hai người Anh, một người Hà Lan")
            // may stand between the items of a breakdown; a verb ("giết 4 người, làm khoảng 50…") ends it.
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || sentence.StartingAt(k) is { Tag: not (Tag.People or Tag.Others or Tag.Including or Tag.Relative or Tag.And) })
            {
                return null;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Including } among && KindInside(among) is { } named && named != previous.Kind)
            {
                // "Кількість загиблих … зросла до 9, серед поранених – 38 людей": a part after "among the wounded" counts the
                // wounded, not the kind of the figure before it.
                return new Candidate(named, m, m.QualifierStart, m.End, false, forward.Counter);
            }

            if (t.IsWord && sentence.StartingAt(k) is null && sentence.EndingAt(k + 1) is null && !language.Stopwords.Contains(t.Folded) &&
                !char.IsUpper(sentence.Text[t.Start]) && !IsInsideTerm(k))
            {
                return null;
            }
        }

        // "Погибли в выходные в Горловке шесть человек, в Донецке – трое": an item of the list after a figure is counted over
        // that figure's time unless its own clause names one.
        return new Candidate(previous.Kind, m, m.QualifierStart, m.End, false, forward.Counter) { Parent = previous };
    }

    /// <summary>
    /// "At least four people were killed, including two people in Lviv, and more than 20 were injured": the count after a
    /// part is larger than the whole the part is of, so it is no other part of that whole but a figure of its own.
    /// </summary>
    private bool LargerThanWholeAfter(Mention m, Candidate? whole)
    {
        if (whole is null)
        {
            return false;
        }

        var index = mentions.IndexOf(m);
        return index >= 0 && index + 1 < mentions.Count && mentions[index + 1].Value > whole.Mention.Value;
    }

    /// <summary>The same "with" word (data <c>accompanying</c>) stands right before both numbers.</summary>
    private bool AccompaniedAlike(Mention earlier, Mention m)
    {
        if (earlier.QualifierStart < 1 || m.QualifierStart < 1)
        {
            return false;
        }

        var word = sentence.Tokens[m.QualifierStart - 1].Folded;
        return language.Accompanying.Contains(word) && sentence.Tokens[earlier.QualifierStart - 1].Folded == word;
    }

    /// <summary>How far before its count of people a losing verb may stand when a time phrase parts them.</summary>
    private const int LossTimeWindow = 7;

    /// <summary>
    /// "Rusia perdió ayer unos 1.200 soldados", "perdieron el domingo cerca de 1.350 efectivos", "perdió en las últimas 24
    /// horas 1.520 soldados": a losing verb before a time phrase that stands right before the people counted (only
    /// function words, time terms, a number of hours or days and one modifier of them between).
    /// </summary>
    private TermMatch? LossVerbPastTime(Mention m)
    {
        var time = false;
        var modifiers = 0;
        for (var k = m.QualifierStart - 1; k >= 0 && k >= m.QualifierStart - LossTimeWindow; k--)
        {
            var t = sentence.Tokens[k];
            if (t.IsNumber && UnitBeforeNumber(k) is { } unit)
            {
                // "الساعات الـ24 الماضية": the unit before its number, an article between.
                time = true;
                k = unit;
                continue;
            }

            if (t.IsClauseBreak || t.IsComma || StartsMention(k))
            {
                return null;
            }

            if (k > 0 && sentence.Tokens[k - 1].IsNumber && TimeUnitAt(k))
            {
                // "24 horas": a number of hours or days.
                time = true;
                k--;
                continue;
            }

            if (time && t.IsWord && sentence.EndingAt(k + 1) is null && language.LossesBeforeCount.Contains(t.Folded))
            {
                // "فقدت خلال اليوم الماضي نحو 1100 جندي": a losing word that is also a connective, before the time.
                return new TermMatch(Tag.Downed, k, k + 1);
            }

            if (sentence.EndingAt(k + 1) is { } term)
            {
                if (term.Tag == Tag.Downed)
                {
                    return time ? term : null;
                }

                if (term.Tag is Tag.EventTime or Tag.Month or Tag.Period)
                {
                    time = true;
                    k = term.Start;
                    continue;
                }

                if (!(t.IsWord && term.Start == k && language.Stopwords.Contains(t.Folded)))
                {
                    return null;
                }

                continue;
            }

            if (t.IsWord && (language.Stopwords.Contains(t.Folded) || ((time || ModifierOfTimeBefore(k)) && modifiers++ == 0)))
            {
                // "las últimas 24 horas": function words, and one modifier of the time ("الساعات الـ24 الماضية": after it).
                continue;
            }

            return null;
        }

        return null;
    }

    /// <summary>The term is also one of the language's acts on people that are no casualty (data <c>acts</c>).</summary>
    private bool AlsoAct(TermMatch term) => AlsoTagged(term, Tag.Act);

    /// <summary>
    /// Only a word for "more" stands in [from, to) ("lost another 1,200 soldiers", "tổn thất thêm 1.200 binh sĩ"): data
    /// <c>others</c> and <c>changeBy</c>.
    /// </summary>
    private bool OnlyMoreBetween(int from, int to)
    {
        if (to - from is < 1 or > 2)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!(sentence.StartingAt(k) is { Tag: Tag.Others } || language.ChangeBy.Contains(sentence.Tokens[k].Folded)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The term is also one with <paramref name="tag"/> in the language data (a word in two lists).</summary>
    private bool AlsoTagged(TermMatch term, Tag tag)
    {
        var scratch = new List<TermMatch>(4);
        language.Keywords.MatchAt(sentence.Tokens, term.Start, scratch);
        return scratch.Exists(t => t.Tag == tag && t.End == term.End);
    }

    /// <summary>The casualty word inside a longer term ("среди погибших" → killed), if any.</summary>
    private FigureKind? KindInside(TermMatch term)
    {
        var scratch = new List<TermMatch>(4);
        for (var k = term.Start; k < term.End; k++)
        {
            scratch.Clear();
            language.Keywords.MatchAt(sentence.Tokens, k, scratch);
            foreach (var t in scratch)
            {
                if (t.Tag is Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties && t.End <= term.End)
                {
                    return CasualtyKind(t.Tag);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Most of the civilian deaths this month were in Donetsk region (57), followed by Kharkiv (24) and Zaporizhzhia
    /// (13)": bare numbers in parentheses after names, two or more in the sentence, count what the casualty word that
    /// heads the sentence before the first of them names (no other number between). One parenthesised number alone
    /// ("Ivan Petrenko (45) was killed") is more often an age and stays no figure.
    /// </summary>
    private Candidate? Parenthesised(Mention m)
    {
        if (!BareInParentheses(m.QualifierStart, m.End))
        {
            return null;
        }

        var first = -1;
        var count = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (BareInParentheses(mentions[i].QualifierStart, mentions[i].End))
            {
                first = first < 0 ? mentions[i].QualifierStart : first;
                count++;
            }
        }

        if (count < 2)
        {
            return null;
        }

        for (var k = first - 1; k >= 0; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak || StartsMention(k))
            {
                return null;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties } head)
            {
                return new Candidate(CasualtyKind(head.Tag), m, m.QualifierStart - 1, m.End + 1, false, false);
            }
        }

        return null;
    }

    /// <summary>"(57)" after a word: the number alone between parentheses, a name before it.</summary>
    private bool BareInParentheses(int start, int end) =>
        start >= 2 && end < sentence.Count && sentence.Tokens[start - 1].Folded == "(" && sentence.Tokens[end].Folded == ")" &&
        sentence.Tokens[start - 2].IsWord;

    /// <summary>The kind of the first casualty word or toll of a sentence, if any.</summary>
    private FigureKind? HeadingKind()
    {
        if (!sentence.HasAny(Tag.Killed, Tag.Injured, Tag.Casualties, Tag.TollKilled, Tag.TollInjured, Tag.TollCasualties))
        {
            // (Asked of every sentence with no number: most name no casualty term, which the sentence's tags tell without a scan.)
            return null;
        }

        for (var k = 0; k < sentence.Count; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties } term)
            {
                return CasualtyKind(term.Tag);
            }
        }

        return null;
    }

    /// <summary>
    /// "The total combat losses of the enemy from 24.02.2022 to 05.12.2025" / "personnel ‒ about 1,015,780 (+1,150)
    /// persons", "Загальні бойові втрати противника … склали:" / "особового складу ‒ близько 1 015 780 (+1 150) осіб": a line
    /// that opens with a people label and a dash or colon right before its first count, after a heading line that names
    /// victims and holds no number, counts the heading's kind (the same label after the heading in one sentence reads so).
    /// </summary>
    private Candidate? HeadedLabel(Mention m)
    {
        if (context.HeaderKind is not { } kind || context.HeaderSentence != context.SentenceIndex - 1 || mentions[0].Start != m.Start || m.QualifierStart < 2)
        {
            return null;
        }

        var k = 0;
        while (k < m.QualifierStart && sentence.Tokens[k].IsPunctuation)
        {
            k++;
        }

        var dash = sentence.Tokens[m.QualifierStart - 1];
        if (!(dash.IsPunctuation && dash.Folded is "–" or "—" or "-" or "‒" or ":"))
        {
            return null;
        }

        // "Of them in Mykolaiv city: 22": a label opened by an including term ("of them", "among them") names a part of the
        // heading's count, whatever place or group follows it (no number, no other figure word).
        return (sentence.StartingAt(k) is { Tag: Tag.People } label && label.End == m.QualifierStart - 1) ||
               (sentence.StartingAt(k) is { Tag: Tag.Including } part && PlainLabel(part.End, m.QualifierStart - 1))
            ? new Candidate(kind, m, k, m.End, false, false)
            : null;
    }

    /// <summary>Words between <paramref name="from"/> and <paramref name="to"/> with no number, mark or term but people nouns.</summary>
    private bool PlainLabel(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!sentence.Tokens[k].IsWord || StartsMention(k) || sentence.StartingAt(k) is { Tag: not Tag.People })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A line that is one label and its count ("Total killed: 70", "Children: 9"): a colon or dash right before the
    /// sentence's only number, which ends it (a people noun or a full stop may follow).
    /// </summary>
    private bool LabelLine()
    {
        if (mentions.Count != 1 || mentions[0].QualifierStart < 2)
        {
            return false;
        }

        var m = mentions[0];
        var mark = sentence.Tokens[m.QualifierStart - 1];
        var end = AfterPeopleNoun(m.End);
        return mark.IsPunctuation && mark.Folded is "–" or "—" or "-" or "‒" or ":" &&
               (end == sentence.Count || (end == sentence.Count - 1 && sentence.Tokens[end].IsClauseBreak));
    }

    /// <summary>
    /// The number of <paramref name="m"/> lies inside a term that starts before it ("từ đầu năm"); a term of the qualifier's
    /// own words ("mehr" of "mehr als", "más" of "más de", both also "more" of data <c>others</c>) is none: "Die Verluste
    /// belaufen sich auf mehr als 700.000 Soldaten", "Las bajas rusas ascienden a más de 700.000" gave nothing.
    /// </summary>
    private bool InsideTermBeyondQualifier(Mention m) =>
        TermCovering(m.QualifierStart) is { } covering && !(m.QualifierStart < m.Start && covering.Start >= m.QualifierStart && covering.End <= m.Start);

    /// <summary>
    /// "пострадали девять человек, в том числе погибшие", "постраждали 12 людей, у тому числі загиблі", "أصيب 11 مدنيا بينهم
    /// شهداء": people hurt "including (the) dead" with no count of the dead are the attack's casualties, killed and injured
    /// together, not its injured. An injured figure followed in its clause by an including term (commas, people, place or
    /// cause words between; no other number or figure word), a function word at most, then a killed word no number follows.
    /// </summary>
    private bool DeadAmongTheInjured(Candidate c)
    {
        if (c.Kind != FigureKind.Injured)
        {
            return false;
        }

        var k = Math.Max(c.PhraseEnd, c.Mention.End);
        for (var steps = 0; k < sentence.Count && steps < DeadAmongReach; k++, steps++)
        {
            var t = sentence.Tokens[k];
            if (t.IsClauseBreak || StartsMention(k))
            {
                return false;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Including } including)
            {
                var after = including.End;
                if (after < sentence.Count && sentence.StartingAt(after) is null && sentence.Tokens[after].IsWord && language.Stopwords.Contains(sentence.Tokens[after].Folded))
                {
                    after++;
                }

                return after < sentence.Count && sentence.StartingAt(after) is { Tag: Tag.Killed } dead &&
                       !(dead.End < sentence.Count && (sentence.Tokens[dead.End].IsNumber || StartsMention(dead.End)));
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Drone or Tag.Missile or Tag.Launched or Tag.Downed })
            {
                // "… wounded 13, killed two, including …": another figure's word heads its own part.
                return false;
            }
        }

        return false;
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

        return new Candidate(kind, m, m.QualifierStart, m.End, false, true) { ContextListItem = true };
    }
}
