using System.Diagnostics.CodeAnalysis;

namespace Reports.Core.Figures;

/// <summary>
/// A sentence's tokens with the language's keywords found in them. Keywords are matched longest first and a
/// longer term hides the shorter ones inside it ("máy bay không người lái" is a drone, its "người" no person).
/// </summary>
internal sealed partial class TaggedSentence
{
    // Three runs of ints in _tags from _base, one slot per token (and one past the last): the best match starting at
    // each token and the first one ending before each token, as index + 1 into _matches (0: none), then whether an
    // exclusion starts there (1). Ints rather than nullable matches, taken from a per-thread arena when one is given.
    // After them, TagWords ints: one bit per tag of the sentence's matches (see Has).
    private int[] _tags = [];
    private int _base;
    private int _n;
    private TermMatch[] _matches = [];
    private int _matchBase;

    public TaggedSentence(string text, int offset, List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, TagArena? arena = null)
    {
        TagTokens(text, offset, tokens, language, scratch, arena);
    }

    /// <summary>
    /// <paramref name="reused"/> (a sentence of an earlier article, from the thread's arena) tagged anew for this sentence,
    /// as a new one would be; a new one when there is none.
    /// </summary>
    public static TaggedSentence Retag(TaggedSentence? reused, string text, int offset, List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, TagArena arena)
    {
        if (reused is null)
        {
            return new TaggedSentence(text, offset, tokens, language, scratch, arena);
        }

        reused.TagTokens(text, offset, tokens, language, scratch, arena);
        return reused;
    }

    [MemberNotNull(nameof(Text), nameof(Tokens))]
    private void TagTokens(string text, int offset, List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch, TagArena? arena)
    {
        Text = text;
        Offset = offset;
        Tokens = tokens;
        HasCumulative = false;
        HasMonth = false;
        HasAccident = false;
        HasToll = false;
        HasPlainAccident = false;
        HasViolence = false;
        _base = 0;
        _matchBase = 0;
        _n = tokens.Count;
        var length = (3 * _n) + 2 + TagWords;
        if (arena is null)
        {
            _tags = new int[length];
        }
        else
        {
            _tags = arena.Take(length, out _base);
        }

        var startsAt = _tags.AsSpan(_base, _n);
        var endsAt = _tags.AsSpan(_base + _n, _n + 1);
        var excludes = _tags.AsSpan(_base + (2 * _n) + 1, _n + 1);
        var present = _tags.AsSpan(_base + (3 * _n) + 2, TagWords);
        // The matches are gathered in the arena's builder, then copied into a run of the arena's matches (no array of
        // its own per sentence); without an arena the sentence keeps the array it gathered them in.
        var found = arena?.MatchBuilder ?? [];
        var count = 0;
        var coveredUntil = 0;
        var keywords = language.Keywords;
        var keywordBit = keywords.StartBit;
        var ofBetweenNumbers = language.OfBetweenNumbers.Count > 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i < coveredUntil || !tokens[i].IsWord)
            {
                continue;
            }

