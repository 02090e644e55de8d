using Reports.Core.Languages;

namespace Reports.Core.Tests.Languages;

public sealed class EmbeddedCatalogTests
{
    [Fact]
    public void Default_Embedded_HasTenLanguages() => Assert.Equal(10, LanguageCatalog.Default.All.Count);
}
