using System.Globalization;
using Reports.Core.Figures;

namespace Reports.Core.Briefings;

/// <summary>How kinds, qualifiers, numbers, ranges and text direction read in every briefing format (English, invariant digits).</summary>
public static class BriefingText
{
    /// <summary>Languages written right to left.</summary>
    private static readonly HashSet<string> RightToLeft = new(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"], StringComparer.OrdinalIgnoreCase);

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

    public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"12–15", "12–∞", or "12" when both ends agree.</summary>
    public static string Range(long lower, long? upper) => upper switch
    {
        null => $"{Number(lower)}–∞",
        { } u when u == lower => Number(lower),
        { } u => $"{Number(lower)}–{Number(u)}",
    };

    /// <summary>The figure as the article states it: "at least 12".</summary>
    public static string Stated(Figure figure) =>
        (figure.Qualifier == Qualifier.Exact ? string.Empty : Of(figure.Qualifier) + " ") + Number(figure.Value) + (figure.Combined ? " (drones and missiles)" : string.Empty);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A note for a summary the built-in analyzer did not write (null for the built-in one): abstractive summaries are
    /// the service's words, so their numbers are not the article's.
    /// </summary>
    public static string? SummaryNote(string? summaryBy) => summaryBy switch
    {
        null or "builtin" => null,
        var by when by.EndsWith("/abstractive", StringComparison.Ordinal) =>
            "Summary written by Azure AI Language (abstractive): the service's words, not the article's; figures come from the article.",
        var by when by.EndsWith("/extractive", StringComparison.Ordinal) => "Summary sentences chosen by Azure AI Language (extractive).",
        var by => $"Summary by {by}.",
    };

    /// <summary>The headline rule every format states beside its numbers (docs/aggregation.md, "Events").</summary>
    public const string HeadlineRule =
        "Headline: for a toll, the largest figure any source states (tolls rise as reports come in); for a weapons tally, the figure most "
        + "sources state on the latest day any reported it (the largest of equally stated ones); "
        + "range: what all its sources allow together. A total is the sum of the counted events listed under it.";

    /// <summary>Said of a source whose figure is a part of a larger figure of the same article ("including 2 children").</summary>
    public const string PartNote = "part of a larger figure in the same article, not added";

    /// <summary>The event's place as a reader names it ("Kharkiv oblast"), or null when no source names one.</summary>
    public static string? Place(Aggregation.ReportedEvent reported) =>
        reported.Place is { } id ? Places.Gazetteer.Default.DisplayName(id) : null;

    /// <summary>"not counted: {why}" for an event the totals leave out, or null for a counted one.</summary>
    public static string? NotCounted(Aggregation.ReportedEvent reported) =>
        reported.Counted ? null : "not counted: " + (reported.NotCountedReason ?? "part of a larger figure");

    public static bool IsRightToLeft(string? language) => language is not null && RightToLeft.Contains(language);
}
