using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Analysis;

/// <summary>
/// The thirtieth session's summary-reading work: <see cref="ArticleAnalyzer"/> reads the article's words once
/// (<see cref="ArticleReading"/>, right after segmentation) and hands that reading to the extractor. On sentences where
/// the tokenizer's words differ from the summariser's (hyphens, dates, "U.S.", digits glued to letters) the summary and
/// the figures are the ones the stages give when each reads the sentences itself.
/// </summary>
public sealed class SummaryReadingThirtiethTests
{
    private const string Title = "Strike on Kharkiv";

    public static TheoryData<string, string> BoundaryTexts => new()
    {
        { "en", "A 12-year-old boy and two U.S. citizens were among 12 people killed on 5/9/2024 in a Russian drone strike on Kharkiv, officials said. Another 30 were wounded by Kh-101 missiles and 100-drone waves. The 55km front saw e.g. shelling at 10:30." },
        { "en", "Three U.S.-made systems shot down 40 of 52 drones on 12.05.2024. A 7-year-old girl was among 5 injured, the mayor said. Well-known officials said the strike was pre-planned." },
        { "ar", "قُتل 12 شخصا وأصيب و115 آخرون في غارة على غزة يوم 5/9/2024. وقالت الوزارة إن الحصيلة ارتفعت إلى 41 ألفًا." },
        { "uk", "Унаслідок удару 12-річний хлопчик загинув, ще 14 людей поранені 05.09.2024. Сили ППО збили 25 з 30 дронів." },
    };

    [Theory]
    [MemberData(nameof(BoundaryTexts))]
    public void Analyze_WithTheSharedReading_TheSummaryEachStageGivesAlone(string code, string text)
    {
        var profile = LanguageCatalog.Default.Get(code);
        var sentences = new SentenceSegmenter().Split(text, profile);
        var credits = Credits.Find(text, sentences, profile);
        var caption = Credits.UnmarkedCaption(text, sentences, credits, profile);
        var alone = new Summarizer().Summarize(Title, sentences, profile, 3, credits, caption);

        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(text, Title), 3, code, CancellationToken.None);

        Assert.NotEmpty(alone);
        Assert.Equal(alone, analysis.Summary);
    }

    [Theory]
    [MemberData(nameof(BoundaryTexts))]
    public void Analyze_WithTheSharedReading_TheFiguresTheExtractorReadsAlone(string code, string text)
    {
        var profile = LanguageCatalog.Default.Get(code);
        var sentences = new SentenceSegmenter().Split(text, profile);
        // The extractor reading the sentences itself (no reading handed in), as before the analyzer shared one.
        var alone = new FigureExtractor().Extract(text, sentences, profile, new List<int>(), 0, null, null, null);

        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(text, Title), 3, code, CancellationToken.None);

        Assert.NotEmpty(alone);
        Assert.Equal(alone.Select(f => (f.Kind, f.Value, f.Lower, f.Upper)), analysis.Figures.Select(f => (f.Kind, f.Value, f.Lower, f.Upper)));
    }
}
