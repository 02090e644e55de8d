using Reports.Briefings.Pdf.Document;
using Reports.Briefings.Pdf.Layout;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Briefings.Pdf.Components;

/// <summary>What each qualifier means and which range of counts it allows; how ranges and headlines read.</summary>
internal sealed class QualifierLegend(TextLayout layout)
{
    private static readonly (Qualifier Qualifier, string Meaning, string Range)[] Entries =
    [
        (Qualifier.Exact, "the article states the number as a fact", "n – n"),
        (Qualifier.AtLeast, "“at least n”: n or more", "n – ∞"),
        (Qualifier.MoreThan, "“more than n”: strictly more (the headline states n)", "n+1 – ∞"),
        (Qualifier.About, "“about / around n”: ±10 %", "0.9n – 1.1n"),
        (Qualifier.Nearly, "“nearly / almost n”: up to 10 % below", "0.9n – n"),
        (Qualifier.UpTo, "“up to n”: n at most", "0 – n"),
    ];

    public void Compose(PageFlow flow)
    {
        new Table(
            layout,
            [new TableColumn("Qualifier", 2), new TableColumn("Meaning", 5), new TableColumn("Counts allowed", 2.5, TextAlign.End)],
            Entries.Select(e => (IReadOnlyList<string>)[Labels.Of(e.Qualifier), e.Meaning, e.Range]).ToList()).Compose(flow);
        flow.Space(6);
        const string text =
            "Range lower–upper: the smallest and largest count the sources allow together; ∞ means no upper bound (an “at least” or “more than” figure). "
            + BriefingText.HeadlineRule + " An event reported by several articles is counted once; one not counted says why. "
            + "Running totals (“since the start of the war”) are shown apart and never added to the period's events. "
            + "Every event figure is listed with its articles and the sentence that states it in the Sources appendix.";
        flow.Text(layout.Layout(text, Typography.Small, flow.Width), flow.Left, flow.Width);
    }
}
