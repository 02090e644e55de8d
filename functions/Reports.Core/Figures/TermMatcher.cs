using System.Runtime.InteropServices;
using Reports.Core.Languages;

namespace Reports.Core.Figures;

/// <summary>
/// Finds a set of terms (one or more words; a word ending in <c>*</c> is a prefix) in a token list,
/// longest match first. Words are compared folded; a word may carry one of the language's clitic prefixes.
/// A term's first word is found by the token's <see cref="Token.Hash"/> (computed by the tokenizer), its prefixes by
/// hashes built in one pass over the word.
/// </summary>
internal sealed class TermMatcher
{
    private readonly Dictionary<string, List<Entry>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _prefix = new(StringComparer.Ordinal);
    private readonly string[] _clitics;
    private readonly SortedSet<int> _prefixLengths = [];
    private int[] _lengths = [];

    // The first words of the terms by hash, built from _exact and _prefix when first matched (again after an Add).
    private volatile Tables? _tables;

    public TermMatcher(IReadOnlyList<string> clitics)
    {
        _clitics = [.. clitics.Select(c => TextFold.Fold(c)).Where(c => c.Length > 0).OrderByDescending(c => c.Length)];
    }

    public bool IsEmpty => _exact.Count == 0 && _prefix.Count == 0;

    /// <summary>
    /// This matcher's bit in <see cref="Token.Starts"/> (0: none). A word's bits are decided once per thread and language
    /// where the word is interned (<see cref="FoldedWords"/>, <see cref="CompiledLanguage.StartsOf"/>): a token whose bits
    /// are known and lack this one starts no term here, and <see cref="MatchAt"/> returns without a look-up. Set once the
    /// terms are added; adding a term turns it off.
    /// </summary>
    public byte StartBit { get; set; }

    public void Add(string term, Tag tag, long value = 0)
    {
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return;
        }

        var prefix = new bool[words.Length];
        for (var k = 0; k < words.Length; k++)
        {
            prefix[k] = words[k].Length > 1 && words[k].EndsWith('*');
            words[k] = TextFold.Fold(prefix[k] ? words[k].AsSpan(0, words[k].Length - 1) : words[k]);
        }

        var entry = new Entry(tag, words, prefix, value);
        var table = prefix[0] ? _prefix : _exact;
        if (!table.TryGetValue(words[0], out var list))
        {
            table[words[0]] = list = [];
        }

