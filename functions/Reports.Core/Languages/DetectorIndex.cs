namespace Reports.Core.Languages;

/// <summary>
/// The detector's lookup tables, built once from the profiles: which languages list a (folded) stopword or detection
/// word, which list a marker letter (strongly or weakly), which multi-letter markers exist, the scripts each language
/// is written in and its alphabet.
/// </summary>
internal sealed class DetectorIndex
{
    /// <summary>In a character's <see cref="Classify"/> value: the character is part of a word.</summary>
    public const uint WordChar = 1u << 16;

    /// <summary>Profiles are named by bits of a 64-bit mask.</summary>
    public const int MaxProfiles = 64;

    private const int ScriptShift = 17;
    private const int MarkerShift = 21;
    private readonly HashedWords<ulong> _words;

    // Per block of 256 characters, filled when a character of it is first seen: each character's class (see Classify).
    private readonly uint[]?[] _classes = new uint[]?[256];
    private readonly ulong[] _strongSets;
    private readonly ulong[] _weakSets;
    private readonly Dictionary<char, int> _markerSetOf = [];

    public DetectorIndex(IReadOnlyList<LanguageProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (profiles.Count > MaxProfiles)
        {
            throw new ArgumentException($"The detector tells at most {MaxProfiles} languages apart; the catalog has {profiles.Count}.", nameof(profiles));
        }

        Profiles = profiles;
        var words = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var strong = new Dictionary<char, ulong>();
        var weak = new Dictionary<char, ulong>();
        var sequences = new List<(string, int)>();
        Scripts = new bool[profiles.Count][];
        Alphabets = new string[profiles.Count];
        Prefixes = new string[profiles.Count][];
        Suffixes = new string[profiles.Count][];
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            foreach (var word in p.Stopwords.Concat(p.DetectionWords).Select(WordFold.Fold).Distinct(StringComparer.Ordinal))
            {
                AddBit(words, word, i);
            }

            foreach (var marker in p.Markers.Where(m => m.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (marker.Length == 1)
                {
                    AddBit(strong, MarkerKey(marker[0]), i);
                }
                else
                {
                    sequences.Add((marker, i));
                }
            }

            foreach (var marker in p.WeakMarkers.Where(m => m.Length == 1))
            {
                AddBit(weak, MarkerKey(marker[0]), i);
            }

            Scripts[i] = new bool[WritingScripts.Count];
            foreach (var script in p.Scripts)
            {
                Scripts[i][(int)WritingScripts.Parse(script)] = true;
            }

            Alphabets[i] = p.Letters.ToLowerInvariant();
            Prefixes[i] = [.. p.DetectionPrefixes.Where(a => a.Length > 0).Select(WordFold.Fold).Distinct(StringComparer.Ordinal)];
            Suffixes[i] = [.. p.DetectionSuffixes.Where(a => a.Length > 0).Select(WordFold.Fold).Distinct(StringComparer.Ordinal)];
        }

        _words = new HashedWords<ulong>(words);
        var strongSets = new List<ulong> { 0 };
        var weakSets = new List<ulong> { 0 };
        foreach (var letter in strong.Keys.Union(weak.Keys))
        {
            _markerSetOf[letter] = strongSets.Count;
            strongSets.Add(strong.GetValueOrDefault(letter));
            weakSets.Add(weak.GetValueOrDefault(letter));
        }

        _strongSets = [.. strongSets];
        _weakSets = [.. weakSets];
        Sequences = [.. sequences];
    }

    public IReadOnlyList<LanguageProfile> Profiles { get; }

    /// <summary>Per profile, per <see cref="WritingScript"/>: is the language written in it.</summary>
    public bool[][] Scripts { get; }

    /// <summary>Per profile, its alphabet in lower case (empty: not given).</summary>
    public string[] Alphabets { get; }

    /// <summary>Per profile, its folded detection prefixes.</summary>
    public string[][] Prefixes { get; }

    /// <summary>Per profile, its folded detection suffixes.</summary>
    public string[][] Suffixes { get; }

    /// <summary>Markers longer than one character and the profile listing each.</summary>
    public IReadOnlyList<(string Marker, int Profile)> Sequences { get; }

    /// <summary>The longest folded stopword or detection word: a longer word is no profile's.</summary>
    public int MaxWordLength => _words.MaxLength;

    /// <summary>
    /// What the detector needs to know of a character, from one table look-up: its folded form (the low 16 bits),
    /// <see cref="WordChar"/> when it is part of a word, its <see cref="WritingScript"/> (<see cref="ScriptOf"/>), and
    /// the profiles it is a marker of (<see cref="StrongMarkersOf"/>, <see cref="WeakMarkersOf"/>): a character beyond
    /// ASCII by its lower case, not folded — the Arabic ي is Arabic's weak marker, the Persian ی Persian's.
    /// </summary>
    public uint Classify(char c)
    {
        var block = _classes[c >> 8] ?? FillClasses(c >> 8);
        return block[c & 0xFF];
    }

    public static WritingScript ScriptOf(uint info) => (WritingScript)((info >> ScriptShift) & 0xF);

    /// <summary>Whether a character of this <see cref="Classify"/> value is any profile's marker letter, strong or weak (few are).</summary>
    public static bool IsMarker(uint info) => info >> MarkerShift != 0;

    /// <summary>The profiles (bit per profile) a character of this <see cref="Classify"/> value is a marker letter of.</summary>
    public ulong StrongMarkersOf(uint info) => _strongSets[info >> MarkerShift];

    /// <summary>The profiles (bit per profile) a character of this <see cref="Classify"/> value is a weak marker of.</summary>
    public ulong WeakMarkersOf(uint info) => _weakSets[info >> MarkerShift];

    /// <summary>The profiles (bit per profile) listing this folded word as a stopword or detection word.</summary>
    public ulong LanguagesOfWord(ReadOnlySpan<char> folded) => _words.TryGetValue(folded, out var profiles) ? profiles : 0;

    /// <summary>As <see cref="LanguagesOfWord(ReadOnlySpan{char})"/>, the word's <see cref="WordHash"/> known.</summary>
    public ulong LanguagesOfWord(ReadOnlySpan<char> folded, uint hash) => _words.TryGetValue(folded, hash, out var profiles) ? profiles : 0;

    private static char MarkerKey(char c) => char.ToLowerInvariant(c);

    private static void AddBit<TKey>(Dictionary<TKey, ulong> map, TKey key, int profile)
        where TKey : notnull =>
        map[key] = map.GetValueOrDefault(key) | (1UL << profile);

    private uint[] FillClasses(int high)
    {
        // Two threads may fill the same block; both write the same values.
        var block = new uint[256];
        for (var low = 0; low < 256; low++)
        {
            var c = (char)((high << 8) | low);
            uint info = WordFold.Fold(c);
            if (WordFold.IsWordChar(c))
            {
                info |= WordChar | ((uint)WritingScripts.Of(c) << ScriptShift);
            }

            if (c >= '\u0080' && _markerSetOf.TryGetValue(MarkerKey(c), out var set))
            {
                info |= (uint)set << MarkerShift;
            }

            block[low] = info;
        }

        _classes[high] = block;
        return block;
    }
}
