namespace Reports.Core.Figures;

/// <summary>Thirty-first session, English helper: identifications after a copula, round-ups' follow-up pairs.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "The missile that struck the building was one of 38 missiles Russia fired", "The drone was one of 12 that reached the
    /// city": X of Y right after a copula (data <c>copulas</c>) identifies the subject among the whole; X is no part downed
    /// (the whole stays launched). A downing word earlier in the clause keeps X ("Shot down were 40 of the 52 drones").
    /// </summary>
    private bool IdentifiedAmong(Candidate c, Scan forward)
    {
        if (c.Kind is not (FigureKind.DronesDowned or FigureKind.MissilesDowned or FigureKind.DronesLaunched or FigureKind.MissilesLaunched) ||
            forward.Of != c.Mention.End || forward.Noun is not null)
        {
            return false;
        }

        var m = c.Mention;
        var tokens = sentence.Tokens;
        var copula = m.QualifierStart - 1;
        if (copula < 1 || !tokens[copula].IsWord || !language.Copulas.Contains(tokens[copula].Folded))
        {
            return false;
        }

        for (var k = copula - 1; k >= 0 && !tokens[k].IsClauseBreak; k--)
        {
            if (sentence.StartingAt(k) is { Tag: Tag.Downed })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The token after the counted noun inside a difference's phrase ("nine more deaths than", "nine more civilian deaths
    /// than"): one or two terms of people or casualties starting at <paramref name="from"/>; -1 when none stands there.
    /// </summary>
    private int NounInsideDifference(int from)
    {
        var k = from;
        for (var terms = 0; terms < 2 && k < sentence.Count && sentence.StartingAt(k) is
                 { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.People } noun; terms++)
        {
            k = noun.End;
        }

        return k > from ? k : -1;
    }

    /// <summary>
    /// "an increase of 11 and 63 respectively over September", "a rise of 340": a change's noun (data
    /// <c>differenceNouns</c>) right before the count, or before the first count of the list it closes ("and" or a comma
    /// between bare counts), makes it a difference, no figure.
    /// </summary>
    private bool DifferenceNounBefore(Mention m)
    {
        if (language.DifferenceNouns.Length == 0)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var start = m.QualifierStart;
        for (var items = 0; items < 4; items++)
        {
            foreach (var phrase in language.DifferenceNouns)
            {
                var k = 0;
                while (k < phrase.Length && start - phrase.Length + k >= 0 && tokens[start - phrase.Length + k].Folded == phrase[k])
                {
                    k++;
                }

                if (k == phrase.Length)
                {
                    return true;
                }
            }

            // The item before in a list of bare counts: "… of 11 and 63", "… of 11, 63 and 9".
            var joiner = start - 1;
            if (joiner < 1 || !(tokens[joiner].IsComma || sentence.EndingAt(start) is { Tag: Tag.And }) ||
                MentionEndingAt(sentence.EndingAt(start) is { Tag: Tag.And } and ? and.Start : joiner) is not { } before)
            {
                return false;
            }

            start = before.QualifierStart;
        }

        return false;
    }

    /// <summary>
    /// "In October the figures were 26 and 161.", "Kharkiv oblast followed with 37 and 212, then Kherson oblast with 29 and
    /// 198.", "The figure compares with 293 in 2024.": after a sentence whose last two figures are of two kinds (killed and
    /// injured, drones and missiles), a sentence that names no figure's word of its own gives pairs of bare counts joined by
    /// "and" those kinds, in order; a lone bare count right after a comparison (data <c>comparisons</c>) takes the last
    /// figure's kind. Each restates the scope of the figures before unless its own clause names a time.
    /// </summary>
    private Candidate? FollowUp(Mention m)
    {
        if (context.FollowSentence != context.SentenceIndex - 1 || context.FollowLast is not { } last || m.Weak || m.RangeLower ||
            sentence.HasAny(Tag.Killed, Tag.Injured, Tag.Casualties, Tag.Drone, Tag.Missile, Tag.Launched, Tag.Downed, Tag.Supplied,
                Tag.TollKilled, Tag.TollInjured, Tag.TollCasualties, Tag.People, Tag.Others))
        {
            return null;
        }

        FigureKind kind;
        int after;
        var head = m;
        if (context.FollowFirst is { } first && sentence.StartingAt(m.End) is { Tag: Tag.And } and &&
            MentionStartingAt(and.End) is { End: > 0 } second && second.Start == and.End && !second.Weak && !IsExcluded(second))
        {
            kind = first;
            after = second.End;
        }
        else if (context.FollowFirst is not null && sentence.EndingAt(m.QualifierStart) is { Tag: Tag.And } and2 &&
                 MentionEndingAt(and2.Start) is { } pairFirst && !pairFirst.Weak && !IsExcluded(pairFirst))
        {
            kind = last;
            after = m.End;
            head = pairFirst;
        }
        else if (sentence.EndingAt(m.QualifierStart) is { Tag: Tag.Comparison } &&
                 !(sentence.StartingAt(m.End) is { Tag: Tag.And } && StartsMention(m.End + 1)))
        {
            kind = last;
            after = m.End;
        }
        else
        {
            return null;
        }

        if (!OpensBarePair(head))
        {
            return null;
        }

        if (after < sentence.Count && sentence.Tokens[after] is { IsWord: true } word && !language.Stopwords.Contains(word.Folded) &&
            sentence.StartingAt(after) is not { Tag: Tag.Respectively or Tag.Month or Tag.Period or Tag.EventTime or Tag.Cumulative })
        {
            return null;
        }

        return IsExcluded(m) ? null : new Candidate(kind, m, m.QualifierStart, m.End, false, false) { Restates = context.FollowScope };
    }

    /// <summary>Keeps the kinds of this sentence's last two figures, in text order, and their scope, for <see cref="FollowUp"/>.</summary>
    private void KeepFollowKinds(List<Candidate> result)
    {
        if (result.Count == 0)
        {
            return;
        }

        Candidate? lastFigure = null;
        Candidate? before = null;
        foreach (var c in result)
        {
            if (lastFigure is null || c.Mention.Start > lastFigure.Mention.Start)
            {
                before = lastFigure;
                lastFigure = c;
            }
            else if (before is null || c.Mention.Start > before.Mention.Start)
            {
                before = c;
            }
        }

        context.FollowSentence = context.SentenceIndex;
        context.FollowLast = lastFigure!.Kind;
        context.FollowFirst = before is { } b && b.Kind != lastFigure.Kind && IsCasualty(b.Kind) == IsCasualty(lastFigure.Kind) ? b.Kind : null;
        context.FollowScope = lastFigure.Scope;
    }

    /// <summary>
    /// What stands before the first count of a follow-up (<see cref="FollowUp"/>): the sentence's start, a comma, a function
    /// word ("were", "with") or a comparison; "Buildings 5 and 7" name what they count.
    /// </summary>
    private bool OpensBarePair(Mention first)
    {
        var before = first.QualifierStart - 1;
        if (before < 0)
        {
            return true;
        }

        var t = sentence.Tokens[before];
        return t.IsComma || t.IsClauseBreak || sentence.EndingAt(first.QualifierStart) is { Tag: Tag.Comparison } ||
               (t.IsWord && language.Stopwords.Contains(t.Folded) && sentence.EndingAt(first.QualifierStart) is null);
    }

    /// <summary>
    /// "The USS Carney, which carries 96 vertical launch cells": a launching or downing word after the number, with a plain
    /// content word right before it and one right after it (no term, number or function word) modifies that noun; it is no
    /// verb of the number ("12 were launched towards Kyiv", "13 were lost locally" keep it).
    /// </summary>
    private bool ActionModifiesNoun(TermMatch action, Mention m)
    {
        if (action.Start <= m.End || action.End >= sentence.Count || !PlainWordAt(action.Start - 1))
        {
            return false;
        }

        var t = sentence.Tokens[action.End];
        return t.IsWord && PlainWordAt(action.End) && !IsCapitalisedWord(action.End);
    }

    /// <summary>A content word that no term, number or function word covers.</summary>
    private bool PlainWordAt(int k) =>
        sentence.Tokens[k].IsWord && !language.Stopwords.Contains(sentence.Tokens[k].Folded) && sentence.StartingAt(k) is null &&
        sentence.EndingAt(k + 1) is null && !StartsMention(k);

    /// <summary>Plain words (adjectives) an article may stand before its weapon noun ("a Russian cruise missile").</summary>
    private const int ArticleAdjectives = 2;

    /// <summary>
    /// An indefinite article (data <c>singularArticles</c>) before the weapon noun starting at <paramref name="weapon"/>, at
    /// most <see cref="ArticleAdjectives"/> plain words between: "a Russian missile", "an Iranian drone".
    /// </summary>
    private bool ArticleBeforeWeapon(int weapon)
    {
        if (language.SingularArticles.Count == 0)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        for (var k = weapon - 1; k >= 0 && k >= weapon - 1 - ArticleAdjectives; k--)
        {
            if (!tokens[k].IsWord || StartsMention(k))
            {
                return false;
            }

            if (language.SingularArticles.Contains(tokens[k].Folded))
            {
                return true;
            }

            if (sentence.StartingAt(k) is not null || language.Stopwords.Contains(tokens[k].Folded))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb of hitting, killing or wounding right after the weapon noun ending at <paramref name="from"/> (a relative
    /// pronoun may stand between) and before <paramref name="to"/>: the weapon is the subject of one strike ("a missile that
    /// killed 59", "a drone hit the bus"); "a drone campaign killed 45" names no one weapon.
    /// </summary>
    private bool StrikesRightAfter(int from, int to)
    {
        var k = from;
        if (k < to && sentence.StartingAt(k) is { Tag: Tag.Relative } relative)
        {
            k = relative.End;
        }
        else if (k < to && sentence.Tokens[k].IsWord && sentence.StartingAt(k) is null && language.Stopwords.Contains(sentence.Tokens[k].Folded))
        {
            // "a missile that killed 59": "that" is a function word, no relative of the data (it is a demonstrative too).
            k++;
        }

        return k < to && sentence.StartingAt(k) is { Tag: Tag.Hit or Tag.Killed or Tag.Injured };
    }
}
