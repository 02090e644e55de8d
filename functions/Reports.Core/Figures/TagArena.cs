namespace Reports.Core.Figures;

/// <summary>
/// The ints an article's <see cref="TaggedSentence"/>s keep their tags in, handed out in runs from one buffer kept per
/// thread and reused from one article to the next (nothing keeps a tagged sentence once its article's figures are made).
/// A run is never moved: when the buffer is full a new one is started, and the sentences already tagged keep the old.
/// </summary>
internal sealed class TagArena
{
    /// <summary>A buffer grown past this many ints is not kept for the next article.</summary>
    private const int MaxKept = 1 << 18;

    [ThreadStatic]
    private static TagArena? _current;

    private int[] _buffer = new int[4096];
    private int _used;

    /// <summary>This thread's arena, emptied: the runs it handed out before may be handed out again.</summary>
    public static TagArena ForThread()
    {
        var arena = _current ??= new TagArena();
        if (arena._buffer.Length > MaxKept)
        {
            arena._buffer = new int[4096];
        }

        arena._used = 0;
        return arena;
    }

    /// <summary>A run of <paramref name="length"/> zeroed ints: the array and where the run starts in it.</summary>
    public int[] Take(int length, out int start)
    {
        if (_used + length > _buffer.Length)
        {
            _buffer = new int[Math.Max(length, _buffer.Length * 2)];
            _used = 0;
        }

        start = _used;
        _used += length;
        _buffer.AsSpan(start, length).Clear();
        return _buffer;
    }
}
