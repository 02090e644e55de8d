using System.Collections.Frozen;

namespace Reports.Core.Languages;

/// <summary>
/// The detector's lookup tables, built once from the profiles: which languages list a (folded) stopword, which list a
/// marker letter, which multi-letter markers exist, and the scripts each language is written in.
/// </summary>
internal sealed class DetectorIndex
{
    private static readonly int[] None = [];
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<char, int[]> _markerChars;

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

        _words = words.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _markerChars = chars.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        Sequences = [.. sequences];
    }

    public IReadOnlyList<LanguageProfile> Profiles { get; }

    /// <summary>Per profile, per <see cref="WritingScript"/>: is the language written in it.</summary>
    public bool[][] Scripts { get; }

    /// <summary>Markers longer than one character and the profile listing each.</summary>
    public IReadOnlyList<(string Marker, int Profile)> Sequences { get; }

    /// <summary>The profiles listing this folded word as a stopword.</summary>
    public int[] LanguagesOfWord(ReadOnlySpan<char> folded) => _words.TryGetValue(folded, out var langs) ? langs : None;

    /// <summary>The profiles listing this folded letter as a marker.</summary>
    public int[] LanguagesOfMarker(char folded) => _markerChars.TryGetValue(folded, out var langs) ? langs : None;

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
