using System.Runtime.InteropServices;
using Reports.Core.Analysis;
using Reports.Core.Languages;

namespace Reports.Core.Figures;

/// <summary>
/// The article's sentences read once into tokens (<see cref="Tokenizer"/>: words, numbers, punctuation), for every stage
/// that needs the article's words: each token's span in its sentence (<see cref="Token.Start"/>, <see cref="Token.Length"/>),
/// its fold (<see cref="Token.Folded"/>, the <see cref="TextFold"/> form, one shared string per distinct word on this
/// thread, so two tokens of the same word hold the same string and compare by reference), the fold's
/// <see cref="WordHash"/> (<see cref="Token.Hash"/>, for <see cref="HashedWords{T}"/> look-ups without hashing again),
/// and, on request, a small id per distinct fold of the article (<see cref="Ids"/>) for per-article arrays of facts.
/// </summary>
/// <remarks>
/// Made once per article (<see cref="Read"/>) and reused on its thread: the token lists and id buffers are kept from one
/// article to the next, so reading an article allocates nothing once the thread has read one of its size. A reading
/// holds until the next <see cref="Read"/> on the same thread; nothing may keep it (or its lists) past its article.
/// The tokens are the figure extractor's own (the extractor reads them, and only them): a stage whose word differs from
/// a token (the tokenizer keeps "U.S." and "12-year-old" whole, splits digits from letters except in glued words, drops
/// tatweel and diacritics in the fold, keeps punctuation as tokens) checks the span where it matters.
/// </remarks>
internal sealed class ArticleReading
{
    /// <summary>Sentences whose token lists a thread keeps for the next article (more are made and dropped).</summary>
    private const int KeptTokenLists = 1_000;

    /// <summary>An id buffer grown past this many ints is not kept for the next article.</summary>
    private const int MaxKeptIds = 1 << 18;

    [ThreadStatic]
    private static ArticleReading? _current;

    // Each sentence's token list, reused from one article to the next on this thread (entries past Count are spare).
    private readonly List<List<Token>> _tokens = [];
    private IReadOnlyList<Sentence> _sentences = [];

    // The ids (see Ids), made on first request: one run of _ids per sentence, from _idStarts[s], as long as its tokens.
    // (By the fold's characters, not its reference: the thread's shared strings start again past FoldedWords.MaxWords.)
    private readonly Dictionary<string, int> _idOf = new(StringComparer.Ordinal);
    private readonly List<string> _folds = [];
    private int[] _ids = new int[1024];
    private int[] _idStarts = new int[64];
    private bool _idsMade;

    private ArticleReading()
    {
        Language = null!;
    }

    /// <summary>
    /// Reads <paramref name="sentences"/> in <paramref name="profile"/>'s language: every sentence tokenised once. Returns
    /// this thread's reading, emptied and refilled (the previous article's reading on this thread ends here).
    /// </summary>
    public static ArticleReading Read(IReadOnlyList<Sentence> sentences, LanguageProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(profile);
        var reading = _current ??= new ArticleReading();
        reading.Fill(sentences, CompiledLanguage.For(profile), cancellationToken);
        return reading;
    }

    /// <summary>The sentences read (the list given to <see cref="Read"/>).</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>How many sentences were read.</summary>
    public int Count => _sentences.Count;

    /// <summary>The language the sentences were read in (its abbreviations, clitics and number separators shape the tokens).</summary>
    public CompiledLanguage Language { get; private set; }

    /// <summary>The profile the sentences were read with.</summary>
    public LanguageProfile Profile => Language.Profile;

    /// <summary>The tokens of sentence <paramref name="sentence"/>, offsets relative to the sentence's text (not to be changed).</summary>
    public List<Token> Tokens(int sentence) => _tokens[sentence];

    /// <summary>As <see cref="Tokens"/>, as a span.</summary>
    public ReadOnlySpan<Token> TokenSpan(int sentence) => CollectionsMarshal.AsSpan(_tokens[sentence]);

    /// <summary>
    /// Per token of sentence <paramref name="sentence"/> (same index as <see cref="Tokens"/>), the id of its fold in this
    /// article: 0 … <see cref="FoldCount"/> − 1, equal ids for equal folds (numbers share the fold "#", dates "#date",
    /// punctuation its character). Made for the whole article on the first request (one look-up per token), then read.
    /// </summary>
    public ReadOnlySpan<int> Ids(int sentence)
    {
        if (!_idsMade)
        {
            MakeIds();
        }

        return _ids.AsSpan(_idStarts[sentence], _tokens[sentence].Count);
    }

    /// <summary>How many distinct folds the article's tokens have (ids are below it); makes the ids if not yet made.</summary>
    public int FoldCount
    {
        get
        {
            if (!_idsMade)
            {
                MakeIds();
            }

            return _folds.Count;
        }
    }

    /// <summary>The fold whose id is <paramref name="id"/> (<see cref="Ids"/>).</summary>
    public string Fold(int id) => _folds[id];

    private void Fill(IReadOnlyList<Sentence> sentences, CompiledLanguage language, CancellationToken cancellationToken)
    {
        _sentences = sentences;
        Language = language;
        _idsMade = false;
        if (_tokens.Count > KeptTokenLists)
        {
            _tokens.RemoveRange(KeptTokenLists, _tokens.Count - KeptTokenLists);
        }

        var tokenizer = new Tokenizer(language);
        for (var s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (s == _tokens.Count)
            {
                _tokens.Add([]);
            }

            var tokens = _tokens[s];
            tokens.Clear();
            tokenizer.Tokenize(sentences[s].Text, tokens);
        }
    }

    private void MakeIds()
    {
        _idOf.Clear();
        _folds.Clear();
        var total = 0;
        for (var s = 0; s < Count; s++)
        {
            total += _tokens[s].Count;
        }

        if (_ids.Length < total || _ids.Length > MaxKeptIds)
        {
            _ids = new int[Math.Max(total, 1024)];
        }

        if (_idStarts.Length < Count || _idStarts.Length > MaxKeptIds)
        {
            _idStarts = new int[Math.Max(Count, 64)];
        }

        var at = 0;
        for (var s = 0; s < Count; s++)
        {
            _idStarts[s] = at;
            foreach (var t in CollectionsMarshal.AsSpan(_tokens[s]))
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_idOf, t.Folded, out var seen);
                if (!seen)
                {
                    id = _folds.Count;
                    _folds.Add(t.Folded);
                }

                _ids[at++] = id;
            }
        }

        if (_idOf.Count > MaxKeptIds)
        {
            _idOf.Clear();
            _idOf.TrimExcess();
        }

        _idsMade = true;
    }
}
