namespace Reports.Core.Figures;

/// <summary>
/// The ints an article's <see cref="TaggedSentence"/>s keep their tags in, and the keyword matches the tags point to,
/// handed out in runs from buffers kept per thread and reused from one article to the next (nothing keeps a tagged
/// sentence once its article's figures are made). A run is never moved: when a buffer is full a new one is started,
/// and the sentences already tagged keep the old.
/// </summary>
internal sealed class TagArena
{
    /// <summary>A buffer grown past this many ints is not kept for the next article.</summary>
    private const int MaxKept = 1 << 18;

    [ThreadStatic]
    private static TagArena? _current;

    private int[] _buffer = new int[4096];
    private int _used;
    private TermMatch[] _matches = new TermMatch[1024];
    private int _matchesUsed;
    private TermMatch[] _matchBuilder = new TermMatch[16];
    private TaggedSentence[] _sentences = new TaggedSentence[64];

    /// <summary>An article of more sentences than this gets an array of its own (none is kept that large).</summary>
    private const int MaxKeptSentences = 4096;

    /// <summary>
    /// Where a sentence gathers its matches before taking a run for them (its contents are not kept); the sentence
    /// gives back the array it grew.
    /// </summary>
    public TermMatch[] MatchBuilder
    {
        get => _matchBuilder;
        set => _matchBuilder = value.Length > MaxKept ? new TermMatch[16] : value;
    }

    /// <summary>This thread's arena, emptied: the runs it handed out before may be handed out again.</summary>
    public static TagArena ForThread()
    {
        var arena = _current ??= new TagArena();
        if (arena._buffer.Length > MaxKept)
        {
            arena._buffer = new int[4096];
        }

        if (arena._matches.Length > MaxKept)
        {
            arena._matches = new TermMatch[1024];
        }

        arena._used = 0;
        arena._matchesUsed = 0;
        return arena;
    }

    /// <summary>
    /// At least <paramref name="count"/> slots for the article's tagged sentences: the thread's, holding (or null) the sentences of
    /// earlier articles for <see cref="TaggedSentence.Retag"/> to tag anew (no object per sentence per article).
    /// </summary>
    public TaggedSentence[] Sentences(int count)
    {
        if (count > MaxKeptSentences)
        {
            return new TaggedSentence[count];
        }

        if (_sentences.Length < count)
        {
            Array.Resize(ref _sentences, Math.Max(count, _sentences.Length * 2));
        }

        return _sentences;
    }

    /// <summary>A run of <paramref name="length"/> zeroed ints: the array and where the run starts in it.</summary>
    public int[] Take(int length, out int start)
    {
        var buffer = TakeRun(ref _buffer, ref _used, length, out start);
        buffer.AsSpan(start, length).Clear();
        return buffer;
    }

    /// <summary>A run of <paramref name="length"/> matches (to be written by the caller): the array and where the run starts in it.</summary>
    public TermMatch[] TakeMatches(int length, out int start) => TakeRun(ref _matches, ref _matchesUsed, length, out start);

    /// <summary>The next <paramref name="length"/> items of <paramref name="buffer"/>, a larger buffer begun when they do not fit.</summary>
    private static T[] TakeRun<T>(ref T[] buffer, ref int used, int length, out int start)
    {
        if (used + length > buffer.Length)
        {
            buffer = new T[Math.Max(length, buffer.Length * 2)];
            used = 0;
        }

        start = used;
        used += length;
        return buffer;
    }
}
