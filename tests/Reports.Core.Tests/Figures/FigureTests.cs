using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

public sealed class FigureTests
{
    [Theory]
    [InlineData(Qualifier.Exact, 100, 100L, 100L)]
    [InlineData(Qualifier.AtLeast, 100, 100L, null)]
    [InlineData(Qualifier.MoreThan, 100, 101L, null)]
    [InlineData(Qualifier.About, 100, 90L, 110L)]
    [InlineData(Qualifier.Nearly, 100, 90L, 100L)]
    [InlineData(Qualifier.UpTo, 100, 0L, 100L)]
    public void Bounds_Qualifier_FollowsTheDocumentedRange(Qualifier qualifier, long value, long lower, long? upper)
    {
        var (l, u) = Figure.Bounds(value, qualifier);
        Assert.Equal(lower, l);
        Assert.Equal(upper, u);
    }
}
