namespace Reports.Core.Figures;

/// <summary>Whether a figure counts one event or a running total.</summary>
public enum FigureScope
{
    Event,
    Cumulative,
}
