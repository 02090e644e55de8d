namespace Reports.Core.Figures;

/// <summary>
/// The numbers of one long sentence indexed by the token each starts, ends and has its qualifier at, with a memo of
/// which are excluded (ages, dates, units). The sentence reader asks "does a counting number start or end at this
/// token" and "is this number excluded" for every item of a list and for the tokens it scans; on a sentence of a few
/// numbers a scan of the list is cheaper, but a list of hundreds of items ("12 UAV và 15 UAV và 9 UAV và …") made
/// each question cost the whole list, and the exclusion of one item asks about the item before it, so one sentence cost
/// the cube of its items. Built only for sentences of more than <see cref="Threshold"/> numbers; the answers are the
/// same as the scans' (the index keeps the list's order).
/// </summary>
internal sealed class MentionLookup
{
    /// <summary>Sentences with more numbers than this are indexed (no news sentence of a few figures is).</summary>
    public const int Threshold = 24;

    private readonly int[] _byStart;
    private readonly int[] _byEnd;
    private readonly int[] _byQualifierStart;
    private readonly int[] _nextByStart;
    private readonly int[] _nextByEnd;
    private readonly int[] _nextByQualifierStart;
    private readonly sbyte[] _excluded;
    private readonly int[] _listEnd;
    private readonly int[] _listLast;
    private readonly List<Mention> _mentions;

    public MentionLookup(List<Mention> mentions, int tokens)
    {
        _mentions = mentions;
        foreach (var m in mentions)
        {
            tokens = Math.Max(tokens, Math.Max(m.End, Math.Max(m.Start, m.QualifierStart)));
        }

        _byStart = Filled(tokens + 1);
        _byEnd = Filled(tokens + 1);
        _byQualifierStart = Filled(tokens + 1);
        _nextByStart = Filled(mentions.Count);
        _nextByEnd = Filled(mentions.Count);
        _nextByQualifierStart = Filled(mentions.Count);
        _excluded = new sbyte[mentions.Count];
        _listEnd = Filled(tokens + 1);
        _listLast = new int[tokens + 1];

        // Backwards, so each chain runs in the list's order.
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            Link(_byStart, _nextByStart, m.Start, i);
            Link(_byEnd, _nextByEnd, m.End, i);
            Link(_byQualifierStart, _nextByQualifierStart, m.QualifierStart, i);
        }
    }

    /// <summary>The first mention (in the list's order) starting at <paramref name="token"/>, or -1.</summary>
    public int FirstStartingAt(int token) => At(_byStart, token);

    /// <summary>The next mention after <paramref name="index"/> starting where it starts, or -1.</summary>
    public int NextStartingAt(int index) => _nextByStart[index];

    /// <summary>The first mention (in the list's order) ending right before <paramref name="token"/>, or -1.</summary>
    public int FirstEndingAt(int token) => At(_byEnd, token);

    /// <summary>The next mention after <paramref name="index"/> ending where it ends, or -1.</summary>
    public int NextEndingAt(int index) => _nextByEnd[index];

    /// <summary>The first mention (in the list's order) whose qualifier starts at <paramref name="token"/>, or -1.</summary>
    public int FirstQualifiedAt(int token) => At(_byQualifierStart, token);

    /// <summary>The next mention after <paramref name="index"/> whose qualifier starts where its does, or -1.</summary>
    public int NextQualifiedAt(int index) => _nextByQualifierStart[index];

    /// <summary>The index of <paramref name="m"/> in the list (the first equal one), or -1.</summary>
    public int IndexOf(Mention m)
    {
        for (var i = FirstStartingAt(m.Start); i >= 0; i = _nextByStart[i])
        {
            if (_mentions[i] == m)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The remembered exclusion of mention <paramref name="index"/>: 1 excluded, -1 not, 0 not yet known.</summary>
    public ref sbyte Excluded(int index) => ref _excluded[index];

    /// <summary>The remembered end (and last item, or -1) of the list of weapons whose first noun ends at <paramref name="nounEnd"/>.</summary>
    public bool ListEnd(int nounEnd, out int end, out int last)
    {
        end = At(_listEnd, nounEnd);
        last = end >= 0 ? _listLast[nounEnd] : -1;
        return end >= 0;
    }

    public void RememberListEnd(int nounEnd, int end, int last)
    {
        if ((uint)nounEnd < (uint)_listEnd.Length)
        {
            _listEnd[nounEnd] = end;
            _listLast[nounEnd] = last;
        }
    }

    private static int At(int[] first, int token) => (uint)token < (uint)first.Length ? first[token] : -1;

    private static void Link(int[] first, int[] next, int token, int index)
    {
        next[index] = first[token];
        first[token] = index;
    }

    private static int[] Filled(int length)
    {
        var array = new int[length];
        Array.Fill(array, -1);
        return array;
    }
}
