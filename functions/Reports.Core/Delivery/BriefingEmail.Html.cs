using System.Net;
using System.Text;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;

namespace Reports.Core.Delivery;

public sealed partial class BriefingEmail
{
    private const string Cell = "border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top";
    private const string NumberCell = "border:1px solid #ccc;padding:4px 8px;text-align:right;font-variant-numeric:tabular-nums";

    private static string Html(View view)
    {
        var html = new StringBuilder(8 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(E("Briefing " + view.Period)).Append("</title>\n</head>\n")
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;line-height:1.45;max-width:40rem\">\n");
        html.Append("<h1 style=\"font-size:20px\">").Append(E("Briefing: " + view.Period)).Append("</h1>\n");
        html.Append("<p style=\"color:#555;font-size:13px\">").Append(E(view.Meta)).Append("</p>\n");
        HtmlTotals(html, view.Briefing.Totals);
        HtmlEvents(html, "Top events", view.Top);
        HtmlEvents(html, "Latest running totals", view.Cumulative);
        html.Append("<p>The full briefing is attached as a PDF.</p>\n");
        html.Append("<p style=\"color:#777;font-size:12px\">You receive this because you subscribed to Reports briefings. <a href=\"")
            .Append(E(view.Unsubscribe.AbsoluteUri)).Append("\">Unsubscribe</a></p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void HtmlTotals(StringBuilder html, IReadOnlyList<KindTotal> totals)
    {
        html.Append("<h2 style=\"font-size:16px\">Totals</h2>\n");
        if (totals.Count == 0)
        {
            html.Append("<p>No event figures in this period.</p>\n");
            return;
        }

        html.Append("<table style=\"border-collapse:collapse\">\n<tr>");
        foreach (var heading in (string[])["Kind", "Total", "Range", "Events", "Sources"])
        {
            html.Append("<th style=\"").Append(Cell).Append("\">").Append(heading).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var total in totals)
        {
            html.Append("<tr><td style=\"").Append(Cell).Append("\">").Append(E(BriefingText.Of(total.Kind))).Append("</td>");
            foreach (var value in (string[])[BriefingText.Number(total.Headline), BriefingText.Range(total.Lower, total.Upper), BriefingText.Number(total.Events), BriefingText.Number(total.Sources)])
            {
                html.Append("<td style=\"").Append(NumberCell).Append("\">").Append(E(value)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void HtmlEvents(StringBuilder html, string heading, IReadOnlyList<ReportedEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        html.Append("<h2 style=\"font-size:16px\">").Append(E(heading)).Append("</h2>\n<ul style=\"padding-left:20px\">\n");
        foreach (var e in events)
        {
            html.Append("<li style=\"margin-bottom:8px\"><strong>").Append(E($"{BriefingText.Number(e.Headline)} {KindText(e.Kind)}"))
                .Append("</strong> ").Append(E($"on {BriefingText.Day(e.Day)} (range {BriefingText.Range(e.Lower, e.Upper)})")).Append("\n<ul>\n");
            foreach (var source in e.Sources.Take(SourcesPerEvent))
            {
                html.Append("<li>").Append(E(BriefingText.Stated(source.Figure))).Append(" — <span dir=\"auto\" lang=\"").Append(E(source.Language)).Append("\">")
                    .Append(E(source.Title)).Append("</span> <span style=\"color:#777\">(").Append(E(source.Source)).Append(")</span></li>\n");
            }

            if (e.Sources.Count > SourcesPerEvent)
            {
                html.Append("<li>").Append(E($"and {Plural(e.Sources.Count - SourcesPerEvent, "more source")} (see the PDF)")).Append("</li>\n");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
