using System.Collections.Frozen;

namespace Reports.Core.Languages;

/// <summary>
/// The detector's lookup tables, built once from the profiles: which languages list a (folded) stopword, which list a
/// marker letter, which multi-letter markers exist, and the scripts each language is written in.
/// </summary>
internal sealed class DetectorIndex
{
    /// <summary>In a character's <see cref="Classify"/> value: the character is part of a word.</summary>
    public const uint WordChar = 1u << 16;

    private const int ScriptShift = 17;
    private const int MarkerShift = 21;
    private static readonly int[] None = [];
    private readonly HashedWords<int[]> _words;
    private readonly FrozenDictionary<char, int[]> _markerChars;

    // Per block of 256 characters, filled when a character of it is first seen: each character's class (see Classify).
    private readonly uint[]?[] _classes = new uint[]?[256];
    private readonly int[][] _markerSets;
    private readonly Dictionary<char, int> _markerSetOf = [];

    public DetectorIndex(IReadOnlyList<LanguageProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        Profiles = profiles;
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var chars = new Dictionary<char, List<int>>();
        var sequences = new List<(string, int)>();
        Scripts = new bool[profiles.Count][];
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            foreach (var word in p.Stopwords.Select(WordFold.Fold).Distinct(StringComparer.Ordinal))
            {
                Add(words, word, i);
            }

            foreach (var marker in p.Markers.Where(m => m.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (marker.Length == 1)
                {
                    Add(chars, WordFold.Fold(marker[0]), i);
                }
                else
                {
                    sequences.Add((marker, i));
                }
            }

            Scripts[i] = new bool[WritingScripts.Count];
            foreach (var script in p.Scripts)
            {
                Scripts[i][(int)WritingScripts.Parse(script)] = true;
            }
        }

        _words = new HashedWords<int[]>(words.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.ToArray())));
        _markerChars = chars.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        var markerSets = new List<int[]> { None };
        foreach (var (letter, langs) in _markerChars)
        {
            _markerSetOf[letter] = markerSets.Count;
            markerSets.Add(langs);
        }

        _markerSets = [.. markerSets];
        Sequences = [.. sequences];
    }

    public IReadOnlyList<LanguageProfile> Profiles { get; }

    /// <summary>Per profile, per <see cref="WritingScript"/>: is the language written in it.</summary>
    public bool[][] Scripts { get; }

    /// <summary>Markers longer than one character and the profile listing each.</summary>
    public IReadOnlyList<(string Marker, int Profile)> Sequences { get; }

    /// <summary>The longest folded stopword: a longer word is no profile's stopword.</summary>
    public int MaxWordLength => _words.MaxLength;

    /// <summary>
    /// What the detector needs to know of a character, from one table look-up: its folded form (the low 16 bits),
    /// <see cref="WordChar"/> when it is part of a word, its <see cref="WritingScript"/> (<see cref="ScriptOf"/>), and
    /// the marker letters it counts for (<see cref="MarkersOf"/>): a word letter beyond ASCII by its folded form, ZWNJ
    /// by itself.
    /// </summary>
    public uint Classify(char c)
    {
        var block = _classes[c >> 8] ?? FillClasses(c >> 8);
        return block[c & 0xFF];
    }

    public static WritingScript ScriptOf(uint info) => (WritingScript)((info >> ScriptShift) & 0xF);

    /// <summary>The profiles a character of this <see cref="Classify"/> value is a marker letter of.</summary>
    public int[] MarkersOf(uint info) => _markerSets[info >> MarkerShift];

    /// <summary>The profiles listing this folded word as a stopword.</summary>
    public int[] LanguagesOfWord(ReadOnlySpan<char> folded) => _words.TryGetValue(folded, out var langs) ? langs : None;

    /// <summary>As <see cref="LanguagesOfWord(ReadOnlySpan{char})"/>, the word's <see cref="WordHash"/> known.</summary>
    public int[] LanguagesOfWord(ReadOnlySpan<char> folded, uint hash) => _words.TryGetValue(folded, hash, out var langs) ? langs : None;

    /// <summary>The profiles listing this folded letter as a marker.</summary>
    public int[] LanguagesOfMarker(char folded) => _markerChars.TryGetValue(folded, out var langs) ? langs : None;

    private uint[] FillClasses(int high)
    {
        // Two threads may fill the same block; both write the same values.
        var block = new uint[256];
        for (var low = 0; low < 256; low++)
        {
            var c = (char)((high << 8) | low);
            var folded = WordFold.Fold(c);
            uint info = folded;
            var markerOf = '\0';
            if (WordFold.IsWordChar(c))
            {
                info |= WordChar | ((uint)WritingScripts.Of(c) << ScriptShift);
                markerOf = c >= '\u0080' ? folded : '\0';
            }
            else if (c == '\u200C')
            {
                markerOf = c;
            }

            if (markerOf != '\0' && _markerSetOf.TryGetValue(markerOf, out var set))
            {
                info |= (uint)set << MarkerShift;
            }

            block[low] = info;
        }

        _classes[high] = block;
        return block;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int profile)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(profile))
        {
            list.Add(profile);
        }
    }
}
