namespace Reports.Core.Figures;

/// <summary>The wire names of kinds, qualifiers and scopes (snake_case, as the guideline spells them).</summary>
public static class FigureNames
{
    public static string Of(FigureKind kind) => kind switch
    {
        FigureKind.Killed => "killed",
        FigureKind.Injured => "injured",
        FigureKind.Casualties => "casualties",
        FigureKind.DronesLaunched => "drones_launched",
        FigureKind.DronesDowned => "drones_downed",
        FigureKind.MissilesLaunched => "missiles_launched",
        FigureKind.MissilesDowned => "missiles_downed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.AtLeast => "at_least",
        Qualifier.MoreThan => "more_than",
        Qualifier.About => "about",
        Qualifier.Nearly => "nearly",
        Qualifier.UpTo => "up_to",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    public static string Of(FigureScope scope) => scope == FigureScope.Event ? "event" : "cumulative";

    public static bool TryParseKind(string name, out FigureKind kind)
    {
        foreach (var k in Enum.GetValues<FigureKind>())
        {
            if (Of(k) == name)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static bool TryParseQualifier(string name, out Qualifier qualifier)
    {
        foreach (var q in Enum.GetValues<Qualifier>())
        {
            if (Of(q) == name)
            {
                qualifier = q;
                return true;
            }
        }

        qualifier = default;
        return false;
    }
}
