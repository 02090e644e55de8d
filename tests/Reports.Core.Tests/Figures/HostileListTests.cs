using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-first session, hostile inputs: one sentence listing hundreds of items ("Nga phóng 12 UAV và 15 UAV và …") made
/// each item's rules look at every other item (and the exclusion of an item at the item before it), so one such upload
/// of 3 MB ran for minutes. Small instances of each hostile shape must give exactly their figures; how fast the large
/// ones are is measured by the benchmarks (docs/analysis.md, "Hostile inputs"), never asserted here.
/// </summary>
public sealed class HostileListTests
{
    [Theory]
    [InlineData("list-vi", "vi", 50)]
    [InlineData("list-en", "en", 50)]
    [InlineData("list-ru", "ru", 50)]
    [InlineData("list-ar", "ar", 50)]
    // Past the lookup's threshold (24 numbers) and past the segmenter's budget (64 numbers: the list is read in pieces).
    [InlineData("list-vi", "vi", 200)]
    [InlineData("list-en", "en", 200)]
    [InlineData("list-ru", "ru", 200)]
    [InlineData("list-ar", "ar", 200)]
    public void List_OfManyWeaponCounts_GivesEveryItemAsLaunched(string shape, string code, int items)
    {
        var figures = ExtractorHarness.Figures(code, Body(HostileText.Build(shape, items)));

        Assert.Equal(items, figures.Count);
        Assert.All(figures, f => Assert.Equal(FigureKind.DronesLaunched, f.Kind));
        Assert.All(figures, f => Assert.Equal(FigureScope.Event, f.Scope));
        Assert.Equal(Enumerable.Range(0, items).Select(i => (long)HostileText.Value(i)), figures.Select(f => f.Value));
    }

    [Theory]
    // Within the budget the description after the list is every item's; past it (docs/analysis.md, "Numbers per
    // sentence") it reaches the last piece only: 64 launched, then 36 downed.
    [InlineData(30, 30, 30)]
    [InlineData(100, 64, 36)]
    public void List_WithADescriptionAfterIt_ReachesTheItemsOfItsPiece(int items, int launched, int downed)
    {
        var text = "Russia launched " + string.Join(" and ", Enumerable.Range(0, items).Select(i => $"{i + 2} drones")) + ", all of which were shot down.";

        var figures = ExtractorHarness.Figures("en", text);

        Assert.Equal(launched, figures.Count(f => f.Kind == FigureKind.DronesLaunched));
        Assert.Equal(downed, figures.Count(f => f.Kind == FigureKind.DronesDowned));
        Assert.Equal(launched + downed, figures.Count);
    }

    [Fact]
    public void List_WithExcludedItems_KeepsOnlyTheWeaponCounts()
    {
        // 40 items, every fifth a distance: the exclusions are remembered per number on a long sentence, with the same answers.
        var items = Enumerable.Range(0, 40).Select(i => i % 5 == 4 ? $"{i + 2} km" : $"{i + 2} drones");
        var text = "Russia launched " + string.Join(" and ", items) + ".";

        var values = ExtractorHarness.Figures("en", text).Select(f => f.Value).ToList();

        Assert.Equal(Enumerable.Range(0, 40).Where(i => i % 5 != 4).Select(i => (long)(i + 2)), values);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(200)]
    public void Numbers_WithCommasOnly_AreNoFigures(int items)
    {
        Assert.Empty(ExtractorHarness.Figures("en", Body(HostileText.Build("numbers-commas", items))));
    }

    [Fact]
    public void RunOn_ClausesWithoutSentenceEnds_GiveEveryClausesToll()
    {
        var figures = ExtractorHarness.Figures("en", Body(HostileText.Build("run-on-figures", 50)));

        var killed = figures.Where(f => f.Kind == FigureKind.Killed).Select(f => f.Value).ToHashSet();
        Assert.All(Enumerable.Range(0, 50), i => Assert.Contains((long)HostileText.Value(i), killed));
    }

