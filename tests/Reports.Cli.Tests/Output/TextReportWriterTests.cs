using Reports.Cli.Batches;
using Reports.Cli.Output;
using Reports.Core.Analysis;
using Reports.Core.Figures;

namespace Reports.Cli.Tests.Output;

public sealed class TextReportWriterTests
{
    [Fact]
    public void Format_Analysis_PrintsAFiguresTable()
    {
        var analysis = new ArticleAnalysis(
            "en",
            "Night attack",
            ["First sentence.", "Second sentence."],
            [
                Figure.Create(FigureKind.DronesDowned, 40, Qualifier.Exact, FigureScope.Event, "Air defence shot down 40 of 52 drones.", 0, 2),
                Figure.Create(FigureKind.Killed, 12, Qualifier.AtLeast, FigureScope.Event, "At least 12 people were killed.", 50, 11),
            ]);

        var text = TextReportWriter.Format(new ArticleResult("a.txt", analysis, null));

        var expected =
            "== a.txt\n" +
            "language: en\n" +
            "title: Night attack\n" +
            "summary:\n" +
            "  1. First sentence.\n" +
            "  2. Second sentence.\n" +
            "figures:\n" +
            "  kind           value  qualifier  scope  evidence\n" +
            "  drones_downed  40     exact      event  Air defence shot down 40 of 52 drones.\n" +
            "  killed         12     at_least   event  At least 12 people were killed.\n" +
            "\n";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Format_LongEvidence_IsShortened()
    {
        var evidence = string.Concat(Enumerable.Repeat("word ", 60));
        var analysis = new ArticleAnalysis("en", "T", [], [Figure.Create(FigureKind.Injured, 3, Qualifier.Exact, FigureScope.Event, evidence, 0, 1)]);

        var text = TextReportWriter.Format(new ArticleResult("a.txt", analysis, null));

        Assert.Contains("…", text);
        Assert.DoesNotContain(evidence.Trim(), text);
    }

    [Fact]
    public void Format_LongEvidence_KeepsTheFiguresNumber()
    {
        var evidence = string.Concat(Enumerable.Repeat("Officials said the shelling went on all night. ", 4)) + "Later 1,234 people were reported wounded in total.";
        var at = evidence.IndexOf("1,234", StringComparison.Ordinal);
        var figure = Figure.Create(FigureKind.Injured, 1234, Qualifier.Exact, FigureScope.Event, evidence, 500 + at, 12) with { EvidenceOffset = at };
        var analysis = new ArticleAnalysis("en", "T", [], [figure]);

        var text = TextReportWriter.Format(new ArticleResult("a.txt", analysis, null));

        var line = text.Split('\n').Single(l => l.StartsWith("  injured", StringComparison.Ordinal));
        var shown = line[(line.IndexOf("event", StringComparison.Ordinal) + "event  ".Length)..];
        Assert.Contains("1,234 people", shown, StringComparison.Ordinal);
        Assert.StartsWith("…", shown, StringComparison.Ordinal);
        Assert.InRange(shown.Length, 10, 100);
    }

    [Theory]
    [InlineData("1.234", 1234)]
    [InlineData("1 234", 1234)]
    [InlineData("77", 77)]
    public void Format_LongEvidenceWithoutPhrase_FindsTheNumberInIt(string written, long value)
    {
        var evidence = string.Concat(Enumerable.Repeat("Die Behörden berichteten am Abend von weiteren Angriffen. ", 3)) + $"Es gab {written} Verletzte.";
        var analysis = new ArticleAnalysis("de", "T", [], [Figure.Create(FigureKind.Injured, value, Qualifier.Exact, FigureScope.Event, evidence, 0, 0)]);

        var text = TextReportWriter.Format(new ArticleResult("a.txt", analysis, null));

        Assert.Contains($"{written} Verletzte", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NoFigures_SaysNone()
    {
        var text = TextReportWriter.Format(new ArticleResult("a.txt", new ArticleAnalysis("und", "T", [], []), null));

        Assert.Contains("figures: none", text);
        Assert.DoesNotContain("summary:", text);
    }
}
