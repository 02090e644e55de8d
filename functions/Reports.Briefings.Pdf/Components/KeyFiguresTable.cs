using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Core.Aggregation;

namespace Reports.Briefings.Pdf.Components;

/// <summary>Kind, headline, range (∞ when unbounded), events and sources per kind.</summary>
internal sealed class KeyFiguresTable(TextLayout layout, IReadOnlyList<KindTotal> totals)
{
    public void Compose(PageFlow flow)
    {
        var rows = totals
            .Select(t => (IReadOnlyList<string>)[Labels.Of(t.Kind), Labels.Number(t.Headline), Labels.Range(t.Lower, t.Upper), Labels.Number(t.Events), Labels.Number(t.Sources)])
            .ToList();
        if (rows.Count == 0)
        {
            rows.Add(["No figures", "–", "–", "0", "0"]);
        }

        new Table(
            layout,
            [
                new TableColumn("Kind", 3),
                new TableColumn("Headline", 2, TextAlign.End),
                new TableColumn("Range (lower–upper)", 3, TextAlign.End),
                new TableColumn("Events", 1.5, TextAlign.End),
                new TableColumn("Sources", 1.5, TextAlign.End),
            ],
            rows).Compose(flow);
    }
}
