using System.Globalization;
using System.Text;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-second session, hostile inputs: a page of 100,000 clauses with a figure each gave ~100,000 figures and held
/// 920 MB. An article is read for its first <see cref="FigureExtractor.MaxFigures"/> figures (distinct kinds and
/// numbers, in text order); past them the analysis carries <see cref="FigureExtractor.CappedNote"/>. How fast and how
/// much memory the large inputs take is measured by the hostile harness (docs/analysis.md), never asserted here.
/// </summary>
public sealed class FigureCapTests
{
    /// <summary>"5 people were killed in the village of Ash. 6 people were killed …": one distinct figure per sentence.</summary>
    private static string Sentences(int count, int first = 5)
    {
        var text = new StringBuilder("Shelling across the region\n\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{first + i} people were killed in the shelling.").Append(i % 8 == 7 ? '\n' : ' ');
        }

        return text.ToString();
    }

    [Fact]
    public void AnArticleStatingMoreThanTheCap_KeepsTheFirstFiguresInTextOrder_AndSaysSo()
    {
        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(Sentences(FigureExtractor.MaxFigures + 300), null), 0, "en");

        Assert.Equal(FigureExtractor.MaxFigures, analysis.Figures.Count);
        Assert.All(analysis.Figures, f => Assert.Equal(FigureKind.Killed, f.Kind));
        Assert.Equal(Enumerable.Range(5, FigureExtractor.MaxFigures).Select(v => (long)v), analysis.Figures.Select(f => f.Value));
        Assert.Contains(FigureExtractor.CappedNote, analysis.Analyzers.Notes);
        Assert.Contains("2,000", FigureExtractor.CappedNote, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleStatingExactlyTheCap_KeepsEveryFigure_WithNoNote()
    {
        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(Sentences(FigureExtractor.MaxFigures), null), 0, "en");

        Assert.Equal(FigureExtractor.MaxFigures, analysis.Figures.Count);
        Assert.Empty(analysis.Analyzers.Notes);
        Assert.True(analysis.Analyzers.IsBuiltInOnly);
    }

    [Fact]
    public void RepeatedFigures_DoNotCountTowardsTheCap()
    {
        // 3,000 sentences restating 50 numbers: 50 figures, nothing capped.
        var text = new StringBuilder("Shelling across the region\n\n");
        for (var i = 0; i < 3_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{5 + (i % 50)} people were killed in the shelling. ");
        }

        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(text.ToString(), null), 0, "en");

        Assert.Equal(50, analysis.Figures.Count);
        Assert.Empty(analysis.Analyzers.Notes);
    }

    [Fact]
    public void TheCappedNote_KeepsTheArticlesOwnWarnings()
    {
        var article = new ArticleText(Sentences(FigureExtractor.MaxFigures + 1), null) { Warnings = ["encoding: 2 invalid UTF-8 sequences replaced"] };

        var analysis = new ArticleAnalyzer().Analyze(article, 0, "en");

        Assert.Equal(["encoding: 2 invalid UTF-8 sequences replaced", FigureExtractor.CappedNote], analysis.Analyzers.Notes);
    }
}
