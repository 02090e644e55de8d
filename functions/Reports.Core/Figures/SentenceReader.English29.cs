namespace Reports.Core.Figures;

/// <summary>Twenty-ninth session, English helper: a subject of no figure's kind before a downing verb, attacks at a rate.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Plain words an attack verb may take before its rate ("shelled Nikopol daily", "shelled almost daily").</summary>
    private const int AttackRateReach = 2;

    /// <summary>
    /// "Patriot batteries shot down 12", "air defence systems intercepted 12 of them": a thing no figure counts (data
    /// <c>exclusions</c>) right before the verb is the verb's subject when the number is its object, right after it ("all"
    /// may stand between); the number counts the weapons named before ("the number of systems it has sent to three" still
    /// counts systems).
    /// </summary>
    private bool ObjectRightAfter(TermMatch verb, Mention m) =>
        verb.End == m.QualifierStart || (verb.End < m.QualifierStart && sentence.StartingAt(verb.End) is { Tag: Tag.All } all && all.End == m.QualifierStart);

    /// <summary>
    /// "Nikopol district, shelled daily, accounted for 12 of the deaths", "a town attacked almost every night": an attack
    /// word with a rate right after it (data <c>rateAfter</c>; at most two plain words between) names a habit, no one attack.
    /// </summary>
    private bool AttackAtRate(TermMatch attack)
    {
        if (!language.HasRates)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var scratch = DayScratch();
        for (var k = attack.End; k < sentence.Count && k <= attack.End + AttackRateReach; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            scratch.Clear();
            language.RatesAfter.MatchAt(tokens, k, scratch);
            if (Longest(scratch) is { } rate)
            {
                return rate.Tag == Tag.Rate;
            }

            if (sentence.StartingAt(k) is not null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words a figure's place or time phrase may take between the figure and its parenthesis of parts.</summary>
    private const int PlacePhraseReach = 5;

    /// <summary>
    /// "186 civilian casualties in Zaporizhzhia region (32 killed, 154 injured), compared with 141 in September": the
    /// figure's place or time phrase (words only, at most five; no number, comma or figure word) may stand between it and
    /// the parenthesis of its parts, so that a value compared after the parenthesis is the whole's.
    /// </summary>
    private bool PlacePhraseBeforeParenthesis(int from, int open)
    {
        if (open - from > PlacePhraseReach)
        {
            return false;
        }

        for (var k = from; k < open; k++)
        {
            if (!sentence.Tokens[k].IsWord || sentence.StartingAt(k) is
                { Tag: Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Launched or Tag.Downed or Tag.Drone or Tag.Missile or Tag.People or Tag.Including or Tag.Of })
            {
                return false;
            }
        }

        return true;
    }
}
