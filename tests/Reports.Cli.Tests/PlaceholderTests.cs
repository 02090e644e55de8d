namespace Reports.Cli.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void Catalog_Embedded_HasTenLanguages() => Assert.Equal(10, Reports.Core.Languages.LanguageCatalog.Default.All.Count);
}
