namespace Reports.Core.Figures;

/// <summary>
/// Counts stated as a rate or an average ("150 drones a day", "в среднем 130 в сутки"): no figure. The lower end of an
/// opened range ("от 25 до 30 человек погибли"): what its upper end counts.
/// </summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "От 25 до 30 человек погибли", "بین ۲۵ تا ۳۰ نفر کشته شدند", "Antara 25 hingga 30 orang tewas": the lower end of a
    /// range an opener started (<see cref="Mention.RangeLower"/>) with no figure of its own counts what the upper end
    /// right after it counts, in the same phrase.
    /// </summary>
    private void RangeLowerEnds()
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var lower = mentions[i];
            if (!lower.RangeLower || FoundFor(lower) is not null || FoundFor(mentions[i + 1]) is not { } upper)
            {
                continue;
            }

            _extra.Add(upper with { Mention = lower, Parent = null });
        }
    }

    /// <summary>The candidate found (<see cref="FoundIndexOf"/>) or added for <paramref name="mention"/>, else null.</summary>
    private Candidate? FoundFor(Mention mention)
    {
        if (FoundIndexOf(mention) is var at and >= 0)
        {
            return _found[at];
        }

        foreach (var c in _extra)
        {
            if (c.Mention == mention)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>How many tokens may stand between a count's phrase and its rate, or between a rate word and the count.</summary>
    private const int RateReach = 3;

    /// <summary>How many tokens of a weapon's type name after its noun are passed over on the way to a rate.</summary>
    private const int WeaponNameReach = 5;

    /// <summary>A word for "type" or a drone or missile name at <paramref name="k"/>.</summary>
    private bool NamePartAt(int k) =>
        k < sentence.Count && sentence.Tokens[k].IsWord &&
        (language.WeaponTypes.Contains(sentence.Tokens[k].Folded) || sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile });

    /// <summary>
    /// The token at <paramref name="k"/> belongs to a weapon's type name after its noun: a quotation mark, a word for
    /// "type" (data <c>weaponTypes</c>) or a function word before one, a drone or missile name, or the word a type word or
    /// an opening quotation mark names ("vom Typ Geran-2", "«Герань»", "type Shahed").
    /// </summary>
    private bool InWeaponName(int k)
    {
        var t = sentence.Tokens[k];
        if (t.IsPunctuation)
        {
            return t.Folded is "«" or "»" or "\"" or "“" or "”" or "„";
        }

        if (!t.IsWord)
        {
            return false;
        }

        return language.WeaponTypes.Contains(t.Folded) ||
            (language.Stopwords.Contains(t.Folded) && (NamePartAt(k + 1) || (k + 1 < sentence.Count && sentence.Tokens[k + 1].IsWord && language.Stopwords.Contains(sentence.Tokens[k + 1].Folded) && NamePartAt(k + 2)))) ||
            sentence.StartingAt(k) is { Tag: Tag.Drone or Tag.Missile } ||
            TypeWordBefore(k) ||
            (k > 0 && sentence.Tokens[k - 1] is { IsPunctuation: true, Folded: "«" or "\"" or "“" or "„" });
    }

    /// <summary>
    /// "Russia launches about 150 drones a day", "30 people were killed every day", "ежедневно запускает около 150 дронов",
    /// "تطلق 150 مسيرة يوميا", "Rata-rata 25 orang tewas", "un promedio de 30 personas": a count that a rate phrase follows
    /// (data <c>rateAfter</c>, inside its phrase or within <see cref="RateReach"/> tokens after it) or that a rate or average word precedes
    /// (<c>rateBefore</c>, before the count or the verb before it) is a rate, no count of an event or a period. A time
    /// phrase that begins as a rate does ("killed 12 people a day after the talks"; <c>notRate</c>) is none; a comma or a
    /// clause break ends the look.
    /// </summary>
    private bool AtARate(Candidate c)
    {
        if (!language.HasRates)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var scratch = DayScratch();
        var end = Math.Max(c.PhraseEnd, c.Mention.End);
        var reach = Math.Min(sentence.Count, end + RateReach);
        var named = 0;
        for (var k = c.Mention.End; k < reach; k++)
        {
            if (tokens[k].IsClauseBreak || tokens[k].IsComma || StartsMention(k))
            {
                break;
            }

            if (k >= end && named < WeaponNameReach && InWeaponName(k))
            {
                // "2.500 Drohnen vom Typ Geran-2 pro Monat", "3 тысяч беспилотников «Герань» в месяц": the weapons' type
                // name is more of the count's phrase, no distance to its rate.
                named++;
                reach = Math.Min(sentence.Count, reach + 1);
                continue;
            }

            scratch.Clear();
            language.RatesAfter.MatchAt(tokens, k, scratch);
            if (Longest(scratch) is { } after)
            {
                // "۳۰ نفر در روز ۱۶ آذر کشته شدند" (on the day of 16 Azar): a rate phrase that a day's number, a named month
                // or a weekday follows names that day, no rate ("40 a day last year" stays a rate).
                return after.Tag == Tag.Rate && !(after.End < sentence.Count &&
                                                  (tokens[after.End].IsNumber || sentence.StartingAt(after.End) is { Tag: Tag.Weekday } or
                                                       { Tag: Tag.Month, Value: not CompiledLanguage.RelativeMonthValue }));
            }
        }

        var start = c.Mention.QualifierStart;
        var limit = start - 1 - RateReach;
        for (var k = start - 1; k >= 0 && k >= limit; k--)
        {
            if (tokens[k].IsComma && AverageOpensClauseAt(k))
            {
                // "En promedio, cada noche Rusia lanza unos 100 drones", "Rata-rata, setiap malam …": an average word
                // opening the clause, set off by a comma, frames the count after it.
                return true;
            }

            if (tokens[k].IsClauseBreak || tokens[k].IsComma || tokens[k].IsNumber)
            {
                break;
            }

            scratch.Clear();
            language.RatesBefore.MatchAt(tokens, k, scratch);
            if (Longest(scratch) is { } before && before.End <= start)
            {
                return before.Tag == Tag.Rate;
            }

            if (tokens[k].IsWord && language.Stopwords.Contains(tokens[k].Folded) && sentence.StartingAt(k) is null)
            {
                // "En moyenne, chaque nuit la Russie lance 100 drones": an article or other function word is no distance.
                limit--;
                continue;
            }

            scratch.Clear();
            language.RatesAfter.MatchAt(tokens, k, scratch);
            if (Longest(scratch) is { Tag: Tag.Rate } each && each.End <= start)
            {
                // "trung bình mỗi đêm phóng khoảng 100 chiếc", "Rata-rata setiap malam Rusia meluncurkan sekitar 100 drone": a
                // time of each night between an average word and the count is passed over ("every night" alone before the
                // subject still counts what a night brings).
                limit -= each.End - each.Start;
            }
        }

        return FrontedRate(c);
    }

    /// <summary>The longest of <paramref name="matches"/>, else null.</summary>
    private static TermMatch? Longest(List<TermMatch> matches)
    {
        TermMatch? best = null;
        foreach (var m in matches)
        {
            if (best is null || m.End > best.Value.End)
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>A rate or average word (data <c>rateBefore</c>) ends right before the comma at <paramref name="comma"/> and opens its sentence or clause.</summary>
    private bool AverageOpensClauseAt(int comma) =>
        TermMatchEndingAt(language.RatesBefore, Tag.Rate, comma, 4) is { } average &&
        (average.Start == 0 || sentence.Tokens[average.Start - 1].IsClauseBreak);
}
