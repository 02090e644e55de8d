using Reports.Core.Analysis;
using Reports.Core.Figures;

namespace Reports.Core.Places;

public static partial class FigurePlaces
{
    /// <summary>
    /// "Zwei Raketen wurden aus dem Libanon auf Kirjat Schmona abgefeuert. Eine davon wurde abgefangen": a downed count
    /// with no side of its own, right after the launched count of its weapons (in its sentence or the one before, with no
    /// other count of those weapons between, none fewer than it), is of that count's side; else a missile from Yemen
    /// intercepted the same day, with its side, and the rocket from Lebanon, with none, were one engagement.
    /// </summary>
    private static void DownedOfLaunchedSide(List<Figure> figures, IReadOnlyList<Sentence> sentences)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var downed = figures[i];
            if (downed.Side is not null || !(downed.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned) ||
                SentenceIndexOf(sentences, downed.Offset) is not { } at)
            {
                continue;
            }

            var launched = downed.Kind == FigureKind.DronesDowned ? FigureKind.DronesLaunched : FigureKind.MissilesLaunched;
            Figure? before = null;
            foreach (var f in figures)
            {
                if ((f.Kind == downed.Kind || f.Kind == launched) && f.Offset < downed.Offset && (before is null || f.Offset > before.Offset))
                {
                    before = f;
                }
            }

            if (before is { Side: { } side } whole && whole.Kind == launched && whole.Value >= downed.Value &&
                SentenceIndexOf(sentences, whole.Offset) is { } wholeAt && at - wholeAt <= 1)
            {
                figures[i] = downed with { Side = side };
            }
        }
    }
}