            TermMatch? best = null;
            var excludedUntil = 0;
            if (keywordBit != 0 && (tokens[i].Starts & (Token.StartsKnown | keywordBit)) == Token.StartsKnown)
            {
                // Most words start no keyword (known once per word and language, Token.Starts): MatchAt would find
                // nothing, so there is nothing to weigh; only the number-word checks below remain.
                scratch.Clear();
            }
            else
            {
                scratch.Clear();
                keywords.MatchAt(tokens, i, scratch);
                foreach (var m in scratch)
                {
                    if (m is { Tag: Tag.Month, Value: CompiledLanguage.BesideDayValue } && (char.IsLower(text[tokens[m.Start].Start]) || !DayNumberBeside(tokens, m)))
                    {
                        continue;
                    }

                    if (m is { Tag: Tag.Relative, Value: CompiledLanguage.AfterCommaValue } && (i == 0 || !tokens[i - 1].IsComma))
                    {
                        // German "die" is a relative only after a comma ("120 Drohnen, die …"); "griff die Ukraine an" is an article.
                        continue;
                    }

                    if (m.Tag is Tag.Exclusion or Tag.Period)
                    {
                        excludes[i] = 1;
                        excludedUntil = Math.Max(excludedUntil, m.End);
                    }

                    if (best is { Tag: Tag.Of or Tag.Including } both && m.Tag is Tag.Of or Tag.Including && m.Tag != both.Tag && m.End == both.End)
                    {
                        // A term that is both ("di antaranya"): "of" right after a number ("13 di antaranya anak-anak", 13 of
                        // them children), "including" elsewhere ("tewas, di antaranya 13 anak-anak").
                        var afterNumber = i > 0 && (tokens[i - 1].IsNumber || NumberWordAt(tokens, i - 1, language));
                        best = (m.Tag == Tag.Of) == afterNumber ? m : both;
                        continue;
                    }

                    if (best is { } held && m.End == held.End && m.End == i + 1 && i > 0 && language.WeakOnes.Contains(tokens[i - 1].Folded) &&
                        CompoundHead(m, held) is { } head)
                    {
                        // German "bei einem Drohnenangriff": on one word after an article, an attack term longer than the weapon
                        // noun it opens with is the compound's head; the word is one attack, not one weapon ("41
                        // Drohnenangriffe" still counts drones).
                        best = head;
                        continue;
                    }

                    if (best is null || m.End > best.Value.End || (m.End == best.Value.End && Priority(m.Tag) > Priority(best.Value.Tag)))
                    {
                        best = m;
                    }
                }

                if (best is { Tag: Tag.Drone or Tag.Missile or Tag.People or Tag.Killed or Tag.Injured or Tag.Casualties or Tag.Others or Tag.Counter } ||
                    (best is { Tag: Tag.Downed or Tag.Launched } longer && longer.End > excludedUntil))
                {
                    // "máy bay không người lái" is a drone, though "máy bay" alone is other equipment; a longer downing or
                    // launching term hides a shorter exclusion inside it ("локаційно втрачені" is downed, "локації" places;
                    // a time such as "hari ini" inside "14 hari ini" does not).
                    excludes[i] = 0;
                }
            }

            if (best is null && ofBetweenNumbers && i > 0 && i + 1 < tokens.Count && language.OfBetweenNumbers.Contains(tokens[i].Folded) &&
                (tokens[i - 1].IsNumber || NumberWordAt(tokens, i - 1, language)) && (tokens[i + 1].IsNumber || NumberWordAt(tokens, i + 1, language)))
            {
                // "intercepta cinco de seis misiles": between two numbers, "de" is "of".
                best = new TermMatch(Tag.Of, i, i + 1, 0, tokens[i].Length);
            }

            if (language.MonthNumberAt(tokens, i) && (best is null || best.Value.End <= i + 2))
            {
                // "tháng 4" (April): a month named by the number after its word (data numbers.monthMarkers). "tháng" alone
                // still excludes a number before it ("14 tháng 11", "3 tháng").
                best = new TermMatch(Tag.Month, i, i + 2, 0, 2);
            }

