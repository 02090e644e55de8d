namespace Reports.Core.Figures;

/// <summary>Classes found on the twenty-ninth session's reading probes (ru, uk, es, fr, de, ar).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The token at <paramref name="k"/> is a weak "one" (an article) right before a weapon noun: "tötete eine Rakete 35
    /// Menschen", the weapon is the killing verb's subject, no count.
    /// </summary>
    private bool WeaponSubjectOne(int k)
    {
        if (k < 0)
        {
            return false;
        }

        var one = MentionStartingAt(k);
        return one.End == k + 1 && one.Weak && one.QualifierStart == k && WeaponNounAt(one.End);
    }

    /// <summary>
    /// The count noun at <paramref name="k"/> is a word of the toll verb that ends at <paramref name="end"/> ("Les morts sont
    /// désormais au nombre de neuf"): the verb's noun counts nothing of its own.
    /// </summary>
    private bool InTollVerbEndingAt(int k, int end) => TermMatchEndingAt(language.Aside, Tag.TollVerb, end, 3) is { } verb && verb.Start <= k;
}
