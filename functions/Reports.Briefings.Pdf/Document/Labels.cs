using System.Globalization;
using Reports.Core.Figures;

namespace Reports.Briefings.Pdf.Document;

/// <summary>How kinds, qualifiers, numbers, ranges and dates read in the briefing (English, invariant digits).</summary>
internal static class Labels
{
    public const string Infinity = "∞";

    public static string Of(FigureKind kind) => kind switch
    {
        FigureKind.Killed => "Killed",
        FigureKind.Injured => "Injured",
        FigureKind.Casualties => "Casualties",
        FigureKind.DronesLaunched => "Drones launched",
        FigureKind.DronesDowned => "Drones shot down",
        FigureKind.MissilesLaunched => "Missiles launched",
        FigureKind.MissilesDowned => "Missiles shot down",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.AtLeast => "at least",
        Qualifier.MoreThan => "more than",
        Qualifier.About => "about",
        Qualifier.Nearly => "nearly",
        Qualifier.UpTo => "up to",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    public static string Of(FigureScope scope) => scope == FigureScope.Event ? "event" : "running total";

    public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"12–15", "12–∞", or "12" when both ends agree.</summary>
    public static string Range(long lower, long? upper) => upper switch
    {
        null => $"{Number(lower)}–{Infinity}",
        { } u when u == lower => Number(lower),
        { } u => $"{Number(lower)}–{Number(u)}",
    };

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");
}
