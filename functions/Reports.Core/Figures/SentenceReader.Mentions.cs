namespace Reports.Core.Figures;

/// <summary>
/// Questions about the sentence's numbers that the scans ask for nearly every token they pass: plain loops over the
/// mentions, so no closure or delegate is allocated per question.
/// </summary>
internal sealed partial class SentenceReader
{
    // The reader's working collections, reused on the thread from one sentence to the next: the extractor reads one
    // sentence at a time and keeps only the list Read returns (a new one), never these.
    [ThreadStatic]
    private static Dictionary<int, Candidate>? _pooledAssigned;

    [ThreadStatic]
    private static List<Candidate>? _pooledFound;

    [ThreadStatic]
    private static List<Candidate>? _pooledExtra;

    /// <summary>This thread's collection, emptied (a new one when it grew past a thousand entries, so none stays large).</summary>
    private static Dictionary<int, Candidate> Pooled(ref Dictionary<int, Candidate>? pooled)
    {
        if (pooled is null || pooled.Count > 1_000)
        {
            pooled = [];
        }

        pooled.Clear();
        return pooled;
    }

    /// <summary>This thread's list, emptied (a new one when it grew past a thousand entries).</summary>
    private static List<Candidate> Pooled(ref List<Candidate>? pooled)
    {
        if (pooled is null || pooled.Capacity > 1_000)
        {
            pooled = [];
        }

        pooled.Clear();
        return pooled;
    }

    // The day terms' matches of one look-up, reused on the thread (each user reads them before the next look-up).
    [ThreadStatic]
    private static List<TermMatch>? _dayScratch;

    /// <summary>This thread's list for one look-up of day terms, emptied.</summary>
    private static List<TermMatch> DayScratch()
    {
        var scratch = _dayScratch ??= new List<TermMatch>(4);
        scratch.Clear();
        return scratch;
    }

    /// <summary>The index of the first match tagged <paramref name="tag"/>, or -1.</summary>
    private static int IndexOfTag(List<TermMatch> matches, Tag tag)
    {
        for (var k = 0; k < matches.Count; k++)
        {
            if (matches[k].Tag == tag)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A counting number starts here (numbers already excluded, "12 nước", "25 tuổi", do not block a scan).</summary>
    private bool StartsMention(int token)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var x = mentions[k];
            if ((x.QualifierStart == token || x.Start == token) && !IsExcluded(x))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsMention(int token)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var x = mentions[k];
            if (x.End == token && !IsExcluded(x))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number that is neither a weak "one" nor excluded ends right before <paramref name="token"/>.</summary>
    private bool EndsStrongMention(int token)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var x = mentions[k];
            if (x.End == token && !x.Weak && !IsExcluded(x))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many numbers lie wholly inside tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private int MentionsWithin(int from, int to)
    {
        var count = 0;
        for (var k = 0; k < mentions.Count; k++)
        {
            count += mentions[k].Start >= from && mentions[k].End <= to ? 1 : 0;
        }

        return count;
    }

    /// <summary>The first number starting at <paramref name="token"/>, or the default mention (End 0) when none does.</summary>
    private Mention MentionStartingAt(int token)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Start == token)
            {
                return mentions[k];
            }
        }

        return default;
    }
}
