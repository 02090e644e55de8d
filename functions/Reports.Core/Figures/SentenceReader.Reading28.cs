namespace Reports.Core.Figures;

/// <summary>Classes found on the twenty-eighth session's reading probes (ru, uk, es, fr, de, ar).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "خلال الساعات الـ24 الماضية", "الساعات 24 الماضية": the number token at <paramref name="k"/> follows its unit (hours or
    /// days), at most two function words (the article "الـ" split from the digits) between; the unit's token, else null.
    /// </summary>
    private int? UnitBeforeNumber(int k)
    {
        var j = k - 1;
        while (j >= 0 && j >= k - 2 && sentence.Tokens[j].IsWord && sentence.StartingAt(j) is null && language.Stopwords.Contains(sentence.Tokens[j].Folded))
        {
            j--;
        }

        return j >= 0 && sentence.Tokens[j].IsWord && TimeUnitAt(j) ? j : null;
    }

    /// <summary>
    /// The word at <paramref name="k"/> modifies the time right before it, where modifiers follow their noun ("الساعات الـ24
    /// الماضية", "اليوم الأخير"): a number of hours or days, or a time term, ends right before it.
    /// </summary>
    private bool ModifierOfTimeBefore(int k) =>
        k > 0 && ((sentence.Tokens[k - 1].IsNumber && UnitBeforeNumber(k - 1) is not null) || TimeUnitAt(k - 1) ||
                  sentence.EndingAt(k) is { Tag: Tag.EventTime or Tag.Period or Tag.Month });

    /// <summary>
    /// "في طولكرم: شهيد و3 إصابات", "شهيد و4 إصابات في اقتحام نابلس": a singular noun of one victim (data <c>singleVictims</c>)
    /// that opens its clause (after its start, a colon or a comma) right before "and" and a casualty count is one victim,
    /// a tally set against the count.
    /// </summary>
    private void SingleVictimNoun()
    {
        if (language.SingleVictims.Count == 0)
        {
            return;
        }

        for (var i = 0; i < _found.Count; i++)
        {
            var c = _found[i];
            var q = c.Mention.QualifierStart;
            if (!IsCasualty(c.Kind) || q < 2 || sentence.StartingAt(q - 1) is not { Tag: Tag.And } || !sentence.Tokens[q - 2].IsWord ||
                !language.SingleVictims.Contains(sentence.Tokens[q - 2].Folded) ||
                sentence.StartingAt(q - 2) is not { Tag: Tag.Killed or Tag.Injured } noun || noun.End != q - 1 || EndsMention(q - 2) ||
                (q > 2 && !(sentence.Tokens[q - 3].IsPunctuation && (sentence.Tokens[q - 3].IsComma || sentence.Tokens[q - 3].Folded == ":" || sentence.Tokens[q - 3].IsClauseBreak))))
            {
                continue;
            }

            var one = new Mention(q - 2, q - 1, 1, Qualifier.Exact, q - 2, Weak: false, Spelled: true);
            _found.Insert(i, new Candidate(VictimsKind(noun), one, q - 2, q - 1, false, false));
            return;
        }
    }

    /// <summary>
    /// "dejó 25 muertos (la cifra provisional era de 11) y 18 heridos", "25 morts (le bilan provisoire était de 11)": a count
    /// noun that opens a parenthesis right after a figure, its number inside, gives that figure's earlier value, not a
    /// running total.
    /// </summary>
    private bool ParenthesisOpensAfter(Candidate previous, int head)
    {
        var j = head - 1;
        while (j >= 0 && j >= head - 3 && sentence.Tokens[j].IsWord && language.Stopwords.Contains(sentence.Tokens[j].Folded))
        {
            j--;
        }

        var end = Math.Max(previous.PhraseEnd, previous.Mention.End);
        return j >= end && j <= end + 1 && sentence.Tokens[j].Folded == "(";
    }

    /// <summary>
    /// "Die Luftabwehr schoss sie alle ab", "сили ППО збили їх усі", "сбили их все": "all" beside a pronoun (data
    /// <c>allPronouns</c>) with a downing verb in its clause downs all the weapons launched before: as many as the launched
    /// counts of this sentence, else of the weapons of the sentences just before. True when it read the "all".
    /// </summary>
    private bool AllOfThem(TermMatch all)
    {
        if (language.AllPronouns.Count == 0 ||
            !((all.Start > 0 && sentence.Tokens[all.Start - 1].IsWord && language.AllPronouns.Contains(sentence.Tokens[all.Start - 1].Folded)) ||
              (all.End < sentence.Count && sentence.Tokens[all.End].IsWord && language.AllPronouns.Contains(sentence.Tokens[all.End].Folded))) ||
            StartsMention(all.End) || EndsMention(all.Start) || sentence.StartingAt(NounAfterAll(all.End)) is { Tag: Tag.Drone or Tag.Missile } ||
            ClauseAction(all.Start, all.End) is not { Tag: Tag.Downed })
        {
            return false;
        }

        var drones = LastLaunched(FigureKind.DronesLaunched, all.Start);
        var missiles = LastLaunched(FigureKind.MissilesLaunched, all.Start);
        if (drones is null && missiles is null && context.SentenceIndex - context.WeaponFigureSentence <= 2)
        {
            drones = context.LastWeaponKind is FigureKind.DronesLaunched or FigureKind.DronesDowned ? context.LastDronesLaunched : null;
            missiles = context.LastWeaponKind is FigureKind.MissilesLaunched or FigureKind.MissilesDowned ? context.LastMissilesLaunched : null;
        }

        if (drones is { } d)
        {
            _found.Add(new Candidate(FigureKind.DronesDowned, new Mention(all.Start, all.End, d, Qualifier.Exact, all.Start, Weak: false, Spelled: true), all.Start, all.End, false, false));
        }

        if (missiles is { } n)
        {
            _found.Add(new Candidate(FigureKind.MissilesDowned, new Mention(all.Start, all.End, n, Qualifier.Exact, all.Start, Weak: false, Spelled: true), all.Start, all.End, false, false));
        }

        return drones is not null || missiles is not null;
    }

    /// <summary>
    /// "die Luftabwehr fing acht ab": the particle of a separable verb (data <c>verbParticles</c>) right after a bare count,
    /// closing its clause, is no content word of the count's own.
    /// </summary>
    private bool ClosingParticle(int k) =>
        language.VerbParticles.Count > 0 && k < sentence.Count && sentence.Tokens[k].IsWord && language.VerbParticles.Contains(sentence.Tokens[k].Folded) &&
        (k + 1 >= sentence.Count || sentence.Tokens[k + 1].IsPunctuation);

    /// <summary>
    /// "на направлении группировки «Север» — до 420, «Запад» — до 380": a dash right before an "up to" word that is also a
    /// "to" (data <c>upToAfterVerb</c>) gives a list item's value, "up to" it; unless a change before it in the sentence
    /// ("Кількість загиблих зросла до 14, поранених — до 61", "возросло до 14": data <c>changeVerbs</c>, a toll verb ending
    /// in the same word) makes the dash's item that change's gapped new value.
    /// </summary>
    private bool DashBeforeUpTo(Mention m)
    {
        var q = m.QualifierStart;
        if (q < 2 || sentence.Tokens[q - 2] is not { IsPunctuation: true, Folded: "—" or "–" })
        {
            return false;
        }

        var to = sentence.Tokens[q - 1].Folded;
        for (var k = 0; k < q - 2; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsWord && (language.ChangeVerbs.Contains(t.Folded) || (t.Folded == to && TollVerbEndingAt(k + 1))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many tokens an attribution aside may hold ("según informó la fiscalía regional").</summary>
    private const int AttributionAsideReach = 8;

    /// <summary>
    /// The comma that opens an attribution aside (data <c>attributions</c>: "según", "по данным", "selon") closed by the comma
    /// at <paramref name="close"/>, a few tokens before it with no clause break between; null when none.
    /// </summary>
    private int? AttributionAsideBefore(int close)
    {
        if (language.Attributions.Length == 0)
        {
            return null;
        }

        for (var j = close - 1; j > 0 && j >= close - AttributionAsideReach; j--)
        {
            var t = sentence.Tokens[j];
            if (t.IsComma && !t.IsClauseBreak)
            {
                return j + 1 < close && AttributionAt(j + 1, close) ? j : null;
            }

            if (t.IsClauseBreak)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The token after the comma that closes an attribution opening the sentence (data <c>attributions</c>: "По словам мэра
    /// Сергея Собянина, …", "Según el gobernador, …") within <see cref="AttributionAsideReach"/> tokens, no clause break
    /// before it; 0 when the sentence opens otherwise.
    /// </summary>
    private int OpeningAttributionEnd()
    {
        if (language.Attributions.Length == 0 || sentence.Count == 0 || !AttributionAt(0, Math.Min(sentence.Count, AttributionAsideReach)))
        {
            return 0;
        }

        for (var j = 1; j < sentence.Count && j <= AttributionAsideReach; j++)
        {
            var t = sentence.Tokens[j];
            if (t.IsComma && !t.IsClauseBreak)
            {
                return j + 1;
            }

            if (t.IsClauseBreak || StartsMention(j))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>A phrase of <c>attributions</c> starts at <paramref name="k"/> and ends before <paramref name="end"/>.</summary>
    private bool AttributionAt(int k, int end)
    {
        foreach (var phrase in language.Attributions)
        {
            if (k + phrase.Length <= end && WordsAt(k, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A count of weapons ends at <paramref name="end"/> in a verb-first language: its weapon noun right after it ("ثلاث
    /// مسيرات"), or a dual that is its own weapon noun ("صاروخان"); the token where the count starts, else null.
    /// </summary>
    private int? WeaponsSubjectEndingAt(int end) =>
        language.Profile.Figures.VerbFirst && MentionEndingAt(end) is { } w &&
        (WeaponNounAt(end) ||
         (sentence.StartingAt(w.Start) is { Tag: Tag.Drone or Tag.Missile } own && own.End == end))
            ? w.QualifierStart
            : null;

    /// <summary>
    /// A weapon noun right after the count, with no people or casualty noun after it ("three drone operators", "24 drone
    /// deaths" count victims).
    /// </summary>
    private bool WeaponNounRightAfter(Mention m) => WeaponNounAt(m.End);

    /// <summary>A weapon noun starts at <paramref name="k"/>, with no people or casualty noun after it.</summary>
    private bool WeaponNounAt(int k) =>
        k < sentence.Count && sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile } noun && !VictimsAt(noun.End);

    /// <summary>A people or casualty noun starts at <paramref name="k"/>.</summary>
    private bool VictimsAt(int k) => k < sentence.Count && sentence.StartingAt(k) is { Tag: Tag.People or Tag.Killed or Tag.Injured or Tag.Casualties };

    /// <summary>
    /// "من أصل 60 مسيرة أطلقتها روسيا، أسقطت الدفاعات الجوية 45": in a verb-first language the downing verb's subject (two
    /// words at most) stands between it and the bare count it downs.
    /// </summary>
    private bool VerbFirstDowning(TermMatch verb, int gaps) =>
        language.Profile.Figures.VerbFirst && verb.Tag == Tag.Downed && gaps <= 3;
}
