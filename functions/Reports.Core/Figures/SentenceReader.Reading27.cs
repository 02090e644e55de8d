namespace Reports.Core.Figures;

/// <summary>Classes found on the twenty-seventh session's reading probes (ru, uk, es, fr, de, ar).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "погибли 12, ранены 40; в Брянской: погибли трое, ранены девять", "drei Tote, zehn Verletzte; im Gebiet Charkiw: ein
    /// Toter, zwei Verletzte": a killed (or injured) figure already paired with a figure of the other casualty kind before
    /// the would-be parts is one item of a list of places, not a total that a later killed and injured pair adds up to.
    /// </summary>
    private bool PairedBeforeParts(int total, int firstPart)
    {
        var kind = _found[total].Kind;
        for (var j = total + 1; j < firstPart; j++)
        {
            if (_found[j].Kind is FigureKind.Killed or FigureKind.Injured && _found[j].Kind != kind)
            {
                return true;
            }
        }

        return false;
    }
}
