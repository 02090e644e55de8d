using System.Text.Json;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Places;

/// <summary>
/// The places the event model knows (<c>Places/Data/gazetteer.json</c>): hierarchical ids ("ua/kharkiv-oblast/kharkiv")
/// and their spellings in every supported language, written as stems. <see cref="Find(string, string)"/> lists the places a text
/// names: a word matches a stem when it starts with it and what is left is at most the language's <c>maxSuffix</c>
/// letters (after one of the language's clitic prefixes, if any); a name of several words matches word by word; the
/// longest match wins. A place contains every place whose id extends its own (<see cref="Contains"/>).
/// </summary>
public sealed partial class Gazetteer
{
    private const string Resource = "Reports.Core.Places.Data.gazetteer.json";

    /// <summary>In <see cref="Classify"/>: the character is inside a word (a letter, digit, combining mark or ZWNJ).</summary>
    internal const uint WordChar = 1u << 16;

    /// <summary>In <see cref="Classify"/>: folding drops the character (<see cref="TokenChars.Dropped"/>).</summary>
    internal const uint Dropped = TokenChars.Dropped;

    // Per block of 256 characters, filled on first sight: each character's folded form and flags (Classify). (Declared
    // before Default, which reads words while the type is initialised.)
    private static readonly uint[]?[] CharBlocks = new uint[]?[256];

    private readonly Dictionary<string, LanguageRule> languages;
    private readonly Dictionary<string, string> displayNames;
    private readonly int minStem;
    private readonly int longestFirstWord;
    private readonly HashedWords<Name[]> namesByFirstWord;

    // Bit k: some name's first word is k letters long (k < 64; longer words are always looked up).
    private readonly ulong firstWordLengths;

    // The first letters of every name's first word (leadLength of them, or the whole word when shorter) together with the
    // first word's length, as bits of their hash (LeadBit): most words of a text start no name of any length their
    // prefixes could take and skip the hashing and look-ups of those prefixes (StartsSomeName).
    private readonly ulong[] leads = new ulong[LeadBits / 64];
    private readonly int leadLength;
    private readonly Dictionary<string, string[]> alsoIn = new(StringComparer.Ordinal);
    private (string Place, string[] Countries)[] alsoInList = [];
    private readonly Dictionary<string, string> opponents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> seas = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> conflictPairs = [];

