using System.Globalization;
using System.Text;
using Reports.Core.Aggregation;
using Reports.Core.Figures;

namespace Reports.Core.Briefings;

/// <summary>
/// The briefing as one self-contained HTML page (UTF-8, inline styles, no scripts or outside resources), fit to be an
/// email body: header, totals, latest running totals, a by-day table, events with their sources and evidence, and one
/// section per article with its summary. Every text is HTML-encoded; blocks in Persian, Arabic and other right-to-left
/// languages carry <c>dir="rtl"</c>, and every article block its <c>lang</c>.
/// </summary>
public sealed class HtmlBriefingRenderer : IBriefingRenderer
{
    private const int FlushAt = 32 * 1024;

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",Tahoma,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
        h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:1.6rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
        table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        .meta{color:#555;font-size:.9rem}.muted{color:#777}.event{margin-bottom:1rem}.event ul{margin:.2rem 0;padding-inline-start:1.2rem}
        blockquote{margin:.2rem 0 .4rem;padding:.2rem .6rem;border-inline-start:3px solid #ddd;color:#333}
        article.doc{border-top:1px solid #eee;padding-top:.4rem}
        figure.chart{margin:.6rem 0 1rem;max-width:40rem}figure.chart figcaption{font-weight:600;font-size:.9rem}figure.chart svg{width:100%;height:auto}
        """;

    /// <summary>
    /// The Content-Security-Policy source (<c>'sha256-…'</c>) of the page's one inline style, for a page that shows the
    /// briefing in a frame under a policy that allows no other inline style (the web app's report preview).
    /// </summary>
    public static string StyleHash { get; } = "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("\n" + Style)));

    public string Format => "html";

    public string ContentType => "text/html; charset=utf-8";

    public async Task RenderAsync(Briefing briefing, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        var page = new Page(writer, cancellationToken);
        var period = briefing.Filter.Period;
        page.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Raw("<title>").Text($"Briefing {period}").Raw("</title>\n<style>\n").Raw(Style).Raw("</style>\n</head>\n<body>\n");
        Header(page, briefing);
        Totals(page, briefing);
        Cumulative(page, briefing);
        ByDay(page, briefing);
        await page.FlushAsync().ConfigureAwait(false);
        await Events(page, briefing).ConfigureAwait(false);
        await Articles(page, briefing).ConfigureAwait(false);
        page.Raw("</body>\n</html>\n");
        await page.FlushAsync(force: true).ConfigureAwait(false);
    }

    private static void Header(Page page, Briefing briefing)
    {
        var filter = briefing.Filter;
        page.Raw("<header>\n<h1>").Text($"Briefing: {filter.Period}").Raw("</h1>\n<p class=\"meta\">");
        page.Text($"Generated {BriefingText.Timestamp(briefing.GeneratedAt)} · {briefing.Articles.Count} articles · {briefing.EventCount} events");
        if (filter.Languages is { Count: > 0 } languages)
        {
            page.Text($" · languages: {string.Join(", ", languages)}");
        }

        if (filter.Kinds is { Count: > 0 } kinds)
        {
            page.Text($" · kinds: {string.Join(", ", kinds.Select(BriefingText.Of))}");
        }

        if (filter.Places is { Count: > 0 } places)
        {
            page.Text($" · places: {string.Join(", ", places)}");
        }

        if (!string.IsNullOrEmpty(filter.SourceContains))
        {
            page.Text($" · source contains “{filter.SourceContains}”");
        }

        page.Raw("</p>\n</header>\n");
    }

    private static void Totals(Page page, Briefing briefing)
    {
        page.Raw("<section id=\"totals\">\n<h2>Totals</h2>\n");
        if (briefing.Totals.Count == 0)
        {
            page.Raw("<p class=\"muted\">No event figures in this period.</p>\n</section>\n");
            return;
        }

        page.Raw("<table>\n<thead><tr><th>Figure</th><th class=\"n\">Total</th><th class=\"n\">Range</th><th class=\"n\">Events</th><th class=\"n\">Articles</th></tr></thead>\n<tbody>\n");
        foreach (var t in briefing.Totals)
        {
            page.Raw("<tr><td>").Text(BriefingText.Of(t.Kind)).Raw("</td><td class=\"n\">").Text(BriefingText.Number(t.Headline))
                .Raw("</td><td class=\"n\">").Text(BriefingText.Range(t.Lower, t.Upper)).Raw("</td><td class=\"n\">").Text(BriefingText.Number(t.Events))
                .Raw("</td><td class=\"n\">").Text(BriefingText.Number(t.Sources)).Raw("</td></tr>\n");
        }

        page.Raw("</tbody>\n</table>\n<p class=\"meta\">").Text("An event reported by several articles is counted once. " + BriefingText.HeadlineRule)
            .Raw(" Parts of a larger figure (“including 2 children”) and running totals are not added.</p>\n</section>\n");
    }

    private static void Cumulative(Page page, Briefing briefing)
    {
        if (briefing.Cumulative.Count == 0)
        {
            return;
        }

        page.Raw("<section id=\"cumulative\">\n<h2>Running totals (latest stated)</h2>\n<table>\n<thead><tr><th>Figure</th><th class=\"n\">Total</th><th class=\"n\">Range</th><th>As of</th><th>Stated by</th></tr></thead>\n<tbody>\n");
        foreach (var c in briefing.Cumulative)
        {
            page.Raw("<tr><td>").Text(BriefingText.Of(c.Kind)).Raw("</td><td class=\"n\">").Text(BriefingText.Number(c.Headline))
                .Raw("</td><td class=\"n\">").Text(BriefingText.Range(c.Lower, c.Upper)).Raw("</td><td>").Text(BriefingText.Day(c.Day)).Raw("</td><td>");
            SourceLinks(page, c);
            page.Raw("</td></tr>\n");
        }

        page.Raw("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>
    /// One bar chart per kind over every bucket of the period (inline SVG, presentation attributes only, so it needs no
    /// style or script allowance; mail clients that drop SVG still have the table above). Values sit on the bars.
    /// </summary>
    private static void Charts(Page page, List<FigureKind> kinds, IReadOnlyList<SeriesBucket> buckets, Dictionary<FigureKind, IReadOnlyList<long>> values, string heading)
    {
        const int Width = 640, Plot = 120, Top = 14, Bottom = 18;
        var slot = (double)Width / buckets.Count;
        var every = Math.Max(1, (int)Math.Ceiling(buckets.Count / 16.0));
        foreach (var kind in kinds)
        {
            var series = values[kind];
            var max = series.Max();
            if (max == 0)
            {
                continue;
            }

            var name = BriefingText.Of(kind);
            page.Raw("<figure class=\"chart\" data-kind=\"").Text(FigureNames.Of(kind)).Raw("\"><figcaption>").Text($"{name}, {heading.ToLowerInvariant()}").Raw("</figcaption>\n");
            page.Raw(Invariant($"<svg viewBox=\"0 0 {Width} {Top + Plot + Bottom}\" role=\"img\" aria-label=\"")).Text($"{name} {heading.ToLowerInvariant()}: " + string.Join(", ", Enumerable.Range(0, buckets.Count).Where(i => series[i] != 0).Select(i => $"{buckets[i].LongLabel} {BriefingText.Number(series[i])}"))).Raw("\">\n");
            for (var i = 0; i < buckets.Count; i++)
            {
                var height = series[i] == 0 ? 0 : Math.Max(1, Plot * (double)series[i] / max);
                var x = (i * slot) + (slot * 0.15);
                page.Raw(Invariant($"<rect x=\"{x:0.#}\" y=\"{Top + Plot - height:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{height:0.#}\" fill=\"#3d5a80\"></rect>"));
                if (series[i] != 0)
                {
                    page.Raw(Invariant($"<text x=\"{(i * slot) + (slot / 2):0.#}\" y=\"{Top + Plot - height - 3:0.#}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">")).Text(BriefingText.Number(series[i])).Raw("</text>");
                }

                if (i % every == 0)
                {
                    page.Raw(Invariant($"<text x=\"{(i * slot) + (slot / 2):0.#}\" y=\"{Top + Plot + 13}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">")).Text(buckets[i].Label).Raw("</text>");
                }

                page.Raw("\n");
            }

            page.Raw("</svg>\n</figure>\n");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void ByDay(Page page, Briefing briefing)
    {
        // Days, ISO weeks or months as the period needs (SeriesBuckets), only the buckets with figures.
        var kinds = briefing.Totals.Select(t => t.Kind).ToList();
        var buckets = SeriesBuckets.Of(briefing.Filter.Period);
        var values = kinds.ToDictionary(k => k, k => SeriesBuckets.Sum(briefing.Series, k, buckets));
        var rows = Enumerable.Range(0, buckets.Count).Where(i => kinds.Any(k => values[k][i] != 0)).ToList();
        if (rows.Count < 2)
        {
            return;
        }

        var size = SeriesBuckets.SizeFor(briefing.Filter.Period);
        var heading = size switch { BucketSize.Day => "By day", BucketSize.Week => "By week", _ => "By month" };
        page.Raw("<section id=\"by-day\">\n<h2>").Text(heading).Raw("</h2>\n<table>\n<thead><tr><th>").Text(size == BucketSize.Day ? "Day" : size == BucketSize.Week ? "Week" : "Month").Raw("</th>");
        foreach (var kind in kinds)
        {
            page.Raw("<th class=\"n\">").Text(BriefingText.Of(kind)).Raw("</th>");
        }

        page.Raw("</tr></thead>\n<tbody>\n");
        foreach (var i in rows)
        {
            page.Raw("<tr><td>").Text(buckets[i].LongLabel).Raw("</td>");
            foreach (var kind in kinds)
            {
                page.Raw("<td class=\"n\">").Text(BriefingText.Number(values[kind][i])).Raw("</td>");
            }

            page.Raw("</tr>\n");
        }

        page.Raw("</tbody>\n</table>\n");
        Charts(page, kinds, buckets, values, heading);
        page.Raw("</section>\n");
    }

    private static async Task Events(Page page, Briefing briefing)
    {
        page.Raw("<section id=\"events\">\n<h2>Events</h2>\n");
        if (briefing.Events.Count == 0)
        {
            page.Raw("<p class=\"muted\">None.</p>\n");
        }

        foreach (var e in briefing.Events)
        {
            page.Raw(e.Counted ? "<div class=\"event\">\n<h3>" : "<div class=\"event not-counted\">\n<h3>")
                .Text($"{BriefingText.Day(e.Day)} · {BriefingText.Of(e.Kind)}{(BriefingText.Place(e) is { } place ? " · " + place : string.Empty)}: {BriefingText.Number(e.Headline)}");
            if (e.Upper != e.Lower || e.Lower != e.Headline)
            {
                page.Raw(" <span class=\"muted\">(").Text(BriefingText.Range(e.Lower, e.Upper)).Raw(")</span>");
            }

            if (BriefingText.NotCounted(e) is { } why)
            {
                page.Raw(" <span class=\"muted\">— ").Text(why).Raw("</span>");
            }

            page.Raw("</h3>\n<ul>\n");
            foreach (var s in e.Sources)
            {
                page.Raw("<li><a href=\"#").Text(Anchor(s.ArticleId)).Raw("\"").Lang(s.Language).Raw(">").Text(s.Title).Raw("</a> <span class=\"muted\">(")
                    .Text(s.Language).Raw(")</span>: ").Text(BriefingText.Stated(s.Figure))
                    .Raw(s.Part ? " <span class=\"muted\">(" + System.Net.WebUtility.HtmlEncode(BriefingText.PartNote) + ")</span>" : string.Empty).Raw("\n<blockquote").Lang(s.Language).Raw(">").Text(s.Figure.Evidence).Raw("</blockquote></li>\n");
            }

            page.Raw("</ul>\n</div>\n");
            await page.FlushAsync().ConfigureAwait(false);
        }

        page.Raw("</section>\n");
    }

    private static async Task Articles(Page page, Briefing briefing)
    {
        page.Raw("<section id=\"articles\">\n<h2>Articles</h2>\n");
        foreach (var a in briefing.Articles)
        {
            page.Raw("<article class=\"doc\" id=\"").Text(Anchor(a.ArticleId)).Raw("\"").Lang(a.Language).Raw(">\n<h3>").Text(a.Title).Raw("</h3>\n");
            page.Raw("<p class=\"meta\" dir=\"ltr\" lang=\"en\">").Text($"{BriefingText.Day(a.Day)} · {a.Language} · {a.Source} · {a.Figures.Count} figures").Raw("</p>\n");
            if (BriefingText.SummaryNote(a.SummaryBy) is { } note)
            {
                page.Raw("<p class=\"meta\" dir=\"ltr\" lang=\"en\">").Text(note).Raw("</p>\n");
            }

            foreach (var sentence in a.Summary)
            {
                page.Raw("<p>").Text(sentence).Raw("</p>\n");
            }

            page.Raw("</article>\n");
            await page.FlushAsync().ConfigureAwait(false);
        }

        page.Raw("</section>\n");
    }

    private static void SourceLinks(Page page, ReportedEvent e)
    {
        for (var i = 0; i < e.Sources.Count; i++)
        {
            var s = e.Sources[i];
            page.Raw(i > 0 ? "; " : string.Empty).Raw("<a href=\"#").Text(Anchor(s.ArticleId)).Raw("\"").Lang(s.Language).Raw(">").Text(s.Title).Raw("</a>");
        }
    }

    private static string Anchor(string articleId) => "a-" + articleId;

    /// <summary>Builds the page in a buffer written out in chunks, so a long briefing is never held whole.</summary>
    private sealed class Page(StreamWriter writer, CancellationToken cancellationToken)
    {
        private readonly StringBuilder buffer = new();

        public Page Raw(string html)
        {
            buffer.Append(html);
            return this;
        }

        public Page Text(string text)
        {
            foreach (var c in text)
            {
                _ = c switch
                {
                    '&' => buffer.Append("&amp;"),
                    '<' => buffer.Append("&lt;"),
                    '>' => buffer.Append("&gt;"),
                    '"' => buffer.Append("&quot;"),
                    '\'' => buffer.Append("&#39;"),
                    _ => buffer.Append(c),
                };
            }

            return this;
        }

        /// <summary>Adds <c> lang="xx"</c> and, for right-to-left languages, <c> dir="rtl"</c>.</summary>
        public Page Lang(string language)
        {
            if (string.IsNullOrEmpty(language))
            {
                return this;
            }

            Raw(" lang=\"").Text(language.ToLowerInvariant()).Raw("\"");
            return BriefingText.IsRightToLeft(language) ? Raw(" dir=\"rtl\"") : Raw(" dir=\"ltr\"");
        }

        public async Task FlushAsync(bool force = false)
        {
            if (force || buffer.Length >= FlushAt)
            {
                await writer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                buffer.Clear();
                if (force)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
