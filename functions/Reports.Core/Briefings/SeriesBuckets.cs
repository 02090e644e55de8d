using System.Globalization;
using Reports.Core.Aggregation;
using Reports.Core.Figures;

namespace Reports.Core.Briefings;

/// <summary>How finely a period's series is shown: one bar or row per day, ISO week or calendar month.</summary>
public enum BucketSize
{
    Day,
    Week,
    Month,
}

/// <summary>One bar or row of a chart: the days it covers (clipped to the period) and how it is labelled.</summary>
public sealed record SeriesBucket(DateOnly From, DateOnly To, string Label, string LongLabel);

/// <summary>
/// The one rule every format uses to show a series over any period (docs/briefing-pdf.md, "Charts"): up to
/// <see cref="MaxDays"/> days one bucket per day; up to <see cref="MaxWeeks"/> weeks one per ISO week (Monday to
/// Sunday); longer, one per calendar month. Buckets at the period's ends are clipped to it, so a bucket's value is the
/// sum of its days in the period and the buckets add up to the period's total.
/// </summary>
public static class SeriesBuckets
{
    /// <summary>Periods up to two weeks are shown day by day.</summary>
    public const int MaxDays = 14;

    /// <summary>Periods up to 16 weeks (112 days) are shown week by week; longer ones month by month.</summary>
    public const int MaxWeeks = 16;

    public static BucketSize SizeFor(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Days <= MaxDays ? BucketSize.Day : period.Days <= MaxWeeks * 7 ? BucketSize.Week : BucketSize.Month;
    }

    /// <summary>The period's buckets in order, clipped to the period.</summary>
    public static IReadOnlyList<SeriesBucket> Of(Period period)
    {
        var size = SizeFor(period);
        var buckets = new List<SeriesBucket>();
        var day = period.From;
        while (day <= period.To)
        {
            var end = size switch
            {
                BucketSize.Day => day,
                BucketSize.Week => day.AddDays((7 - ((int)day.DayOfWeek + 6) % 7) - 1),
                _ => new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)),
            };
            if (end > period.To)
            {
                end = period.To;
            }

            buckets.Add(new SeriesBucket(day, end, Label(size, day, period), LongLabel(size, day, end)));
            day = end.AddDays(1);
        }

        return buckets;
    }

    /// <summary>Per bucket, the sum of the series' values of <paramref name="kind"/> on its days.</summary>
    public static IReadOnlyList<long> Sum(IEnumerable<DailyPoint> series, FigureKind kind, IReadOnlyList<SeriesBucket> buckets)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(buckets);
        var values = new long[buckets.Count];
        foreach (var point in series)
        {
            if (point.Kind != kind)
            {
                continue;
            }

            var i = Index(buckets, point.Day);
            if (i >= 0)
            {
                values[i] += point.Value;
            }
        }

        return values;
    }

    /// <summary>What a bucket is called on an axis, by its size: "05-12", "W20", "2026-05".</summary>
    public static string Describe(BucketSize size) => size switch
    {
        BucketSize.Day => "day",
        BucketSize.Week => "ISO week (Monday to Sunday)",
        _ => "month",
    };

    private static int Index(IReadOnlyList<SeriesBucket> buckets, DateOnly day)
    {
        int lo = 0, hi = buckets.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (buckets[mid].To < day)
            {
                lo = mid + 1;
            }
            else if (buckets[mid].From > day)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static string Label(BucketSize size, DateOnly from, Period period) => size switch
    {
        BucketSize.Day => from.ToString(period.Days == 1 ? "yyyy-MM-dd" : "MM-dd", CultureInfo.InvariantCulture),
        BucketSize.Week => "W" + ISOWeek.GetWeekOfYear(from.ToDateTime(TimeOnly.MinValue)).ToString("00", CultureInfo.InvariantCulture),
        _ => from.ToString(period.From.Year == period.To.Year ? "MMM" : "MMM yy", CultureInfo.InvariantCulture),
    };

    private static string LongLabel(BucketSize size, DateOnly from, DateOnly to) => size switch
    {
        BucketSize.Day => BriefingText.Day(from),
        BucketSize.Week => string.Create(CultureInfo.InvariantCulture, $"week {ISOWeek.GetYear(from.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(from.ToDateTime(TimeOnly.MinValue)):00} ({BriefingText.Day(from)} – {BriefingText.Day(to)})"),
        _ => from.ToString("yyyy-MM", CultureInfo.InvariantCulture) + (from.Day != 1 || to.Day != DateTime.DaysInMonth(to.Year, to.Month) ? string.Create(CultureInfo.InvariantCulture, $" ({BriefingText.Day(from)} – {BriefingText.Day(to)})") : string.Empty),
    };
}