        list.Add(entry);
        _tables = null;
        StartBit = 0;
        if (prefix[0] && _prefixLengths.Add(words[0].Length))
        {
            _lengths = [.. _prefixLengths];
        }
    }

    public void AddAll(IEnumerable<string> terms, Tag tag)
    {
        foreach (var term in terms)
        {
            Add(term, tag);
        }
    }

    /// <summary>Terms with a value each (number words and their values).</summary>
    public void AddAll(IReadOnlyDictionary<string, long> terms, Tag tag)
    {
        foreach (var (term, value) in terms)
        {
            Add(term, tag, value);
        }
    }

    /// <summary>All matches that start at token <paramref name="i"/>, added to <paramref name="output"/>.</summary>
    public void MatchAt(List<Token> tokens, int i, List<TermMatch> output)
    {
        var token = tokens[i];
        if (!token.IsWord || (StartBit != 0 && (token.Starts & (Token.StartsKnown | StartBit)) == Token.StartsKnown))
        {
            // (Most words start no term: known once per word, not looked up at every token.)
            return;
        }

        var tables = _tables ?? Build();
        var folded = token.Folded;
        Candidates(tables, folded, token.Hash != 0 ? token.Hash : WordHash.Of(folded), tokens, i, output);
        foreach (var clitic in _clitics)
        {
            if (folded.Length > clitic.Length + 1 && folded.StartsWith(clitic, StringComparison.Ordinal))
            {
                var rest = folded.AsSpan(clitic.Length);
                Candidates(tables, rest, WordHash.Of(rest), tokens, i, output);
            }
        }
    }

    /// <summary>
    /// Some term of this matcher starts with <paramref name="folded"/> (whose <see cref="WordHash"/> is
    /// <paramref name="hash"/>), or with the word after one of the language's clitics: the look-ups of <see cref="MatchAt"/>,
    /// without the following words.
    /// </summary>
    public bool MayStart(string folded, uint hash)
    {
        var tables = _tables ?? Build();
        if (HasFirstWord(tables, folded, hash))
        {
            return true;
        }

        foreach (var clitic in _clitics)
        {
            if (folded.Length > clitic.Length + 1 && folded.StartsWith(clitic, StringComparison.Ordinal))
            {
                var rest = folded.AsSpan(clitic.Length);
                if (HasFirstWord(tables, rest, WordHash.Of(rest)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Some term's first word is <paramref name="word"/> or a prefix term's first word begins it (as <see cref="Candidates"/> looks them up).</summary>
    private bool HasFirstWord(Tables tables, ReadOnlySpan<char> word, uint hash)
    {
        if (tables.Exact.TryGetValue(word, hash, out _))
        {
            return true;
        }

        return Prefixes(tables, word, null, 0, null);
    }

    /// <summary>
    /// The tag of a one-word term of <paramref name="first"/> or <paramref name="second"/> tag that <paramref name="word"/> is (exactly, or by a
    /// prefix term), or null: a word put together from a separable verb's stem and particle (de "ab" + "wehrte").
    /// </summary>
    public Tag? OneWordTag(ReadOnlySpan<char> word, Tag first, Tag second)
    {
        var tables = _tables ?? Build();
        if (tables.Exact.TryGetValue(word, WordHash.Of(word), out var exact) && OneWord(exact, first, second) is { } tag)
        {
            return tag;
        }

        var walk = new PrefixWalk(WordHash.Start);
        while (NextPrefixGroup(tables, word, ref walk) is { } prefixed)
        {
            if (OneWord(prefixed, first, second) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static Tag? OneWord(Entry[] entries, Tag first, Tag second)
    {
        foreach (ref readonly var entry in entries.AsSpan())
        {
            if (entry.Count == 1 && (entry.Tag == first || entry.Tag == second))
            {
                return entry.Tag;
            }
        }

        return null;
    }

    private Tables Build()
    {
        // The first two characters of every prefix term's first word, as bits: most words start with none of them and
        // skip the prefix look-ups (one per prefix length) altogether. A prefix of one character turns the filter off.
        ulong[]? pairs = new ulong[PairBits / 64];
        foreach (var key in _prefix.Keys)
        {
            if (key.Length < 2)
            {
                pairs = null;
                break;
            }

            var bit = PairBit(key);
            pairs[bit >> 6] |= 1UL << (bit & 63);
        }

        // Each first word's terms as one array of structs: a look-up reads the terms it may complete without following a
        // reference per term (a term of one word is matched from its struct alone).
        var tables = new Tables(
            new HashedWords<Entry[]>(_exact.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.ToArray()))),
            new HashedWords<Entry[]>(_prefix.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.ToArray()))),
            pairs);
        _tables = tables;
        return tables;
    }

    private void Candidates(Tables tables, ReadOnlySpan<char> word, uint hash, List<Token> tokens, int i, List<TermMatch> output)
    {
        if (tables.Exact.TryGetValue(word, hash, out var exact))
        {
            Complete(exact, tokens, i, output);
        }

        Prefixes(tables, word, tokens, i, output);
    }

    /// <summary>
    /// The prefix terms whose first word begins <paramref name="word"/>, shortest prefix first, their hashes made in one
    /// pass over the word. With an <paramref name="output"/> each group's terms are completed into it; without one the
    /// first group found answers true (<see cref="HasFirstWord"/>).
    /// </summary>
    private bool Prefixes(Tables tables, ReadOnlySpan<char> word, List<Token>? tokens, int i, List<TermMatch>? output)
    {
        if (_lengths.Length == 0 || (tables.Pairs is { } pairs && (word.Length < 2 || (pairs[PairBit(word) >> 6] & (1UL << (PairBit(word) & 63))) == 0)))
        {
            return false;
        }

        var walk = new PrefixWalk(WordHash.Start);
        while (NextPrefixGroup(tables, word, ref walk) is { } prefixed)
        {
            if (output is null)
            {
                return true;
            }

            Complete(prefixed, tokens!, i, output);
        }

        return false;
    }

    /// <summary>
    /// Where a walk over the prefix terms' lengths stands: the next length's index, and the hash of the word's first
    /// <see cref="Hashed"/> characters (each character hashed once however many lengths are tried).
    /// </summary>
    private struct PrefixWalk(uint start)
    {
        public int Next;
        public int Hashed;
        public uint Running = start;
    }

    /// <summary>
    /// The next group of prefix terms whose first word begins <paramref name="word"/>, shortest prefix first, or null when
    /// no longer prefix is a group's.
    /// </summary>
    private Entry[]? NextPrefixGroup(Tables tables, ReadOnlySpan<char> word, ref PrefixWalk walk)
    {
        while (walk.Next < _lengths.Length)
        {
            var length = _lengths[walk.Next++];
            if (length > word.Length)
            {
                walk.Next = _lengths.Length;
                return null;
            }

            for (; walk.Hashed < length; walk.Hashed++)
            {
                walk.Running = WordHash.Add(walk.Running, word[walk.Hashed]);
            }

            if (tables.Prefix.TryGetValue(word[..length], WordHash.Finish(walk.Running), out var prefixed))
            {
                return prefixed;
            }
        }

        return null;
    }

    private void Complete(Entry[] entries, List<Token> tokens, int i, List<TermMatch> output)
    {
        // A first word such as "the", "in", "trong", "از" opens a score of terms and is met in every sentence: a term whose
        // second word's hash is not the next token's is passed over without reading its words (with no clitics a word
        // matches only itself, and a token's hash is that of its folded word).
        // (The tokens as a span: each entry reads the next tokens in place, not through the list's indexer.)
        var span = CollectionsMarshal.AsSpan(tokens);
        var nextHash = _clitics.Length == 0 && i + 1 < span.Length ? span[i + 1].Hash : 0;
        foreach (ref readonly var entry in entries.AsSpan())
        {
            if (nextHash != 0 && entry.SecondHash != 0 && entry.SecondHash != nextHash)
            {
                continue;
            }

            var k = 1;
            for (; k < entry.Count; k++)
            {
                var at = i + k;
                if (at >= span.Length || !span[at].IsWord || !WordMatches(entry.Words[k], entry.Prefix[k], span[at].Folded))
                {
                    break;
                }
            }

            if (k == entry.Count)
            {
                output.Add(new TermMatch(entry.Tag, i, i + k, entry.Value, entry.Length));
            }
        }
    }

    private bool WordMatches(string pattern, bool prefix, string word)
    {
        if (prefix ? word.StartsWith(pattern, StringComparison.Ordinal) : word == pattern)
        {
            return true;
        }

        foreach (var clitic in _clitics)
        {
            if (word.Length > clitic.Length + 1 && word.StartsWith(clitic, StringComparison.Ordinal))
            {
                var rest = word.AsSpan(clitic.Length);
                if (prefix ? rest.StartsWith(pattern, StringComparison.Ordinal) : rest.SequenceEqual(pattern))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private readonly record struct Entry(Tag Tag, string[] Words, bool[] Prefix, long Value)
    {
        /// <summary>How many words the term has.</summary>
        public int Count { get; } = Words.Length;

        public int Length { get; } = Words.Sum(w => w.Length);

        /// <summary>The <see cref="WordHash"/> of the second word when it is a whole word, else 0 (<see cref="Complete"/>).</summary>
        public uint SecondHash { get; } = Words.Length > 1 && !Prefix[1] ? WordHash.Of(Words[1]) : 0;
    }

    private const int PairBits = 1 << 16;

    private static int PairBit(ReadOnlySpan<char> word) => ((word[0] * 31) + word[1]) & (PairBits - 1);

    private sealed record Tables(HashedWords<Entry[]> Exact, HashedWords<Entry[]> Prefix, ulong[]? Pairs);
}
