namespace Reports.Core.Figures;

/// <summary>Thirtieth session, English helper: a list closed by "respectively" after the sentence of its weapons.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "In November Russia launched 4,210 drones and 188 missiles. Air defence destroyed 3,690 and 131 respectively.": a bare
    /// list of <paramref name="count"/> items closed by "respectively", in a sentence that names no weapon count of its own,
    /// counts the weapons of the sentence right before at their places (its last <paramref name="count"/> weapon counts);
    /// <paramref name="before"/> is the item's place. Null when that sentence had no such list.
    /// </summary>
    private Tag? RespectiveWeaponBefore(int count, int before) =>
        context.WeaponList is { } list && context.WeaponListSentence == context.SentenceIndex - 1 && list.Length >= count
            ? list[list.Length - count + before]
            : null;

    /// <summary>Keeps the weapons of this sentence's weapon counts, in order, for <see cref="RespectiveWeaponBefore"/>.</summary>
    private void KeepWeaponList(List<Candidate> result)
    {
        var weapons = 0;
        foreach (var c in result)
        {
            weapons += IsWeapon(c) ? 1 : 0;
        }

        if (weapons < 2)
        {
            return;
        }

        var list = new Tag[weapons];
        var at = 0;
        foreach (var c in result)
        {
            if (IsWeapon(c))
            {
                list[at++] = c.Kind is FigureKind.DronesLaunched or FigureKind.DronesDowned ? Tag.Drone : Tag.Missile;
            }
        }

        context.WeaponList = list;
        context.WeaponListSentence = context.SentenceIndex;
        context.WeaponListScope = result.Exists(c => IsWeapon(c) && c.Scope == FigureScope.Cumulative) ? FigureScope.Cumulative : FigureScope.Event;

        static bool IsWeapon(Candidate c) =>
            !c.Combined && c.Kind is FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned;
    }
}