    private Gazetteer(IEnumerable<(string Id, string[] Names)> places, Dictionary<string, LanguageRule> languages, int minStem, IEnumerable<(string Id, string[] Names)>? officials = null)
    {
        this.languages = languages;
        this.minStem = minStem;
        var byFirstWord = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        var longest = 0;
        var lengths = 0UL;
        displayNames = new(StringComparer.Ordinal);
        foreach (var (id, names) in places)
        {
            displayNames.TryAdd(id, names.Length > 0 ? names[0] : id);
            foreach (var name in names)
            {
                var words = Words(name).Select(w => PlaceFold(name.AsSpan(w.Offset, w.Length))).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                Add(new Name(id, words));
                if (words.Length > 1 && Array.TrueForAll(words, ArabicScript))
                {
                    // "خان یونس" is as often written with a zero-width non-joiner ("خان‌یونس") or run together
                    // ("دیرالبلح"); the joiner folds away, so both read as the words run together.
                    Add(new Name(id, [string.Concat(words)]));
                }
            }
        }

        foreach (var (id, names) in officials ?? [])
        {
            foreach (var name in names)
            {
                var words = Words(name).Select(w => PlaceFold(name.AsSpan(w.Offset, w.Length))).ToArray();
                if (words.Length > 0)
                {
                    Add(new Name(id, words) { Official = true });
                }
            }
        }

        longestFirstWord = longest;
        firstWordLengths = lengths;
        namesByFirstWord = new HashedWords<Name[]>(byFirstWord.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.ToArray())));

        // A first word shorter than minStem matches only a whole word, so no more letters than minStem make the lead.
        leadLength = Math.Clamp(minStem, 1, MaxLeadLength);
        foreach (var first in byFirstWord.Keys)
        {
            var bit = LeadBit(WordHash.Of(first.AsSpan(0, Math.Min(first.Length, leadLength))), first.Length);
            leads[bit >> 6] |= 1UL << (bit & 63);
        }

        void Add(Name name)
        {
            var first = name.Words[0];
            if (!byFirstWord.TryGetValue(first, out var list))
            {
                byFirstWord[first] = list = [];
            }

            list.Add(name);
            longest = Math.Max(longest, first.Length);
            lengths |= first.Length < 64 ? 1UL << first.Length : 0;
        }
    }

    private static bool ArabicScript(string word) => word.Length > 0 && word.All(c => WritingScripts.Of(c) == WritingScript.Arabic);

    /// <summary>The gazetteer shipped with the project.</summary>
    public static Gazetteer Default { get; } = Load();

    /// <summary>
    /// The words that name a side rather than a place ("Ukrainian drones", "российских ракет"), as a gazetteer whose ids
    /// are countries: <see cref="Find(string, string)"/> on it lists the sides a text names.
    /// </summary>
    public Gazetteer Demonyms => demonyms ?? (empty ??= new Gazetteer([], new(StringComparer.OrdinalIgnoreCase), 4));

    private static Gazetteer? empty;
    private Gazetteer? demonyms;

    /// <summary>The one side <paramref name="side"/> is at war with in the data's conflicts, or null when none or several.</summary>
    public string? Opponent(string side) => opponents.GetValueOrDefault(side);

    /// <summary>
    /// Whether <paramref name="sea"/> is counted by the tallies of a country at war with <paramref name="country"/> (its
    /// <c>alsoIn</c>: the Red Sea is Yemen's, at war with Israel; the Black Sea Russia's, at war with Ukraine).
    /// </summary>
    public bool CountedByEnemyOf(string sea, string country)
    {
        if (alsoIn.TryGetValue(sea, out var countries))
        {
            foreach (var c in countries)
            {
                if (AtWar(country, c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="first"/> and <paramref name="second"/> are opposing sides of one conflict.</summary>
    public bool AtWar(string first, string second) => conflictPairs.Contains((first, second));

    /// <summary>Every place id the gazetteer knows.</summary>
    public IEnumerable<string> PlaceIds => displayNames.Keys;

    /// <summary>Whether <paramref name="outer"/> is <paramref name="inner"/> or contains it ("ua" contains "ua/kyiv").</summary>
    public static bool Contains(string outer, string inner) => Default.Includes(outer, inner);

    /// <summary>
    /// Whether <paramref name="outer"/> contains <paramref name="inner"/> by the id tree, or because a place on
    /// <paramref name="inner"/>'s path is counted by <paramref name="outer"/>'s tallies too (its <c>alsoIn</c>: Russia's
    /// air-defence reports count Crimea and the Black Sea).
    /// </summary>
    public bool Includes(string outer, string inner)
    {
        if (IsPrefix(outer, inner))
        {
            return true;
        }

        // Reports call this millions of times: a plain loop over an array (a lambda capturing outer cost an allocation
        // on every call), and a place whose first letter differs is passed over before comparing it.
        foreach (var (place, countries) in alsoInList)
        {
            if (inner.Length == 0 || place[0] != inner[0] || !IsPrefix(place, inner))
            {
                continue;
            }

            foreach (var country in countries)
            {
                if (IsPrefix(outer, country))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPrefix(string outer, string inner) =>
        inner.StartsWith(outer, StringComparison.Ordinal) && (inner.Length == outer.Length || inner[outer.Length] == '/');

    /// <summary>
    /// Whether two figures' places can be the same occurrence: either unknown, equal, or one containing the other
    /// (a region's part of a nationwide tally is inside the tally).
    /// </summary>
    public static bool Compatible(string? a, string? b) =>
        a is null || b is null || ReferenceEquals(a, b) || Contains(a, b) || Contains(b, a);

    /// <summary>The first spelling the data gives for the place (English), or the id when unknown; "near …" for a <see cref="Near"/> id.</summary>
    public string DisplayName(string placeId)
    {
        ArgumentNullException.ThrowIfNull(placeId);
        if (displayNames.TryGetValue(placeId, out var name))
        {
            return name;
        }

        var last = placeId.LastIndexOf('/');
        return last > 0 && placeId.AsSpan(last + 1).StartsWith(NearPrefix, StringComparison.Ordinal)
            ? "near " + DisplayName(string.Concat(placeId.AsSpan(0, last + 1), placeId.AsSpan(last + 1 + NearPrefix.Length)))
            : placeId;
    }

    private const string NearPrefix = "near-";

    /// <summary>
    /// The place "near" <paramref name="placeId"/>: a place of its own inside the one that holds it, not inside it
    /// ("a town about 30 km northwest of Kharkiv" is in the Kharkiv region, not in the city); null for a country; a place
    /// near one already (a name the gazetteer files so, Persian "شمال الابیض") stays itself.
    /// </summary>
    public static string? Near(string placeId)
    {
        ArgumentNullException.ThrowIfNull(placeId);
        var last = placeId.LastIndexOf('/');
        return last <= 0 ? null : IsNear(placeId) ? placeId : string.Concat(placeId.AsSpan(0, last + 1), NearPrefix, placeId.AsSpan(last + 1));
    }

    [ThreadStatic]
    private static List<(int Offset, int Length)>? distanceWords;

    /// <summary>Words between a distance's unit and the place it is measured from ("30 km (19 miles) northwest of Kharkiv").</summary>
    private const int DistanceWords = 4;

    /// <summary>
    /// Whether the mention is the point a distance is measured from: a number and one of the language's
    /// <c>distances</c> ("km", "Kilometer", "км", "كم") at most <see cref="DistanceWords"/> words before it ("about 30 km
    /// northwest of Kharkiv", "rund 30 Kilometer nordwestlich von Charkiw", "за 30 км від Харкова", "على بعد 30 كم من").
    /// </summary>
    public bool IsDistanceReference(string text, PlaceMention mention, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        if (rule.Distances.Length == 0)
        {
            return false;
        }

        var start = Math.Max(0, mention.Offset - 80);
        if (!text.AsSpan(start, mention.Offset - start).ContainsAnyInRange('0', '9'))
        {
            // No number before the place: no distance (most places; read without making strings).
            return false;
        }

        // The words of the 80 characters before the place, read into the thread's list (no substring, no list per mention).
        var words = distanceWords ??= [];
        WordsInto(text.AsSpan(start, mention.Offset - start), words);
        for (var k = words.Count - 1; k >= 0 && k >= words.Count - 1 - DistanceWords; k--)
        {
            var word = text.AsSpan(start + words[k].Offset, words[k].Length);
            var unit = false;
            foreach (var phrase in rule.Distances)
            {
                if (phrase.Length == 1 && (FoldsTo(word, phrase[0]) || (word.Length > phrase[0].Length && char.IsDigit(word[0]) &&
                    FoldsTo(word[^phrase[0].Length..], phrase[0]))))
                {
                    unit = true;
                    break;
                }
            }

            if (!unit)
            {
                continue;
            }

            // The number: glued to the unit ("30km") or one of the two words before it ("30 km", "30 (19) miles").
            if (char.IsDigit(word[0]))
            {
                return true;
            }

            for (var j = k - 1; j >= 0 && j >= k - 2; j--)
            {
                if (char.IsDigit(text[start + words[j].Offset + words[j].Length - 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The places <paramref name="text"/> names, in text order, longest match first at each word.</summary>
    public List<PlaceMention> Find(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindIn(text, 0, text.Length, language);
    }

    /// <summary>
    /// The places <paramref name="text"/> names, and where it names a place mentioned before (<paramref name="anaphora"/>:
    /// "the town", "у місті", "kota itu", "البلدة"; data <c>anaphora</c>), read from the same folded words.
    /// </summary>
    public List<PlaceMention> Find(string text, string language, out List<(int Offset, int Length)> anaphora) =>
        Find(text, language, out anaphora, out _);

    /// <summary>
    /// As <see cref="Find(string, string, out List{ValueTuple{int, int}})"/>, and where the text names a place by a noun and
    /// a name (<paramref name="named"/>: the name's offset; "the village of Um Kuraydim", "thị trấn Bara", "у селі Климове";
    /// data <c>placeNouns</c>), whether the gazetteer knows the name or not.
    /// </summary>
    public List<PlaceMention> Find(string text, string language, out List<(int Offset, int Length)> anaphora, out List<int> named)
    {
        ArgumentNullException.ThrowIfNull(text);
        anaphora = [];
        named = [];
        return FindIn(text, 0, text.Length, language, anaphora, named);
    }

    /// <summary>
    /// The places <c>text[start..end)</c> names, read as if it were the whole text (a word cut by the range is cut), with
    /// offsets into <paramref name="text"/>.
    /// </summary>
    internal List<PlaceMention> FindIn(string text, int start, int end, string language, List<(int Offset, int Length)>? anaphora = null, List<int>? named = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PlaceMention>();
        if (namesByFirstWord.Count == 0)
        {
            return found;
        }

        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        var folded = Folded.ForThread(text, start, end);

        // Room for a place every sixteen words, set once (a list grown from empty copied itself five times in a long article).
        found.Capacity = Math.Min(folded.Count / 16, 1024);
        if (anaphora is not null && (rule.Anaphora.Length > 0 || rule.PlaceNouns.Length > 0))
        {
            Anaphora(text, folded, rule.Anaphora, rule.PlaceNouns, anaphora, named);
        }

        Span<uint> prefixHashes = stackalloc uint[longestFirstWord + 1];
        for (var i = 0; i < folded.Count; i++)
        {
            var best = (Id: (string?)null, Count: 0, Letters: 0, Official: false);
            var word = folded.Span(i);
            for (var v = -1; v < rule.Prefixes.Length; v++)
            {
                var variant = word;
                if (v >= 0)
                {
                    var prefix = rule.Prefixes[v];
                    if (word.Length <= prefix.Length + 2 || !word.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    variant = word[prefix.Length..];
                }

                // The hashes of the variant's first letters, for every length a look-up may take (one pass).
                var longest = Math.Min(variant.Length, longestFirstWord);
                var shortest = variant.Length - rule.MaxSuffix;
                if (longest < Math.Max(1, shortest) || !StartsSomeName(variant, shortest, longest))
                {
                    continue;
                }

                var hash = WordHash.Start;
                for (var k = 0; k < longest; k++)
                {
                    hash = WordHash.Add(hash, variant[k]);
                    prefixHashes[k + 1] = k + 1 >= shortest ? WordHash.Finish(hash) : 0;
                }

                for (var take = longest; take >= 1 && variant.Length - take <= rule.MaxSuffix; take--)
                {
                    if ((take < variant.Length && take < minStem) || (take < 64 && (firstWordLengths & (1UL << take)) == 0) ||
                        !namesByFirstWord.TryGetValue(variant[..take], prefixHashes[take], out var names))
                    {
                        continue;
                    }

                    foreach (var name in names)
                    {
                        var letters = Matches(name, folded, i, rule);
                        if (letters > best.Letters)
                        {
                            best = (name.Id, name.Words.Length, letters, name.Official);
                        }
                    }
                }
            }

            if (best.Id is not null)
            {
                var last = i + best.Count - 1;
                found.Add(new PlaceMention(best.Id, folded.Offset(i), folded.Offset(last) + folded.Length(last) - folded.Offset(i)) { Official = best.Official });
                i = last;
            }
        }

        folded.Release();
        return found;
    }

    /// <summary>The most letters of a name's first word its lead takes (<see cref="StartsSomeName"/>).</summary>
    private const int MaxLeadLength = 3;

    private const int LeadBits = 1 << 16;

    /// <summary>The bit of a lead (its hash) and a first word's length (lengths from 63 up share one bit).</summary>
    private static int LeadBit(uint leadHash, int length) => (int)(unchecked(leadHash + ((uint)Math.Min(length, 63) * 0x9E3779B1u)) & (LeadBits - 1));

    /// <summary>
    /// Whether some name's first word may be the first <c>take</c> letters of <paramref name="word"/> for a take from
    /// <paramref name="shortest"/> to <paramref name="longest"/> (the prefixes <see cref="FindIn"/> looks up): a first
    /// word of that length has the word's first letters (its lead), or, for a first word shorter than the lead, is the
    /// whole word. The lead is hashed once; each length is one bit test. False means no look-up of the word's prefixes
    /// can find a name (a stem shorter than minStem, no longer than the lead, matches only a whole word); true may still
    /// find none.
    /// </summary>
    private bool StartsSomeName(ReadOnlySpan<char> word, int shortest, int longest)
    {
        var leadHash = WordHash.Of(word[..Math.Min(word.Length, leadLength)]);
        for (var take = Math.Max(1, shortest); take <= longest; take++)
        {
            if (take < word.Length && take < minStem)
            {
                continue;
            }

            var bit = LeadBit(leadHash, take);
            if ((leads[bit >> 6] & (1UL << (bit & 63))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds where the words start one of <paramref name="phrases"/> (its words folded, one space or more between them), in
    /// text order: one anaphor per word at most, the first phrase that matches. Where the words start one of <paramref
    /// name="nouns"/> followed by a capital after nothing but spaces ("the village of Um Kuraydim", "le village d'Oum
    /// Soumeima", "у селі Климове", "thị trấn Bara"), the phrase names that place, which the gazetteer may not know: the
    /// name's offset goes to <paramref name="named"/>, and an anaphor starting there is that name's word, not an anaphor.
    /// </summary>
    private static void Anaphora(string text, Folded folded, string[][] phrases, string[][] nouns, List<(int Offset, int Length)> found, List<int>? named)
    {
        // A word whose folded length and first letter together start no phrase is passed over at once (most words): the
        // phrases' first words are bits of a small table, set once per call (a few phrases), one bit test per word.
        Span<ulong> starts = stackalloc ulong[StartBits / 64];
        starts.Clear();
        AddStarts(phrases, starts);
        AddStarts(nouns, starts);
        for (var i = 0; i < folded.Count; i++)
        {
            var word = folded.Span(i);
            if (word.Length == 0 || word.Length >= 64 || !HasStart(starts, word))
            {
                continue;
            }

            var name = false;
            foreach (var noun in nouns)
            {
                var next = i + noun.Length;
                if (next < folded.Count && PhraseAt(text, folded, i, noun) && NameGapBefore(text, folded, next) && char.IsUpper(text[folded.Offset(next)]))
                {
                    named?.Add(folded.Offset(next));
                    name = true;
                    break;
                }
            }

            if (name)
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (PhraseAt(text, folded, i, phrase))
                {
                    var last = i + phrase.Length - 1;
                    found.Add((folded.Offset(i), folded.Offset(last) + folded.Length(last) - folded.Offset(i)));
                    break;
                }
            }
        }

        static void AddStarts(string[][] phrases, Span<ulong> starts)
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Length > 0 && phrase[0].Length is > 0 and < 64)
                {
                    var bit = StartBit(phrase[0]);
                    starts[bit >> 6] |= 1UL << (bit & 63);
                }
            }
        }

        static bool HasStart(ReadOnlySpan<ulong> starts, ReadOnlySpan<char> word)
        {
            var bit = StartBit(word);
            return (starts[bit >> 6] & (1UL << (bit & 63))) != 0;
        }
    }

    /// <summary>Bits of the table of phrase starts <see cref="Anaphora"/> checks a word against.</summary>
    private const int StartBits = 1024;

    /// <summary>A (non-empty) word's bit in that table, from its first letter and its length (distinct letters of a script get distinct bits).</summary>
    private static int StartBit(ReadOnlySpan<char> word) => ((word[0] * 37) + word.Length) & (StartBits - 1);

    /// <summary>Whether the words from <paramref name="i"/> are <paramref name="phrase"/>'s, one space or more between them.</summary>
    private static bool PhraseAt(string text, Folded folded, int i, string[] phrase)
    {
        if (phrase.Length == 0 || i + phrase.Length > folded.Count || phrase[0].Length == 0 || phrase[0][0] != folded.Span(i)[0] || !folded.Span(i).SequenceEqual(phrase[0]))
        {
            return false;
        }

        for (var w = 1; w < phrase.Length; w++)
        {
            var gapStart = folded.Offset(i + w - 1) + folded.Length(i + w - 1);
            if (!folded.Span(i + w).SequenceEqual(phrase[w]) || text.AsSpan(gapStart, folded.Offset(i + w) - gapStart).ContainsAnyExcept(' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a name may follow the word before <paramref name="word"/>: spaces between them, or an elided article's
    /// apostrophe ("d'Oum Soumeima").
    /// </summary>
    private static bool NameGapBefore(string text, Folded folded, int word)
    {
        var gapStart = folded.Offset(word - 1) + folded.Length(word - 1);
        var gap = text.AsSpan(gapStart, folded.Offset(word) - gapStart);
        return gap.Length > 0 && (!gap.ContainsAnyExcept(' ') || gap is "'" or "’");
    }

    /// <summary>The letters matched when <paramref name="name"/> starts at word <paramref name="start"/>, else 0.</summary>
    private int Matches(Name name, Folded folded, int start, LanguageRule rule)
    {
        if (start + name.Words.Length > folded.Count)
        {
            return 0;
        }

        var letters = 0;
        for (var k = 0; k < name.Words.Length; k++)
        {
            var stem = name.Words[k];
            if (!MatchesStem(folded.Span(start + k), stem, rule, anchored: k > 0))
            {
                return 0;
            }

            letters += stem.Length;
        }

        return letters;
    }

    /// <summary>The word, or the word after one of the language's clitic prefixes, is the stem plus a short ending.</summary>
    /// <remarks>
    /// <paramref name="anchored"/>: a later word of a name of several ("Червон мор", "Кривий Р"): the words before it
    /// anchor the name, so a stem shorter than <c>minStem</c> still takes an ending ("Червоному морі", "Кривий Ріг");
    /// alone it would match too many words.
    /// </remarks>
    private bool MatchesStem(ReadOnlySpan<char> word, string stem, LanguageRule rule, bool anchored = false)
    {
        if (IsStemOf(word, stem, rule, anchored))
        {
            return true;
        }

        foreach (var prefix in rule.Prefixes)
        {
            if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal) && IsStemOf(word[prefix.Length..], stem, rule, anchored))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsStemOf(ReadOnlySpan<char> word, string stem, LanguageRule rule, bool anchored = false) =>
        word.StartsWith(stem, StringComparison.Ordinal)
        && (word.Length == stem.Length || ((anchored || stem.Length >= minStem) && word.Length - stem.Length <= rule.MaxSuffix
            && (notWords is null || !notWords.Value.Contains(word))));

    /// <summary>
    /// Whole words that look like a stem plus an ending but are other words: "росіяни", "россияне", "українці" (the
    /// people, not the country: "Russians attacked Ukraine" names one place, not two).
    /// </summary>
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? notWords;

    /// <summary>
    /// The text's words folded once into one buffer (no string per word), kept per thread and reused by the next
    /// <see cref="FindIn"/>.
    /// </summary>
    private sealed class Folded
    {
        /// <summary>Buffers grown past this many characters are dropped after use rather than kept by the thread.</summary>
        private const int MaxKept = 1 << 16;

        [ThreadStatic]
        private static Folded? current;

        private char[] buffer = new char[1024];
        private int[] starts = new int[256];
        private int[] offsets = new int[256];
        private int[] lengths = new int[256];
        private int[] foldedLengths = new int[256];

        public int Count { get; private set; }

        public static Folded ForThread(string text, int start, int end)
        {
            var folded = current ?? new Folded();
            current = null;
            folded.Fill(text, start, end);
            return folded;
        }

        /// <summary>Gives the buffers back to the thread (when they are not too large).</summary>
        public void Release()
        {
            if (buffer.Length <= MaxKept && starts.Length <= MaxKept)
            {
                current = this;
            }
        }

        public ReadOnlySpan<char> Span(int i) => buffer.AsSpan(starts[i], foldedLengths[i]);

        /// <summary>Where word <paramref name="i"/> starts in the text.</summary>
        public int Offset(int i) => offsets[i];

        /// <summary>The length of word <paramref name="i"/> in the text.</summary>
        public int Length(int i) => lengths[i];

        /// <summary>Finds the words and folds them in the same pass: one table look-up per character (<see cref="Classify"/>).</summary>
        private void Fill(string text, int start, int end)
        {
            if (buffer.Length < end - start)
            {
                buffer = new char[end - start];
            }

            Count = 0;
            var at = 0;
            var wordStart = -1;
            var wordAt = 0;
            var chars = buffer;
            for (var i = start; i < end; i++)
            {
                var info = Classify(text[i]);
                if ((info & WordChar) != 0)
                {
                    if (wordStart < 0)
                    {
                        wordStart = i;
                        wordAt = at;
                    }

                    if ((info & Dropped) == 0)
                    {
                        chars[at++] = (char)(info & 0xFFFF);
                    }
                }
                else if (wordStart >= 0)
                {
                    Add(wordStart, i, wordAt, at);
                    wordStart = -1;
                }
            }

            if (wordStart >= 0)
            {
                Add(wordStart, end, wordAt, at);
            }
        }

        private void Add(int wordStart, int wordEnd, int foldedStart, int foldedEnd)
        {
            if (Count == starts.Length)
            {
                Array.Resize(ref starts, Count * 2);
                Array.Resize(ref offsets, Count * 2);
                Array.Resize(ref lengths, Count * 2);
                Array.Resize(ref foldedLengths, Count * 2);
            }

            starts[Count] = foldedStart;
            offsets[Count] = wordStart;
            lengths[Count] = wordEnd - wordStart;
            foldedLengths[Count] = foldedEnd - foldedStart;
            Count++;
        }
    }

    /// <summary>Runs of letters, marks and digits; hyphens, apostrophes and everything else separate words.</summary>
    internal static List<(int Offset, int Length)> Words(string text)
    {
        var words = new List<(int Offset, int Length)>();
        WordsInto(text, words);
        return words;
    }

    /// <summary>As <see cref="Words(string)"/>, into <paramref name="words"/> (cleared first): a caller reading many texts reuses one list.</summary>
    internal static void WordsInto(ReadOnlySpan<char> text, List<(int Offset, int Length)> words)
    {
        words.Clear();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
        }
    }

    /// <summary>
    /// Which of <paramref name="mentions"/> (in text order) are named as where something came from: right after one of
    /// the language's <c>origins</c> ("з Курської та Бєлгородської областей", "launched from Bryansk"), or joined by a
    /// comma or one of its <c>joins</c> to such a place. Returns their positions in <paramref name="mentions"/>.
    /// </summary>
    public HashSet<int> Origins(string text, IReadOnlyList<PlaceMention> mentions, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var found = new HashSet<int>();
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        if (rule.Origins.Length == 0)
        {
            return found;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var start = i > 0 ? Math.Min(mentions[i - 1].End, mentions[i].Offset) : Math.Max(0, mentions[i].Offset - 40);
            // Read in place: the words before the place are compared folded, character by character, without making strings.
            var before = text.AsSpan(start, mentions[i].Offset - start);
            if (EndsWithAny(before, rule.Origins))
            {
                found.Add(i);
            }
            else if (i > 0 && found.Contains(i - 1) && before.IndexOfAny(".;:!?()\n") < 0 &&
                     (CountWords(before) == 0 || (EndsWithAny(before, rule.Joins) && CountWords(before) <= 2)))
            {
                // "з Курської та Бєлгородської областей", "from Kursk, Bryansk and Oryol".
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the mention is named as a target: right after one of the language's <c>targets</c> ("по Україні", "on
    /// Ukraine", "sur l'Ukraine", "ke Ukraina").
    /// </summary>
    public bool IsTarget(string text, PlaceMention mention, string language)
    {
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        if (RightAfter(text, mention, rule.Targets))
        {
            return true;
        }

        // A language whose launching verb closes the clause (data clauseLaunches) names the target's owner after its noun:
        // "به زیرساخت‌های انرژی اوکراین حمله کرد" (attacked Ukraine's energy infrastructure).
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Max(0, mention.Offset - 40);
        return rule.ClauseLaunches.Length > 0 && InTargetPhrase(text.AsSpan(start, mention.Offset - start), language ?? "", rule);
    }

    /// <summary>
    /// Whether the mention is named as where something happened: right after one of the language's <c>locatives</c>
    /// ("in Ukraine", "en Ukraine", "в Україні", "di Gaza", "در ایران").
    /// </summary>
    public bool IsLocative(string text, PlaceMention mention, string language) =>
        RightAfter(text, mention, languages.GetValueOrDefault(language ?? "", LanguageRule.None).Locatives);

    /// <summary>Whether one of <paramref name="phrases"/> ends right before the mention (within 40 characters).</summary>
    private static bool RightAfter(string text, PlaceMention mention, string[][] phrases)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (phrases.Length == 0)
        {
            return false;
        }

        var start = Math.Max(0, mention.Offset - 40);
        return EndsWithAny(text.AsSpan(start, mention.Offset - start), phrases);
    }

    /// <summary>
    /// Whether the mention starts a clause of its own: right after one of the language's <c>clauseHeads</c>, a join and a
    /// locative ("… and in Dnipro five people were injured", "y en Dnipró resultaron heridas cinco personas", "а в Дніпрі").
    /// </summary>
    public bool HeadsClause(string text, PlaceMention mention, string language) =>
        RightAfter(text, mention, languages.GetValueOrDefault(language ?? "", LanguageRule.None).ClauseHeads);

    /// <summary>
    /// Whether the mention names a clock's time zone, not a place: right after one of the language's <c>zoneBefore</c>
    /// ("heure de Moscou", "hora de Moscú", "waktu Moskwa", "بتوقيت موسكو") or right before one of its <c>zoneAfter</c>
    /// ("Moscow time", "Moskauer Zeit", "за київським часом").
    /// </summary>
    public bool IsTimeZone(string text, PlaceMention mention, string language)
    {
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        return RightAfter(text, mention, rule.ZoneBefore) || RightBefore(text, mention, rule.ZoneAfter);
    }

    /// <summary>Whether <paramref name="word"/> is one of the language's one-word joins ("and", "و", "і": data <c>joins</c>).</summary>
    public bool IsJoin(ReadOnlySpan<char> word, string? language)
    {
        foreach (var join in languages.GetValueOrDefault(language ?? "", LanguageRule.None).Joins)
        {
            if (join.Length == 1 && FoldsTo(word, join[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention is named as the one that launched weapons: right after one of the language's <c>launchedBy</c>
    /// ("launched by Russia", "lancés par la Russie", "أطلقت روسيا") or right before one of its <c>launches</c> ("Russia
    /// launched", "Russland griff", "Росія випустила").
    /// </summary>
    public bool IsLauncher(string text, PlaceMention mention, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        if (rule.LaunchedBy.Length > 0)
        {
            var start = Math.Max(0, mention.Offset - 40);
            if (EndsWithAny(text.AsSpan(start, mention.Offset - start), rule.LaunchedBy))
            {
                return true;
            }
        }

        if (rule.ClauseLaunches.Length > 0 && ClosesClauseAsSubject(text, mention, language ?? "", rule))
        {
            return true;
        }

        var after = text.AsSpan(mention.End, Math.Min(60, text.Length - mention.End));
        for (var skipped = 0; skipped < 2 && AdverbLength(after, rule) is > 0 and var length; skipped++)
        {
            // "Rusia kembali menyerang Ukraina" (Russia again attacked), "Россия вновь атаковала": an adverb may stand
            // between the launcher and its verb (data adverbs).
            after = after[length..];
        }

        foreach (var phrase in rule.Launches)
        {
            if (StartsWith(after, phrase))
            {
                // "Ukraine bắn hạ" (shoots down) starts like "bắn" (fires): a downing is no launch.
                foreach (var downing in rule.NotLaunches)
                {
                    if (StartsWith(after, downing))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    private static int AdverbLength(ReadOnlySpan<char> text, LanguageRule rule)
    {
        foreach (var adverb in rule.Adverbs)
        {
            if (MatchedLength(text, adverb) is > 0 and var length)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether the mention names the seat of an authority rather than where something happened: right before one of the
    /// language's <c>seats</c> ("голова Дніпропетровської ОВА", "глава Днепропетровской ОВА"); the rest of the mention's
    /// word (its inflection) is skipped first.
    /// </summary>
    public bool IsSeat(string text, PlaceMention mention, string language)
    {
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        return RightBefore(text, mention, rule.Seats) || AfterAuthority(text, mention, rule);
    }

    /// <summary>Most words between an authority's word and the preposition before its seat ("le ministère de la Santé à").</summary>
    private const int AuthorityWords = 5;

    /// <summary>
    /// Whether the mention is where an authority sits (twenty-first session): right after one of the language's
    /// <c>seatIn</c> ("in", "à", "в", "في"), with one of its <c>authorities</c> at most <see cref="AuthorityWords"/> words
    /// before that, in the same clause ("the Houthi-run health ministry in Sanaa", "le ministère de la Santé à Sanaa",
    /// "des Gesundheitsministeriums in Beirut", "министерство здравоохранения в Сане", "وزارة الصحة في صنعاء"). The
    /// ministry reports from there; the figure happened where its own words say.
    /// </summary>
    private bool AfterAuthority(string text, PlaceMention mention, LanguageRule rule)
    {
        if (rule.Authorities.Length == 0 || !RightAfter(text, mention, rule.SeatIn))
        {
            return false;
        }

        var start = Math.Max(0, mention.Offset - 120);
        var before = text.AsSpan(start, mention.Offset - start);
        var cut = before.LastIndexOfAny(".;:!?\n");
        if (cut >= 0)
        {
            start += cut + 1;
        }

        // The words before the seat's preposition, last first, read in place (no strings: this runs for every place named
        // after "in").
        Span<char> buffer = stackalloc char[64];
        var end = mention.Offset;
        for (var index = 1; index <= AuthorityWords + 2; index++)
        {
            var wordEnd = end;
            while (wordEnd > start && !IsWordChar(text[wordEnd - 1]))
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > start && IsWordChar(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                break;
            }

            end = wordStart;
            if (index == 1)
            {
                // The preposition itself ("in", "à", "в").
                continue;
            }

            var raw = text.AsSpan(wordStart, wordEnd - wordStart);
            var word = raw.Length <= buffer.Length ? PlaceFold(raw, buffer) : PlaceFold(raw).AsSpan();
            foreach (var authority in rule.Authorities)
            {
                if (authority.Length == 1 && (word.SequenceEqual(authority[0]) || MatchesStem(word, authority[0], rule)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The sea off a coastal place (data <c>sea</c> on the place or the place that holds it: Odesa and its region the
    /// Black Sea, Aden, Hodeidah and Yemen the Red Sea with the Gulf of Aden); null for a place with no coast known.
    /// </summary>
    public string? SeaOf(string placeId)
    {
        ArgumentNullException.ThrowIfNull(placeId);
        if (seas.Count == 0)
        {
            return null;
        }

        var id = placeId.AsSpan();
        var lookup = seas.GetAlternateLookup<ReadOnlySpan<char>>();
        while (id.Length > 0)
        {
            if (lookup.TryGetValue(id, out var sea))
            {
                return sea;
            }

            var last = id.LastIndexOf('/');
            id = last > 0 ? id[..last] : [];
        }

        return null;
    }

    /// <summary>
    /// Whether what the sentence tells at the mention happened at sea off it (twenty-first session): right after one of
    /// the language's <c>offshore</c> words ("off Aden", "frente a Adén", "au large d'Odessa", "قبالة سواحل الحديدة", "у
    /// берегов Одесской области"), or a number and one of its <c>seaDistances</c> at most <see cref="DistanceWords"/>
    /// words before it ("45 nautical miles south-west of Aden", "70 mil laut sebelah barat Hodeidah", "على بعد 70 ميلا
    /// بحريا غرب الحديدة").
    /// </summary>
    public bool IsOffshore(string text, PlaceMention mention, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        if (RightAfter(text, mention, rule.Offshore))
        {
            return true;
        }

        var start = Math.Max(0, mention.Offset - 80);
        if (rule.SeaDistances.Length == 0 || !text.AsSpan(start, mention.Offset - start).ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var words = Words(text[start..mention.Offset]);
        foreach (var unit in rule.SeaDistances)
        {
            for (var last = words.Count - 1; last >= 0 && last >= words.Count - 1 - DistanceWords; last--)
            {
                var first = last - unit.Length + 1;
                if (first < 1)
                {
                    continue;
                }

                var matched = true;
                for (var j = 0; j < unit.Length && matched; j++)
                {
                    matched = FoldsTo(text.AsSpan(start + words[first + j].Offset, words[first + j].Length), unit[j]);
                }

                // The number: one of the two words before the unit ("70 nautical miles", "70 (130 km) …" is not).
                for (var n = first - 1; matched && n >= 0 && n >= first - 2; n--)
                {
                    if (char.IsDigit(text[start + words[n].Offset + words[n].Length - 1]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention is named as what a place is near: right after one of the language's <c>nears</c> ("near
    /// Kharkiv", "під Харковом", "под Харьковом", "près de Tyr", "قرب مدينة صور"). The figure is then near it, not in it.
    /// </summary>
    public bool IsNearReference(string text, PlaceMention mention, string language) =>
        RightAfter(text, mention, languages.GetValueOrDefault(language ?? "", LanguageRule.None).Nears);

    /// <summary>
    /// Whether the place is named as the one another lies in a direction from: right after one of the language's
    /// <c>directions</c> ("Vovchansk, north-east of Kharkiv", "nordöstlich von Charkiw", "al noroeste de Sumy", "на
    /// північ від Харкова"), and not after one of its <c>notDirections</c> ("in the north of Gaza" is inside it).
    /// </summary>
    public bool IsDirectionReference(string text, PlaceMention mention, string language)
    {
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        return RightAfter(text, mention, rule.Directions) && !RightAfter(text, mention, rule.NotDirections);
    }

    /// <summary>Most words between a camp's word and the place it is near ("the Otash camp for displaced people near Nyala").</summary>
    private const int CampWords = 6;

    /// <summary>
    /// Whether the place named after a near word is what a camp lies near: one of the language's <c>camps</c> at most
    /// <see cref="CampWords"/> words before the mention, in its clause ("a drone strike on the Otash camp for displaced
    /// people near Nyala", "مخيم … قرب مدينة نيالا"). Outlets file such a camp under the town ("in Nyala"), so the figure is
    /// the town's, not a place near it. A camp with a name the gazetteer knows is found as that name anyway.
    /// </summary>
    public bool IsCampNear(string text, PlaceMention mention, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        if (rule.Camps.Length == 0)
        {
            return false;
        }

        var start = Math.Max(0, mention.Offset - 100);
        var before = text[start..mention.Offset];
        var cut = before.AsSpan().LastIndexOfAny(".;:!?\n");
        if (cut >= 0)
        {
            before = before[(cut + 1)..];
        }

        var words = Words(before);
        for (var k = words.Count - 1; k >= 0 && k >= words.Count - CampWords - 3; k--)
        {
            var word = PlaceFold(before.AsSpan(words[k].Offset, words[k].Length));
            foreach (var camp in rule.Camps)
            {
                if (camp.Length == 1 && (word == camp[0] || MatchesStem(word, camp[0], rule)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention is named with what lies around it: right before one of the language's <c>surroundings</c>
    /// ("Kharkiv and its suburbs", "Харків та околиці", "خاركيف وضواحيها"); the rest of the mention's word is skipped
    /// first. A count for such a place holds the city's and the places near it.
    /// </summary>
    public bool IsWithSurroundings(string text, PlaceMention mention, string language) =>
        RightBefore(text, mention, languages.GetValueOrDefault(language ?? "", LanguageRule.None).Surroundings);

    /// <summary>
    /// The place that holds <paramref name="placeId"/> with what lies around it: the region of a city in a region
    /// ("ua/kharkiv-oblast/kharkiv" → "ua/kharkiv-oblast"); null for a country or a place directly in one.
    /// </summary>
    public static string? Surroundings(string placeId)
    {
        ArgumentNullException.ThrowIfNull(placeId);
        var last = placeId.LastIndexOf('/');
        return last <= 0 || placeId.IndexOf('/') == last ? null : placeId[..last];
    }

    /// <summary>Most words between a place and the reference point that describes where it lies ("Pisochyn, about 10 km west of the city").</summary>
    private const int ApposedWords = 8;

    /// <summary>
    /// Whether the text between a place and a reference point after it (a place "near" another) only says where the
    /// place lies: a comma or nothing, no sentence or clause end, none of the language's <c>joins</c> ("and", "та"), at
    /// most <see cref="ApposedWords"/> words ("Безлюдовка под Харьковом", "In Bezliudivka, about 10 km southeast of
    /// Kharkiv", "Pisochyn, about 10 km west of the city"). "Kupiansk and a village near Kharkiv" names two places.
    /// </summary>
    public bool IsApposed(string text, PlaceMention place, PlaceMention reference, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (reference.Offset <= place.End)
        {
            return false;
        }

        var between = text.AsSpan(place.End, reference.Offset - place.End);
        var start = 0;
        while (start < between.Length && IsWordChar(between[start]))
        {
            // The rest of the place's word (its inflection).
            start++;
        }

        between = between[start..];
        if (between.IndexOfAny(".;:!?()\n—–") >= 0 || CountWords(between) > ApposedWords)
        {
            return false;
        }

        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        for (var end = between.Length; end > 0; end--)
        {
            if (IsWordChar(between[end - 1]) && (end == between.Length || !IsWordChar(between[end])))
            {
                foreach (var join in rule.Joins)
                {
                    if (join.Length == 1 && EndsWith(between[..end], join))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The place a "near" place is near ("ua/kharkiv-oblast/near-kharkiv" → "ua/kharkiv-oblast/kharkiv"); the id itself otherwise.</summary>
    public static string Base(string placeId)
    {
        ArgumentNullException.ThrowIfNull(placeId);
        return IsNear(placeId) ? placeId.Remove(placeId.LastIndexOf('/') + 1, NearPrefix.Length) : placeId;
    }

    /// <summary>Whether the place is already one "near" another (<see cref="Near"/>).</summary>
    public static bool IsNear(string placeId)
    {
        ArgumentNullException.ThrowIfNull(placeId);
        var last = placeId.LastIndexOf('/');
        return last > 0 && placeId.AsSpan(last + 1).StartsWith(NearPrefix, StringComparison.Ordinal);
    }

    /// <summary>Whether one of <paramref name="phrases"/> starts right after the mention's word (within 40 characters).</summary>
    private static bool RightBefore(string text, PlaceMention mention, string[][] phrases)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (phrases.Length == 0)
        {
            return false;
        }

        var end = mention.End;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        var after = text.AsSpan(end, Math.Min(40, text.Length - end));
        foreach (var phrase in phrases)
        {
            if (StartsWith(after, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The country at <paramref name="mention"/> is the subject of a verb-final launching clause (data <c>clauseLaunches</c>).</summary>
    private bool ClosesClauseAsSubject(string text, PlaceMention mention, string language, LanguageRule rule)
    {
        var before = text.AsSpan(Math.Max(0, mention.Offset - 40), Math.Min(40, mention.Offset));
        if (EndsWithAny(before, rule.Targets) || EndsWithAny(before, rule.Locatives) || EndsWithAny(before, rule.Origins) || EndsWithAny(before, rule.Causes) ||
            InTargetPhrase(before, language, rule))
        {
            return false;
        }

        var limit = Math.Min(text.Length, mention.End + ClauseLaunchReach);
        var end = mention.End;
        while (end < limit && text[end] is not ('.' or '!' or '?' or '؟' or '،' or '؛' or ';' or '\n'))
        {
            end++;
        }

        var clause = text.AsSpan(mention.End, end - mention.End);
        var wordStart = 0;
        for (var k = 1; k <= clause.Length; k++)
        {
            if (!IsWordChar(clause[k - 1]))
            {
                wordStart = k;
                continue;
            }

            if ((k < clause.Length && IsWordChar(clause[k])) || !EndsWithLaunch(clause[..k], clause[wordStart..k], rule.ClauseLaunches))
            {
                continue;
            }

            // "نیروی هوایی اوکراین اعلام کرد روسیه … شلیک کرد": another place without a preposition nearer the verb is its subject.
            // A place joined to one with a preposition ("از سمت کورسک و بریانسک") has that preposition too.
            var joined = false;
            foreach (var other in Find(text.Substring(mention.End, k), language))
            {
                var lead = text.AsSpan(mention.End, other.Offset);
                joined = EndsWithAny(lead, rule.Targets) || EndsWithAny(lead, rule.Locatives) || EndsWithAny(lead, rule.Origins) ||
                    (joined && (EndsWithAny(lead, rule.Joins) || lead.TrimEnd().EndsWith(',') || lead.TrimEnd().EndsWith('،')));
                if (!joined)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// As <see cref="EndsWithAny"/> for <paramref name="text"/> ending in a word (<paramref name="lastWord"/>, its last
    /// word as <see cref="Words"/> splits it): a phrase whose last word is not that word is passed over without walking
    /// back to the word's start again for every phrase (the clause check asks at every word of up to 160 characters).
    /// </summary>
    private static bool EndsWithLaunch(ReadOnlySpan<char> text, ReadOnlySpan<char> lastWord, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length > 0 && FoldsTo(lastWord, phrase[^1]) && EndsWith(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words of a target's noun phrase may stand between the target word and a place that ends it.</summary>
    private const int TargetPhraseWords = 4;

    /// <summary>
    /// "روسیه … به زیرساخت‌های انرژی اوکراین حمله کرد" (Russia attacked Ukraine's energy infrastructure): a place that ends
    /// the noun phrase after a target word (data <c>targets</c>; up to four words between, only spaces or a zero-width
    /// non-joiner between them, no other place) is the target's owner, not the subject of the verb after it.
    /// </summary>
    private bool InTargetPhrase(ReadOnlySpan<char> before, string language, LanguageRule rule)
    {
        var end = before.Length;
        var last = end;
        for (var words = 0; words < TargetPhraseWords; words++)
        {
            while (end > 0 && !IsWordChar(before[end - 1]))
            {
                if (before[end - 1] is not (' ' or '\u200c'))
                {
                    return false;
                }

                end--;
            }

            var start = end;
            while (start > 0 && IsWordChar(before[start - 1]))
            {
                start--;
            }

            if (start == end || start == 0)
            {
                return false;
            }

            end = start;
            if (EndsWithAny(before[..end], rule.Targets))
            {
                return Find(before[end..last].ToString(), language).Count == 0;
            }
        }

        return false;
    }

    /// <summary>The first words of <paramref name="text"/>, folded, are <paramref name="phrase"/> (only spaces before the first).</summary>
    private static bool StartsWith(ReadOnlySpan<char> text, string[] phrase) => MatchedLength(text, phrase) > 0;

    /// <summary>The length of <paramref name="text"/> that <paramref name="phrase"/> matches from its start (0: none).</summary>
    private static int MatchedLength(ReadOnlySpan<char> text, string[] phrase)
    {
        var start = 0;
        foreach (var word in phrase)
        {
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var end = start;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            if (end == start || !FoldsTo(text[start..end], word))
            {
                return 0;
            }

            start = end;
        }

        return phrase.Length > 0 ? start : 0;
    }

    /// <summary>The length of the first <paramref name="words"/> words of <paramref name="text"/> (as the phrase matcher reads them).</summary>
    private static int PhraseLength(ReadOnlySpan<char> text, int words)
    {
        var end = 0;
        for (var w = 0; w < words; w++)
        {
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }
        }

        return end;
    }

    /// <summary>
    /// The country named as the side of the weapons whose phrase ends at <paramref name="end"/>, in a language that names
    /// a side by the bare country after the noun ("15 drone Rusia", "12 UAV Nga") or after a possessive ("35 UAV của
    /// Ukraine"): the country must follow at once (a preposition, as in "drone ke Ukraina", names the target).
    /// </summary>
    public string? BareSide(string text, int end, string language)
    {
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        if ((!rule.BareSides && rule.Possessives.Length == 0) || end >= text.Length)
        {
            return null;
        }

        foreach (var m in FindIn(text, end, Math.Min(text.Length, end + 40), language ?? ""))
        {
            if (m.PlaceId.Contains('/') || Opponent(m.PlaceId) is null)
            {
                return null;
            }

            var between = text.AsSpan(end, m.Offset - end);
            if (between.IsWhiteSpace() ? rule.BareSides : EndsWithAny(between, rule.Possessives) && CountWords(between[ModelNamesEnd(between)..]) <= 1)
            {
                return m.PlaceId;
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Where the model's name that opens <paramref name="between"/> ends (at most two words, each written with a capital
    /// or a digit; 0 when there is none) ("45 UAV Shahed của Nga", "tên lửa Iskander-M của Nga"): such a name after the weapon's noun is still
    /// its phrase, so the possessive after it names the weapons' side.
    /// </summary>
    private static int ModelNamesEnd(ReadOnlySpan<char> between)
    {
        var names = 0;
        var k = 0;
        var end = 0;
        while (names < 2)
        {
            while (k < between.Length && char.IsWhiteSpace(between[k]))
            {
                k++;
            }

            var start = k;
            while (k < between.Length && !char.IsWhiteSpace(between[k]))
            {
                k++;
            }

            var word = between[start..k];
            if (word.IsEmpty || k >= between.Length || !(char.IsUpper(word[0]) || word.IndexOfAnyInRange('0', '9') >= 0))
            {
                return end;
            }

            names++;
            end = k;
        }

        return end;
    }

    /// <summary>Whether <paramref name="text"/> holds one of the language's <c>causes</c> ("durch", "by", "جراء").</summary>
    public bool HasCause(ReadOnlySpan<char> text, string language)
    {
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        if (rule.Causes.Length == 0 || text.IsEmpty)
        {
            return false;
        }

        // The text up to the end of each of its words ends with a cause: read in place, as Origins does.
        for (var end = text.Length; end > 0; end--)
        {
            if (IsWordChar(text[end - 1]) && (end == text.Length || !IsWordChar(text[end])) && EndsWithAny(text[..end], rule.Causes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last words of <paramref name="text"/> (as <see cref="Words"/> splits them), folded, are one of the phrases.</summary>
    private static bool EndsWithAny(ReadOnlySpan<char> text, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length > 0 && EndsWith(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(ReadOnlySpan<char> text, string[] phrase)
    {
        var end = text.Length;
        for (var k = phrase.Length - 1; k >= 0; k--)
        {
            while (end > 0 && !IsWordChar(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && IsWordChar(text[start - 1]))
            {
                start--;
            }

            if (start == end || !FoldsTo(text[start..end], phrase[k]))
            {
                return false;
            }

            end = start;
        }

        return true;
    }

    /// <summary>The word folded (<see cref="TextFold"/>, through <see cref="Classify"/>) is <paramref name="folded"/>.</summary>
    private static bool FoldsTo(ReadOnlySpan<char> word, string folded)
    {
        var n = 0;
        foreach (var c in word)
        {
            var info = Classify(c);
            if ((info & Dropped) != 0)
            {
                continue;
            }

            if (n == folded.Length || (char)(info & 0xFFFF) != folded[n])
            {
                return false;
            }

            n++;
        }

        return n == folded.Length;
    }

    /// <summary>How many words (as <see cref="Words"/> splits them) <paramref name="text"/> has.</summary>
    internal static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = IsWordChar(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    private static bool IsWordChar(char c) => (Classify(c) & WordChar) != 0;

    /// <summary>
    /// What the gazetteer needs to know of a character, from one table look-up: its <see cref="TextFold"/> form (low 16
    /// bits, unless <see cref="Dropped"/>) and whether it is inside a word (<see cref="WordChar"/>).
    /// </summary>
    internal static uint Classify(char c)
    {
        var block = CharBlocks[c >> 8] ?? FillChars(c >> 8);
        return block[c & 0xFF];
    }

    /// <summary>The rule the table is filled from for <see cref="WordChar"/>: letters, digits, combining marks and ZWNJ.</summary>
    internal static bool IsWordCharRule(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark || c == '\u200C';

    /// <summary>
    /// A Latin letter with an accent folds to its base letter for place names ("Dnipró", "Járkov", "Jersón", "Odesá" as
    /// "Dnipro", "Jarkov", …): outlets spell the same name with and without them. Names and text fold alike; Cyrillic,
    /// Arabic and other scripts keep their letters.
    /// </summary>
    /// <summary>A word of the data folded as the text's words are (<see cref="Classify"/>: <see cref="TextFold"/>, Latin accents off).</summary>
    /// <summary><see cref="PlaceFold(ReadOnlySpan{char})"/> into <paramref name="into"/> (at least as long as the word).</summary>
    private static ReadOnlySpan<char> PlaceFold(ReadOnlySpan<char> word, Span<char> into)
    {
        var n = 0;
        foreach (var c in word)
        {
            var info = Classify(c);
            if ((info & Dropped) == 0)
            {
                into[n++] = (char)(info & 0xFFFF);
            }
        }

        return into[..n];
    }

    internal static string PlaceFold(ReadOnlySpan<char> word)
    {
        var chars = new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            var info = Classify(c);
            if ((info & Dropped) == 0)
            {
                chars[n++] = (char)(info & 0xFFFF);
            }
        }

        return new string(chars, 0, n);
    }

    private static int WithoutLatinAccent(int folded)
    {
        if (folded is < 0x00C0 or > 0x1EFF || folded is > 0x024F and < 0x1E00)
        {
            return folded;
        }

        var decomposed = ((char)folded).ToString().Normalize(System.Text.NormalizationForm.FormD);
        return decomposed[0] < 0x80 && char.IsLetter(decomposed[0]) ? decomposed[0] : folded;
    }

    private static uint[] FillChars(int high)
    {
        // Two threads may fill the same block; both write the same values.
        var block = new uint[256];
        for (var low = 0; low < 256; low++)
        {
            var c = (char)((high << 8) | low);
            var folded = WithoutLatinAccent(TextFold.FoldChar(c));
            block[low] = (folded < 0 ? Dropped : (uint)folded) | (IsWordCharRule(c) ? WordChar : 0);
        }

        CharBlocks[high] = block;
        return block;
    }

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The gazetteer resource {Resource} is missing.");
        return Parse(stream);
    }

    /// <summary>Reads a gazetteer in the data file's format.</summary>
    public static Gazetteer Parse(Stream json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        var minStem = root.TryGetProperty("minStem", out var m) ? m.GetInt32() : 4;
        var languages = new Dictionary<string, LanguageRule>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("languages", out var langs))
        {
            foreach (var lang in langs.EnumerateObject())
            {
                var max = lang.Value.TryGetProperty("maxSuffix", out var s) ? s.GetInt32() : 0;
                var prefixes = lang.Value.TryGetProperty("prefixes", out var p)
                    ? p.EnumerateArray().Select(x => PlaceFold(x.GetString()!)).OrderByDescending(x => x.Length).ToArray()
                    : [];
                static string[][] Phrases(JsonElement e, string name) => e.TryGetProperty(name, out var list)
                    ? [.. list.EnumerateArray().Select(x => Words(x.GetString()!).Select(w => PlaceFold(x.GetString()!.AsSpan(w.Offset, w.Length))).ToArray())]
                    : [];
                languages[lang.Name] = new LanguageRule(max, prefixes) { Origins = Phrases(lang.Value, "origins"), ClauseHeads = Phrases(lang.Value, "clauseHeads"), ZoneBefore = Phrases(lang.Value, "zoneBefore"), ZoneAfter = Phrases(lang.Value, "zoneAfter"), Joins = Phrases(lang.Value, "joins"), Causes = Phrases(lang.Value, "causes"), Targets = Phrases(lang.Value, "targets"), Locatives = Phrases(lang.Value, "locatives"), LaunchedBy = Phrases(lang.Value, "launchedBy"), Launches = Phrases(lang.Value, "launches"), Adverbs = Phrases(lang.Value, "adverbs"), ClauseLaunches = Phrases(lang.Value, "clauseLaunches"), NotLaunches = Phrases(lang.Value, "notLaunches"), Seats = Phrases(lang.Value, "seats"), Authorities = Phrases(lang.Value, "authorities"), SeatIn = Phrases(lang.Value, "seatIn"), Offshore = Phrases(lang.Value, "offshore"), SeaDistances = Phrases(lang.Value, "seaDistances"), Distances = Phrases(lang.Value, "distances"), Nears = Phrases(lang.Value, "nears"), Directions = Phrases(lang.Value, "directions"), NotDirections = Phrases(lang.Value, "notDirections"), Camps = Phrases(lang.Value, "camps"), Surroundings = Phrases(lang.Value, "surroundings"), Anaphora = Phrases(lang.Value, "anaphora"), PlaceNouns = Phrases(lang.Value, "placeNouns"), Possessives = Phrases(lang.Value, "possessives"), BareSides = lang.Value.TryGetProperty("bareSides", out var bare) && bare.GetBoolean(), Districts = Phrases(lang.Value, "districts"), DistrictsAfter = Phrases(lang.Value, "districtsAfter") };
            }
        }

        static List<(string, string[])> Entries(JsonElement array) =>
            [.. array.EnumerateArray().Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToArray()))];
        static List<(string, string[])> Officials(JsonElement array) =>
            [.. array.EnumerateArray().Where(p => p.TryGetProperty("officials", out _))
                .Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("officials").EnumerateArray().Select(n => n.GetString()!).ToArray()))];
        var gazetteer = new Gazetteer(Entries(root.GetProperty("places")), languages, minStem, Officials(root.GetProperty("places")));
        foreach (var p in root.GetProperty("places").EnumerateArray())
        {
            if (p.TryGetProperty("alsoIn", out var also))
            {
                gazetteer.alsoIn[p.GetProperty("id").GetString()!] = [.. also.EnumerateArray().Select(c => c.GetString()!)];
            }

            if (p.TryGetProperty("sea", out var sea))
            {
                gazetteer.seas[p.GetProperty("id").GetString()!] = sea.GetString()!;
            }
        }

        gazetteer.alsoInList = [.. gazetteer.alsoIn.Where(a => a.Key.Length > 0).Select(a => (a.Key, a.Value))];
        if (root.TryGetProperty("notWords", out var not))
        {
            gazetteer.notWords = not.EnumerateArray().Select(x => PlaceFold(x.GetString()!)).ToHashSet(StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
        }

        if (root.TryGetProperty("conflicts", out var conflicts))
        {
            var sides = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var pair in conflicts.EnumerateArray())
            {
                var (a, b) = (pair[0].GetString()!, pair[1].GetString()!);
                gazetteer.conflictPairs.Add((a, b));
                gazetteer.conflictPairs.Add((b, a));
                (sides.TryGetValue(a, out var sa) ? sa : sides[a] = []).Add(b);
                (sides.TryGetValue(b, out var sb) ? sb : sides[b] = []).Add(a);
            }

            foreach (var (side, against) in sides.Where(s => s.Value.Count == 1))
            {
                gazetteer.opponents[side] = against.First();
            }
        }

        if (root.TryGetProperty("demonyms", out var demonyms))
        {
            var demonymLanguages = new Dictionary<string, LanguageRule>(languages, StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("demonymSuffix", out var suffixes))
            {
                foreach (var lang in suffixes.EnumerateObject())
                {
                    var rule = languages.GetValueOrDefault(lang.Name, LanguageRule.None);
                    demonymLanguages[lang.Name] = rule with { MaxSuffix = Math.Max(rule.MaxSuffix, lang.Value.GetInt32()) };
                }
            }

            gazetteer.demonyms = new Gazetteer(Entries(demonyms), demonymLanguages, minStem);
        }

        return gazetteer;
    }

    private sealed record Name(string Id, string[] Words)
    {
        /// <summary>An official's name (data <c>officials</c>): it names the place that official reports for.</summary>
        public bool Official { get; init; }
    }

    /// <summary>How far after a country a verb-final launching clause may end.</summary>
    private const int ClauseLaunchReach = 160;

    private sealed record LanguageRule(int MaxSuffix, string[] Prefixes)
    {
        /// <summary>Words that, right before a place, name where something was launched from ("з", "from", "depuis").</summary>
        public string[][] Origins { get; init; } = [];

        /// <summary>A join and a locative that, right before a place, start a clause of its own ("and in", "y en", "і в").</summary>
        public string[][] ClauseHeads { get; init; } = [];

        /// <summary>Words that, right before a place, make it a clock's time zone ("heure de", "hora de", "بتوقيت").</summary>
        public string[][] ZoneBefore { get; init; } = [];

        /// <summary>Words that, right after a place, make it a clock's time zone ("time", "Zeit", "часом").</summary>
        public string[][] ZoneAfter { get; init; } = [];

        /// <summary>Words that, between a count of people and a demonym, make the demonym the attacker's ("durch", "by").</summary>
        public string[][] Causes { get; init; } = [];

        /// <summary>Words that, right before a place, name it as what was attacked ("по", "on", "contra").</summary>
        public string[][] Targets { get; init; } = [];

        /// <summary>Words that, right before a place, name it as where something happened ("in", "в", "di", "در").</summary>
        public string[][] Locatives { get; init; } = [];

        /// <summary>Words that, right before a country, name it as the one that launched weapons ("by", "par la", "أطلقت").</summary>
        public string[][] LaunchedBy { get; init; } = [];

        /// <summary>Words that, right after a country, name it as the one that launched weapons ("launched", "griff", "випустила").</summary>
        public string[][] Launches { get; init; } = [];

        /// <summary>Adverbs that may stand between a launcher and its verb ("kembali", "again", "вновь").</summary>
        public string[][] Adverbs { get; init; } = [];

        /// <summary>
        /// Verb-final launching words that close the clause whose subject is a country before them ("روسیه شب گذشته ۹۰
        /// پهپاد … شلیک کرد"): the country is the launcher when no preposition stands before it and no other place without
        /// one stands between it and the verb.
        /// </summary>
        public string[][] ClauseLaunches { get; init; } = [];

        /// <summary>Words between a weapon noun and a country that make the country the weapons' side (Vietnamese "của").</summary>
        public string[][] Possessives { get; init; } = [];

        /// <summary>The language names a side by the bare country after the noun ("drone Rusia", "UAV Nga").</summary>
        public bool BareSides { get; init; }

        /// <summary>Words that start like a launching word but shoot down ("bắn hạ" beside "bắn"): no launcher.</summary>
        public string[][] NotLaunches { get; init; } = [];

        /// <summary>Words that, right after a place, make it an authority's seat ("ОВА", "обласної військової адміністрації").</summary>
        public string[][] Seats { get; init; } = [];

        /// <summary>Words for an authority ("ministry", "ministère", "وزارة"): a place right after one of <see cref="SeatIn"/> a few
        /// words after one is its seat ("the health ministry in Sanaa").</summary>
        public string[][] Authorities { get; init; } = [];

        /// <summary>The prepositions that name an authority's seat ("in", "à", "في").</summary>
        public string[][] SeatIn { get; init; } = [];

        /// <summary>Words that, right before a coastal place, put what they tell at sea off it ("off", "frente a", "قبالة").</summary>
        public string[][] Offshore { get; init; } = [];

        /// <summary>Units of distance at sea ("nautical miles", "Seemeilen", "ميلا بحريا"): a place measured from so is a port
        /// the event lies at sea off.</summary>
        public string[][] SeaDistances { get; init; } = [];

        /// <summary>Words joining the places of a list ("та", "and"): a place after one shares the previous place's role.</summary>
        public string[][] Joins { get; init; } = [];

        /// <summary>Units of distance ("km", "Kilometer", "км", "كم"): a place a few words after a number and one is a reference point.</summary>
        public string[][] Distances { get; init; } = [];

        /// <summary>Words that, right before a place, name it as what the figure's place is near ("near", "під", "قرب").</summary>
        public string[][] Nears { get; init; } = [];

        public string[][] Directions { get; init; } = [];

        public string[][] NotDirections { get; init; } = [];

        /// <summary>Words that, right after a place, add what lies around it ("and its suburbs", "та околиці", "وضواحيها").</summary>
        public string[][] Surroundings { get; init; } = [];

        /// <summary>Words for a camp ("camp", "табір", "مخيم"): a camp "near" a place is filed under that place.</summary>
        public string[][] Camps { get; init; } = [];

        /// <summary>Words that name a place mentioned before ("the town", "у місті", "kota itu", "البلدة").</summary>
        public string[][] Anaphora { get; init; } = [];

        /// <summary>
        /// Words that, right before a capital, name a place by its name ("the village of", "у селі", "thị trấn"); empty
        /// where capitals do not mark names apart from common nouns (German, Arabic, Persian).
        /// </summary>
        public string[][] PlaceNouns { get; init; } = [];

        /// <summary>Words that, right before a place, name it as a district ("في قضاء", "im Bezirk", "distrito de").</summary>
        public string[][] Districts { get; init; } = [];

        /// <summary>Words that, right after a place, name it as a district ("the Bint Jbeil district").</summary>
        public string[][] DistrictsAfter { get; init; } = [];

        public static LanguageRule None { get; } = new(0, []);
    }
}
