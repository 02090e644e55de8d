using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Reports.Briefings.Pdf.Charts;
using Reports.Briefings.Pdf.Components;
using Reports.Briefings.Pdf.Fonts;
using Reports.Briefings.Pdf.Layout;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Briefings.Pdf.Document;

/// <summary>
/// The PDF briefing: cover, key figures and legend, daily charts, one section per article, the sources appendix,
/// then footers with "page N of M" once the page count is known. One instance renders one briefing.
/// </summary>
internal sealed class BriefingDocument : IDisposable
{
    private const double ChartHeight = 300;
    private readonly Briefing _briefing;
    private readonly TextLayout _layout;
    private readonly ArticleNumbers _numbers;

    public BriefingDocument(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        _briefing = briefing;
        _layout = new TextLayout(new FontSet());
        _numbers = new ArticleNumbers(briefing.Articles);
    }

    /// <summary>The plot areas of the two charts (page index, rectangle in points), for layout tests.</summary>
    public IReadOnlyList<(int Page, XRect Plot)> ChartAreas { get; private set; } = [];

    public byte[] Render(CancellationToken cancellationToken)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"Briefing {_briefing.Filter.Period}";
        document.Info.Creator = "Reports";
        document.Info.CreationDate = _briefing.GeneratedAt.UtcDateTime;
        document.Info.ModificationDate = _briefing.GeneratedAt.UtcDateTime;

        var header = new RunningHeader(_layout, _briefing.Filter.Period);
        using (var flow = new PageFlow(document, header.Compose))
        {
            ComposeCover(flow);
            ComposeKeyFigures(flow);
            ComposeCharts(flow);
            cancellationToken.ThrowIfCancellationRequested();
            ComposeArticles(flow, cancellationToken);
            ComposeSources(flow, cancellationToken);
        }

        ComposeFooters(document);
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    public void Dispose() => _layout.Dispose();

    private void ComposeCover(PageFlow flow)
    {
        flow.NewPage();
        var filter = _briefing.Filter;
        flow.Y = 110;
        flow.Text(_layout.Layout("Briefing", Typography.Title, flow.Width), flow.Left, flow.Width);
        flow.Text(_layout.Layout("Casualty, drone and missile figures from the press, each event counted once", Typography.Subtitle, flow.Width), flow.Left, flow.Width);
        flow.Space(22);

        var facts = new (string Label, string Value)[]
        {
            ("Period", string.Create(CultureInfo.InvariantCulture, $"{filter.Period} ({Labels.Count(filter.Period.Days, "day", "days")})")),
            ("Languages", filter.Languages is { Count: > 0 } languages ? string.Join(", ", languages) : "all"),
            ("Kinds", filter.Kinds is { Count: > 0 } kinds ? string.Join(", ", kinds.Select(Labels.Of)) : "all"),
            ("Places", filter.Places is { Count: > 0 } places ? string.Join(", ", places) : "all"),
            ("Source contains", string.IsNullOrEmpty(filter.SourceContains) ? "—" : $"“{filter.SourceContains}”"),
            ("Articles", Labels.Count(_briefing.Articles.Count, "article", "articles")),
            ("Events", Labels.Count(_briefing.EventCount, "event", "events")),
            ("Generated", Labels.Time(_briefing.GeneratedAt)),
        };
        foreach (var (label, value) in facts)
        {
            var valueBlock = _layout.Layout(value, Typography.Body, flow.Width - 110);
            flow.EnsureSpace(valueBlock.Height);
            _layout.Layout(label, Typography.BodyBold.WithColor(Typography.Muted), 105).Draw(flow.Graphics, flow.Left, flow.Y, 105);
            flow.Text(valueBlock, flow.Left + 110, flow.Width - 110);
            flow.Space(2);
        }

        flow.Space(22);
        new HeadlineNumbers(_layout, _briefing.Totals).Compose(flow);
        flow.Space(16);
        flow.Text(
            _layout.Layout(
                BriefingText.HeadlineRule + " Qualifiers and ranges are explained on the next page; every number is traced to its article and sentence in the Sources appendix.",
                Typography.Small,
                flow.Width),
            flow.Left,
            flow.Width);
    }

    private void ComposeKeyFigures(PageFlow flow)
    {
        flow.NewPage();
        Heading(flow, "Key figures");
        new KeyFiguresTable(_layout, _briefing.Totals).Compose(flow);
        flow.Space(18);

        if (_briefing.Cumulative.Count > 0)
        {
            Subheading(flow, "Running totals reported (not added to the period)");
            new RunningTotalsTable(_layout, _briefing.Cumulative, _numbers).Compose(flow);
            flow.Space(18);
        }

        Subheading(flow, "How to read the numbers: qualifiers and ranges");
        new QualifierLegend(_layout).Compose(flow);
    }

