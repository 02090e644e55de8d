namespace Reports.Core.Figures;

/// <summary>
/// Reads the numbers of a tokenised sentence: digits, number words and their combinations
/// ("twenty-four", "hai mươi ba", "dua belas", "بیست و سه", "1,42 tỷ", "9 هزار و ۴۳۲", "two dozen"),
/// vague plurals ("dozens" = 12, at least) and round approximations ("seratusan" = about 100).
/// </summary>
internal static class NumberReader
{
    public static List<Mention> Read(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch)
    {
        var mentions = new List<Mention>();
        Read(tokens, language, scratch, mentions);
        return mentions;
    }

    /// <summary>As <see cref="Read(List{Token}, CompiledLanguage, List{TermMatch})"/>, into <paramref name="mentions"/> (emptied first).</summary>
    public static void Read(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, List<Mention> mentions)
    {
        mentions.Clear();
        var i = 0;
        var previousEnd = -1;
        while (i < tokens.Count)
        {
            if (TryRead(tokens, language, scratch, i, out var mention))
            {
                if (!Denied(tokens, language, mention) && !CorrectedEarlier(tokens, language, mention, mentions) && !Ordinal(tokens, language, mention) && !(mention.Start > 0 && language.MonthNumberAt(tokens, mention.Start - 1)) && !DayOfMonthAfterMarker(tokens, language, scratch, mention) && !UnitAfterNumber(tokens, language, scratch, mention, previousEnd))
                {
                    var read = WithQualifier(tokens, language, scratch, mention);
                    if (OpenedRange(tokens, language, scratch, mentions, read) is var opener and >= 0)
                    {
                        // "between 25 and 30 people": at least the lower end, up to the upper; both are stated.
                        var lower = mentions[^1];
                        mentions[^1] = lower.Qualifier == Qualifier.Exact
                            ? lower with { Qualifier = Qualifier.AtLeast, QualifierStart = opener, RangeLower = true }
                            : lower with { RangeLower = true };

                        mentions.Add(read with { Qualifier = Qualifier.UpTo });
                    }
                    else if (RangeStart(tokens, language, scratch, mentions, read) is var rangeStart and >= 0)
                    {
                        // "two or three drones", "5 to 6 missiles", "2-3 drones": the range is one count, about its upper end.
                        var lower = mentions[^1];
                        mentions[^1] = read with { Qualifier = lower.Qualifier == Qualifier.Exact ? Qualifier.About : lower.Qualifier, QualifierStart = rangeStart };
                    }
                    else
                    {
                        mentions.Add(read);
                    }
                }

                previousEnd = mention.End;
                i = mention.End;
            }
            else if (SameCountAt(tokens, language, scratch, i, mentions) is { } same)
            {
                mentions.Add(same);
                i = same.End;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// <paramref name="upper"/> ends a range whose lower end is the number right before it, parted by one range word (data
    /// <c>numbers.rangeWords</c>: "or", "to", a hyphen): the lower end smaller, the upper at most three times it, and no
    /// word of a change's start ("from 2 to 3") or size ("rose by nine to 27") before the lower end. Returns where the range starts (the
    /// lower end's qualifier), else -1.
    /// </summary>
    private static int RangeStart(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, List<Mention> mentions, Mention upper)
    {
        if (language.RangeWords.Count == 0 || mentions.Count == 0 || upper.QualifierStart != upper.Start)
        {
            return -1;
        }

        var lower = mentions[^1];
        if (!(lower.End + 1 == upper.Start && !lower.Vague && !upper.Vague && lower.Value < upper.Value && upper.Value <= 3 * lower.Value &&
              language.RangeWords.Contains(tokens[lower.End].Folded) &&
              !(lower.QualifierStart > 0 && tokens[lower.QualifierStart - 1].IsWord &&
                (language.ChangeFrom.Contains(tokens[lower.QualifierStart - 1].Folded) || language.ChangeBy.Contains(tokens[lower.QualifierStart - 1].Folded)))))
        {
            return -1;
        }

        return DayOfMonth(tokens, language, scratch, upper) ? -1 : lower.QualifierStart;
    }

    /// <summary>
    /// <paramref name="upper"/> ends a range that an opener started (data <c>numbers.rangeOpeners</c>: "between", "entre",
    /// "от", "بين", "antara"; <c>numbers.rangeJoiners</c> or a range word between the ends: "between 25 and 30", "بین ۲۵ تا
    /// ۳۰", where "تا" is also "up to"): both ends are stated, at least the lower and up to the upper. Returns the opener's
    /// index, else -1; two years ("between 2022 and 2024"), days of a month and a change after its verb (data
    /// <c>numbers.changeVerbs</c>, where the opener is also a change's "from") are none.
    /// </summary>
    private static int OpenedRange(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, List<Mention> mentions, Mention upper)
    {
        if (language.RangeOpeners.Count == 0 || mentions.Count == 0 || upper.Vague)
        {
            return -1;
        }

        var lower = mentions[^1];
        var opener = lower.QualifierStart - 1;
        if (lower.End + 1 != upper.Start || lower.Vague || lower.Value >= upper.Value || opener < 0 || !tokens[opener].IsWord ||
            !language.RangeOpeners.Contains(tokens[opener].Folded) || !(upper.QualifierStart == upper.Start || upper.QualifierStart == lower.End) ||
            !(language.RangeJoiners.Contains(tokens[lower.End].Folded) || language.RangeWords.Contains(tokens[lower.End].Folded)) ||
            (Year(lower.Value) && Year(upper.Value)) ||
            (opener > 0 && tokens[opener - 1].IsWord && language.ChangeVerbs.Contains(tokens[opener - 1].Folded) && language.ChangeFrom.Contains(tokens[opener].Folded)))
        {
            // "tăng từ 7 đến 9 người", "зросла від 7 до 9": a change from one value to another.
            return -1;
        }

        return DayOfMonth(tokens, language, scratch, upper) ? -1 : opener;
    }

    /// <summary>"24-25 June", "du 3 au 4 juin": the upper end of a range is a day when a month follows it.</summary>
    private static bool DayOfMonth(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, Mention upper)
    {
        scratch.Clear();
        language.Keywords.MatchAt(tokens, upper.End, scratch);
        return scratch.Exists(t => t.Tag == Tag.Month);
    }

    private static bool Year(long value) => value is >= 1900 and <= 2100;

    /// <summary>How many tokens a "same count" word may stand after the number it repeats.</summary>
    private const int SameCountReach = 12;

    /// <summary>
    /// "Dos personas murieron y otros tantos resultaron heridos", "deux tués et autant de blessés", "zwei Tote und ebenso
    /// viele Verletzte": a word of the same count (data <c>numbers.sameCount</c>) right after "and" or a comma repeats the
    /// value and qualifier of the sentence's number before it, at most <see cref="SameCountReach"/> tokens back.
    /// </summary>
    private static Mention? SameCountAt(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, int i, List<Mention> mentions)
    {
        if (!language.HasSameCount || mentions.Count == 0 || i == 0 || !tokens[i].IsWord || i - mentions[^1].End > SameCountReach)
        {
            return null;
        }

        var before = tokens[i - 1];
        if (!before.IsComma && !(before.IsWord && language.AndWords.Contains(before.Folded)))
        {
            return null;
        }

        scratch.Clear();
        language.Numbers.MatchAt(tokens, i, scratch);
        var end = -1;
        foreach (var m in scratch)
        {
            if (m.Tag == Tag.SameCount && m.End > end)
            {
                end = m.End;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var previous = mentions[^1];
        return new Mention(i, end, previous.Value, previous.Qualifier, i, previous.Weak, true, previous.Vague);
    }

    /// <summary>
    /// A spelled number right after a denial counts nobody: "No one was hurt", "not one drone reached the city"
    /// (data <c>negations</c>). Digits after a denial stay numbers ("not 12 but 14").
    /// </summary>
    private static bool Denied(List<Token> tokens, CompiledLanguage language, Mention mention) =>
        mention.Spelled && mention.Start > 0 && tokens[mention.Start - 1].IsWord && language.Negations.Contains(tokens[mention.Start - 1].Folded);

    /// <summary>How many tokens may stand between a corrected count and the denial of its earlier value ("personas y no").</summary>
    private const int CorrectionReach = 3;

    /// <summary>
    /// "murieron cuatro personas y no 6 como se había informado", "killed 5, not 3": digits right after a denial that
    /// follows another count within <see cref="CorrectionReach"/> tokens of its clause are the earlier value that count
    /// corrects, no figure (spelled ones are dropped after any denial). "not 12 but 14", with no count before, stays.
    /// </summary>
    private static bool CorrectedEarlier(List<Token> tokens, CompiledLanguage language, Mention mention, List<Mention> mentions)
    {
        if (mention.Spelled || mention.Start < 2 || mentions.Count == 0 || !tokens[mention.Start - 1].IsWord ||
            !language.Negations.Contains(tokens[mention.Start - 1].Folded))
        {
            return false;
        }

        var previous = mentions[^1];
        if (previous.End > mention.Start - 1 || previous.End < mention.Start - 1 - CorrectionReach)
        {
            return false;
        }

        for (var k = previous.End; k < mention.Start - 1; k++)
        {
            if (tokens[k].IsClauseBreak)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "trong ba năm" (in three years): a number word right after a number it does not continue, that is also a unit
    /// (data <c>exclusions</c>: Vietnamese "năm" is both five and year), is the unit of that number, no count of its own.
    /// </summary>
    private static bool UnitAfterNumber(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, Mention mention, int previousEnd)
    {
        if (!mention.Spelled || mention.Vague || mention.Start != previousEnd || mention.End != mention.Start + 1)
        {
            return false;
        }

        scratch.Clear();
        language.Keywords.MatchAt(tokens, mention.Start, scratch);
        foreach (var m in scratch)
        {
            if (m.Tag == Tag.Exclusion && m.End == mention.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number right after an ordinal marker is no count: "hôm thứ Sáu" (on Friday), "lần thứ 3" (data <c>numbers.ordinalMarkers</c>).</summary>
    /// <summary>
    /// "vào ngày 10 và 13 người bị thương", "pada tanggal 10": a number after a day marker (data <c>numbers.dayMarkers</c>)
    /// is the day of the month, unless a counted noun (people, victims, weapons, a counter) follows it ("mỗi ngày 30 người").
    /// </summary>
    private static bool DayOfMonthAfterMarker(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, Mention mention)
    {
        if (mention.Start < 1 || mention.End != mention.Start + 1 || !language.DayNumberAt(tokens, mention.Start - 1))
        {
            return false;
        }

        scratch.Clear();
        language.Keywords.MatchAt(tokens, mention.End, scratch);
        return !scratch.Exists(t => t.Tag is Tag.People or Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Drone or Tag.Missile or Tag.Counter or Tag.Others);
    }

    private static bool Ordinal(List<Token> tokens, CompiledLanguage language, Mention mention) =>
        language.OrdinalMarkers.Count > 0 && mention.Start > 0 && tokens[mention.Start - 1].IsWord && language.OrdinalMarkers.Contains(tokens[mention.Start - 1].Folded);

    /// <summary>
    /// The group a "one of" word takes one of stands at <paramref name="k"/>: a word with a definite article ("المصورين") or a
    /// people word ("عناصر", "جنوده").
    /// </summary>
    private static bool OneOfGroupAfter(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord)
        {
            return false;
        }

        var folded = tokens[k].Folded;
        foreach (var article in language.DefiniteArticles)
        {
            if (folded.Length >= article.Length + 3 && folded.StartsWith(article, StringComparison.Ordinal))
            {
                return true;
            }
        }

        scratch.Clear();
        language.Keywords.MatchAt(tokens, k, scratch);
        foreach (var m in scratch)
        {
            if (m.Tag == Tag.People)
            {
                return true;
            }
        }

        return false;
    }

    private static TermMatch? LongestNumberTerm(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return null;
        }

        scratch.Clear();
        language.Numbers.MatchAt(tokens, i, scratch);
        if (scratch.Count == 0)
        {
            // Most words: no number term starts here.
            return HasHyphen(tokens[i].Folded) ? HyphenatedWords(tokens[i].Folded, language, i) : null;
        }

        // Right after digits a word that is both a number and a multiplier multiplies: Arabic "ألفا" is "two thousand"
        // alone but "thousand" in "41 ألفا".
        var afterDigits = i > 0 && tokens[i - 1].IsNumber;
        TermMatch? best = null;
        foreach (var m in scratch)
        {
            if (best is null || m.End > best.Value.End || (m.End == best.Value.End && Rank(m.Tag, afterDigits) > Rank(best.Value.Tag, afterDigits)))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>
    /// The word holds a hyphen. Asked of nearly every word and words are short: a plain loop, not a vectorised search
    /// whose call costs more than the few characters it reads.
    /// </summary>
    private static bool HasHyphen(string word)
    {
        foreach (var c in word)
        {
            if (c == '-')
            {
                return true;
            }
        }

        return false;
    }

    private static int Rank(Tag tag, bool afterDigits) => tag switch
    {
        Tag.Vague => 5,
        Tag.Approximate => 4,
        Tag.NumberWord => 3,
        Tag.Multiplier or Tag.Scale when afterDigits => 6,
        Tag.Multiplier => 2,
        Tag.Scale => 2,
        Tag.WeakOne => 1,
        _ => 0,
    };

    // The parts of one hyphenated word and their matches, reused on the thread: a word is read whole before the next.
    [ThreadStatic]
    private static List<Token>? _hyphenParts;

    [ThreadStatic]
    private static List<TermMatch>? _hyphenMatches;

    /// <summary>"twenty-four", "vingt-quatre": every part a number word.</summary>
    private static TermMatch? HyphenatedWords(string folded, CompiledLanguage language, int i)
    {
        // The parts are shared strings (FoldedWords): "orang-orang", "al-Shifa" and the like allocate nothing once seen.
        if (_hyphenParts is null || _hyphenParts.Capacity > 1_000)
        {
            // None stays large after a hostile "a-a-a-…".
            _hyphenParts = [];
        }

        var values = _hyphenParts;
        values.Clear();
        foreach (var range in folded.AsSpan().Split('-'))
        {
            var part = folded.AsSpan(range);
            if (!part.IsEmpty)
            {
                values.Add(new Token(TokenType.Word, 0, part.Length, FoldedWords.Get(part)));
            }
        }

        if (values.Count < 2)
        {
            return null;
        }

        long total = 0;
        var scratch = _hyphenMatches ??= [];
        for (var k = 0; k < values.Count; k++)
        {
            scratch.Clear();
            language.Numbers.MatchAt(values, k, scratch);
            var word = scratch.FirstOrDefault(m => m.Tag is Tag.NumberWord or Tag.WeakOne or Tag.Multiplier);
            if (word.End != k + 1 || word.Tag is not (Tag.NumberWord or Tag.WeakOne or Tag.Multiplier))
            {
                return null;
            }

            total = word.Tag == Tag.Multiplier ? Math.Max(total, 1) * word.Value : total + word.Value;
        }

        return new TermMatch(Tag.NumberWord, i, i + 1, total);
    }

    /// <summary>Of the matches at one word, a multiplier or scale ending where <paramref name="vague"/> ends.</summary>
    private static TermMatch? MultiplierOf(List<TermMatch> matches, TermMatch vague)
    {
        foreach (var m in matches)
        {
            if (m.Tag is Tag.Multiplier or Tag.Scale && m.Start == vague.Start && m.End == vague.End)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// A full stop at <paramref name="i"/> right after an abbreviated multiplier word ("тыс."), then digits smaller than
    /// the thousands read so far: one number written "41 тыс. 337".
    /// </summary>
    private static bool AbbreviatedScaleGap(List<Token> tokens, int i, double group) =>
        i > 0 && i + 1 < tokens.Count && tokens[i].IsPunctuation && tokens[i].Folded is "." or Tokenizer.AbbreviationDot &&
        tokens[i - 1].IsWord && tokens[i - 1].Length <= 4 && tokens[i + 1].IsNumber && tokens[i + 1].Number < 1000 && group >= 1000;

    private static bool TryRead(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, int start, out Mention mention)
    {
        mention = default;
        var first = tokens[start];
        var firstTerm = first.IsNumber ? null : LongestNumberTerm(tokens, language, scratch, start);
        if (firstTerm is null && !first.IsNumber && language.OneOfWords.Count > 0 && first.IsWord && language.OneOfWords.Contains(first.Folded) &&
            OneOfGroupAfter(tokens, language, scratch, start + 1))
        {
            // "قتل أحد المصورين" (one of the photographers was killed), "استشهد أحد عناصر الدفاع المدني": "one of" before its
            // group counts one.
            mention = new Mention(start, start + 1, 1, Qualifier.Exact, start, false, true);
            return true;
        }

        if (!first.IsNumber && firstTerm is null)
        {
            return false;
        }

        if (firstTerm is { Tag: Tag.Scale } lone && lone.End == start + 1 && language.LoneScales.Contains(first.Folded) &&
            !(start > 0 && (tokens[start - 1].IsNumber || LongestNumberTerm(tokens, language, scratch, start - 1) is not null)))
        {
            // "превысили миллион человек", "أكثر من مليون جندي": a singular scale word with no number before it is one of it.
            var loneEnd = lone.End;
            var loneValue = lone.Value;
            if (LongestNumberTerm(tokens, language, scratch, loneEnd) is { Tag: Tag.Connector } and && and.End < tokens.Count &&
                TryRead(tokens, language, scratch, and.End, out var rest) && rest.Value < loneValue)
            {
                // "نحو مليون و80 ألفا" (about a million and 80 thousand): a smaller number after a connector adds to it.
                loneValue += rest.Value;
                loneEnd = rest.End;
            }

            mention = new Mention(start, loneEnd, loneValue, Qualifier.Exact, start, false, true);
            return true;
        }

        if (firstTerm is { Tag: Tag.Connector or Tag.Scale })
        {
            return false;
        }

        if (firstTerm is { Tag: Tag.NumberWord } word && word.End == start + 1 && language.WeekdayWords.Contains(first.Folded))
        {
            // "أسفرت الاثنين عن مقتل 31 شخصا": a weekday (data weekdays) that is also a number word with its clitic ("ال" +
            // "اثنين", two) names the day; it counts nothing.
            return false;
        }

        if (firstTerm is { Tag: Tag.Vague or Tag.Approximate } vague)
        {
            // "tens of thousands", "hàng chục nghìn", "صدها هزار": a vague word times a scale (or a multiplier of a thousand or more).
            var end = vague.End;
            var value = vague.Value;
            var next = end < tokens.Count && tokens[end].IsWord && language.Stopwords.Contains(tokens[end].Folded) ? end + 1 : end;
            if (LongestNumberTerm(tokens, language, scratch, next) is { } scale && (scale.Tag == Tag.Scale || (scale.Tag is Tag.Vague or Tag.Multiplier && scale.Value >= 1000)))
            {
                value *= scale.Value;
                end = scale.End;
            }

            mention = new Mention(start, end, value, vague.Tag == Tag.Vague ? Qualifier.AtLeast : Qualifier.About, start, false, true, vague.Tag == Tag.Vague);
            return true;
        }

        double total = 0, group = 0, unit = 0, lastBlock = double.MaxValue;
        var i = start;
        var lastWasRound = false;
        var spelled = false;
        var weak = false;
        var afterConnector = false;
        var atoms = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.IsNumber)
            {
                // A digit atom starts a number, or follows a scale word ("9 هزار و ۴۳۲").
                // After a connector it may follow a multiplier too: "41 ألفًا و965".
                if (atoms > 0 && !(lastWasRound && unit == 0 && ((group == 0 && total > token.Number) || (afterConnector && group + total > token.Number))))
                {
                    break;
                }

                unit = token.Number;
                lastWasRound = false;
                afterConnector = false;
                atoms++;
                i++;
                continue;
            }

            if (atoms > 0 && lastWasRound && unit == 0 && group > 0 && AbbreviatedScaleGap(tokens, i, group))
            {
                // "41 тыс. 337": the full stop of an abbreviated thousand, then the rest of the number.
                i++;
                afterConnector = true;
                continue;
            }

            var term = LongestNumberTerm(tokens, language, scratch, i);
            if (term is null)
            {
                break;
            }

            var t = term.Value;
            if (t.Tag == Tag.Connector)
            {
                // Only between a round part and a smaller one: "hundred and twenty", "بیست و سه", "هزار و ۴۳۲".
                var after = LongestNumberTerm(tokens, language, scratch, t.End);
                var afterValue = after is { Tag: Tag.NumberWord } a ? a.Value : (t.End < tokens.Count && tokens[t.End].IsNumber ? tokens[t.End].Number : -1);
                var previous = unit > 0 ? unit : group > 0 ? group : total;
                if (!lastWasRound || afterValue <= 0 || afterValue >= previous)
                {
                    break;
                }

                i = t.End;
                afterConnector = true;
                continue;
            }

            afterConnector = false;
            if (atoms > 0 && t.Tag is Tag.Vague or Tag.Approximate)
            {
                // "две тысячи": a word that is vague alone ("тысячи погибших", thousands of dead) multiplies after a number.
                if (MultiplierOf(scratch, t) is not { } multiplier)
                {
                    break;
                }

                t = multiplier;
            }

            switch (t.Tag)
            {
                case Tag.NumberWord or Tag.WeakOne:
                    if (unit > 0 && !(unit % 10 == 0 && t.Value < 10 && unit < 100) && !(lastWasRound && t.Value < unit))
                    {
                        goto done;
                    }

                    if (unit > 0 && tokens[i - 1].IsNumber)
                    {
                        goto done;
                    }

                    weak = atoms == 0 && t.Tag == Tag.WeakOne;
                    if (t.Value >= 100 && t.Value % 100 == 0 && unit == 0)
                    {
                        // A word of whole hundreds or thousands ("seratus", "seribu", "trescientas", "خمسمئة") is a block
                        // of its own: what follows adds to it ("seratus empat puluh tiga" is 143, not (100 + 4) × 10 + 3),
                        // and only a smaller block may follow it ("сто двести" is two numbers).
                        if (group > 0 && t.Value >= lastBlock)
                        {
                            goto done;
                        }

                        group += t.Value;
                        lastBlock = t.Value;
                        lastWasRound = true;
                        break;
                    }

                    unit += t.Value;
                    lastWasRound = t.Value % 10 == 0;
                    break;
                case Tag.Multiplier:
                    if (t.Value > group + unit)
                    {
                        // A multiplier larger than all read since the last scale multiplies all of it: "ciento cincuenta
                        // mil" is 150 × 1,000, "deux cent cinquante mille" 250 × 1,000, "مئة ألف" 100 × 1,000.
                        group = Math.Max(group + unit, 1) * t.Value;
                    }
                    else
                    {
                        // A smaller one multiplies only the unit before it: "seribu dua ratus" is 1,000 + 2 × 100.
                        group += Math.Max(unit, 1) * t.Value;
                    }

                    lastBlock = t.Value;
                    unit = 0;
                    lastWasRound = true;
                    weak = false;
                    break;
                case Tag.Scale:
                    if (atoms == 0)
                    {
                        goto done;
                    }

                    total += Math.Max(group + unit, 1) * t.Value;
                    group = unit = 0;
                    lastBlock = double.MaxValue;
                    lastWasRound = true;
                    weak = false;
                    break;
                default:
                    goto done;
            }

            spelled |= t.Tag != Tag.Scale;
            atoms++;
            i = t.End;
        }

    done:
        if (atoms == 0)
        {
            return false;
        }

        var result = total + group + unit;
        if (result < 1 || result > 1e12)
        {
            return false;
        }

        if (i < tokens.Count && lastWasRound && unit == 0 && !tokens[i - 1].IsNumber && tokens[i].Folded is Tokenizer.AbbreviationDot)
        {
            // "1,5 тыс. управляемых авиабомб", "2 Mio. Euro": the dot of an abbreviated scale word is the number's, so what
            // stands after it (a unit, a noun of weapons or people) is right after the number.
            i++;
        }

        mention = new Mention(start, i, (long)Math.Round(result), Qualifier.Exact, start, weak && atoms == 1, spelled);
        return true;
    }

    /// <summary>
    /// Attaches the longest qualifier that ends right before the number ("at least", "hơn", "بیش از", "не більше");
    /// failing that, an "at least" right after it or after its noun ("سبعة أشخاص على الأقل").
    /// </summary>
    private static Mention WithQualifier(List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, Mention mention)
    {
        TermMatch? best = null;
        for (var start = mention.Start - 1; start >= Math.Max(0, mention.Start - 4); start--)
        {
            scratch.Clear();
            language.Qualifiers.MatchAt(tokens, start, scratch);
            foreach (var m in scratch)
            {
                if (m.End == mention.Start)
                {
                    best = m;
                }
            }
        }

        if (best is { Tag: Tag.NoQualifier })
        {
            return mention;
        }

        if (best is { } before)
        {
            return mention with { Qualifier = QualifierOf(before.Tag), QualifierStart = before.Start };
        }

        if (GluedPlus(tokens, mention))
        {
            return mention with { Qualifier = Qualifier.MoreThan };
        }

        for (var start = mention.End; start < Math.Min(tokens.Count, mention.End + 2); start++)
        {
            scratch.Clear();
            language.Qualifiers.MatchAt(tokens, start, scratch);
            if (scratch.Exists(m => m.Tag == Tag.AtLeast) && mention.Qualifier == Qualifier.Exact && language.Profile.Numbers.QualifiersFollow)
            {
                return mention with { Qualifier = Qualifier.AtLeast };
            }
        }

        return mention;
    }

    /// <summary>"300+ drones", "100+ дронов": a plus sign glued to the digits of a count is "more than", in every script.</summary>
    private static bool GluedPlus(List<Token> tokens, Mention mention)
    {
        if (mention.Spelled || mention.Qualifier != Qualifier.Exact || mention.End >= tokens.Count)
        {
            return false;
        }

        var plus = tokens[mention.End];
        var last = tokens[mention.End - 1];
        return plus.IsPunctuation && plus.Folded == "+" && last.IsNumber && plus.Start == last.Start + last.Length;
    }

    internal static Qualifier QualifierOf(Tag tag) => tag switch
    {
        Tag.AtLeast => Qualifier.AtLeast,
        Tag.MoreThan => Qualifier.MoreThan,
        Tag.About => Qualifier.About,
        Tag.Nearly => Qualifier.Nearly,
        _ => Qualifier.UpTo,
    };
}
