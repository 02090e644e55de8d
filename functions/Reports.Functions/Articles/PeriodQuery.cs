using System.Globalization;

namespace Reports.Functions.Articles;

/// <summary>
/// The <c>from</c> and <c>to</c> of a query (yyyy-MM-dd), parsed and checked once for every endpoint that takes a
/// period (<c>GET /api/articles</c>, <c>GET /api/reports</c>): defaults, order and the longest period.
/// </summary>
internal static class PeriodQuery
{
    /// <summary>
    /// The period, or the problem (<c>bad_date</c>, <c>bad_range</c>) with its message. Without <c>to</c> the period ends
    /// on <paramref name="defaultTo"/>; without <c>from</c> it covers <paramref name="defaultDays"/> days up to <c>to</c>.
    /// </summary>
    /// <param name="query">The request's query.</param>
    /// <param name="defaultTo">The last day when <c>to</c> is absent.</param>
    /// <param name="defaultDays">The days covered when <c>from</c> is absent.</param>
    /// <param name="maxDays">The longest period.</param>
    /// <param name="defaults">How the defaults read in the bad_date message ("the last 7 days").</param>
    /// <param name="tooLong">The bad_range message for a period over <paramref name="maxDays"/>.</param>
    public static (DateOnly From, DateOnly To, string? Code, string? Message) Parse(IQueryCollection query, DateOnly defaultTo, int defaultDays, int maxDays, string defaults, string tooLong)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!TryDate(query["to"], defaultTo, out var to) || !TryDate(query["from"], to.AddDays(1 - defaultDays), out var from))
        {
            return (default, default, "bad_date", $"from and to are dates like 2025-03-27 (yyyy-MM-dd); they default to {defaults}.");
        }

        if (from > to)
        {
            return (from, to, "bad_range", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");
        }

        return to.DayNumber - from.DayNumber + 1 > maxDays ? (from, to, "bad_range", tooLong) : (from, to, null, null);
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrEmpty(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
