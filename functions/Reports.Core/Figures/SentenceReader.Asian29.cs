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

    /// <summary>How many tokens may stand between a weapon and its verb of hitting, or between the verb and its object's "one".</summary>
    private const int WeaponVerbReach = 3;

    /// <summary>
    /// "Tháng 6 năm ngoái, tên lửa Nga đánh trúng một nhà hàng ở Kramatorsk làm 13 người chết", "Pada Juni tahun lalu,
    /// rudal Rusia menghantam sebuah restoran … dan menewaskan 13 orang", "ژوئن سال گذشته، یک موشک روسیه به رستورانی …
    /// اصابت کرد": a weapon with no count of its own before a count under <see cref="ManyAttacksToll"/>, marked one (a
    /// weak "one" right before it, data <c>weakOne</c>) or hitting one place (a verb of hitting or launching, data
    /// <c>hits</c>, <c>launched</c>, within <see cref="WeaponVerbReach"/> tokens after it, a weak "one" right after the
    /// verb or one function word later), is one strike: the month dates it. "Tháng 6, tên lửa Nga đánh trúng nhiều thành
    /// phố, làm 50 người chết" keeps the month's total.
    /// </summary>
    private bool OneWeaponStrike(Mention m)
    {
        if (m.Value >= ManyAttacksToll)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        for (var k = 0; k < m.QualifierStart; k++)
        {
            if (sentence.StartingAt(k) is not { Tag: Tag.Drone or Tag.Missile } weapon || weapon.End > m.QualifierStart)
            {
                continue;
            }

            if (k > 0 && (tokens[k - 1].IsNumber || EndsMention(k)) && !language.WeakOnes.Contains(tokens[k - 1].Folded))
            {
                // "3 tên lửa": counted weapons are no single strike.
                k = weapon.End - 1;
                continue;
            }

            if (k > 0 && language.WeakOnes.Contains(tokens[k - 1].Folded))
            {
                return true;
            }

            if (ArticleBeforeWeapon(k) && StrikesRightAfter(weapon.End, m.QualifierStart))
            {
                // "a Russian missile that killed 59 people at a wake in October 2023" (thirty-first session).
                return true;
            }

            if (SingleWeaponHitAt(k, m.QualifierStart))
            {
                // "У липні російська ракета влучила в лікарню", "في يوليو، أصاب صاروخ روسي مستشفى" (thirty-third session).
                return true;
            }

            var to = Math.Min(m.QualifierStart, weapon.End + WeaponVerbReach);
            for (var j = weapon.End; j < to; j++)
            {
                if (tokens[j].IsComma || tokens[j].IsClauseBreak || tokens[j].IsNumber)
                {
                    break;
                }

                if (sentence.StartingAt(j) is not { } verb)
                {
                    continue;
                }

                if (verb.Tag is not (Tag.Hit or Tag.Launched) || (verb.Tag == Tag.Launched && verb.Value == CompiledLanguage.AttackValue))
                {
                    break;
                }

                var at = verb.End;
                if (at < m.QualifierStart && tokens[at].IsWord && language.Stopwords.Contains(tokens[at].Folded) && !language.WeakOnes.Contains(tokens[at].Folded))
                {
                    at++;
                }

                if (at < m.QualifierStart && language.WeakOnes.Contains(tokens[at].Folded))
                {
                    return true;
                }

                break;
            }

            k = weapon.End - 1;
        }

        return false;
    }
}
