using Reports.Briefings.Pdf.Charts;

namespace Reports.Briefings.Pdf.Tests.Charts;

public sealed class AxisScaleTests
{
    [Theory]
    [InlineData(0, 5, 1)]
    [InlineData(1, 2, 1)]
    [InlineData(7, 8, 2)]
    [InlineData(30, 40, 10)]
    [InlineData(52, 60, 20)]
    [InlineData(1200, 1500, 500)]
    [InlineData(98765, 100000, 20000)]
    public void For_Largest_GivesNiceStepAndHeadroom(long largest, long max, long step)
    {
        var sut = AxisScale.For(largest);

        Assert.Equal(max, sut.Max);
        Assert.Equal(step, sut.Step);
        Assert.True(sut.Max > largest);
        Assert.InRange(sut.Ticks().Count(), 2, 12);
    }
}
