using System.Text.RegularExpressions;
using Reports.Briefings.Pdf.Document;
using Reports.Core.Briefings;

namespace Reports.Briefings.Pdf.Tests.Document;

/// <summary>Layout checks on rendered pages: rasterised with pdftoppm, or read back with pdftotext.</summary>
public sealed partial class BriefingLayoutTests : IDisposable
{
    private const int Dpi = 60;
    private readonly string _folder = Directory.CreateTempSubdirectory("reports-pdf-layout-").FullName;

    [PopplerFact]
    public void Charts_SampleBriefing_PlotAreasHoldBars()
    {
        var (path, areas) = Render(SampleBriefing.Create(), "sample");
        var (emptyPath, emptyAreas) = Render(SampleBriefing.Create() with { Series = [] }, "empty");

        Assert.Equal(2, areas.Count);
        for (var i = 0; i < areas.Count; i++)
        {
            var (page, plot) = areas[i];
            var ink = Poppler.Page(path, page + 1, Dpi).InkShare(plot.Left, plot.Top, plot.Width, plot.Height, Dpi);
            var (emptyPage, emptyPlot) = emptyAreas[i];
            var emptyInk = Poppler.Page(emptyPath, emptyPage + 1, Dpi).InkShare(emptyPlot.Left, emptyPlot.Top, emptyPlot.Width, emptyPlot.Height, Dpi);

            Assert.True(ink > 0.03, $"chart {i + 1}: {ink:P1} of the plot area is inked");
            Assert.True(ink > emptyInk * 2, $"chart {i + 1}: {ink:P1} with bars vs {emptyInk:P1} without");
        }
    }

    [PopplerFact]
    public void Cover_HeadlineNumbersBox_IsDrawnBelowTheFacts()
    {
        var (path, _) = Render(SampleBriefing.Create(), "cover");
        var cover = Poppler.Page(path, 1, Dpi);

        // The box spans the content width between the facts and the note under it; above the title the page is blank.
        Assert.True(cover.InkShare(50, 330, 495, 170, Dpi) > 0.05);
        Assert.True(cover.InkShare(50, 20, 495, 60, Dpi) < 0.001);
    }

    [PopplerFact]
    public void Charts_NinetyDays_OneBarPerIsoWeekWithLabelsThinnedToFit()
    {
        var (path, areas) = Render(SampleBriefing.Create(days: 90), "ninety");
        var page = Poppler.Text(path, page: areas[0].Page + 1);

        Assert.Contains("Per week", page, StringComparison.Ordinal);
        var labels = WeekLabel().Matches(page).Count;
        Assert.InRange(labels, 2 * 5, 2 * 14); // two charts, 14 weeks, labels thinned to fit
        Assert.Contains("2026-03-01 – 2026-05-29", page, StringComparison.Ordinal);
    }

    [PopplerFact]
    public void Charts_AYear_OneBarPerMonthWithItsValueWritten()
    {
        var briefing = SampleBriefing.Create(days: 365);
        var (path, areas) = Render(briefing, "year");
        var page = Poppler.Text(path, page: areas[0].Page + 1);
        var buckets = SeriesBuckets.Of(briefing.Filter.Period);

        Assert.Contains("Per month", page, StringComparison.Ordinal);
        Assert.Equal(12, buckets.Count);
        Assert.Contains("Mar", page, StringComparison.Ordinal);
        foreach (var kind in briefing.Series.Select(p => p.Kind).Distinct())
        {
            foreach (var value in SeriesBuckets.Sum(briefing.Series, kind, buckets).Where(v => v > 0))
            {
                Assert.Matches($@"(?<![\d,]){Regex.Escape(Labels.Number(value))}(?![\d,])", page);
            }
        }
    }

    [PopplerFact]
    public void Charts_OneDay_LabelTheDayInFull()
    {
        var (path, areas) = Render(SampleBriefing.Create(days: 1), "one");
        var image = Poppler.Page(path, areas[0].Page + 1, Dpi);
        var page = Poppler.Text(path, page: areas[0].Page + 1);

        Assert.Contains("2026-03-01", page, StringComparison.Ordinal);
        Assert.True(image.InkShare(areas[0].Plot.Left, areas[0].Plot.Top, areas[0].Plot.Width, areas[0].Plot.Height, Dpi) > 0.02);
    }

    public void Dispose()
    {
        // REPORTS_KEEP_PDF=1 keeps the rendered files for a look at the pages.
        if (Environment.GetEnvironmentVariable("REPORTS_KEEP_PDF") is null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private (string Path, IReadOnlyList<(int Page, PdfSharp.Drawing.XRect Plot)> Areas) Render(Briefing briefing, string name)
    {
        using var document = new BriefingDocument(briefing);
        var bytes = document.Render(CancellationToken.None);
        var path = Path.Combine(_folder, name + ".pdf");
        File.WriteAllBytes(path, bytes);
        return (path, document.ChartAreas);
    }

    [GeneratedRegex(@"\bW\d\d\b")]
    private static partial Regex WeekLabel();
}
