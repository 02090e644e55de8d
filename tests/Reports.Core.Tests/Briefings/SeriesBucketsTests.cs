using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Briefings;

public sealed class SeriesBucketsTests
{
    private static readonly DateOnly Start = new(2026, 3, 4); // a Wednesday

    [Theory]
    [InlineData(1, BucketSize.Day)]
    [InlineData(14, BucketSize.Day)]
    [InlineData(15, BucketSize.Week)]
    [InlineData(112, BucketSize.Week)]
    [InlineData(113, BucketSize.Month)]
    [InlineData(365, BucketSize.Month)]
    public void SizeFor_PeriodLength_DaysThenWeeksThenMonths(int days, BucketSize expected) =>
        Assert.Equal(expected, SeriesBuckets.SizeFor(new Period(Start, Start.AddDays(days - 1))));

    [Fact]
    public void Of_Weeks_RunMondayToSundayAndAreClippedToThePeriod()
    {
        var buckets = SeriesBuckets.Of(new Period(Start, Start.AddDays(20)));

        Assert.Equal((Start, new DateOnly(2026, 3, 8)), (buckets[0].From, buckets[0].To)); // Wednesday to Sunday
        Assert.All(buckets.Skip(1), b => Assert.Equal(DayOfWeek.Monday, b.From.DayOfWeek));
        Assert.Equal(Start.AddDays(20), buckets[^1].To);
        Assert.Equal("W10", buckets[0].Label);
        Assert.Contains("2026-W10", buckets[0].LongLabel, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Months_CoverThePeriodWithoutGapsOrOverlaps()
    {
        var period = new Period(new DateOnly(2025, 11, 15), new DateOnly(2026, 6, 2));

        var buckets = SeriesBuckets.Of(period);

        Assert.Equal(8, buckets.Count);
        Assert.Equal(period.From, buckets[0].From);
        Assert.Equal(period.To, buckets[^1].To);
        for (var i = 1; i < buckets.Count; i++)
        {
            Assert.Equal(buckets[i - 1].To.AddDays(1), buckets[i].From);
        }

        Assert.Equal("Nov 25", buckets[0].Label);
        Assert.Equal("2026-02", buckets[3].LongLabel);
        Assert.Contains("2025-11-15", buckets[0].LongLabel, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_EachBucketAddsItsDaysOfTheKind_AndTheBucketsAddUpToTheTotal()
    {
        var period = new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var series = new[]
        {
            new DailyPoint(new DateOnly(2026, 1, 31), FigureKind.Killed, 5),
            new DailyPoint(new DateOnly(2026, 2, 1), FigureKind.Killed, 7),
            new DailyPoint(new DateOnly(2026, 2, 28), FigureKind.Killed, 1),
            new DailyPoint(new DateOnly(2026, 2, 28), FigureKind.Injured, 40),
        };

        var sums = SeriesBuckets.Sum(series, FigureKind.Killed, SeriesBuckets.Of(period));

        Assert.Equal([5L, 8L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L], sums);
    }
}
