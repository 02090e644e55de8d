using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Reports.Core.Languages;

namespace Reports.Core.Figures;

/// <summary>A language profile turned into matchers, built once per profile and shared.</summary>
internal sealed class CompiledLanguage
{
    private static readonly ConditionalWeakTable<LanguageProfile, CompiledLanguage> Cache = [];
    private readonly FrozenSet<char> _separators;
    private readonly FrozenSet<char> _thousands;
    private readonly string[] _clitics;
    private readonly FrozenSet<string> _abbreviations;
    private readonly string[] _hyphenedNouns;
    private readonly (string Word, long Scale)[] _gluedScales;
    private readonly (string Word, long Scale)[] _decimalGluedScales;
    private readonly string[] _ordinalSuffixes;

    private CompiledLanguage(LanguageProfile profile)
    {
        Profile = profile;
        var numbers = profile.Numbers;
        _clitics = [.. numbers.CliticPrefixes.Select(c => TextFold.Fold(c))];
        _thousands = numbers.ThousandsSeparators.Where(s => s.Length == 1).Select(s => s[0]).ToFrozenSet();
        _separators = _thousands.Concat(numbers.DecimalSeparator.Length == 1 ? [numbers.DecimalSeparator[0]] : []).Concat(['.', ',', '٫', '٬']).ToFrozenSet();
        Stopwords = profile.Stopwords.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        SinceWords = profile.Figures.SinceDate.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        ConfirmingWords = profile.Figures.Confirming.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        GroupStateWords = profile.Figures.GroupStates.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        TargetWords = profile.Figures.Targets.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        ChangeFrom = profile.Figures.ChangeFrom.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        ChangeTo = profile.Figures.ChangeTo.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        Differences = profile.Figures.Differences.Select(w => TextFold.Fold(w).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        DifferenceNouns = profile.Figures.DifferenceNouns.Select(w => TextFold.Fold(w).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        SingularArticles = profile.Figures.SingularArticles.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        SingleWeapons = profile.Figures.SingleWeapons.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        Conflicts = profile.Figures.Conflicts.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        LossesBeforeCount = profile.Figures.LossesBeforeCount.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        SingularPeople = profile.Figures.SingularPeople.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        PluralMarkers = [.. profile.Figures.PluralMarkers.Select(w => TextFold.Fold(w).Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        PassiveAgents = profile.Figures.PassiveAgents.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        ChangeBy = profile.Figures.ChangeBy.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        Accompanying = profile.Figures.Accompanying.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        UpToAfterVerb = profile.Figures.UpToAfterVerb.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        RanksAfterAttack = profile.Figures.RanksAfterAttack.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        WeaponTypes = profile.Figures.WeaponTypes.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        AgeLinks = profile.Figures.AgeLinks.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        MonthIn = profile.Figures.MonthIn.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        Exceeding = profile.Figures.Exceeding.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        OfBetweenNumbers = profile.Figures.OfBetweenNumbers.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        CauseVerbs = profile.Figures.CauseVerbs.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        WholeArticles = profile.Figures.WholeArticles.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        ExceedingAfter = profile.Figures.ExceedingAfter.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        Demonstratives = profile.Figures.Demonstratives.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        Copulas = profile.Figures.Copulas.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        AgeBounds = [.. profile.Figures.AgeBounds.Select(b => b.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TextFold.Fold(w)).ToArray())];
        Negations = profile.Figures.Negations.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        OrdinalMarkers = profile.Numbers.OrdinalMarkers.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        RangeWords = profile.Numbers.RangeWords.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        RangeOpeners = profile.Numbers.RangeOpeners.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        RangeJoiners = profile.Numbers.RangeJoiners.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        ChangeVerbs = profile.Numbers.ChangeVerbs.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        MonthMarkers = profile.Numbers.MonthMarkers.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        BackDemonstratives = profile.BackDemonstratives.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        BothOrOrdinal = profile.Numbers.BothOrOrdinal.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        DefiniteArticles = profile.Numbers.DefiniteArticles.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        OneOfWords = profile.Numbers.OneOf.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        WeakOnes = profile.Numbers.WeakOne.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        LoneScales = profile.Numbers.LoneScales.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        WeekdayWords = profile.Figures.Weekdays.Where(w => !w.Contains(' ')).Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        AndWords = profile.Figures.And.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        HasSameCount = profile.Numbers.SameCount.Count > 0;
        _hyphenedNouns = [.. profile.Numbers.HyphenedNouns.Select(w => TextFold.Fold(w))];
        _gluedScales = [.. profile.Numbers.GluedScales.Select(p => (TextFold.Fold(p.Key), p.Value))];
        _decimalGluedScales = [.. profile.Numbers.DecimalGluedScales.Select(p => (TextFold.Fold(p.Key), p.Value))];
        _ordinalSuffixes = [.. profile.Numbers.OrdinalSuffixes.Select(w => TextFold.Fold(w))];
        _abbreviations = profile.Abbreviations.Where(a => a.EndsWith('.')).Select(a => TextFold.Fold(a.AsSpan(0, a.Length - 1))).ToFrozenSet(StringComparer.Ordinal);

        Keywords = new TermMatcher(numbers.CliticPrefixes);
        var f = profile.Figures;
        Keywords.AddAll(f.Killed, Tag.Killed);
        Keywords.AddAll(f.Injured, Tag.Injured);
        foreach (var affected in f.Affected)
        {
            // Harmed, killed or hurt: a casualty count only with dead among them (SentenceReader.Affected).
            Keywords.Add(affected, Tag.Injured, AffectedValue);
        }

        Keywords.AddAll(f.Casualties, Tag.Casualties);
        Keywords.AddAll(f.Drones, Tag.Drone);
        Keywords.AddAll(f.Missiles, Tag.Missile);
        foreach (var mixed in f.MixedWeapons)
        {
            // Counted as drones (the guideline's rule for a number of drones and missiles together), marked combined.
            Keywords.Add(mixed, Tag.Drone, MixedWeaponsValue);
        }

        Keywords.AddAll(f.Launched, Tag.Launched);
        foreach (var attack in f.Attacks)
        {
            Keywords.Add(attack, Tag.Launched, AttackValue);
        }
        Keywords.AddAll(f.Downed, Tag.Downed);
        Keywords.AddAll(f.Supplied, Tag.Supplied);
        Keywords.AddAll(f.Exercises, Tag.Exercise);
        Keywords.AddAll(f.Tolls.Killed, Tag.TollKilled);
        Keywords.AddAll(f.Tolls.Injured, Tag.TollInjured);
        Keywords.AddAll(f.Tolls.Casualties, Tag.TollCasualties);
        Keywords.AddAll(f.CountNouns, Tag.CountNoun);
        foreach (var restated in f.RestatedCounts)
        {
            Keywords.Add(restated, Tag.CountNoun, RestatedValue);
        }

        Days = new TermMatcher(numbers.CliticPrefixes);
        Days.AddAll(f.DayUnits, Tag.DayUnit);
        Days.AddAll(f.HourUnits, Tag.HourUnit);
        Days.AddAll(f.Ago, Tag.Ago);
        foreach (var later in f.Later)
        {
            Days.Add(later, Tag.Ago, LaterValue);
        }

        foreach (var lull in f.Lulls)
        {
            // "ten days of calm": the quiet before the count, a point relative to it as "two weeks after" is.
            Days.Add(lull, Tag.Ago, LaterValue);
        }

        Days.AddAll(f.OneAttack, Tag.OneAttack);
        Days.AddAll(f.AsOf, Tag.AsOf);
        Days.AddAll(f.Concessives, Tag.Concessive);
        Aside = new TermMatcher(numbers.CliticPrefixes);
        Aside.AddAll(f.TollVerbs, Tag.TollVerb);
        Aside.AddAll(f.ReachUpTo, Tag.Reach);
        Aside.AddAll(f.Tended, Tag.Tended);
        Aside.AddAll(f.Bodies, Tag.Body);
        Aside.AddAll(f.HandedBack, Tag.HandedBack);
        Aside.AddAll(f.Weekdays, Tag.Weekday);
        Aside.AddAll(f.Distributive, Tag.Distributive);
        Aside.AddAll(f.Ratio, Tag.Ratio);
        foreach (var between in f.RatioBetween)
        {
            Aside.Add(between, Tag.Ratio, RatioBetweenValue);
        }

        RatesAfter = new TermMatcher(numbers.CliticPrefixes);
        RatesAfter.AddAll(f.RateAfter, Tag.Rate);
        RatesAfter.AddAll(f.NotRate, Tag.NotRate);
        RatesBefore = new TermMatcher(numbers.CliticPrefixes);
        RatesBefore.AddAll(f.RateBefore, Tag.Rate);
        RatesBefore.AddAll(f.NotRate, Tag.NotRate);
        HasRates = f.RateAfter.Count + f.RateBefore.Count > 0;
        Deliveries = new TermMatcher(numbers.CliticPrefixes);
        Deliveries.AddAll(f.SendVerbs, Tag.Sending);
        Deliveries.AddAll(f.SupplyMarks, Tag.SupplyMark);
        HasDeliveries = f.SendVerbs.Count > 0 && f.SupplyMarks.Count > 0;
        Keywords.AddAll(f.People.Except(f.PeopleCounters), Tag.People);
        foreach (var counter in f.PeopleCounters)
        {
            Keywords.Add(counter, Tag.People, PeopleCounterValue);
        }

        foreach (var uprooted in f.Uprooted)
        {
            Keywords.Add(uprooted, Tag.People, UprootedValue);
        }

        foreach (var group in f.Groups)
        {
            Keywords.Add(group, Tag.People, GroupValue);
        }
        Keywords.AddAll(f.Counters, Tag.Counter);
        Keywords.AddAll(f.Others, Tag.Others);
        Keywords.AddAll(f.Of, Tag.Of);
        Keywords.AddAll(f.Including, Tag.Including);
        Keywords.AddAll(f.NotIncluded, Tag.NotIncluded);
        Keywords.AddAll(f.Cumulative, Tag.Cumulative);
        foreach (var same in f.SamePeriod)
        {
            Keywords.Add(same, Tag.Cumulative, SamePeriodValue);
        }

        foreach (var since in f.SinceClauses)
        {
            Keywords.Add(since, Tag.Cumulative, SinceClauseValue);
        }

        Keywords.AddAll(f.Superlatives, Tag.Superlative);
        foreach (var rank in f.Ranks)
        {
            Keywords.Add(rank, Tag.Superlative, RankValue);
        }

        Keywords.AddAll(f.Exclusions, Tag.Exclusion);
        Keywords.AddAll(f.Acts, Tag.Act);
        foreach (var miscounted in f.Miscounted.Concat(f.Unrecovered))
        {
            // Victims counted wrongly, or still under the rubble: either way the count before them is no casualty figure.
            Keywords.Add(miscounted, Tag.Act, MiscountedValue);
        }

        foreach (var identifying in f.Identifying)
        {
            // Those identified are some of the dead: the count beside them is no toll, even with a casualty word after it.
            Keywords.Add(identifying, Tag.Act, IdentifyingValue);
        }

        Keywords.AddAll(f.Hypothetical, Tag.Hypothetical);
        Keywords.AddAll(f.Accidents, Tag.Accident);
        foreach (var aftermath in f.Aftermath)
        {
            // "the collapse of the building": an accident only in an article that names no violence.
            Keywords.Add(aftermath, Tag.Accident, AftermathValue);
        }

        Keywords.AddAll(f.EventTime, Tag.EventTime);
        Keywords.AddAll(f.Months, Tag.Month);
        foreach (var month in f.MonthsBesideDay)
        {
            Keywords.Add(month, Tag.Month, BesideDayValue);
        }

        foreach (var month in f.MonthsRelative)
        {
            Keywords.Add(month, Tag.Month, RelativeMonthValue);
        }

        DayMonthLinks = f.DayMonthLinks.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        EditorNotes = f.EditorNotes.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        RespectivelyJoining = f.RespectivelyJoining.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        GluedUnits = f.DayUnits.Select(u => (Unit: u, Tag: Tag.DayUnit)).Concat(f.HourUnits.Select(u => (Unit: u, Tag: Tag.HourUnit)))
            .Where(u => !u.Unit.Contains(' ') && !u.Unit.EndsWith('*'))
            .Select(u => (Unit: TextFold.Fold(u.Unit), u.Tag))
            .DistinctBy(u => u.Unit)
            .ToFrozenDictionary(u => u.Unit, u => u.Tag, StringComparer.Ordinal);
        Keywords.AddAll(f.Periods, Tag.Period);
        Keywords.AddAll(f.And, Tag.And);
        Keywords.AddAll(f.RespectivelyJoining, Tag.And);
        Keywords.AddAll(f.Comparisons, Tag.Comparison);
        Keywords.AddAll(f.Links, Tag.Link);
        Keywords.AddAll(f.All, Tag.All);
        Keywords.AddAll(f.Partitives, Tag.Partitive);
        Keywords.AddAll(f.Hedges, Tag.Hedge);
        Keywords.AddAll(f.Respectively, Tag.Respectively);
        Keywords.AddAll(f.Speech, Tag.Speech);
        Keywords.AddAll(f.Hits, Tag.Hit);
        Keywords.AddAll(f.Remains, Tag.Remains);
        Keywords.AddAll(f.Relatives, Tag.Relative);
        foreach (var relative in f.RelativesAfterComma)
        {
            Keywords.Add(relative, Tag.Relative, AfterCommaValue);
        }
        Keywords.AddAll(f.ClauseOpeners, Tag.ClauseOpener);
        Keywords.AddAll(f.BreakdownOpeners, Tag.BreakdownOpener);
        Keywords.AddAll(f.Varying, Tag.Varying);
        HasVarying = f.Varying.Count > 0;
        Keywords.AddAll(f.Campaigns, Tag.Campaign);
        Totals = new TermMatcher(numbers.CliticPrefixes);
        Totals.AddAll(f.TableTotals, Tag.Total);
        TalliedGroups = new TermMatcher(numbers.CliticPrefixes);
        TalliedGroups.AddAll(f.TalliedGroups, Tag.People);
        PossessiveEndings = f.PossessiveEndings.Select(w => TextFold.Fold(w)).ToArray();

        Qualifiers = new TermMatcher(numbers.CliticPrefixes);
        foreach (var (name, terms) in profile.Qualifiers)
        {
            if (name == "none")
            {
                // "en plus de deux missiles" (in addition to): a phrase holding a qualifier that qualifies nothing.
                Qualifiers.AddAll(terms, Tag.NoQualifier);
                continue;
            }

            if (!FigureNames.TryParseQualifier(name, out var qualifier) || qualifier == Qualifier.Exact)
            {
                throw new InvalidDataException($"Language '{profile.Code}': unknown qualifier '{name}' (expected at_least, more_than, about, nearly, up_to).");
            }

            Qualifiers.AddAll(terms, qualifier switch
            {
                Qualifier.AtLeast => Tag.AtLeast,
                Qualifier.MoreThan => Tag.MoreThan,
                Qualifier.About => Tag.About,
                Qualifier.Nearly => Tag.Nearly,
                _ => Tag.UpTo,
            });
        }

        Numbers = new TermMatcher(numbers.CliticPrefixes);
        Numbers.AddAll(numbers.Words, Tag.NumberWord);
        Numbers.AddAll(numbers.Multipliers, Tag.Multiplier);
        Numbers.AddAll(numbers.Scales, Tag.Scale);
        Numbers.AddAll(numbers.Vague, Tag.Vague);
        Numbers.AddAll(numbers.Approximate, Tag.Approximate);
        Numbers.AddAll(numbers.WeakOne.ToDictionary(w => w, _ => 1L), Tag.WeakOne);
        Numbers.AddAll(numbers.SameCount, Tag.SameCount);
        Numbers.AddAll(numbers.Connectors, Tag.Connector);
        PluralAttacks = profile.Figures.PluralAttacks.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        FiredUnits = profile.Figures.FiredUnits.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        DayMarkers = profile.Numbers.DayMarkers.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        SingleVictims = profile.Figures.SingleVictims.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        Victims = profile.Figures.Victims.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        AllPronouns = profile.Figures.AllPronouns.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        VerbParticles = profile.Figures.VerbParticles.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        TollPrepositions = profile.Figures.TollPrepositions.Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        Attributions = [.. profile.Figures.Attributions.Select(w => TextFold.Fold(w).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0)];

        NeutralAttacks = new TermMatcher(profile.Numbers.CliticPrefixes);
        NeutralAttacks.AddAll(profile.Figures.NeutralAttacks, Tag.OneAttack);
        HasNeutralAttacks = profile.Figures.NeutralAttacks.Count > 0;
        Wars = new TermMatcher(profile.Numbers.CliticPrefixes);
        Wars.AddAll(profile.Figures.Wars, Tag.Campaign);

        // The two matchers asked at every word (the tagger's keywords, the number reader's number words), and the five the
        // sentence reader asks most at the words around each number (days, asides, qualifiers, rates after a count,
        // totals): which of them a word can start is decided once per word (StartsOf), where the tokenizer interns it.
        Keywords.StartBit = KeywordsStart;
        Numbers.StartBit = NumbersStart;
        Days.StartBit = DaysStart;
        Aside.StartBit = AsideStart;
        Qualifiers.StartBit = QualifiersStart;
        RatesAfter.StartBit = RatesAfterStart;
        Totals.StartBit = TotalsStart;
        _startMatchers = [Keywords, Numbers, Days, Aside, Qualifiers, RatesAfter, Totals];
    }

    /// <summary>In <see cref="Token.Starts"/>: a keyword term may start with the word.</summary>
    private const byte KeywordsStart = 2;

    /// <summary>In <see cref="Token.Starts"/>: a number term may start with the word.</summary>
    private const byte NumbersStart = 4;

    /// <summary>In <see cref="Token.Starts"/>: a term of <see cref="Days"/> may start with the word.</summary>
    private const byte DaysStart = 8;

    /// <summary>In <see cref="Token.Starts"/>: a term of <see cref="Aside"/> may start with the word.</summary>
    private const byte AsideStart = 16;

    /// <summary>In <see cref="Token.Starts"/>: a term of <see cref="Qualifiers"/> may start with the word.</summary>
    private const byte QualifiersStart = 32;

    /// <summary>In <see cref="Token.Starts"/>: a term of <see cref="RatesAfter"/> may start with the word.</summary>
    private const byte RatesAfterStart = 64;

    /// <summary>In <see cref="Token.Starts"/>: a term of <see cref="Totals"/> may start with the word.</summary>
    private const byte TotalsStart = 128;

    // The matchers with a start bit (StartsOf).
    private readonly TermMatcher[] _startMatchers;

    /// <summary>
    /// A folded word's <see cref="Token.Starts"/> in this language: <see cref="Token.StartsKnown"/> and the bits of the
    /// matchers (<see cref="Keywords"/>, <see cref="Numbers"/>, <see cref="Days"/>, <see cref="Aside"/>,
    /// <see cref="Qualifiers"/>, <see cref="RatesAfter"/>, <see cref="Totals"/>) some term of which may start with it.
    /// </summary>
    public byte StartsOf(string folded, uint hash)
    {
        var starts = Token.StartsKnown;
        foreach (var matcher in _startMatchers)
        {
            if (matcher.StartBit != 0 && matcher.MayStart(folded, hash))
            {
                starts |= matcher.StartBit;
            }
        }

        return starts;
    }

    /// <summary>The value a launching term carries when it is also an attack (violence).</summary>
    public const long AttackValue = 1;

    /// <summary>Value of an act that says victims were counted wrongly or are still under the rubble (data <c>miscounted</c>, <c>unrecovered</c>).</summary>
    public const long MiscountedValue = 3;

    /// <summary>Value of an act of identifying the dead (data <c>identifying</c>): no toll beside it, whatever noun follows.</summary>
    public const long IdentifyingValue = 4;

    /// <summary>Value of a <see cref="Tag.People"/> term that is a group and its "of" ("a family of"), data <c>groups</c>.</summary>
    public const long GroupValue = 1;

    /// <summary>Value of a <see cref="Tag.People"/> term that is also a counter ("نفر"), data <c>peopleCounters</c>.</summary>
    public const long PeopleCounterValue = 2;

    /// <summary>The value of a people word naming the displaced (data <c>uprooted</c>): no item of a list of casualties.</summary>
    public const long UprootedValue = 3;

    /// <summary>The value of a weapon noun that names drones and missiles together ("projectiles", "aerial targets").</summary>
    public const long MixedWeaponsValue = 2;

    /// <summary>The value of a relative pronoun that is one only right after a comma (German "die", also an article).</summary>
    public const long AfterCommaValue = 1;

    /// <summary>The value of a count noun that names a stated figure again ("this figure"), data <c>restatedCounts</c>.</summary>
    public const long RestatedValue = 1;

    /// <summary>The value a month name carries when it is a month only beside a day number ("31 May").</summary>
    public const long BesideDayValue = 1;

    /// <summary>The value of a month or week named relative to the report ("last month", "this week"): no day of it is ever written beside it.</summary>
    public const long RelativeMonthValue = 2;

    /// <summary>A ratio word that makes a ratio only between a smaller number and a larger one ("one in five").</summary>
    public const long RatioBetweenValue = 1;

    /// <summary>The value of an ordinal among the superlatives ("the third attack this week"): it ranks what stands after it.</summary>
    public const long RankValue = 1;

    /// <summary>The value of an accident word that is also what a strike leaves behind (data <c>aftermath</c>: a collapse).</summary>
    public const long AftermathValue = 1;

    /// <summary>The value of a "later" word among the "ago" words ("two weeks after"): read only after its unit.</summary>
    public const long LaterValue = 1;

    /// <summary>The value of an injured word that names people harmed, killed and hurt alike (data <c>affected</c>).</summary>
    public const long AffectedValue = 5;

    /// <summary>The value of a running-total term that names the time of the figures before again (data <c>samePeriod</c>).</summary>
    public const long SamePeriodValue = 1;

    /// <summary>The value of a running-total term that opens a "since" clause (data <c>sinceClauses</c>).</summary>
    public const long SinceClauseValue = 2;

    /// <summary>Folded words that may link a day to its month in a date (data <c>dayMonthLinks</c>: "de", "من", "of").</summary>
    public FrozenSet<string> DayMonthLinks { get; }

    /// <summary>One-word day and hour units, folded, for a span glued to its number ("the 12-day war", "a 48-hour truce").</summary>
    public FrozenDictionary<string, Tag> GluedUnits { get; }

    public LanguageProfile Profile { get; }

    public TermMatcher Keywords { get; }

    public TermMatcher Qualifiers { get; }

    /// <summary>
    /// Day units, "ago" words and one-attack heads, matched apart from the keywords (a day unit is also a unit that excludes
    /// a count; an attack head is also an attack).
    /// </summary>
    public TermMatcher Days { get; }

    public TermMatcher Numbers { get; }

    /// <summary>Words that open a table's total row (data <c>tableTotals</c>), matched apart from the keywords.</summary>
    public TermMatcher Totals { get; }

    /// <summary>People whose dead are tallied over a war (data <c>talliedGroups</c>: journalists, aid workers, an agency's staff).</summary>
    public TermMatcher TalliedGroups { get; }

    /// <summary>Toll verbs and "reach" words, matched only where a qualifier is in question (data <c>tollVerbs</c>, <c>reachUpTo</c>).</summary>
    public TermMatcher Aside { get; }

    /// <summary>Rate phrases after a count (data <c>rateAfter</c>, <c>notRate</c>), matched only at a figure's end.</summary>
    public TermMatcher RatesAfter { get; }

    /// <summary>Rate and average words before a count (data <c>rateBefore</c>, <c>notRate</c>), matched only before a figure.</summary>
    public TermMatcher RatesBefore { get; }

    /// <summary>The language lists rate phrases.</summary>
    public bool HasRates { get; }

    /// <summary>Sending verbs and marks of a delivery (data <c>sendVerbs</c>, <c>supplyMarks</c>), matched only at a sending verb's clause.</summary>
    public TermMatcher Deliveries { get; }

    /// <summary>The language lists sending verbs and marks of a delivery.</summary>
    public bool HasDeliveries { get; }

    public FrozenSet<string> Stopwords { get; }

    /// <summary>Folded words that make the date after them the start of a period ("since 7 October", "از ۷ اکتبر").</summary>
    public FrozenSet<string> SinceWords { get; }

    /// <summary>Folded verbs of confirming a count (data <c>confirming</c>): a bare number right after one restates the figure before it.</summary>
    public FrozenSet<string> ConfirmingWords { get; }

    /// <summary>Folded words of <c>groupStates</c>.</summary>
    public FrozenSet<string> GroupStateWords { get; }

    /// <summary>Folded "from" and "to" words of a change between two counts (data <c>changeFrom</c>, <c>changeTo</c>).</summary>
    public FrozenSet<string> ChangeFrom { get; }

    public FrozenSet<string> ChangeTo { get; }

    /// <summary>The words of each phrase that makes the count before it a difference, folded (data <c>differences</c>).</summary>
    public string[][] Differences { get; }

    /// <summary>The words of each phrase that makes the count after it a difference, folded (data <c>differenceNouns</c>).</summary>
    public string[][] DifferenceNouns { get; }

    /// <summary>Indefinite articles that are no number, folded (data <c>singularArticles</c>).</summary>
    public FrozenSet<string> SingularArticles { get; }

    /// <summary>Weapon nouns in a singular form, folded (data <c>singleWeapons</c>).</summary>
    public FrozenSet<string> SingleWeapons { get; }

    /// <summary>Words of war and fighting, folded (data <c>conflicts</c>).</summary>
    public FrozenSet<string> Conflicts { get; }

    /// <summary>Folded losing words that lose people only right before their count (data <c>lossesBeforeCount</c>).</summary>
    public FrozenSet<string> LossesBeforeCount { get; }

    /// <summary>Folded single words naming one person where the language has no article (data <c>singularPeople</c>).</summary>
    public FrozenSet<string> SingularPeople { get; }

    /// <summary>Folded words, each marker split into its words, that make the noun after them plural (data <c>pluralMarkers</c>).</summary>
    public IReadOnlyList<string[]> PluralMarkers { get; }

    /// <summary>Folded single words that introduce a passive verb's agent (data <c>passiveAgents</c>).</summary>
    public FrozenSet<string> PassiveAgents { get; }

    /// <summary>Words before a change's size ("rose by 3"), one word each.</summary>
    public FrozenSet<string> ChangeBy { get; }

    /// <summary>Folded words that join a count with its verb left out ("…, with 102,347 wounded"), data <c>accompanying</c>.</summary>
    public FrozenSet<string> Accompanying { get; }

    /// <summary>Folded words that mean "up to" right after a casualty or losing verb (Russian "потеряли до 1300"), data <c>upToAfterVerb</c>.</summary>
    public FrozenSet<string> UpToAfterVerb { get; }

    /// <summary>Ordinals that rank only right after an attack word (<see cref="FigureLexicon.RanksAfterAttack"/>), folded.</summary>
    public FrozenSet<string> RanksAfterAttack { get; }
    /// <summary>Folded words for a weapon's type before its name (data <c>weaponTypes</c>).</summary>
    public FrozenSet<string> WeaponTypes { get; }

    /// <summary>Verbs of exceeding (data <c>exceeding</c>), folded.</summary>
    public FrozenSet<string> Exceeding { get; }

    /// <summary>Verbs that give a casualty part's cause (data <c>causeVerbs</c>), folded.</summary>
    public FrozenSet<string> CauseVerbs { get; }

    /// <summary>Definite articles that make a downed count after them the whole launched (data <c>wholeArticles</c>), folded.</summary>
    public FrozenSet<string> WholeArticles { get; }

    /// <summary>Verbs of exceeding after their number (data <c>exceedingAfter</c>), folded.</summary>
    public FrozenSet<string> ExceedingAfter { get; }

    /// <summary>Demonstratives (data <c>demonstratives</c>), folded.</summary>
    public FrozenSet<string> Demonstratives { get; }

    /// <summary>Words joining a person to a bare age (data <c>ageLinks</c>), folded.</summary>
    public FrozenSet<string> AgeLinks { get; }

    /// <summary>Words that open a wire update's editor's note after an opening parenthesis (data <c>editorNotes</c>), folded.</summary>
    public FrozenSet<string> EditorNotes { get; }

    /// <summary>Folded words that join two values and map them in order ("respektive"), data <c>respectivelyJoining</c>.</summary>
    public FrozenSet<string> RespectivelyJoining { get; }

    /// <summary>Folded words that frame a whole month right before its name (data <c>monthIn</c>).</summary>
    public FrozenSet<string> MonthIn { get; }

    /// <summary>Copulas joining victims to an age limit (data <c>copulas</c>), folded.</summary>
    public FrozenSet<string> Copulas { get; }

    /// <summary>Phrases before an age limit (data <c>ageBounds</c>), each as its folded words.</summary>
    public string[][] AgeBounds { get; }

    /// <summary>Folded words that deny what follows (data <c>negations</c>).</summary>
    public FrozenSet<string> Negations { get; }

    /// <summary>The language has words of the same count (<see cref="NumberLexicon.SameCount"/>).</summary>
    public bool HasSameCount { get; }

    /// <summary>The words of "and" (data <c>and</c>), folded.</summary>
    public FrozenSet<string> AndWords { get; }

    /// <summary>Words that are both "a" and "one" (<c>numbers.weakOne</c>), folded.</summary>
    public FrozenSet<string> WeakOnes { get; }

    /// <summary>Singular scale words that alone count one of them (<c>numbers.loneScales</c>), folded.</summary>
    public FrozenSet<string> LoneScales { get; }

    /// <summary>One-word weekdays (data <c>weekdays</c>), folded: never a number word ("الاثنين", Monday, not "the two").</summary>
    public FrozenSet<string> WeekdayWords { get; }

    /// <summary>Words between the two ends of a range of counts (<see cref="NumberLexicon.RangeWords"/>), folded.</summary>
    public FrozenSet<string> RangeWords { get; }

    /// <summary>Words that open a range right before its lower end (<see cref="NumberLexicon.RangeOpeners"/>), folded.</summary>
    public FrozenSet<string> RangeOpeners { get; }

    /// <summary>Words between the ends of an opened range (<see cref="NumberLexicon.RangeJoiners"/>), folded.</summary>
    public FrozenSet<string> RangeJoiners { get; }

    /// <summary>Verbs of a change before a range opener that is also a change's "from" (<see cref="NumberLexicon.ChangeVerbs"/>), folded.</summary>
    public FrozenSet<string> ChangeVerbs { get; }

    /// <summary>Words after which a number is an ordinal (<see cref="NumberLexicon.OrdinalMarkers"/>), folded.</summary>
    public FrozenSet<string> OrdinalMarkers { get; }

    /// <summary>Words after which a number from 1 to 12 names a month (<see cref="NumberLexicon.MonthMarkers"/>), folded.</summary>
    public FrozenSet<string> MonthMarkers { get; }

    /// <summary>Demonstratives that close a noun phrase after it ("serangan itu", "cuộc tấn công đó"), folded.</summary>
    public FrozenSet<string> BackDemonstratives { get; }

    /// <summary>Whether the tokens at <paramref name="i"/> are a month named by its number ("tháng 4"; not "tháng 4/2024", a date).</summary>
    public bool MonthNumberAt(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].IsWord && tokens[i + 1] is { IsNumber: true, Number: >= 1 and <= 12, Length: <= 2 } &&
        MonthMarkers.Contains(tokens[i].Folded);

    /// <summary>Words that are "both" before a counted noun and an ordinal after one (<see cref="NumberLexicon.BothOrOrdinal"/>), folded.</summary>
    public FrozenSet<string> BothOrOrdinal { get; }

    /// <summary>Definite articles glued to digits after their noun (<see cref="NumberLexicon.DefiniteArticles"/>), folded.</summary>
    public FrozenSet<string> DefiniteArticles { get; }

    /// <summary>Words for "one of" that count one before their group (data <c>numbers.oneOf</c>), folded.</summary>
    public FrozenSet<string> OneOfWords { get; }

    /// <summary>Folded words for "targets" (data <c>targets</c>, also exclusions): see <c>SentenceReader.DownedTargets</c>.</summary>
    public FrozenSet<string> TargetWords { get; }

    public static CompiledLanguage For(LanguageProfile profile) => Cache.GetValue(profile, p => new CompiledLanguage(p));

    public bool IsNumberSeparator(char c) => _separators.Contains(c);

    /// <summary>The full stop is this language's decimal point ("1.5 million"); elsewhere it groups thousands ("1.500").</summary>
    public bool DotIsDecimal => Profile.Numbers.DecimalSeparator == ".";

    public bool GroupsThousands(char c) => _thousands.Contains(c) || (c is '٬');

    /// <summary>The word (folded, without its dot) is an abbreviation of the language ("тыс", "mr", "tp").</summary>
    public bool IsAbbreviation(string folded) => _abbreviations.Contains(folded);

    /// <summary>The folded word is digits and an ordinal ending ("10th", "5-й"; data <c>numbers.ordinalSuffixes</c>).</summary>
    public bool IsOrdinalDigits(string folded)
    {
        if (_ordinalSuffixes.Length == 0 || folded.Length < 2 || !char.IsAsciiDigit(folded[0]))
        {
            return false;
        }

        var end = 1;
        while (end < folded.Length && char.IsAsciiDigit(folded[end]))
        {
            end++;
        }

        var suffix = folded.AsSpan(end);
        foreach (var ending in _ordinalSuffixes)
        {
            if (suffix.SequenceEqual(ending))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The letters are a noun a count may be glued to by a hyphen (data <c>numbers.hyphenedNouns</c>).</summary>
    /// <summary>
    /// The scale that <paramref name="letters"/> glued to digits stand for ("k" 1,000, "bn" 10⁹; data
    /// <c>numbers.gluedScales</c>, and <c>numbers.decimalGluedScales</c> when the digits hold a decimal part), else 0.
    /// </summary>
    public long GluedScale(ReadOnlySpan<char> letters, bool afterDecimal)
    {
        if (letters.Length > 4 || (_gluedScales.Length == 0 && _decimalGluedScales.Length == 0))
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[letters.Length];
        var folded = buffer[..TextFold.FoldInto(letters, buffer)];
        foreach (var (word, scale) in _gluedScales)
        {
            if (folded.SequenceEqual(word))
            {
                return scale;
            }
        }

        if (afterDecimal)
        {
            foreach (var (word, scale) in _decimalGluedScales)
            {
                if (folded.SequenceEqual(word))
                {
                    return scale;
                }
            }
        }

        return 0;
    }

    public bool IsHyphenedNoun(ReadOnlySpan<char> letters)
    {
        if (_hyphenedNouns.Length == 0 || letters.Length > 64)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[letters.Length];
        var folded = buffer[..TextFold.FoldInto(letters, buffer)];
        foreach (var noun in _hyphenedNouns)
        {
            if (folded.SequenceEqual(noun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A weak "one" behind one of the language's clitic prefixes (fr "qu'un", "qu'une"), folded.</summary>
    public bool IsGluedWeakOne(string folded)
    {
        foreach (var clitic in _clitics)
        {
            if (folded.Length > clitic.Length && folded.StartsWith(clitic, StringComparison.Ordinal) && WeakOnes.Contains(folded[clitic.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsClitic(ReadOnlySpan<char> letters)
    {
        Span<char> buffer = letters.Length <= 64 ? stackalloc char[letters.Length] : new char[letters.Length];
        var folded = buffer[..TextFold.FoldInto(letters, buffer)];
        foreach (var clitic in _clitics)
        {
            if (folded.SequenceEqual(clitic))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The language lists words of a measure varying between bounds (data <c>varying</c>).</summary>
    public bool HasVarying { get; }

    /// <summary>Attack words in the plural (data <c>pluralAttacks</c>), folded.</summary>
    public FrozenSet<string> PluralAttacks { get; }

    /// <summary>Excluded units that are missiles when fired (data <c>firedUnits</c>), folded.</summary>
    public FrozenSet<string> FiredUnits { get; }

    /// <summary>Words after which a number from 1 to 31 names a day of the month (<see cref="NumberLexicon.DayMarkers"/>), folded.</summary>
    public FrozenSet<string> DayMarkers { get; }

    /// <summary>Endings of a possessive word (data <c>possessiveEndings</c>), folded.</summary>
    public string[] PossessiveEndings { get; }

    /// <summary>Whether the tokens at <paramref name="i"/> are a day of the month named by its number ("ngày 10", "tanggal 10").</summary>
    public bool DayNumberAt(List<Token> tokens, int i) =>
        DayMarkers.Count > 0 && i + 1 < tokens.Count && tokens[i].IsWord && tokens[i + 1] is { IsNumber: true, Number: >= 1 and <= 31, Length: <= 2 } &&
        DayMarkers.Contains(tokens[i].Folded);

    /// <summary>Folded words that are "of" only between two numbers (data <c>ofBetweenNumbers</c>).</summary>
    public FrozenSet<string> OfBetweenNumbers { get; }

    /// <summary>Singular nouns of one victim (data <c>singleVictims</c>), folded.</summary>
    public FrozenSet<string> SingleVictims { get; }

    /// <summary>Casualty words naming the victims of an attack (data <c>victims</c>), folded.</summary>
    public FrozenSet<string> Victims { get; }

    /// <summary>Pronouns beside "all" for weapons named before (data <c>allPronouns</c>), folded.</summary>
    public FrozenSet<string> AllPronouns { get; }

    /// <summary>Separable verb particles (data <c>verbParticles</c>), folded.</summary>
    public FrozenSet<string> VerbParticles { get; }

    /// <summary>Prepositions of an inverted toll besides the "to" words (data <c>tollPrepositions</c>), folded.</summary>
    public FrozenSet<string> TollPrepositions { get; }

    /// <summary>Phrases that open an attribution aside (data <c>attributions</c>), folded, word by word.</summary>
    public string[][] Attributions { get; }

    /// <summary>Attack words that do not mark the number (data <c>neutralAttacks</c>).</summary>
    public TermMatcher NeutralAttacks { get; }

    /// <summary>The language lists attack words that do not mark the number.</summary>
    public bool HasNeutralAttacks { get; }

    /// <summary>Wars and offensives as a whole (data <c>wars</c>).</summary>
    public TermMatcher Wars { get; }
}