            if (best is { } match)
            {
                if (count == found.Length)
                {
                    Array.Resize(ref found, Math.Max(4, count * 2));
                }

                found[count++] = match;
                startsAt[i] = count;
                if (endsAt[match.End] == 0)
                {
                    endsAt[match.End] = count;
                }

                coveredUntil = match.End;
                HasCumulative |= match.Tag == Tag.Cumulative;
                HasMonth |= match.Tag == Tag.Month;
                HasAccident |= match.Tag == Tag.Accident;
                HasToll |= match.Tag == Tag.TollKilled;
                HasPlainAccident |= match is { Tag: Tag.Accident, Value: not CompiledLanguage.AftermathValue };
                HasViolence |= IsViolence(match);
                present[(int)match.Tag >> 5] |= 1 << ((int)match.Tag & 31);
            }
        }

        if (language.VerbParticles.Count > 0)
        {
            SeparableVerbs(tokens, language, startsAt, endsAt, present, ref found, ref count);
        }

        if (arena is null)
        {
            _matches = found;
        }
        else
        {
            arena.MatchBuilder = found;
            _matches = arena.TakeMatches(count, out _matchBase);
            found.AsSpan(0, count).CopyTo(_matches.AsSpan(_matchBase, count));
        }
    }

    /// <summary>How many characters a separable verb's stem and particle may hold together.</summary>
    private const int SeparableLength = 40;

    /// <summary>
    /// "Die Luftabwehr wehrte in der Nacht 40 Drohnen ab", "Die Flugabwehr fing 25 Drohnen über Moskau ab": a separable verb's
    /// particle (data <c>verbParticles</c>) that ends its clause (a comma, a clause break, "and" or the end after it) makes
    /// the nearest word before it, back to the clause break, whose particle and stem together are a one-word downing or
    /// launching term ("abwehrte", "abfing", "abfeuerte", "einsetzte"), that verb. The stem alone ("schoss 12 Raketen auf
    /// Kiew", "fing einen Kutter") is no downing word.
    /// </summary>
    private static void SeparableVerbs(List<Token> tokens, CompiledLanguage language, Span<int> startsAt, Span<int> endsAt, Span<int> present, ref TermMatch[] found, ref int count)
    {
        Span<char> joined = stackalloc char[SeparableLength];
        for (var p = 1; p < tokens.Count; p++)
        {
            var particle = tokens[p];
            if (!particle.IsWord || startsAt[p] != 0 || !language.VerbParticles.Contains(particle.Folded) ||
                !(p + 1 == tokens.Count || tokens[p + 1].IsComma || tokens[p + 1].IsClauseBreak || (startsAt[p + 1] > 0 && found[startsAt[p + 1] - 1].Tag == Tag.And)))
            {
                continue;
            }

            for (var j = p - 1; j >= 0 && !tokens[j].IsClauseBreak; j--)
            {
                var stem = tokens[j];
                if (!stem.IsWord || startsAt[j] != 0 || Covered(found, count, j) || particle.Folded.Length + stem.Folded.Length > SeparableLength)
                {
                    continue;
                }

                particle.Folded.AsSpan().CopyTo(joined);
                stem.Folded.AsSpan().CopyTo(joined[particle.Folded.Length..]);
                if (language.Keywords.OneWordTag(joined[..(particle.Folded.Length + stem.Folded.Length)], Tag.Downed, Tag.Launched) is not { } tag)
                {
                    continue;
                }

                if (count == found.Length)
                {
                    Array.Resize(ref found, Math.Max(4, count * 2));
                }

                found[count++] = new TermMatch(tag, j, j + 1, 0, stem.Length);
                startsAt[j] = count;
                if (endsAt[j + 1] == 0)
                {
                    endsAt[j + 1] = count;
                }

                present[(int)tag >> 5] |= 1 << ((int)tag & 31);
                break;
            }
        }
    }

    /// <summary>A match of the first <paramref name="count"/> covers token <paramref name="j"/> past its start.</summary>
    private static bool Covered(TermMatch[] found, int count, int j)
    {
        for (var i = 0; i < count; i++)
        {
            if (found[i].Start < j && found[i].End > j)
            {
                return true;
            }
        }

        return false;
    }

    public string Text { get; private set; }

    /// <summary>
    /// The line links another article ("Read more: …", "Xem thêm", "[Headline of another story]"): its figures are that
    /// article's. <see cref="LinkOnly"/> when the line is the marker alone and the headlines follow on their own lines.
    /// </summary>
    public bool IsLink
    {
        get
        {
            var first = 0;
            while (first < Tokens.Count && Tokens[first].IsPunctuation && Tokens[first].Folded != "[")
            {
                first++;
            }

            if (first >= Tokens.Count)
            {
                return false;
            }

            if (Tokens[first].Folded == "[" && Tokens[^1].Folded == "]")
            {
                return true;
            }

            return StartingAt(first) is { Tag: Tag.Link } || StartingAt(AfterTimeStamp()) is { Tag: Tag.Link };
        }
    }

    /// <summary>The line is a link marker and nothing else ("Read more:", "Baca juga").</summary>
    public bool LinkOnly
    {
        get
        {
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (StartingAt(i) is { Tag: Tag.Link } link)
                {
                    for (var k = link.End; k < Tokens.Count; k++)
                    {
                        // "Most read: 1." (a list run into one line): the first item's index may end the marker.
                        if (!Tokens[k].IsPunctuation && !(Tokens[k].IsNumber && k >= Tokens.Count - 2 && k > link.End && Tokens[k - 1].IsPunctuation &&
                                                           (k == Tokens.Count - 1 || Tokens[k + 1].Folded is "." or ")")))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                if (!Tokens[i].IsPunctuation)
                {
                    return false;
                }
            }

            return false;
        }
    }

    public int Offset { get; private set; }

    public List<Token> Tokens { get; private set; }

    /// <summary>A month (by its name, or a month marker and its number) is named in the sentence: a sentence with none (and no
    /// running-total term) frames no period for the next (<c>SentenceReader.FramesPeriod</c> is not asked).</summary>
    public bool HasMonth { get; private set; }

    public bool HasCumulative { get; private set; }

    /// <summary>The sentence names a death toll (data <c>tolls.killed</c>).</summary>
    public bool HasToll { get; private set; }

    /// <summary>The sentence names an accident or disaster.</summary>
    public bool HasAccident { get; private set; }

    /// <summary>An accident or disease word that is no strike's aftermath (data <c>accidents</c>, not <c>aftermath</c>).</summary>
    public bool HasPlainAccident { get; private set; }

    /// <summary>A term that names an attack, a weapon or shooting down.</summary>
    public static bool IsViolence(TermMatch match) =>
        match.Tag is Tag.Downed or Tag.Drone or Tag.Missile || (match.Tag == Tag.Launched && match.Value == CompiledLanguage.AttackValue);

    /// <summary>The sentence names an attack, a weapon or shooting down.</summary>
    public bool HasViolence { get; private set; }

    /// <summary>Casualties here were caused by an accident, not violence.</summary>
    public bool IsAccident => HasAccident && !HasViolence;

    public int Count => Tokens.Count;

    public TermMatch? StartingAt(int i) => i >= 0 && i < _n && _tags[_base + i] > 0 ? _matches[_matchBase + _tags[_base + i] - 1] : null;

    /// <summary>A unit, object or period starts here ("hari", "months"), even inside a longer term ("hari ini").</summary>
    public bool ExcludesAt(int i) => i >= 0 && i <= _n && _tags[_base + (2 * _n) + 1 + i] != 0;

    public TermMatch? EndingAt(int i) => i >= 0 && i <= _n && _tags[_base + _n + i] > 0 ? _matches[_matchBase + _tags[_base + _n + i] - 1] : null;

    /// <summary>A day of the month (1–31, in digits) right before or after the term (which is written capitalised), or a year after it ("تیر ۱۴۰۴", "May 2024").</summary>
    private static bool DayNumberBeside(List<Token> tokens, TermMatch m) =>
        (m.Start > 0 && tokens[m.Start - 1] is { IsNumber: true, Number: >= 1 and <= 31 }) ||
        (m.End < tokens.Count && tokens[m.End] is { IsNumber: true, Number: >= 1 and <= 31 } or { IsNumber: true, Length: 4, Number: >= 1300 and <= 2100 });

    [ThreadStatic] private static List<TermMatch>? _numberScratch;

    /// <summary>
    /// The word at <paramref name="k"/> is a number word ("ثلاثة", "اثنين", a "one" that is also "a": "một trong số đó"): a term that is both "of" and "including" is
    /// "of" after it ("ثلاثة منها", three of them) as after digits.
    /// </summary>
    private static bool NumberWordAt(List<Token> tokens, int k, CompiledLanguage language)
    {
        var found = _numberScratch ??= [];
        found.Clear();
        language.Numbers.MatchAt(tokens, k, found);
        return found.Exists(n => n.Tag is Tag.NumberWord or Tag.Multiplier or Tag.Scale or Tag.WeakOne);
    }

    /// <summary>Of a weapon noun and an attack term on one word, the longer (the compound "Drohnenangriff"), else null.</summary>
    private static TermMatch? CompoundHead(TermMatch a, TermMatch b)
    {
        var (weapon, attack) = a.Tag is Tag.Drone or Tag.Missile ? (a, b) : (b, a);
        return weapon.Tag is Tag.Drone or Tag.Missile && attack is { Tag: Tag.Launched, Value: CompiledLanguage.AttackValue } && attack.Length > weapon.Length
            ? attack
            : null;
    }

    /// <summary>When one term is in two lists, what it is taken for.</summary>
    private static int Priority(Tag tag) => tag switch
    {
        Tag.Month => 22,
        Tag.Period => 21,
        Tag.Exclusion => 20,
        Tag.Link => 19,
        Tag.Supplied => 16,
        Tag.Downed => 15,
        Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties => 17,
        Tag.Killed => 14,
        Tag.Injured => 13,
        Tag.Casualties => 12,
        Tag.Drone => 11,
        Tag.Missile => 10,
        Tag.Launched => 9,
        Tag.Others => 8,
        Tag.People => 7,
        _ => 1,
    };

    /// <summary>How many words may stand beside a live update's time before its dash ("ساعت ۸:۳۰ -", "08.30 WIB -").</summary>
    private const int TimeStampWords = 1;

    /// <summary>
    /// The first token after a live update's time stamp ("8:30 - Liên kết: …", "08.30 WIB – Baca juga: …", "ساعت ۸:۳۰ -
    /// بیشتر بخوانید"): a time, at most <see cref="TimeStampWords"/> word beside it, then a dash or a colon. -1 when the
    /// sentence opens with no time stamp.
    /// </summary>
    private int AfterTimeStamp()
    {
        var time = false;
        var words = 0;
        for (var i = 0; i < Tokens.Count && i <= TimeStampWords + 2; i++)
        {
            var t = Tokens[i];
            if (t.IsPunctuation && t.Folded == "#date")
            {
                time = true;
            }
            else if (t.IsPunctuation && t.Folded is "-" or "–" or "—" or ":" or "|")
            {
                if (!time)
                {
                    return -1;
                }

                var k = i + 1;
                while (k < Tokens.Count && Tokens[k].IsPunctuation)
                {
                    k++;
                }

                return k < Tokens.Count ? k : -1;
            }
            else if (!t.IsWord || ++words > TimeStampWords)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// How many ints hold the tags of the sentence's matches (those StartingAt and EndingAt return), one bit per tag,
    /// gathered while tagging (in the tags' run, so a sentence allocates nothing for them): a rule that looks for a tag
    /// anywhere in the sentence asks <see cref="Has"/> first and skips its token scan when the tag is absent.
    /// </summary>
    internal const int TagWords = 4;

    /// <summary>Some match of the sentence (what <see cref="StartingAt"/> returns at some token) has <paramref name="tag"/>.</summary>
    public bool Has(Tag tag) => (_tags[_base + (3 * _n) + 2 + ((int)tag >> 5)] & (1 << ((int)tag & 31))) != 0;

    /// <summary>Some match of the sentence has one of <paramref name="tags"/>.</summary>
    public bool HasAny(params ReadOnlySpan<Tag> tags)
    {
        foreach (var tag in tags)
        {
            if (Has(tag))
            {
                return true;
            }
        }

        return false;
    }
}
