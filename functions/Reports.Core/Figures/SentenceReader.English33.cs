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
}
