using Reports.Core.Ingestion;
using Reports.Functions.Hosting;

namespace Reports.Functions.Tests.Hosting;

/// <summary>The crash test's fault-injection hook is inert unless its environment variable is set, and only locally.</summary>
public sealed class TestFaultInjectionTests
{
    private static readonly AnalyzerPool Analyzer = new();

    [Fact]
    public void Wrap_WithoutTheVariable_ReturnsTheAnalyzerItself()
    {
        Assert.Same(Analyzer, TestFaultInjection.Wrap(Analyzer, new HostSettings(HostMode.Local), _ => null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("short")] // a marker must be unguessable (the test uses a GUID): a common word would be a backdoor
    public void Wrap_BlankOrShortMarker_IsInert(string value)
    {
        Assert.Same(Analyzer, TestFaultInjection.Wrap(Analyzer, new HostSettings(HostMode.Local), _ => value));
    }

    [Fact]
    public void Wrap_UnderTheFunctionsHost_IsInertEvenWithTheVariable()
    {
        Assert.Same(Analyzer, TestFaultInjection.Wrap(Analyzer, new HostSettings(HostMode.Worker), _ => Guid.NewGuid().ToString("N")));
    }

    [Fact]
    public async Task Wrap_LocallyWithTheVariable_AnalysesArticlesWithoutTheMarkerAsBefore()
    {
        var marker = Guid.NewGuid().ToString("N");
        var wrapped = TestFaultInjection.Wrap(Analyzer, new HostSettings(HostMode.Local), name => name == TestFaultInjection.Variable ? marker : null);
        Assert.IsType<TestFaultInjection.FailingAnalyzer>(wrapped);

        var article = new Reports.Core.Articles.ArticleText("Shelling hit the town\nAt least 3 people were killed when shells hit the town, officials said.");
        var analysis = (await wrapped.AnalyzeAsync([article], 2, CancellationToken.None))[0];

        Assert.Equal((await Analyzer.AnalyzeAsync([article], 2, CancellationToken.None))[0].Figures.Count, analysis.Figures.Count);
        Assert.NotEmpty(analysis.Figures);
    }
}
