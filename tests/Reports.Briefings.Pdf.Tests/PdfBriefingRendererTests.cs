namespace Reports.Briefings.Pdf.Tests;

public sealed class PdfBriefingRendererTests(RenderedBriefing rendered) : IClassFixture<RenderedBriefing>
{
    [Fact]
    public void Render_SampleBriefing_WritesPdf()
    {
        var bytes = File.ReadAllBytes(rendered.Path);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
    }
}
