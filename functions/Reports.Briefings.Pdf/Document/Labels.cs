using System.Globalization;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Briefings.Pdf.Document;

/// <summary>How kinds, qualifiers, numbers, ranges and dates read in the PDF: the shared <see cref="BriefingText"/> wording plus PDF-only labels.</summary>
internal static class Labels
{
    public const string Infinity = "∞";

    public static string Of(FigureKind kind) => BriefingText.Of(kind);

    public static string Of(Qualifier qualifier) => BriefingText.Of(qualifier);

    public static string Of(FigureScope scope) => scope == FigureScope.Event ? "event" : "running total";

    public static string Number(long value) => BriefingText.Number(value);

    /// <summary>"12–15", "12–∞", or "12" when both ends agree.</summary>
    public static string Range(long lower, long? upper) => BriefingText.Range(lower, upper);

    public static string Day(DateOnly day) => BriefingText.Day(day);

    public static string Time(DateTimeOffset time) => BriefingText.Timestamp(time);

    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");
}
