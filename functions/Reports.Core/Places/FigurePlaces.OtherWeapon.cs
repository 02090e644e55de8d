using Reports.Core.Analysis;
using Reports.Core.Figures;

namespace Reports.Core.Places;

/// <summary>Twenty-eighth session, events helper: the side of the other weapon counted in one sentence.</summary>
public static partial class FigurePlaces
{
    /// <summary>
    /// The side of an earlier tally of the other weapon in the figure's sentence, in the same role (downed or launched),
    /// when every place the sentence names after it lies in that side's opponent: "54 drones ukrainiens, dont 21
    /// au-dessus de la région de Briansk, ainsi qu'un missile de croisière … au-dessus de la mer Noire" (Russia's tally of
    /// Ukrainian weapons, the sea one of the places Russia's tallies count). The missile had no side and stayed the sea's,
    /// which Ukraine's tallies count too, so it joined Ukraine's own missiles downed that night. Null when a tally of the
    /// figure's own kind comes first (the same-kind rule decides), or a place outside the opponent is named after it
    /// (the side's own name, "40 UAV của Ukraine", is its attribute, no place).
    /// </summary>
    private static string? SideOfOtherWeapon(Gazetteer gazetteer, IReadOnlyList<Sentence> sentences, List<PlaceMention> mentions, List<Figure> placed, Figure figure)
    {
        if (placed.Count == 0 || SentenceOf(sentences, figure.Offset) is not { } sentence)
        {
            return null;
        }

        var downed = figure.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned;
        for (var i = placed.Count - 1; i >= 0; i--)
        {
            var previous = placed[i];
            if (previous.Offset < sentence.Offset || previous.Offset >= figure.Offset || previous.Kind == figure.Kind)
            {
                return null;
            }

            if (!IsWeaponTally(previous.Kind) || (previous.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned) != downed)
            {
                continue;
            }

            if (previous.Side is not { } side)
            {
                continue;
            }

            if (gazetteer.Opponent(side) is not { } target)
            {
                return null;
            }

            foreach (var m in mentions)
            {
                if (m.Offset > previous.Offset && m.Offset < sentence.End && m.PlaceId != side && !gazetteer.Includes(target, m.PlaceId))
                {
                    return null;
                }
            }

            return side;
        }

        return null;
    }

    /// <summary>
    /// A city of a country the gazetteer does not divide into regions ("sy/damascus", "ir/isfahan", "il/haifa"): the id
    /// stands for the city and its area (its governorate) alike, so a place "near" it is in it. "cerca de Damasco" was
    /// near Damascus while "near Qatana, southwest of Damascus" and "في محيط قطنا بريف دمشق الغربي" were Damascus's, so
    /// one strike made two events. Where the country has regions (Ukraine, Russia, Sudan, Lebanon, Yemen), a place near
    /// a city stays near it ("near Kyiv" is in the Kyiv region, not in the city).
    /// </summary>
    private static bool StandsForItsArea(Gazetteer gazetteer, string placeId)
    {
        if (Depth(placeId) != 1 || IsSea(placeId) || gazetteer.HasParts(placeId))
        {
            return false;
        }

        var country = placeId.AsSpan(0, placeId.IndexOf('/', StringComparison.Ordinal) + 1);
        foreach (var id in gazetteer.PlaceIds)
        {
            if (id.AsSpan().StartsWith(country, StringComparison.Ordinal) && Depth(id) == 1 && gazetteer.HasParts(id))
            {
                return false;
            }
        }

        return true;
    }
}