    [Fact]
    public void ShortSentences_EachWithACount_GiveEachCount()
    {
        var figures = ExtractorHarness.Figures("en", Body(HostileText.Build("short-sentences", 50)));

        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)HostileText.Value(i)), figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal(FigureKind.DronesDowned, f.Kind));
    }

    [Fact]
    public void Nested_ParenthesesAndQuotes_KeepTheOneFigure()
    {
        var figures = ExtractorHarness.Figures("en", Body(HostileText.Build("nested", 50)));

        var figure = Assert.Single(figures);
        Assert.Equal((FigureKind.Killed, 5L), (figure.Kind, figure.Value));
    }

    [Fact]
    public void Analyze_ListOfThousandsOfItems_Finishes()
    {
        // 3,000 items (about 30 KB) went through every pair of items before; no time is asserted, only the figures.
        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(HostileText.Build("list-vi", 3_000)), 0);

        // The values run 2 to 1,001 three times over.
        Assert.Equal(1_000, analysis.Figures.Select(f => f.Value).Distinct().Count());
        Assert.All(analysis.Figures, f => Assert.Equal(FigureKind.DronesLaunched, f.Kind));
    }

    [Fact]
    public void Split_ListOfMoreNumbersThanTheBudget_IsCutBeforeANumber()
    {
        var text = HostileText.Build("list-en", 200);

        var sentences = new SentenceSegmenter().Split(text, LanguageCatalog.Default.Get("en"));

        var list = sentences.Skip(1).ToList();
        Assert.True(list.Count >= 4, $"{list.Count} pieces");
        // A piece is cut again while it is longer than 1,000 characters: the last may hold up to ~70 items of 14 characters.
        Assert.All(list, s => Assert.True(Numbers(s.Text) <= SentenceSegmenter.MaxSentenceNumbers || s.Length <= 1000, s.Text[..20]));
        Assert.Equal(SentenceSegmenter.MaxSentenceNumbers, Numbers(list[0].Text) - 0);
        Assert.All(list.Skip(1), s => Assert.True(char.IsAsciiDigit(s.Text[0]), s.Text[..20]));
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Offset, s.Length)));
    }

    [Fact]
    public void Split_NumbersCutAtTheLastCommaBeforeTheBudget()
    {
        var text = "The list read " + string.Join(", ", Enumerable.Range(1, 300)) + ".";

        var sentences = new SentenceSegmenter().Split(text, null);

        Assert.Equal(3, sentences.Count);
        Assert.EndsWith(" 64,", sentences[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("65, 66", sentences[1].Text, StringComparison.Ordinal);
        Assert.EndsWith(" 128,", sentences[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("129, 130", sentences[2].Text, StringComparison.Ordinal);
        Assert.EndsWith("300.", sentences[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_ShortRunOfManyNumbers_IsNotCounted()
    {
        // 250 numbers in under 1,000 characters: too short to cost much, read as one sentence.
        var text = "Codes " + string.Join(",", Enumerable.Range(1, 250)) + ".";
        Assert.True(text.Length < 1000);

        Assert.Single(new SentenceSegmenter().Split(text, null));
    }

    [Theory]
    // Exactly at the budget, and the densest kind of news sentence (dates, times, a tally of regions): never cut.
    [InlineData(64)]
    [InlineData(30)]
    public void Split_SentenceWithinTheNumberBudget_IsNotCut(int numbers)
    {
        var text = "Air defences destroyed " + string.Join(", ", Enumerable.Range(1, numbers).Select(i => $"{i} over region {(char)('A' + (i % 26))}")) + ".";

        var sentences = new SentenceSegmenter().Split(text, null);

        Assert.Equal(text, Assert.Single(sentences).Text);
    }

    [Fact]
    public void Split_GroupedAndDecimalNumbers_CountOnceEach()
    {
        // 60 numbers written "1,234.5": each is one number, so the sentence stays whole.
        var text = "Totals: " + string.Join("; ", Enumerable.Range(1, 60).Select(i => $"{i},234.5 units")) + ".";

        var sentences = new SentenceSegmenter().Split(text, null);

        Assert.Single(sentences);
    }

    private static string Body(string text) => text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];

    private static int Numbers(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }
}