    private void ComposeCharts(PageFlow flow)
    {
        flow.NewPage();
        var period = _briefing.Filter.Period;
        var size = SeriesBuckets.SizeFor(period);
        var buckets = SeriesBuckets.Of(period);
        var bucketName = SeriesBuckets.Describe(size);
        Heading(flow, size switch { BucketSize.Day => "Per day", BucketSize.Week => "Per week", _ => "Per month" });
        var strikes = new PeriodBarChart(
            _layout,
            "Drones and missiles: launched versus shot down",
            buckets,
            bucketName,
            [
                Series(FigureKind.DronesLaunched, Typography.DronesLaunched, buckets),
                Series(FigureKind.DronesDowned, Typography.DronesDowned, buckets, hatched: true),
                Series(FigureKind.MissilesLaunched, Typography.MissilesLaunched, buckets),
                Series(FigureKind.MissilesDowned, Typography.MissilesDowned, buckets, hatched: true),
            ]);
        strikes.Compose(flow, ChartHeight);
        var strikesPage = flow.Document.PageCount - 1;
        flow.Space(20);
        var people = new PeriodBarChart(
            _layout,
            "People killed and injured",
            buckets,
            bucketName,
            [Series(FigureKind.Killed, Typography.Killed, buckets), Series(FigureKind.Injured, Typography.Injured, buckets, hatched: true)]);
        people.Compose(flow, ChartHeight);
        ChartAreas = [(strikesPage, strikes.PlotArea), (flow.Document.PageCount - 1, people.PlotArea)];
    }

    private void ComposeArticles(PageFlow flow, CancellationToken cancellationToken)
    {
        flow.NewPage();
        Heading(flow, $"Articles ({_briefing.Articles.Count})");
        foreach (var article in _briefing.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            new ArticleSection(_layout, article, _numbers.Of(article.ArticleId)).Compose(flow);
        }
    }

    private void ComposeSources(PageFlow flow, CancellationToken cancellationToken)
    {
        flow.NewPage();
        Heading(flow, "Sources");
        flow.Text(
            _layout.Layout("Each event figure with the articles that state it and the sentence it comes from.", Typography.Small, flow.Width),
            flow.Left,
            flow.Width);
        flow.Space(8);

        var number = 0;
        foreach (var group in _briefing.Events.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            var total = _briefing.Totals.FirstOrDefault(t => t.Kind == group.Key);
            var summary = total is null
                ? Labels.Of(group.Key)
                : $"{Labels.Of(group.Key)} — total {Labels.Number(total.Headline)} (range {Labels.Range(total.Lower, total.Upper)}) from {Labels.Count(total.Events, "event", "events")}";
            flow.EnsureSpace(Typography.Subheading.LineHeight + (4 * Typography.Evidence.LineHeight));
            Subheading(flow, summary);
            foreach (var reported in group.OrderBy(e => e.Day))
            {
                cancellationToken.ThrowIfCancellationRequested();
                number++;
                new EventSources(_layout, reported, string.Create(CultureInfo.InvariantCulture, $"E{number}"), _numbers).Compose(flow);
            }
        }

        if (_briefing.Cumulative.Count > 0)
        {
            Subheading(flow, "Running totals");
            var running = 0;
            foreach (var reported in _briefing.Cumulative)
            {
                running++;
                new EventSources(_layout, reported, string.Create(CultureInfo.InvariantCulture, $"R{running}"), _numbers).Compose(flow);
            }
        }

        if (_briefing.Events.Count == 0 && _briefing.Cumulative.Count == 0)
        {
            flow.Text(_layout.Layout("No figures were reported in this period.", Typography.Body, flow.Width), flow.Left, flow.Width);
        }
    }

    private void ComposeFooters(PdfDocument document)
    {
        var footer = new PageFooter(_layout, _briefing.GeneratedAt);
        for (var i = 0; i < document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            footer.Compose(graphics, i + 1, document.PageCount);
        }
    }

    private ChartSeries Series(FigureKind kind, XColor color, IReadOnlyList<SeriesBucket> buckets, bool hatched = false) =>
        new(Labels.Of(kind), color, SeriesBuckets.Sum(_briefing.Series, kind, buckets), hatched);

    private void Heading(PageFlow flow, string text)
    {
        flow.Text(_layout.Layout(text, Typography.Heading, flow.Width), flow.Left, flow.Width);
        flow.Space(8);
    }

    private void Subheading(PageFlow flow, string text)
    {
        var block = _layout.Layout(text, Typography.Subheading, flow.Width);
        flow.EnsureSpace(block.Height + (3 * Typography.Body.LineHeight));
        flow.Text(block, flow.Left, flow.Width);
        flow.Space(4);
    }
}
