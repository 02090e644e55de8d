using Reports.Briefings.Pdf.Fonts;

namespace Reports.Briefings.Pdf.Tests.Fonts;

public sealed class BundledFontResolverTests
{
    private readonly BundledFontResolver _sut = BundledFontResolver.Instance;

    [Theory]
    [InlineData("Reports DejaVu Sans", false, "DejaVuSans.ttf")]
    [InlineData("Reports DejaVu Sans", true, "DejaVuSans-Bold.ttf")]
    [InlineData("Reports Vazirmatn", false, "Vazirmatn-Regular.ttf")]
    [InlineData("Reports Vazirmatn", true, "Vazirmatn-Bold.ttf")]
    public void ResolveTypeface_BundledFamily_GivesEmbeddedFile(string family, bool bold, string file)
    {
        var info = _sut.ResolveTypeface(family, bold, false);

        Assert.NotNull(info);
        Assert.Equal(file, info.FaceName);
        var bytes = _sut.GetFont(info.FaceName);
        Assert.NotNull(bytes);
        Assert.True(bytes.Length > 100_000);
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, bytes[..4]); // TrueType outlines
    }

    [Theory]
    [InlineData("Arial")]
    [InlineData("DejaVu Sans")]
    [InlineData("Times New Roman")]
    public void ResolveTypeface_AnyOtherFamily_ResolvesNothing(string family) =>
        Assert.Null(_sut.ResolveTypeface(family, false, false));

    [Fact]
    public void Licences_ShipBesideTheFonts()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fonts-licences");

        Assert.Contains("Bitstream", File.ReadAllText(Path.Combine(folder, "DejaVu-LICENSE.txt")), StringComparison.Ordinal);
        Assert.Contains("SIL OPEN FONT LICENSE", File.ReadAllText(Path.Combine(folder, "Vazirmatn-OFL.txt")), StringComparison.Ordinal);
    }
}
