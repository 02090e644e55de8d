namespace Reports.Core.Figures;

/// <summary>Twenty-ninth session, asian helper: an earlier value told in a sentence of its own, one attack told by its verb.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many words other than function words may stand after a restated value's number and people noun.</summary>
    private const int ReportedEarlierWords = 1;

    /// <summary>
    /// "شمار کشته‌ها به ۳۲ نفر رسید. پیش‌تر ۲۴ نفر اعلام شده بود", "The toll rose to 32. Earlier, 24 had been reported": a
    /// comparison word that opens the sentence (data <c>comparisons</c>: earlier, previously, پیش‌تر) before a bare number
    /// whose clause says only that it was reported (data <c>confirming</c> after the number and its people noun; function
    /// words and at most <see cref="ReportedEarlierWords"/> other word beside it) gives the earlier value of the figure
    /// before it. "Earlier, 300 people had fled the city" (no word of reporting) stays nothing.
    /// </summary>
    private bool EarlierValueReported(TermMatch comparison, Mention m)
    {
        for (var k = comparison.Start - 1; k >= 0; k--)
        {
            if (!sentence.Tokens[k].IsPunctuation)
            {
                return false;
            }
        }

        var at = m.End;
        if (sentence.StartingAt(at) is { Tag: Tag.People } people)
        {
            at = people.End;
        }

        var reported = false;
        var other = 0;
        for (var k = at; k < sentence.Count; k++)
        {
            var t = sentence.Tokens[k];
            if (t.IsComma || t.IsClauseBreak || t.IsPunctuation)
            {
                break;
            }

            if (t.IsNumber || StartsMention(k))
            {
                return false;
            }

            if (sentence.StartingAt(k) is { } term && term.Tag != Tag.Speech)
            {
                // A word of a kind, an act or a time of its own: the number is not a reported value.
                return false;
            }

            if (language.ConfirmingWords.Contains(t.Folded))
            {
                reported = true;
            }
            else if (!language.Stopwords.Contains(t.Folded) && ++other > ReportedEarlierWords)
            {
                return false;
            }
        }

        return reported;
    }

    /// <summary>How many tokens may stand between a clause opener and the verb of attacking it opens.</summary>
    private const int OpenerToAttackReach = 6;

    /// <summary>
    /// "Hundreds of people were killed when the RSF attacked the Zamzam camp", "Hàng trăm người đã thiệt mạng khi RSF tấn
    /// công trại tị nạn Zamzam", "Ratusan orang tewas ketika RSF menyerang kamp …": a clause opener (data
    /// <c>clauseOpeners</c>: when, khi, ketika, وقتی) followed within <see cref="OpenerToAttackReach"/> tokens by a verb of
    /// attacking (data <c>attacks</c>; not a plural noun, data <c>pluralAttacks</c>) tells one attack, so a vague count is
    /// its toll, not a running total.
    /// </summary>
    private bool AttackToldByOpener()
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.StartingAt(i) is not { Tag: Tag.ClauseOpener } opener)
            {
                continue;
            }

            var to = Math.Min(sentence.Count, opener.End + OpenerToAttackReach);
            for (var k = opener.End; k < to; k++)
            {
                var t = sentence.Tokens[k];
                if (t.IsComma || t.IsClauseBreak || t.IsNumber)
                {
                    break;
                }

                if (sentence.StartingAt(k) is not { } term)
                {
                    continue;
                }

                if (term is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue })
                {
                    if (!language.PluralAttacks.Contains(sentence.Tokens[term.End - 1].Folded) && !PluralBefore(term.Start))
                    {
                        return true;
                    }

                    break;
                }

                k = term.End - 1;
            }

            i = opener.End - 1;
        }

        return false;
    }
}
