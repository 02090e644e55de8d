namespace Reports.Core.Figures;

/// <summary>Thirty-first session, asian helper: vi, fa, id (see docs/figures.md "Thirty-first session").</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// How many tokens (function words aside) a one-attack head may stand before the date it is given (its target and place
    /// between).
    /// </summary>
    private const int HeadBeforeItsTime = 14;

    /// <summary>
    /// "Vụ tấn công tên lửa vào một khu chung cư hồi tháng 11 năm ngoái đã làm 37 người thiệt mạng", "حمله موشکی روسیه به یک
    /// ساختمان مسکونی در این شهر در نوامبر سال گذشته ۳۸ کشته برجای گذاشت", "Serangan pada Juni tahun lalu itu menewaskan 13
    /// orang": a period without a day that stands between one attack's head (its subject, with the weapon, target and place
    /// after it) and the count, in one clause (its parts and other counts after commas too), is that attack's date, however
    /// long the head's phrase. The head is a singular one-attack word (data <c>oneAttack</c>) or a neutral attack word with
    /// its weapon (<see cref="NeutralAttackOfWeaponAt"/>) at most <see cref="HeadBeforeItsTime"/> tokens (function words
    /// aside) before the date, no comma, clause break or other count between; or a neutral attack word (data
    /// <c>neutralAttacks</c>, id, vi) right before the date (a function word between) whose phrase a demonstrative closes
    /// right after it ("serangan … itu", "cuộc tấn công … đó").
    /// </summary>
    private bool OneAttackBeforeItsTime(TermMatch period, Mention m)
    {
        var tokens = sentence.Tokens;
        if (period.End > m.QualifierStart)
        {
            return false;
        }

        for (var k = period.End; k < m.QualifierStart; k++)
        {
            // "… đã làm 37 người thiệt mạng, trong đó có 8 trẻ em", "… menewaskan 13 orang, termasuk tiga anak, dan melukai
            // lebih dari 60 orang lainnya": the attack's parts and its other counts after commas share its date; a new clause
            // ("while", "which") or another attack or time does not.
            if (tokens[k].IsClauseBreak || sentence.StartingAt(k) is { Tag: Tag.ClauseOpener or Tag.Relative or Tag.Month or Tag.EventTime or Tag.Period or Tag.Cumulative } ||
                OneAttackAt(k, DayScratch()))
            {
                return false;
            }
        }

        var start = LinkedDateStart(period);
        while (start > 0 && sentence.EndingAt(start) is { Tag: Tag.Month } before && before.Start < start)
        {
            // "نوامبر سال گذشته", "June last year": the month named before the relative year is the same date.
            start = LinkedDateStart(before);
        }

        if (start > 0 && tokens[start - 1].IsNumber && start > 1 && tokens[start - 2].IsWord && language.MonthMarkers.Contains(tokens[start - 2].Folded))
        {
            // "tháng 11 năm ngoái": a month written as its marker and number.
            start -= 2;
        }

        var scratch = DayScratch();
        if (language.HasNeutralAttacks && period.End < sentence.Count && tokens[period.End].IsWord && language.BackDemonstratives.Contains(tokens[period.End].Folded))
        {
            var head = start - 1;
            if (head > 0 && tokens[head].IsWord && language.Stopwords.Contains(tokens[head].Folded) && sentence.StartingAt(head) is null)
            {
                head--;
            }

            for (var k = Math.Max(0, head - 2); k <= head; k++)
            {
                scratch.Clear();
                language.NeutralAttacks.MatchAt(tokens, k, scratch);
                foreach (var attack in scratch)
                {
                    if (attack.End == head + 1 && !PluralBefore(k) && !PluralBefore(k + 1))
                    {
                        return true;
                    }
                }
            }
        }

        var words = 0;
        for (var k = start - 1; k >= 0 && words < HeadBeforeItsTime; k--)
        {
            if (tokens[k].IsClauseBreak || tokens[k].IsComma || (StartsMention(k) && !language.WeakOnes.Contains(tokens[k].Folded)))
            {
                // "این حمله ۶ کشته برجای گذاشت و شمار کشته‌های این استان در ماه اکتبر را به ۵۲ نفر رساند": a count between
                // names the attack's own toll; the period is the other count's. A weak "one" ("vào một khu chung cư") is an article.
                return false;
            }

            // Function words ("vào", "của", "به", "di") are no distance: the head's phrase names a target and a place.
            words += tokens[k].IsWord && language.Stopwords.Contains(tokens[k].Folded) ? 0 : 1;

            if (OneAttackAt(k, scratch) || NeutralAttackOfWeaponAt(k, scratch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A neutral attack word (data <c>neutralAttacks</c>) at <paramref name="k"/>, not marked plural, with a weapon noun right
    /// after it or after one function word ("cuộc tấn công bằng tên lửa", "serangan dengan rudal"): one attack by that weapon.
    /// </summary>
    private bool NeutralAttackOfWeaponAt(int k, List<TermMatch> scratch)
    {
        if (!language.HasNeutralAttacks)
        {
            return false;
        }

        var end = NeutralAttackEnd(k, scratch);

        if (end == 0 || PluralBefore(k) || PluralBefore(k + 1))
        {
            return false;
        }

        if (end < sentence.Count && sentence.Tokens[end].IsWord && language.Stopwords.Contains(sentence.Tokens[end].Folded) && sentence.StartingAt(end) is null)
        {
            end++;
        }

        return end < sentence.Count && sentence.StartingAt(end) is { Tag: Tag.Drone or Tag.Missile };
    }

    /// <summary>
    /// "روسیه ۴۲۶ پهپاد و ۲۴ موشک پرتاب کرد و پدافند اوکراین ۳۹۸ پهپاد و ۱۵ موشک را سرنگون کرد", "20 drones were launched
    /// and 15 missiles shot down": a launching or downing verb between the first weapons figure and this count closes the
    /// first item's clause; this count, with a verb of its own after it, is no item of that list.
    /// </summary>
    private bool VerbClosesFirstItem(Candidate first, Mention m)
    {
        for (var k = first.Mention.End; k < m.QualifierStart; k++)
        {
            // Verb-final, the verb right after the first item's noun is its predicate, no participle describing it.
            if (sentence.StartingAt(k) is { Tag: Tag.Launched or Tag.Downed } verb && verb.Value != CompiledLanguage.AttackValue &&
                (language.Profile.Figures.VerbFinal || !WeaponParticiple(verb)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "دو نفر زخمی شدند که یکی از آنها بعدا در بیمارستان جان باخت": in a verb-final language a count of "of them" (one of
    /// the people counted before) reads to the verb that closes its clause past its time and place phrases, as a people
    /// noun does (<see cref="VerbFinalPeopleWindow"/>); other bare counts keep the bare reach.
    /// </summary>
    private int OneOfThemReach(Mention m) =>
        language.Profile.Figures.VerbFinal && ((m.End - m.Start > 1 && OfThemAt(m.Start + 1)) || (m.End < sentence.Count && OfThemAt(m.End)))
            ? VerbFinalPeopleWindow
            : 0;
}
