namespace Reports.Core.Figures;

/// <summary>
/// Scope rules of the twenty-eighth session: a day's part of a running total told after its dash, one victim dated by a
/// month, an attack by a named weapon where nouns do not mark the number, a campaign named after a toll verb's count.
/// </summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many words (the count's noun) may stand between a count and the dash before its day.</summary>
    private const int DashNounWords = 2;

    /// <summary>How many tokens before a month's count an attack word that does not mark the number may stand (Vietnamese words are syllables).</summary>
    private const int NeutralAttackWindow = 20;

    /// <summary>
    /// "…склали близько 1 030 000 осіб, з них 1 180 — за минулу добу", "из них 1 200 — за последние сутки": a time of one
    /// event (data <c>eventTime</c>, no "since" before it) right after the count's dash (its noun may stand between), that
    /// runs to the end of the clause, is the count's own day, whatever the time of the whole it is a part of.
    /// </summary>
    private bool EventTimeAfterDash(Candidate c) => EventTimeAfterDash(c.Mention, out _);

    private bool EventTimeAfterDash(Mention m, out int timeStart)
    {
        timeStart = -1;
        var k = m.End;
        for (var words = 0; words < DashNounWords && k < sentence.Count && sentence.Tokens[k].IsWord; words++)
        {
            k++;
        }

        if (k + 1 >= sentence.Count || !sentence.Tokens[k].IsPunctuation || sentence.Tokens[k].Folded is not ("—" or "–" or "-") ||
            sentence.StartingAt(k + 1) is not { Tag: Tag.EventTime } time || SinceBefore(time.Start))
        {
            return false;
        }

        timeStart = time.Start;
        return time.End >= sentence.Count || sentence.Tokens[time.End].IsPunctuation;
    }

    /// <summary>
    /// "One of her drivers was killed in October when a drone hit his van": one victim (or one weapon), counted exactly and
    /// alone in its sentence, is one occurrence; a month without a day dates it, it frames no running total. An item beside
    /// other counts ("Three local aid workers and one foreign national were killed in October") is part of the month's tally.
    /// </summary>
    private bool OneCounted(Mention m)
    {
        if (m.Value != 1 || m.Qualifier != Qualifier.Exact || m.Vague)
        {
            return false;
        }

        foreach (var f in _found)
        {
            if (f.Mention != m && !f.Mention.Weak)
            {
                // "… cuando un dron alcanzó su furgoneta": a weak "one" (an article) is no other count.
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Pada April tahun lalu, serangan rudal di pusat kota Sumy menewaskan 35 orang": where attack words do not mark the
    /// number (data <c>neutralAttacks</c>), one with a weapon noun right after it ("serangan rudal", "serangan drone"),
    /// not marked plural, at most <see cref="NeutralAttackWindow"/> tokens before a count under <see cref="ManyAttacksToll"/>
    /// in its clause, names one attack by that weapon ("Pada Oktober, serangan Rusia menewaskan 40 warga sipil" keeps the
    /// month's total, as do tolls from a hundred).
    /// </summary>
    private bool NeutralAttackOfWeapon(Mention m)
    {
        if (!language.HasNeutralAttacks || m.Value >= ManyAttacksToll)
        {
            return false;
        }

        var scratch = DayScratch();
        var from = Math.Max(0, m.QualifierStart - NeutralAttackWindow);
        for (var k = m.QualifierStart - 1; k >= from; k--)
        {
            if (sentence.Tokens[k].IsClauseBreak)
            {
                return false;
            }

            var end = NeutralAttackEnd(k, scratch);

            if (end == 0 || end >= m.QualifierStart || PluralBefore(k) || PluralBefore(k + 1))
            {
                continue;
            }

            // "serangan rudal", "cuộc tấn công tên lửa": the weapon right after the attack word (inside a longer term too);
            // "các cuộc tấn công" is many.
            scratch.Clear();
            language.Keywords.MatchAt(sentence.Tokens, end, scratch);
            if (IndexOfTag(scratch, Tag.Drone) >= 0 || IndexOfTag(scratch, Tag.Missile) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Con ellos, son ya 470 los soldados muertos en la ofensiva terrestre", "The soldiers killed in the ground offensive
    /// now stand at 467": a count right after a toll verb (data <c>tollVerbs</c>) whose own clause, from the punctuation
    /// before to the punctuation after, names a campaign (data <c>campaigns</c>) is that campaign's running total, unless the
    /// clause names one day ("Dos soldados murieron el lunes en la ofensiva terrestre" has no toll verb).
    /// </summary>
    private bool CampaignAfterTollVerb(Candidate c)
    {
        if (!TollVerbEndingAt(c.Mention.QualifierStart))
        {
            return false;
        }

        var start = c.Mention.QualifierStart;
        while (start > 0 && !sentence.Tokens[start - 1].IsPunctuation)
        {
            start--;
        }

        var campaign = false;
        for (var k = start; k < sentence.Count && (k < c.Mention.QualifierStart || !sentence.Tokens[k].IsPunctuation); k++)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.EventTime })
            {
                return false;
            }

            campaign |= sentence.StartingAt(k) is { Tag: Tag.Campaign };
        }

        return campaign;
    }

    /// <summary>
    /// "Israel's offensive has killed more than 870 people in Lebanon", "L'offensive israélienne a tué plus de 870 personnes",
    /// "Ізраїльський наступ забрав життя понад 870 людей": a war or an offensive as a whole (data <c>wars</c>) standing
    /// before the count in its segment, which names no single attack (data <c>oneAttack</c>), counts that war's dead — a
    /// running total; the caller checks that the sentence names no time. "Fighting killed 12 people in Khartoum" names no war.
    /// </summary>
    private bool TollOfAWar(Candidate c)
    {
        var (start, _) = SegmentOf(c);
        var scratch = DayScratch();
        for (var k = start; k < c.Mention.QualifierStart; k++)
        {
            scratch.Clear();
            language.Wars.MatchAt(sentence.Tokens, k, scratch);
            if (scratch.Count > 0)
            {
                return !OneAttackInSegment(c);
            }
        }

        return false;
    }

    /// <summary>Where the longest neutral attack word (data <c>neutralAttacks</c>) starting at <paramref name="k"/> ends; 0 when none starts there.</summary>
    private int NeutralAttackEnd(int k, List<TermMatch> scratch)
    {
        scratch.Clear();
        language.NeutralAttacks.MatchAt(sentence.Tokens, k, scratch);
        var end = 0;
        foreach (var attack in scratch)
        {
            end = Math.Max(end, attack.End);
        }

        return end;
    }
}
