namespace Reports.Core.Figures;

/// <summary>The seven kinds of figure defined by the annotation guideline.</summary>
public enum FigureKind
{
    Killed,
    Injured,
    Casualties,
    DronesLaunched,
    DronesDowned,
    MissilesLaunched,
    MissilesDowned,
}
