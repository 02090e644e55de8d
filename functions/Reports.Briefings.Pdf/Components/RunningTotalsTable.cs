using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Core.Aggregation;

namespace Reports.Briefings.Pdf.Components;

/// <summary>The latest running totals the articles report ("since the start of the war"): shown, never summed.</summary>
internal sealed class RunningTotalsTable(TextLayout layout, IReadOnlyList<ReportedEvent> cumulative, ArticleNumbers numbers)
{
    public void Compose(PageFlow flow)
    {
        var rows = cumulative
            .Select(e => (IReadOnlyList<string>)[
                Labels.Of(e.Kind),
                Labels.Day(e.Day),
                Labels.Number(e.Headline),
                Labels.Range(e.Lower, e.Upper),
                string.Join(", ", e.Sources.Select(s => numbers.Of(s.ArticleId)).Distinct()),
            ])
            .ToList();
        new Table(
            layout,
            [
                new TableColumn("Kind", 3),
                new TableColumn("As of", 2),
                new TableColumn("Headline", 2, TextAlign.End),
                new TableColumn("Range", 2.5, TextAlign.End),
                new TableColumn("Articles", 2),
            ],
            rows).Compose(flow);
    }
}
