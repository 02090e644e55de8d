using System.Globalization;
using Reports.Core.Figures;

namespace Reports.Core.Delivery;

/// <summary>How numbers, kinds and days read in briefing emails (English, invariant digits).</summary>
internal static class DeliveryText
{
    public static string Of(FigureKind kind) => kind switch
    {
        FigureKind.Killed => "killed",
        FigureKind.Injured => "injured",
        FigureKind.Casualties => "casualties",
        FigureKind.DronesLaunched => "drones launched",
        FigureKind.DronesDowned => "drones shot down",
        FigureKind.MissilesLaunched => "missiles launched",
        FigureKind.MissilesDowned => "missiles shot down",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Title(FigureKind kind)
    {
        var text = Of(kind);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The figure as its article states it: "at least 12".</summary>
    public static string Stated(Figure figure) => figure.Qualifier switch
    {
        Qualifier.Exact => Number(figure.Value),
        Qualifier.AtLeast => "at least " + Number(figure.Value),
        Qualifier.MoreThan => "more than " + Number(figure.Value),
        Qualifier.About => "about " + Number(figure.Value),
        Qualifier.Nearly => "nearly " + Number(figure.Value),
        Qualifier.UpTo => "up to " + Number(figure.Value),
        _ => Number(figure.Value),
    };

    public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"12–15", "12 or more", or "12" when both ends agree.</summary>
    public static string Range(long lower, long? upper) => upper switch
    {
        null => $"{Number(lower)} or more",
        { } u when u == lower => Number(lower),
        { } u => $"{Number(lower)}–{Number(u)}",
    };

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
