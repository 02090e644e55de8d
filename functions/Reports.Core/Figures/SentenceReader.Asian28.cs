namespace Reports.Core.Figures;

/// <summary>Twenty-eighth session, asian helper: what a count of people or of attacks is, read on the way to its verb.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How far after an act describing the people counted their casualty verb may stand.</summary>
    private const int ActToVerbReach = 4;

    /// <summary>
    /// "هزاران نفر در مراسم تشییع شهدا شرکت کردند" (thousands took part in the martyrs' funeral), "… شهدا در نبطیه شرکت
    /// کردند": a casualty word before an act (data <c>acts</c>) that closes the clause, within <see cref="ActToVerbReach"/>
    /// words (a place or an attack word between, no comma, number, people or other casualty word), is that act's object;
    /// the people counted did the act.
    /// </summary>
    private bool ActClosesAfter(TermMatch victims)
    {
        var to = Math.Min(sentence.Count, victims.End + ActToVerbReach);
        for (var k = victims.End; k < to; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsComma || t.IsClauseBreak || t.IsNumber || StartsMention(k))
            {
                return false;
            }

            if (sentence.StartingAt(k) is not { } term)
            {
                continue;
            }

            if (term.Tag == Tag.Act)
            {
                return ClauseEndsAt(term.End);
            }

            if (term.Tag is Tag.Killed or Tag.Injured or Tag.Casualties or Tag.People or Tag.Others or Tag.And or Tag.Relative)
            {
                return false;
            }

            k = term.End - 1;
        }

        return false;
    }

    /// <summary>
    /// "khiến 16 người đang dự lễ tang thiệt mạng" (left 16 people attending the funeral dead), "۱۶ نفر که در مراسم تشییع
    /// شرکت کرده بودند کشته شدند": an act after the people counted, followed within <see cref="ActToVerbReach"/> words by
    /// a casualty verb that closes the clause, with only function words between (auxiliaries: no noun, comma, number or
    /// people), describes them; the verb is theirs. "Hàng nghìn người dự lễ tang các nạn nhân thiệt mạng" and "آلاف
    /// الأشخاص شاركوا في تشييع الشهداء" name the act's object before the casualty word.
    /// </summary>
    private bool ActBeforeCasualtyVerb(TermMatch act)
    {
        var to = Math.Min(sentence.Count, act.End + ActToVerbReach);
        for (var k = act.End; k < to; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsComma || t.IsClauseBreak || t.IsNumber || StartsMention(k))
            {
                return false;
            }

            if (sentence.StartingAt(k) is not { } term)
            {
                if (!t.IsWord || !language.Stopwords.Contains(t.Folded))
                {
                    // "شاركوا في تشييع الشهداء": a noun after the act is its object; the casualty word after it is that noun's.
                    return false;
                }

                continue;
            }

            if (term.Tag is Tag.Killed or Tag.Injured)
            {
                return ClauseEndsAt(term.End);
            }

            if (term.Tag is Tag.People or Tag.Others or Tag.And or Tag.Relative or Tag.Act)
            {
                return false;
            }

            k = term.End - 1;
        }

        return false;
    }

    /// <summary>
    /// "Pada Oktober tercatat 30 serangan drone di Kherson", "۳۰ حمله پهپادی": in a head-first language (data
    /// <c>headFirst</c>) an attack word right after the number, before a weapon noun, is the noun counted (attacks, no
    /// figure); "142 attack drones" in English keeps the weapon counted.
    /// </summary>
    private bool AttackNounCounted(Mention m, TermMatch attack, int head, int gaps, Scan scan) =>
        language.Profile.Figures.HeadFirst && attack.Start == m.End && head == m.End && gaps == 0 && !scan.People && !scan.Others &&
        attack.End < sentence.Count && sentence.StartingAt(attack.End) is { Tag: Tag.Drone or Tag.Missile };
}
