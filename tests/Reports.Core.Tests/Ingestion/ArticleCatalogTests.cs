using Reports.Core.Ingestion;

namespace Reports.Core.Tests.Ingestion;

public sealed class ArticleCatalogTests
{
    [Fact]
    public void PrefixesOf_WholeMonthAndParts_ListsMonthOnceAndDaysOfParts()
    {
        var prefixes = ArticleCatalog.PrefixesOf(new DateOnly(2025, 2, 27), new DateOnly(2025, 4, 2));

        Assert.Equal(["2025/02/27/", "2025/02/28/", "2025/03/", "2025/04/01/", "2025/04/02/"], prefixes);
    }

    [Fact]
    public void PrefixesOf_OneDay_IsThatDay()
    {
        Assert.Equal(["2025/03/27/"], ArticleCatalog.PrefixesOf(new DateOnly(2025, 3, 27), new DateOnly(2025, 3, 27)));
    }

    [Fact]
    public void PrefixesOf_AcrossTheYear_ListsBothMonths()
    {
        Assert.Equal(["2024/12/", "2025/01/"], ArticleCatalog.PrefixesOf(new DateOnly(2024, 12, 1), new DateOnly(2025, 1, 31)));
    }
}
