namespace Reports.Core.Figures;

/// <summary>The thirty-third session's English-area rules (english helper).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "shot down 26 drones out of 28", "abattu 28 drones sur 31 et deux missiles": a bare count right after an "of" term
    /// (data <c>of</c>: "out of", "sur") that follows the part downed and its own weapon noun is the whole launched of the
    /// same weapons, whatever noun a list after it names ("… out of 28 and two missiles"). Null when the count names its own
    /// weapon noun right after it, or when no downed part with a noun of its own stands within reach before the "of".
    /// </summary>
    private Candidate? BareWholeAfterPart(Mention m)
    {
        if (_found.Count == 0 || _found[^1] is not { Kind: FigureKind.DronesDowned or FigureKind.MissilesDowned } part ||
            sentence.EndingAt(m.QualifierStart) is not { Tag: Tag.Of } of || part.Mention.End > of.Start || of.Start - part.Mention.End > NounWindow ||
            sentence.StartingAt(part.Mention.End) is not { Tag: Tag.Drone or Tag.Missile } noun || noun.End > of.Start ||
            sentence.StartingAt(m.End) is { Tag: Tag.Drone or Tag.Missile })
        {
            return null;
        }

        var total = part.Kind == FigureKind.DronesDowned ? FigureKind.DronesLaunched : FigureKind.MissilesLaunched;
        return new Candidate(total, m, m.QualifierStart, m.End, part.Combined, false);
    }

    /// <summary>
    /// "received 12 bodies, including two recovered from the rubble", "41 bodies …, including six pulled from under the
    /// rubble": a bare count right after an including term, followed by a participle of its own phrase (a function word
    /// after it), is a part of the casualty figure just before it in the sentence. Null for a count with a noun or a kind's
    /// word of its own, or one no smaller than that figure.
    /// </summary>
    private Candidate? IncludedParticiplePart(Mention m, Scan forward, Scan backward, Candidate? previous)
    {
        if (!backward.Including || backward.IncludingTerm is not { } including || including.End != m.QualifierStart || m.Weak ||
            forward.People || forward.Noun is not null || forward.Keyword is not null || forward.Excluded ||
            previous is null || _found.Count == 0 || !ReferenceEquals(_found[^1], previous) || previous.PhraseEnd > including.Start ||
            m.Value >= previous.Mention.Value || !ParticipleAfter(m))
        {
            return null;
        }

        return new Candidate(previous.Kind, m, m.QualifierStart, m.End, false, forward.Counter);
    }

    /// <summary>
    /// Where the marks of an abbreviation's word end when the token at <paramref name="j"/> is the dot that closes it
    /// ("U.S.", "Mr."): right after the dot, or after a hyphen and a word glued to it ("U.S.-made", "U.S.-supplied",
    /// "U.N.-run": the compound is an attribute, its second part no verb). -1 for any other token.
    /// </summary>
    private int AbbreviationCompoundEnd(int j)
    {
        var tokens = sentence.Tokens;
        if (tokens[j] is not { IsPunctuation: true } dot || dot.Folded != Tokenizer.AbbreviationDot)
        {
            return -1;
        }

        if (j + 2 < tokens.Count && tokens[j + 1] is { IsPunctuation: true, Folded: "-" or "\u2010" or "\u2011" } hyphen && hyphen.Start == dot.End &&
            tokens[j + 2] is { IsWord: true, IsNumber: false } word && word.Start == hyphen.End)
        {
            return j + 3;
        }

        return j + 1;
    }
}
