using System.Text;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;

namespace Reports.Core.Delivery;

public sealed partial class BriefingEmail
{
    private static string Text(View view)
    {
        var text = new StringBuilder();
        text.Append("Briefing: ").AppendLine(view.Period);
        text.AppendLine(view.Meta).AppendLine();
        text.AppendLine("TOTALS");
        if (view.Briefing.Totals.Count == 0)
        {
            text.AppendLine("No event figures in this period.");
        }

        foreach (var total in view.Briefing.Totals)
        {
            text.Append("- ").Append(BriefingText.Of(total.Kind)).Append(": ").Append(BriefingText.Number(total.Headline))
                .Append(" (range ").Append(BriefingText.Range(total.Lower, total.Upper)).Append("; ")
                .Append(Plural(total.Events, "event")).Append(", ").Append(Plural(total.Sources, "source")).AppendLine(")");
        }

        TextEvents(text, "TOP EVENTS", view.Top);
        TextEvents(text, "LATEST RUNNING TOTALS", view.Cumulative);
        text.AppendLine().AppendLine("The full briefing is attached as a PDF.").AppendLine();
        text.AppendLine("-- ").Append("Unsubscribe (one click): ").AppendLine(view.Unsubscribe.AbsoluteUri);
        return text.ToString();
    }

    private static void TextEvents(StringBuilder text, string heading, IReadOnlyList<ReportedEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(heading);
        foreach (var e in events)
        {
            text.Append("- ").Append(BriefingText.Day(e.Day)).Append(": ").Append(BriefingText.Number(e.Headline)).Append(' ')
                .Append(KindText(e.Kind)).Append(" (range ").Append(BriefingText.Range(e.Lower, e.Upper)).AppendLine(")");
            foreach (var source in e.Sources.Take(SourcesPerEvent))
            {
                text.Append("    ").Append(BriefingText.Stated(source.Figure)).Append(" — \"").Append(OneLine(source.Title)).Append("\" (")
                    .Append(OneLine(source.Source)).AppendLine(")");
            }

            if (e.Sources.Count > SourcesPerEvent)
            {
                text.Append("    and ").Append(Plural(e.Sources.Count - SourcesPerEvent, "more source")).AppendLine(" (see the PDF)");
            }
        }
    }

    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
