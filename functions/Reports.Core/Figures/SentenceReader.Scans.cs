namespace Reports.Core.Figures;

/// <summary>Scanning from a number to the words around it.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A preposition of source or agent (data <c>changeFrom</c>, <c>passiveAgents</c>: "from", "by"; no term of its own)
    /// right after the number <paramref name="m"/>, before <paramref name="noun"/>; never after a vague count ("dozens").
    /// </summary>
    private bool SourceBefore(Mention m, int noun)
    {
        if (m.Vague || m.End >= noun)
        {
            return false;
        }

        var t = sentence.Tokens[m.End];
        // "from" may be a comparison's word ("up from"), alone it is no term of its own.
        var term = sentence.StartingAt(m.End);
        return t.IsWord && (term is null || (term.Value.Tag == Tag.Comparison && term.Value.End == m.End + 1)) &&
            (language.ChangeFrom.Contains(t.Folded) || language.PassiveAgents.Contains(t.Folded));
    }

    private Scan Forward(Mention m, bool people = false)
    {
        var scan = new Scan { Of = -1, People = people };

        // A dual is its own number and noun: "صاروخين" (two missiles), "شخصين" (two people), "شهيدين" (two killed).
        switch (sentence.StartingAt(m.Start))
        {
            case { Tag: Tag.Drone or Tag.Missile } own:
                scan.Noun = own;
                return scan;
            case { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } victims when victims.End == m.End:
                scan.Keyword = victims;
                return scan;
            case { Tag: Tag.People }:
                scan.People = true;
                break;
        }

        var tokens = sentence.Tokens;
        var gaps = 0;
        var j = m.End;

        // Where what the number counts is named: right after it, or after its counter ("1.100 quả bom", "20 chiếc xe tăng":
        // a counter classifies, the noun after it says what is counted).
        var head = m.End;
        var conjoined = false;
        bool? whole = null;
        while (j < tokens.Count)
        {
            var t = tokens[j];
            if (t.IsComma && (scan.People || scan.Others) && j + 1 < tokens.Count && sentence.StartingAt(j + 1) is { Tag: Tag.Relative } relative)
            {
                // "1,865 people, who were injured": a relative clause carries the number's own predicate; one of no casualty
                // word closed by a comma is set aside ("Five civilians, who were queuing for water, were wounded").
                j = SetAsideRelativeEnd(relative.End) is var setAside and > 0 ? setAside : relative.End;
                gaps++;
                continue;
            }

            if (j == m.End && t.IsPunctuation && t.Folded is "–" or "—" && j + 1 < tokens.Count && !tokens[j + 1].IsNumber && !StartsMention(j + 1))
            {
                // "18 – локаційно втрачені", "30 – над Брянською": a dash after the number leads to what it counts.
                j++;
                continue;
            }

            if (j == m.End && t.IsComma && SuperlativeAside(m))
            {
                // "Больше всего, 25, сбито над Брянской областью": a count set off by commas after a superlative reads on to
                // its verb, as one between dashes does.
                j++;
                continue;
            }

            if (t.IsComma && j > m.End && (scan.People || scan.Others) && IncidentalAt(j) is var resume and > 0)
            {
                // "15 people, including five children, were killed": the breakdown between commas is set aside and the
                // number keeps reading to its own predicate.
                j = resume;
                gaps++;
                continue;
            }

            if (t.IsComma && (scan.People || scan.Others) && scan.Keyword is null && SetOffPredicate(j + 1))
            {
                // "900,000 troops, killed or wounded, since …": a participle set off by a comma is the number's predicate.
                j++;
                gaps++;
                continue;
            }

            if (t.IsComma && j > m.End && (scan.People || scan.Others) && ApposedClose(m, j) > 0)
            {
                // "Dozens of villagers, at least 50 people, were killed", "Puluhan warga, setidaknya 50 orang, tewas": a
                // count set off by commas after a vague count of people restates it; the restating count takes the
                // predicate, the vague one is no figure.
                scan.Excluded = true;
                break;
            }

            if (t.IsComma && RestatedBefore(m) is var restated && restated.End > 0 && ApposedClose(restated, restated.End + PeopleAfter(restated)) == j)
            {
                // The restating count reads past the comma that closes it to the predicate.
                j++;
                gaps++;
                continue;
            }

            if (j == m.End && CommaBeforeWeaponsWhole(j, m))
            {
                // "أسقطت الدفاعات الجوية 30، من أصل 45 مسيرة": a comma between a part and "of" its whole of weapons.
                j++;
                continue;
            }

            if (j == m.End && t.IsPunctuation && t.Folded == "/" && StartsMention(j + 1))
            {
                // "bắn hạ 57/64 UAV": a slash between two counts reads "of" (the tokenizer keeps dates apart).
                scan.Of = j;
                break;
            }

            if (j > m.End && sentence.EndingAt(j) is { Tag: Tag.Of } && SmallerMentionAt(j, m.Value) is { } smaller)
            {
                // "Five members of one family": a smaller number right after "of" names a group, it is no whole of this count.
                j = smaller.End;
                gaps++;
                continue;
            }

            if ((scan.People || scan.Others) && sentence.StartingAt(j) is { Tag: Tag.Including } including &&
                MentionStartingAt(including.End) is { End: > 0 } part && part.Value < m.Value)
            {
                // "۸ نفر از جمله ۲ کودک جان باختند", "8 people including 2 children died": a breakdown with no commas is set
                // aside, and the number keeps reading to its own predicate. Every item of it: "۱۶۴ غیرنظامی از جمله ۴۰ زن و
                // ۱۶ کودک کشته … شدند" (164 civilians including 40 women and 16 children were killed).
                j = part.End;
                while (NextBreakdownItem(j, m.Value) is { } next)
                {
                    j = next;
                }

                gaps++;
                continue;
            }

            if ((scan.People || scan.Others) && j > m.End && MentionStartingAt(j) is { End: > 0 } measure && measure.QualifierStart == j &&
                sentence.ExcludesAt(measure.End) && sentence.StartingAt(measure.End) is { Tag: Tag.Exclusion } unit)
            {
                // "هشت نیروی پلیس … در ۲۰ کیلومتری شهر بنو کشته شدند", "8 police officers at a post 20 km from Bannu were
                // killed": a number of a unit (a distance, floors, years) on the way is no count; the people read on to their verb.
                j = unit.End;
                gaps++;
                continue;
            }

            if ((scan.People || scan.Others) && (ArticleOne(j) ?? InstrumentOne(j)) is { } article)
            {
                // "۱۴ نفر در حمله موشکی به یک مرکز خرید … زخمی شدند": a weak "one" before a noun that counts nothing is
                // an article on the way to the verb.
                j = article;
                gaps++;
                continue;
            }

            if (t.IsPunctuation && t.Folded is "\"" or "“" or "”" or "«" or "»" or "„")
            {
                // "28 were “locationally lost”": quotation marks around the verb are no word between.
                j++;
                continue;
            }

            if (AbbreviationCompoundEnd(j) is var compound and > 0)
            {
                // "four U.S.-made ATACMS missiles", "six U.S.-supplied missiles": the dot closing an abbreviation, and a
                // hyphen and word glued to it, are the abbreviation's own word, no word between and no verb.
                j = compound;
                continue;
            }

            if (t.IsComma && scan.People && scan.Keyword is null && (whole ??= WholeOfAPart(m)) && WholeAsideEnd(j) is var aside and > 0)
            {
                // "Пятеро из 23 членов экипажа танкера, атакованного … в среду, погибли", "Четверо з 19 членів екіпажу судна,
                // яке атакував …, загинули": an attribute set off by commas after the whole of a part is passed over to the
                // casualty verb right after its closing comma.
                j = aside;
                gaps++;
                continue;
            }

            if ((scan.People || scan.Others) && j > m.End && t.IsNumber && DateEndAt(j) is { } dateEnd)
            {
                // "Fünf Menschen wurden am 27. November bei israelischen Angriffen … getötet", "Двое жителей 5 декабря погибли":
                // a date on the way is no count; the people read on to their verb.
                j = dateEnd;
                gaps++;
                continue;
            }

            if (t.IsClauseBreak || t.IsComma || StartsMention(j))
            {
                break;
            }

            if (sentence.StartingAt(j) is { } kw)
            {
                var stop = true;
                scan.NextIsContent |= j == head && kw.Tag is Tag.Launched or Tag.Downed or Tag.Supplied or Tag.Accident or Tag.Exclusion or Tag.Period or Tag.Hit;
                switch (kw.Tag)
                {
                    case Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties when (gaps > 0 || scan.People || scan.Others) && !InvertedToll(m, j):
                        // A toll announces the number after it ("... 30,361 and the number of wounded 72,042"), never one before.
                        break;
                    case Tag.Killed or Tag.Injured or Tag.Casualties when (scan.People || scan.Others) && ActClosesAfter(kw):
                        // "هزاران نفر در مراسم تشییع شهدا شرکت کردند": the dead are the object of the act that closes the clause.
                        scan.Excluded = true;
                        break;
                    case Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties:
                        // "305 người và làm bị thương 128 người": a verb right before the next number is that number's.
                        if ((gaps <= (scan.People || scan.Others || scan.Counted ? PeopleWindowOf() : BareWindow) || gaps <= OneOfThemReach(m) ||
                             (gaps <= WholeOfAPartWindow && scan.People && (whole ??= WholeOfAPart(m)))) &&
                            !((gaps > 0 || scan.People || scan.Others) && VerbOfNextNumber(kw)))
                        {
                            scan.Keyword = kw;
                            scan.KeywordGaps = gaps;
                        }

                        break;
                    case Tag.Downed when (scan.People || (scan.Others && _found.Count > 0 && IsCasualty(_found[^1].Kind))) && AlsoAct(kw):
                        // "5 người vẫn mất tích", "5 orang masih hilang": a word that is lost drones for weapons is missing
                        // people for people, no casualties; so it is for "others" after a count of victims ("… tewas dan
                        // tiga lainnya hilang", two killed and three others missing).
                        scan.Excluded = true;
                        break;
                    case Tag.Downed when scan.People && (ClauseEndsAt(kw.End) || sentence.StartingAt(kw.End) is { Tag: Tag.And }):
                        // "700.000 Soldaten verloren.", "۱۲۰۰ نیرو از دست داده و …": a losing verb that ends the clause is
                        // the people's predicate.
                        scan.Loss = kw;
                        break;
                    case Tag.And:
                        // "killed 20,000 people and displaced 10 million": what follows a conjunction is another clause's.
                        conjoined = true;
                        gaps++;
                        stop = false;
                        break;
                    case Tag.Act when VerbsObjectInRelative(m, kw):
                        // "menewaskan 16 orang yang menghadiri pemakaman", "killed 16 people who attended a funeral": the
                        // count is the object of the casualty verb right before it; the act is told of them in a relative.
                        break;
                    case Tag.Act when scan.People && !conjoined && ActBeforeCasualtyVerb(kw):
                        // "khiến 16 người đang dự lễ tang thiệt mạng": the act describes the people; the verb closing the clause is theirs.
                        gaps++;
                        stop = false;
                        break;
                    case Tag.Act when (scan.People || scan.Others || gaps <= BareWindow) && !conjoined:
                        // "40 Zivilisten wurden evakuiert", "12 civilians fled", "12 others remain missing": people acted
                        // on, no casualties; so is a bare count right before the act ("ещё около 14 млн были вынуждены
                        // покинуть свои дома" shared the killing verb before it).
                        scan.Excluded = true;
                        break;
                    case Tag.Drone or Tag.Missile when scan.People:
                    case Tag.Launched or Tag.Downed or Tag.Supplied when scan.People:
                        // "12 people were killed in a drone attack", "۲۳ نفر در حمله ... زخمی شدند": still on the way to the verb.
                        gaps++;
                        stop = false;
                        break;
                    case Tag.Drone or Tag.Missile when !scan.People && gaps <= NounWindow && WeaponModifiesVictims(kw):
                        // "24 drone deaths were recorded", "45 missile casualties": a weapon noun before a noun of victims
                        // says how they died; the number counts the victims.
                        gaps++;
                        stop = false;
                        break;
                    case Tag.Drone or Tag.Missile when SourceBefore(m, kw.Start):
                        // "including 17 from drone attacks", "12 of them by drone strikes": weapons after a preposition of
                        // source or agent are how the counted died, not what the number counts.
                        break;
                    case Tag.Drone or Tag.Missile when (scan.Others || (_found.Count > 0 && IsCasualty(_found[^1].Kind))) && OpenerBetween(m.End, j):
                        // "Three were killed …, and two others when a drone struck their car": after a toll, a weapon past a
                        // clause opener is how the counted died (another clause's), no noun of the count.
                        break;
                    case Tag.Drone or Tag.Missile:
                        if (gaps <= NounWindow)
                        {
                            scan.Noun = kw;

                            // "a salvo of 50 ballistic missiles could kill hundreds": a modal right after the weapons
                            // makes them hypothetical.
                            scan.Hypothetical |= sentence.StartingAt(kw.End) is { Tag: Tag.Hypothetical };
                        }

                        break;
                    case Tag.People when (scan.People || scan.Others) && j > head && AlsoAct(kw):
                        // "took 14 civilians hostage": after the people counted, a people word that is also an act (data
                        // acts) says what was done to them; "one hostage was killed" keeps it as the noun counted.
                        scan.Excluded = true;
                        break;
                    case Tag.People:
                        // "2 millones de desplazados", "30 000 déplacés": the displaced are no victims of a list's casualty word.
                        scan.ActedPeople |= !scan.People && kw.Value == CompiledLanguage.UprootedValue;
                        scan.People = true;
                        stop = false;
                        break;
                    case Tag.Others:
                        // "six others", "12 lainnya": people or weapons, whatever the sentence counts. After an article's
                        // noun it makes that noun another's ("tại một trường học khác", at another school): a weak "one"
                        // counts others only beside it.
                        scan.Others |= !m.Weak || gaps == 0;
                        stop = false;
                        break;
                    case Tag.CountNoun when !scan.Counted:
                        // "elevó a 37.000 el número de muertos": the number is the count the noun names; its casualty
                        // word may stand as far as a noun of people would.
                        scan.Counted = true;
                        gaps++;
                        stop = false;
                        break;
                    case Tag.Counter:
                        scan.Counter = j == m.End;
                        head = scan.Counter ? kw.End : head;
                        stop = false;
                        break;
                    case Tag.Of when (!MentionWithin(kw.End, 3) || SmallerWithin(kw.End, 3, m.Value)) && j != m.End && !scan.Counter:
                        // "Cinco soldados de las fuerzas…": an "of" with no number after it is just a word.
                        gaps++;
                        stop = false;
                        break;
                    case Tag.Of when j == m.End && SuperlativeWithin(kw.End, 3):
                        // "one of the largest attacks", "одна из крупнейших": a rank, not a count.
                        scan.Excluded = true;
                        break;
                    case Tag.Of:
                        scan.Of = j;
                        break;
                    case Tag.Launched when kw.Value == CompiledLanguage.AttackValue && AttackNounCounted(m, kw, head, gaps, scan):
                        // "30 serangan drone", "۳۰ حمله پهپادی": in a head-first language the attack noun is what is counted.
                        scan.Excluded = true;
                        break;
                    case Tag.Launched when kw.Value == CompiledLanguage.AttackValue && !scan.People && gaps < NounWindow &&
                                           sentence.StartingAt(kw.End) is { Tag: Tag.Drone or Tag.Missile }:
                        // "142 attack drones", "40 strike drones": an attack word right before the weapon noun names
                        // the weapon, it is no verb.
                        gaps++;
                        stop = false;
                        break;
                    case Tag.Launched or Tag.Downed when !scan.People && !scan.Others && gaps <= BareReach() && AttributedWeapon(kw) is { } attributed:
                        // "zwei aus dem Jemen in Richtung Eilat abgefeuerte Drohnen", "две выпущенные из Йемена ракеты": a
                        // participle before the weapon noun is an attribute; the noun is the number's.
                        scan.Noun = attributed;
                        break;
                    case Tag.Launched or Tag.Downed or Tag.Supplied:
                        scan.Action = kw;
                        scan.ActionGaps = gaps;
                        break;
                    case Tag.Exclusion when ((gaps == 0 && j == head) || (gaps == 1 && j == head + 1 && AttributeAt(head))) && FiredUnit(kw, m):
                        // "has fired more than 220 interceptor missiles", "80 SM-6 and 20 ESSM interceptors": interceptors
                        // that a launching verb fires are missiles launched.
                        scan.Noun = new TermMatch(Tag.Missile, kw.Start, kw.End);
                        break;
                    case Tag.Exclusion or Tag.Period:
                        // Right after the number it says what is counted ("25 years", "3 regions"); later it is just a word,
                        // and so it is after the number's noun ("Five people aged 40 were killed").
                        // "more than 100 merchant vessels with missiles and drones", "12 residential buildings": one
                        // attribute before it still makes it what the number counts, no weapon or victim further on.
                        scan.Excluded = (gaps == 0 && j == head) || (gaps == 1 && j == head + 1 && kw.Tag == Tag.Exclusion && !scan.People && !scan.Others &&
                                                                     scan.Noun is null && scan.Action is null && AttributeAt(head));
                        stop = scan.Excluded;
                        gaps += stop ? 0 : 1;
                        break;
                    case Tag.Hypothetical:
                        scan.Hypothetical = gaps <= 1;
                        stop = false;
                        break;
                    case Tag.Hit:
                        // "intercepted 12 of them before they crossed into Israel": a hit after a clause opener is another clause's.
                        scan.Hit |= !OpenerBetween(m.End, j);
                        gaps++;
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

            if (j == head && t.IsWord && !language.Stopwords.Contains(t.Folded))
            {
                scan.NextIsContent = true;
            }

            // In a verb-final clause the prepositions of its time and place phrases stand between the people counted and
            // the verb that closes it ("دو امدادگر … در حمله … به آمبولانس … در شمال غزه جان باختند"): they are no words
            // of distance.
            // "Dos de los 20 tripulantes del granelero atacado el miércoles por los hutíes frente a las costas de Yemen murieron":
            // the whole of a part read to the clause's verb as far as a verb-final clause does (GroupOfAPart then leaves the
            // part).
            if (!scan.People && !scan.Others && t.IsWord && (j == m.End || sentence.EndingAt(j) is { Tag: Tag.Including }) &&
                CasualtyVerbPastFunctionWords(j, j + 3) is var verb and > 0)
            {
                // "Five of them have been killed": auxiliaries right after a bare count (or its "of them") lead to its
                // casualty verb; they are no distance.
                j = verb;
                continue;
            }

            var stopword = (scan.People || scan.Others) && language.Stopwords.Contains(t.Folded);
            // "Mindestens 20 Palästinenser sind bei einem israelischen Luftangriff auf eine … Schule in Gaza-Stadt getötet worden": a
            // verb-second language puts the participle at the clause's end, past its phrases, as a verb-final one does.
            gaps += stopword && (language.Profile.Figures.VerbFinal || language.Profile.Figures.VerbSecond || (scan.People && (whole ??= WholeOfAPart(m))) || AuxiliaryOfVerb(j)) ? 0 : 1;
            j++;
            if ((gaps > PeopleWindowOf() && !(gaps <= WholeOfAPartWindow && scan.People && (whole ??= WholeOfAPart(m)))) ||
                (!scan.People && !scan.Others && !scan.Counted && gaps > BareReach() && gaps > OneOfThemReach(m)))
            {
                break;
            }
        }

        return scan;
    }

    /// <summary>
    /// The function word at <paramref name="k"/> opens a run of function words (auxiliaries: "ont été", "were", "fueron")
    /// that ends at a casualty verb: "Trois secouristes du Comité islamique de la santé ont été tués" (they are the verb's,
    /// no distance between the people and it).
    /// </summary>
    private bool AuxiliaryOfVerb(int k) => CasualtyVerbPastFunctionWords(k, k + 3) > k;

    /// <summary>
    /// The casualty verb that a run of function words from <paramref name="from"/> (to <paramref name="last"/> at most)
    /// ends at ("ont été tués", "were killed"), or -1: any other keyword, word or mark first ends the run.
    /// </summary>
    private int CasualtyVerbPastFunctionWords(int from, int last)
    {
        for (var v = from; v < sentence.Count && v <= last; v++)
        {
            if (sentence.StartingAt(v) is { } term)
            {
                return term.Tag is Tag.Killed or Tag.Injured or Tag.Casualties ? v : -1;
            }

            if (!sentence.Tokens[v].IsWord || !language.Stopwords.Contains(sentence.Tokens[v].Folded))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "bringing to more than 500 the number killed", "brought to 37 the death toll": a count after a "to" word with only
    /// function words between it and the toll at <paramref name="toll"/> is that toll's value.
    /// </summary>
    private bool InvertedToll(Mention m, int toll)
    {
        if (m.QualifierStart < 1 || !(language.ChangeTo.Contains(sentence.Tokens[m.QualifierStart - 1].Folded) ||
                                      language.TollPrepositions.Contains(sentence.Tokens[m.QualifierStart - 1].Folded)))
        {
            return false;
        }

        for (var k = m.End; k < toll; k++)
        {
            // "ascendió a 28 y el de heridos, a 95": a toll after "and" heads the next count, not this one.
            if (!sentence.Tokens[k].IsWord || !language.Stopwords.Contains(sentence.Tokens[k].Folded) || sentence.StartingAt(k) is { Tag: Tag.And })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How far a bare number reads: a few words, or in a verb-second language to the participle that closes its clause
    /// ("30 wurden laut der Luftwaffe über dem Gebiet Charkiw abgeschossen").
    /// </summary>
    /// <summary>The end of a day and its month starting at <paramref name="k"/> ("27 November", "27. November"); null when none.</summary>
    private int? DateEndAt(int k)
    {
        var next = k + 1 < sentence.Count && sentence.Tokens[k + 1].IsPunctuation && sentence.Tokens[k + 1].Folded == "." ? k + 2 : k + 1;
        return next < sentence.Count && sentence.StartingAt(next) is { Tag: Tag.Month } month && month.Value != CompiledLanguage.RelativeMonthValue
            ? month.End
            : null;
    }

    private int BareReach() => language.Profile.Figures.VerbSecond ? VerbFinalPeopleWindow : NounWindow + 1;

    /// <summary>
    /// How far a counted noun reads to its verb: in a verb-final language (Persian) the verb closes the clause after every
    /// place and time phrase, so it may stand further; so does the participle that closes a verb-second clause (German
    /// "12 Menschen wurden am Montag bei einem Angriff auf einen Markt in Khartum getötet").
    /// </summary>
    private int PeopleWindowOf() => language.Profile.Figures.VerbFinal || language.Profile.Figures.VerbSecond ? VerbFinalPeopleWindow : PeopleWindow;

    /// <summary>The token after a weak "one" (an article) at <paramref name="j"/> whose noun counts no people or weapons, or null.</summary>
    private int? ArticleOne(int j)
    {
        var one = MentionStartingAt(j);
        if (one.End == 0 || !one.Weak || one.End >= sentence.Count || one.QualifierStart != j)
        {
            return null;
        }

        return sentence.StartingAt(one.End) is { Tag: Tag.People or Tag.Counter or Tag.Drone or Tag.Missile or Tag.Others } || sentence.Tokens[one.End].IsNumber
            ? null
            : one.End;
    }

    /// <summary>
    /// The token after a weak "one" at <paramref name="j"/> before a weapon noun, right after a preposition (a function
    /// word): "… alcanzado por un misil …", "hit by a drone" name the weapon of an attack, no count; else null.
    /// </summary>
    private int? InstrumentOne(int j)
    {
        if (j < 1 || !sentence.Tokens[j - 1].IsWord || !language.Stopwords.Contains(sentence.Tokens[j - 1].Folded) || sentence.EndingAt(j) is not null)
        {
            return null;
        }

        var one = MentionStartingAt(j);
        return one.End > 0 && one.Weak && one.QualifierStart == j && one.End < sentence.Count &&
               sentence.StartingAt(one.End) is { Tag: Tag.Drone or Tag.Missile } weapon ? weapon.End : null;
    }

    /// <summary>A demonstrative (data <c>demonstratives</c>) right before the term: "این کشور", "this country".</summary>
    /// <summary>A weapon noun at <paramref name="k"/>, or right after a counting word there ("دو فروند پهپاد").</summary>
    private bool WeaponNounAfterCount(int k) =>
        sentence.StartingAt(k) switch
        {
            { Tag: Tag.Drone or Tag.Missile } => true,
            { Tag: Tag.Counter } counter => sentence.StartingAt(counter.End) is { Tag: Tag.Drone or Tag.Missile },
            _ => false,
        };

    private bool DemonstrativeBefore(TermMatch term) =>
        term.Start > 0 && sentence.Tokens[term.Start - 1].IsWord && language.Demonstratives.Contains(sentence.Tokens[term.Start - 1].Folded);

    private Scan Backward(Mention m)
    {
        var scan = new Scan { Of = -1 };
        var tokens = sentence.Tokens;
        var gaps = 0;
        var timeSkipped = false;
        var j = m.QualifierStart - 1;
        if (UpToWordBefore(m))
        {
            // "потеряли до 1300", "уничтожено до 1 200": the "up to" word belongs to the number, as a qualifier would.
            j--;
        }
        while (j >= 0 && gaps <= 3)
        {
            var t = tokens[j];
            if (t.Folded is "," or "،" && sentence.EndingAt(j) is { Tag: Tag.Including, Start: 0 })
            {
                // "Among them, 13 children.", "Parmi elles, 13 enfants": the sentence opens with the including phrase.
                scan.OpeningPart = true;
                j--;
                continue;
            }

            if (t.Folded is "," or "،" && OfPronounOpening(j))
            {
                // "Of those, around 700 were children", "De ellos, 40 eran niños": "of" and a pronoun alone before a comma
                // that opens the sentence are an including phrase too ("Of those killed, 36 were children" names its
                // victims and reads on as before).
                scan.Including = true;
                scan.OpeningPart = true;
                break;
            }

            if (t.IsClauseBreak || t.IsComma || EndsMention(j + 1))
            {
                break;
            }

            if (sentence.EndingAt(j + 1) is { } kw)
            {
                if (timeSkipped && kw.Tag is not (Tag.Killed or Tag.Injured or Tag.Casualties or Tag.People or Tag.Others or Tag.EventTime or Tag.Month or Tag.Including))
                {
                    // Past a day only a casualty verb is sought ("شب گذشته ۴۰ پهپاد": the drones' verb follows them).
                    break;
                }

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
                        // Only right before the number ("aged 25", "worth 5"): "attacks involving 790 drones" counts the drones.
                        // A span of hours or days ends there and excludes nothing: "طی پنج ساعت ۳۷ پهپاد … منهدم کرد" (within
                        // five hours 37 drones were destroyed).
                        // After a demonstrative the unit is a thing of its own, and a weapon noun right after the number is what
                        // it counts: "پدافند هوایی این کشور ۲۵ پهپاد … منهدم کرد" (this country's air defence destroyed 25
                        // drones); "влучання 27 ударних БПЛА" (hits of 27 drones) stays excluded.
                        // A counting word may stand between: "این کشور دو فروند پهپاد آمریکایی را … سرنگون کرد".
                        scan.Excluded = gaps == 0 && !SpanEndsAt(kw) && !(DemonstrativeBefore(kw) && WeaponNounAfterCount(m.End));
                        break;
                    case Tag.Remains:
                        // "debris from three drones": weapons counted by their remains.
                        scan.Excluded = gaps <= 2;
                        break;
                    case Tag.EventTime:
                        // "mataron el martes a 23 civiles", "убили во вторник 23": a day between the verb and its number is no
                        // gap (the "a" before the number still is).
                        j = kw.Start - 1;
                        timeSkipped = true;
                        continue;
                    case Tag.Month when DayBefore(kw) is { } day:
                        // "ont tué mardi 5 novembre 23 civils": nor is a date.
                        j = day - 1;
                        timeSkipped = true;
                        continue;
                    case Tag.And:
                        scan.Conjoined = true;
                        stop = false;
                        break;
                    case Tag.Respectively:
                        // "уничтожили соответственно 980 и 51", "en a abattu respectivement 71 et deux": the word opening a
                        // list is no gap between the verb and its number.
                        j = kw.Start - 1;
                        continue;
                    case Tag.All or Tag.Month or Tag.Comparison or Tag.Relative or Tag.Link:
                        stop = false;
                        break;
                    case Tag.Including:
                        scan.Including = true;
                        scan.IncludingTerm ??= kw;
                        stop = false;
                        break;
                    case Tag.Of:
                        scan.Of = kw.Start;
                        stop = false;
                        break;
                    case Tag.CountNoun when kw.Value != CompiledLanguage.RestatedValue &&
                                            ((kw.End == scan.Of && gaps == 1) || (kw.End == m.QualifierStart && gaps == 0 && scan.Of < 0)):
                        // "killed a total of 31 people": "a total of" right before the number is no gap between the verb and
                        // it, and no "of" of a whole. Nor is a bare "total" there: "menewaskan total empat orang".
                        j = kw.Start - 1;
                        if (j >= 0 && tokens[j].IsWord && sentence.EndingAt(j + 1) is null && language.Stopwords.Contains(tokens[j].Folded))
                        {
                            j--;
                        }

                        scan.Of = -1;
                        gaps = 0;
                        continue;
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
                if (kw is { Tag: Tag.People, Value: CompiledLanguage.GroupValue } && MentionEndingAt(kw.Start) is { } article)
                {
                    // "tué une famille de six", "menewaskan satu keluarga beranggotakan lima orang": the number before a
                    // group noun counts groups (most often it is an article), and the verb still governs the people.
                    j = article.QualifierStart - 1;
                }

                continue;
            }

            gaps++;
            j--;
        }

        return scan;
    }

    /// <summary>The token of the day number written before a month's name ("5 de noviembre", "5. November"), if any.</summary>
    private int? DayBefore(TermMatch month)
    {
        var tokens = sentence.Tokens;
        var before = OrdinalDot(month.Start - 1) ? month.Start - 2 : month.Start - 1;
        if (before >= 1 && tokens[before].IsWord && language.DayMonthLinks.Contains(tokens[before].Folded))
        {
            before--;
        }

        return before >= 0 && tokens[before].IsNumber && tokens[before].Number is >= 1 and <= 31 && month.Value != CompiledLanguage.RelativeMonthValue ? before : null;
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

    /// <summary>The sentence opens with an "of" term and a pronoun (a function word) right before the comma at <paramref name="comma"/>.</summary>
    private bool OfPronounOpening(int comma) =>
        comma >= 2 && sentence.StartingAt(0) is { Tag: Tag.Of } of && of.End == comma - 1 && OfPronoun(of, comma);

    /// <summary>
    /// A term that leaves a count out (data <c>notIncluded</c>) ends right before <paramref name="m"/>'s qualifier, or one
    /// function word before it ("sans compter les milliers", "not including the thousands").
    /// </summary>
    private bool NotIncludedBefore(Mention m)
    {
        var at = m.QualifierStart;
        if (at > 1 && sentence.EndingAt(at) is null && sentence.Tokens[at - 1] is { IsWord: true } t && language.Stopwords.Contains(t.Folded))
        {
            at--;
        }

        return at > 0 && sentence.EndingAt(at) is { Tag: Tag.NotIncluded };
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

    private bool IsInsideTerm(int token) => TermCovering(token) is not null;

    /// <summary>
    /// The term that starts at or covers <paramref name="token"/>, if any: "attack" in "5,800 attack drones" or "drones
    /// d'attaque" is inside a weapon's name.
    /// </summary>
    private TermMatch? TermCovering(int token)
    {
        for (var k = token; k >= 0 && k >= token - 6; k--)
        {
            if (sentence.StartingAt(k) is { } m && m.End > token)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// A breakdown set off by commas or parentheses (", including five children,", "(among them 3 children)") starts at
    /// the mark <paramref name="comma"/>: the token after its closing mark, or 0 when there is none in the sentence. So
    /// does an unnumbered part (", most of them women and children,", ", mostly civilians,", ", all of them soldiers,";
    /// data <c>partitives</c>, <c>all</c>) with no number and no verb of a figure in it.
    /// </summary>
    private int IncidentalAt(int comma)
    {
        var tokens = sentence.Tokens;
        if (comma + 1 >= tokens.Count)
        {
            return 0;
        }

        if (DeniedAsideAt(comma) is var denied and > 0)
        {
            // "Trois civils, et non deux comme annoncé, ont été tués": the earlier value set off by commas.
            return denied;
        }

        // "seven people, including three rescuers, were killed"; "seven people, three of them rescuers, were killed",
        // "tujuh orang, tiga di antaranya petugas penyelamat, tewas": a part set off by commas, its "of them" after it;
        // "thirteen people, most of them women and children, were killed": an unnumbered part.
        // "two sisters, aged 7 and 9, were killed": an aside opened by a unit (an age) describes the people counted.
        var including = sentence.StartingAt(comma + 1) is { Tag: Tag.Including or Tag.Partitive or Tag.All or Tag.Exclusion } opening ? opening
            : MentionStartingAt(comma + 1) is { End: > 0 } part && part.End < tokens.Count && sentence.StartingAt(part.End) is { Tag: Tag.Including or Tag.Of } after &&
              !StartsMention(after.End) ? after
            : (TermMatch?)null;
        if (including is null)
        {
            return 0;
        }

        var unnumbered = including.Value.Tag is Tag.Partitive or Tag.All;
        var unit = including.Value.Tag is Tag.Exclusion;
        var close = tokens[comma].Folded == "(" ? ")" : null;
        for (var k = including.Value.End; k < tokens.Count && k <= including.Value.End + 8; k++)
        {
            var t = tokens[k];
            if (t.IsClauseBreak || ((unnumbered || unit) && ((unnumbered && (t.IsNumber || StartsMention(k))) ||
                sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Launched or Tag.Downed or Tag.Act })))
            {
                return 0;
            }

            if (close is null ? t.IsComma && t.Folded is "," or "،" or "–" or "—" : t.Folded == close)
            {
                return k + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// After the comma at <paramref name="comma"/> that opens an attribute of the whole of a part (a participle or a
    /// relative clause, no count of its own but a unit's, no casualty word), the token where the casualty verb after its
    /// closing comma starts (function words may stand before it); 0 when there is none.
    /// </summary>
    private int WholeAsideEnd(int comma)
    {
        var tokens = sentence.Tokens;
        for (var k = comma + 1; k < tokens.Count && k <= comma + 1 + AsideWindow; k++)
        {
            var t = tokens[k];
            if (t.IsClauseBreak || (t.IsComma && t.Folded is not ("," or "،")))
            {
                return 0;
            }

            if (t.IsComma)
            {
                return Math.Max(0, CasualtyVerbPastFunctionWords(k + 1, k + 3));
            }

            if (MentionStartingAt(k) is { End: > 0 } inner && !sentence.ExcludesAt(inner.End))
            {
                return 0;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties or Tag.Act or Tag.Including })
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// The closing comma of an apposition that restates <paramref name="vague"/>, a vague count of people whose phrase
    /// ends at <paramref name="comma"/>: a count with a value at least as large right after the comma, at most two words
    /// of people after it, then a comma ("dozens of villagers, at least 50 people, …"); 0 when there is none.
    /// </summary>
    private int ApposedClose(Mention vague, int comma)
    {
        if (!vague.Vague || comma >= sentence.Count || !sentence.Tokens[comma].IsComma)
        {
            return 0;
        }

        foreach (var restating in mentions)
        {
            if (restating.QualifierStart != comma + 1)
            {
                continue;
            }

            if (restating.Value < vague.Value || restating.Vague)
            {
                return 0;
            }

            var close = restating.End + PeopleAfter(restating);
            return close < sentence.Count && sentence.Tokens[close].IsComma && sentence.Tokens[close].Folded is "," or "،" ? close : 0;
        }

        return 0;
    }

    /// <summary>The vague count of people whose apposition <paramref name="m"/> opens, or default.</summary>
    private Mention RestatedBefore(Mention m)
    {
        var comma = m.QualifierStart - 1;
        if (comma < 1 || !sentence.Tokens[comma].IsComma)
        {
            return default;
        }

        foreach (var vague in mentions)
        {
            if (vague.Vague && vague.End <= comma && vague.End + PeopleAfter(vague) == comma)
            {
                return vague;
            }
        }

        return default;
    }

    /// <summary>How many tokens of a people word (and its "of") follow <paramref name="m"/> (0 when none).</summary>
    private int PeopleAfter(Mention m)
    {
        var k = m.End;
        if (sentence.StartingAt(k) is { Tag: Tag.Of } of)
        {
            k = of.End;
        }

        return sentence.StartingAt(k) is { Tag: Tag.People } people ? people.End - m.End : 0;
    }

    private bool VerbOfNextNumber(TermMatch kw) =>
        StartsMention(kw.End) ||
        // "mató a 19 personas e hirió a otras 40": a function word and an "others" word may stand between the verb and its
        // number; "استشهد ثلاثة مواطنين وأصيب آخرون" (three killed, others wounded): a verb followed by "others" with no
        // number is theirs.
        OthersAfterVerb(kw.End) >= 0 ||
        // "… ۷۰ هزار و ۱۰۰ نفر و زخمی‌ها به ۱۷۰ هزار نفر رسیده است" (and the wounded to 170,000): a casualty word followed by
        // a "to" word and a number heads that number, it is no predicate of the one before.
        (kw.End + 1 < sentence.Count && language.ChangeTo.Contains(sentence.Tokens[kw.End].Folded) && StartsMention(kw.End + 1));

    /// <summary>
    /// The token after a function word and an "others" word that follow a verb ("hirió a otras 40": the 40), or the token
    /// at <paramref name="k"/> when it holds no "others" word.
    /// </summary>
    private int OthersAfterVerb(int k)
    {
        if (k < sentence.Count && sentence.Tokens[k].IsWord && language.Stopwords.Contains(sentence.Tokens[k].Folded) && sentence.StartingAt(k) is null)
        {
            k++;
        }

        return k < sentence.Count && sentence.StartingAt(k) is { Tag: Tag.Others } others && !ThingAfterOthers(others.End) ? others.End : -1;
    }

    /// <summary>
    /// "killed at another school", "wounded in another strike": an "others" word followed by a noun that counts no people is
    /// a determiner of that thing ("another school"), not the people a verb before it acts on.
    /// </summary>
    private bool ThingAfterOthers(int k)
    {
        if (k >= sentence.Count || !sentence.Tokens[k].IsWord || StartsMention(k))
        {
            return false;
        }

        return sentence.StartingAt(k) is { } term
            ? term.Tag is not (Tag.People or Tag.Counter or Tag.Others)
            : !language.Stopwords.Contains(sentence.Tokens[k].Folded);
    }

    /// <summary>"killed 5 Palestinians", "giết 3 người": a capitalised word after the number names people, not things.</summary>
    private bool ProperNounAfter(Mention m) => m.End < sentence.Count && IsCapitalisedWord(m.End);

    /// <summary>The token is a word written with a capital (a name, or any German noun).</summary>
    private bool IsCapitalisedWord(int k) => sentence.Tokens[k].IsWord && char.IsUpper(sentence.Text[sentence.Tokens[k].Start]);

    /// <summary>
    /// Casualty words at <paramref name="k"/> set off by commas ("…troops, killed or wounded, since…"): one word, or two
    /// joined, then a comma or the end of the clause.
    /// </summary>
    private bool SetOffPredicate(int k)
    {
        if (k >= sentence.Count || sentence.StartingAt(k) is not { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } first)
        {
            return false;
        }

        var end = first.End;
        if (end + 1 < sentence.Count && Joiner(end) && sentence.StartingAt(end + 1) is { Tag: Tag.Killed or Tag.Injured or Tag.Casualties } second)
        {
            end = second.End;
        }

        if (LabelOfNextCount(end))
        {
            // "Загиблих — троє, поранених — 29": a casualty word with a dash and a count after it labels that count.
            return false;
        }

        return end >= sentence.Count || sentence.Tokens[end].IsComma || sentence.Tokens[end].IsClauseBreak || ParticiplePhraseAfter(end);
    }

    /// <summary>The words from <paramref name="from"/> to <paramref name="to"/> that are no function words.</summary>
    private int ContentWordsBetween(int from, int to)
    {
        var words = 0;
        for (var k = from; k < to; k++)
        {
            words += sentence.Tokens[k].IsWord && !language.Stopwords.Contains(sentence.Tokens[k].Folded) ? 1 : 0;
        }

        return words;
    }

    /// <summary>A single word at <paramref name="token"/> that is no term, no number and no function word (an attribute: "merchant").</summary>
    private bool AttributeAt(int token) =>
        token < sentence.Count && sentence.Tokens[token].IsWord && sentence.StartingAt(token) is null && !StartsMention(token) &&
        !language.Stopwords.Contains(sentence.Tokens[token].Folded);

    /// <summary>A superlative among the <paramref name="count"/> tokens from <paramref name="token"/> ("of the largest").</summary>
    private bool SuperlativeWithin(int token, int count)
    {
        for (var k = token; k < Math.Min(sentence.Count, token + count); k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Superlative })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word right before the number is one that means "up to" after a verb (data <c>upToAfterVerb</c>).</summary>
    private bool UpToWordBefore(Mention m) =>
        m.QualifierStart > 0 && m.Qualifier == Qualifier.Exact && language.UpToAfterVerb.Contains(sentence.Tokens[m.QualifierStart - 1].Folded);

    /// <summary>The clause ends at the token: the sentence's end, a comma or a clause break.</summary>
    /// <summary>
    /// The weapon noun a participle before it describes: right after it, or after at most three plain words ("выпущенные из
    /// Йемена ракеты"; "from" may be an "of" word), with no comma, number or other term between.
    /// </summary>
    private TermMatch? AttributedWeapon(TermMatch participle)
    {
        for (var k = participle.End; k < sentence.Count && k <= participle.End + 3; k++)
        {
            if (sentence.StartingAt(k) is { } term && term.Tag != Tag.Of)
            {
                return term.Tag is Tag.Drone or Tag.Missile ? term : null;
            }

            if (!sentence.Tokens[k].IsWord || StartsMention(k))
            {
                return null;
            }
        }

        return null;
    }

    private bool ClauseEndsAt(int token) =>
        token >= sentence.Count || sentence.Tokens[token].IsComma || sentence.Tokens[token].IsClauseBreak ||
        // "… abgeschossen worden.": an auxiliary (a function word) after the participle still closes the clause.
        (sentence.Tokens[token].IsWord && sentence.StartingAt(token) is null && language.Stopwords.Contains(sentence.Tokens[token].Folded) && !StartsMention(token) &&
         (token + 1 >= sentence.Count || sentence.Tokens[token + 1].IsComma || sentence.Tokens[token + 1].IsClauseBreak));

    /// <summary>The number ending at the token, if any.</summary>
    private Mention? MentionEndingAt(int token)
    {
        foreach (var x in mentions)
        {
            if (x.End == token)
            {
                return x;
            }
        }

        return null;
    }

    /// <summary>A number smaller than <paramref name="value"/> starting at the token, if any.</summary>
    private Mention? SmallerMentionAt(int token, long value)
    {
        foreach (var x in mentions)
        {
            if (x.QualifierStart == token && x.Value < value)
            {
                return x;
            }
        }

        return null;
    }

    /// <summary>
    /// The first number among the <paramref name="count"/> tokens from <paramref name="token"/> is smaller than
    /// <paramref name="value"/>: "Five members of one family" is no "X of Y" (a part is never larger than its whole).
    /// </summary>
    private bool SmallerWithin(int token, int count, long value)
    {
        foreach (var x in mentions)
        {
            if (x.QualifierStart >= token && x.QualifierStart < token + count)
            {
                return x.Value < value;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of the next item of a breakdown after the item ending at <paramref name="from"/>: its people word, "and" and
    /// a number smaller than the whole's <paramref name="whole"/>.
    /// </summary>
    private int? NextBreakdownItem(int from, long whole)
    {
        var k = sentence.StartingAt(from) is { Tag: Tag.People or Tag.Others } noun ? noun.End : from;
        return sentence.StartingAt(k) is { Tag: Tag.And } and && MentionStartingAt(and.End) is { End: > 0 } next && next.Value < whole
            ? next.End
            : null;
    }

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

    private struct Scan
    {
        public TermMatch? Keyword;
        public TermMatch? Noun;
        public TermMatch? Action;
        public int ActionGaps;
        public int KeywordGaps;
        public bool People;

        /// <summary>The first people word counted names the displaced (data <c>uprooted</c>: "desplazados", "déplacés").</summary>
        public bool ActedPeople;

        /// <summary>Backward: a conjunction stands between the number and the word found before it ("300 muertos y 2.000").</summary>
        public bool Conjoined;
        public bool Others;
        public bool Counter;
        public int Of;
        public bool Excluded;
        public bool Hypothetical;
        public bool Including;

        /// <summary>Backward: the sentence opens with an including phrase and a comma before the number ("Of those, 700 …").</summary>
        public bool OpeningPart;
        public bool NextIsContent;
        public bool Counted;
        public TermMatch? IncludingTerm;
        public TermMatch? Loss;

        /// <summary>A verb of hitting or flying off ("hit targets", "flew into Belarus") follows in the number's reach.</summary>
        public bool Hit;
    }

    /// <summary>
    /// A casualty verb ends right where <paramref name="m"/>'s qualifier starts, and a relative (data <c>relatives</c>) stands
    /// between the number and the act <paramref name="act"/> after it.
    /// </summary>
    private bool VerbsObjectInRelative(Mention m, TermMatch act)
    {
        // "mató a 16 personas que asistieron al funeral": one function word may stand between the verb and its count.
        var verbEnd = m.QualifierStart;
        if (verbEnd >= 2 && sentence.Tokens[verbEnd - 1].IsWord && language.Stopwords.Contains(sentence.Tokens[verbEnd - 1].Folded) && sentence.StartingAt(verbEnd - 1) is null)
        {
            verbEnd--;
        }

        if (verbEnd < 1 || sentence.EndingAt(verbEnd) is not { Tag: Tag.Killed or Tag.Injured })
        {
            return false;
        }

        for (var k = m.End; k < act.Start; k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Relative })
            {
                return true;
            }
        }

        return false;
    }
}
