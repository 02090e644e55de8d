using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Briefings;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// A briefing over articles written for a test: each is analysed, stored as published on its day (at noon UTC) and the
/// briefing built over <c>period</c>, as the CLI's <c>brief</c> does with stored analyses.
/// </summary>
internal static class BriefingHarness
{
    public static Briefing Build(ArticleAnalyzer analyzer, Period period, params (string Text, DateOnly Published)[] articles)
    {
        var stored = articles.Select((a, i) =>
        {
            var analysis = analyzer.Analyze(new ArticleText(a.Text, null));
            return new StoredAnalysis($"a{i}", $"a{i}.txt", analysis.Language, analysis.Title, analysis.Summary, analysis.Figures, a.Published,
                new DateTimeOffset(a.Published.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        }).ToList();
        return new BriefingBuilder().Build(stored, new BriefingFilter(period));
    }

    /// <summary>Every article published on <paramref name="published"/>, the briefing over the day before to the day after.</summary>
    public static Briefing Build(ArticleAnalyzer analyzer, DateOnly published, params string[] texts) =>
        Build(analyzer, new Period(published.AddDays(-1), published.AddDays(1)), [.. texts.Select(t => (t, published))]);
}
