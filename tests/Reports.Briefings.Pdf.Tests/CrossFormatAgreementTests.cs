using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Briefings.Pdf.Tests;

/// <summary>
/// One briefing, built by the aggregation from articles that exercise every counting rule (two outlets on one event,
/// two cities on one day, a part of a larger figure, a recalled event outside the period, a "more than" figure, a
/// running total), rendered to every format: each format states the same totals and the same event count, and each
/// total is the sum of the counted events the format lists.
/// </summary>
public sealed partial class CrossFormatAgreementTests
{
    private static readonly DateOnly Day = new(2026, 5, 12);
    private static readonly Period Week = new(Day.AddDays(-3), Day.AddDays(3));

    private static Briefing Build()
    {
        var kharkiv = "ua/kharkiv-oblast/kharkiv";
        var odesa = "ua/odesa-oblast/odesa";
        var dnipro = "ua/dnipropetrovsk-oblast/dnipro";
        StoredAnalysis Article(string id, string lang, DateOnly day, params Figure[] figures) =>
            new(id, id + ".txt", lang, "Title " + id, ["Summary " + id + "."], figures, day, new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        Figure F(FigureKind kind, long value, string evidence, string? place, Qualifier qualifier = Qualifier.Exact, FigureScope scope = FigureScope.Event) =>
            Figure.Create(kind, value, qualifier, scope, evidence, 0, 2) with { Place = place };

        var articles = new[]
        {
            Article("a", "en", Day, F(FigureKind.Killed, 12, "Twelve people were killed in the strike on the city.", kharkiv),
                F(FigureKind.Killed, 3, "In another strike three people died.", odesa)),
            Article("b", "uk", Day.AddDays(1), F(FigureKind.Killed, 15, "Кількість загиблих унаслідок удару 12 травня зросла до 15.", kharkiv)),
            Article("c", "en", Day, F(FigureKind.Killed, 9, "Nine people were killed, including two children.", dnipro),
                F(FigureKind.Killed, 2, "Nine people were killed, including two children.", dnipro),
                F(FigureKind.Injured, 1100, "More than 1,100 people were wounded across the region.", "ua/dnipropetrovsk-oblast", Qualifier.MoreThan)),
            Article("d", "en", Day, F(FigureKind.Killed, 40, "On 2 February a missile strike killed 40 people there.", "ua/sumy-oblast"),
                F(FigureKind.Killed, 12000, "Since the start of the war 12,000 civilians have been killed.", "ua", scope: FigureScope.Cumulative)),
        };
        return new BriefingBuilder(new Fixed()).Build(articles, new BriefingFilter(Week));
    }

    [PopplerFact]
    public async Task EveryFormat_SameBriefing_StatesTheSameTotalsAndEventCount()
    {
        var briefing = Build();
        var expected = briefing.Totals.ToDictionary(t => t.Kind, t => t.Headline);
        var counted = briefing.CountedEvents.ToList();

        // The model itself: each total is the sum of its counted events; the not-counted ones say why.
        Assert.All(briefing.Totals, t => Assert.Equal(t.Headline, counted.Where(e => e.Kind == t.Kind).Sum(e => e.Headline)));
        Assert.Contains(briefing.Events, e => !e.Counted && e.NotCountedReason is { Length: > 0 });
        Assert.Equal(15 + 3 + 9, expected[FigureKind.Killed]); // Kharkiv 15 (the latest report), Odesa 3, Dnipro 9; Sumy recalled
        Assert.Equal(4, briefing.EventCount);

        // JSON.
        using var json = JsonDocument.Parse(await Render(new JsonBriefingRenderer(), briefing));
        var jsonTotals = json.RootElement.GetProperty("totals").EnumerateArray()
            .ToDictionary(t => t.GetProperty("kind").GetString()!, t => t.GetProperty("headline").GetInt64());
        var jsonEvents = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(expected.ToDictionary(k => FigureNames.Of(k.Key), k => k.Value), jsonTotals);
        Assert.Equal(briefing.EventCount, jsonEvents.Count(e => e.GetProperty("counted").GetBoolean()));
        foreach (var (kind, total) in jsonTotals)
        {
            Assert.Equal(total, jsonEvents.Where(e => e.GetProperty("counted").GetBoolean() && e.GetProperty("kind").GetString() == kind).Sum(e => e.GetProperty("headline").GetInt64()));
        }

        Assert.All(jsonEvents.Where(e => !e.GetProperty("counted").GetBoolean()), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("notCountedReason").GetString())));

        // CSV: one row per source; an event is its (day, kind, place, headline) among counted rows.
        var rows = (await Render(new CsvBriefingRenderer(), briefing)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(CsvFields).ToList();
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        var csvEvents = rows.Skip(1).Where(r => r[Col("scope")] == "event" && r[Col("counted")] == "true")
            .Select(r => (Day: r[Col("day")], Kind: r[Col("kind")], Place: r[Col("place")], Headline: long.Parse(r[Col("headline")], CultureInfo.InvariantCulture)))
            .Distinct().ToList();
        Assert.Equal(briefing.EventCount, csvEvents.Count);
        Assert.Equal(jsonTotals, csvEvents.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Sum(e => e.Headline)));
        Assert.All(rows.Skip(1).Where(r => r[Col("counted")] == "false"), r => Assert.NotEqual(string.Empty, r[Col("not_counted_reason")]));

        // HTML: the event count line, the totals table and the not-counted notes.
        var html = await Render(new HtmlBriefingRenderer(), briefing);
        Assert.Contains($"· {briefing.EventCount} events", html, StringComparison.Ordinal);
        foreach (var t in briefing.Totals)
        {
            Assert.Matches($"<td>{BriefingText.Of(t.Kind)}</td><td class=\"n\">{Regex.Escape(BriefingText.Number(t.Headline))}</td>", html);
        }

        Assert.Equal(briefing.Events.Count(e => !e.Counted), CountOf(html, "— not counted: "));

        // PDF: the cover's event count, the key-figures table and the not-counted notes of the appendix.
        var path = Path.Combine(Directory.CreateTempSubdirectory("reports-agree-").FullName, "b.pdf");
        await using (var file = File.Create(path))
        {
            await new PdfBriefingRenderer().RenderAsync(briefing, file, CancellationToken.None);
        }

        var cover = PdfText.Normalize(Poppler.Text(path, page: 1));
        Assert.Contains($"{briefing.EventCount} events", cover, StringComparison.Ordinal);
        var keyFigures = PdfText.Normalize(Poppler.Text(path, page: 2, layout: true));
        foreach (var t in briefing.Totals)
        {
            Assert.Matches($@"{BriefingText.Of(t.Kind)}\s+{Regex.Escape(BriefingText.Number(t.Headline))}\s", keyFigures);
        }

        var all = PdfText.Normalize(Poppler.Text(path)).Replace("\n", " ", StringComparison.Ordinal);
        Assert.Equal(briefing.Events.Count(e => !e.Counted), CountOf(all, "· not counted: "));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void Build_MoreThanFigure_RangeStartsAboveTheStatedNumberAsTheLegendSays()
    {
        var injured = Assert.Single(Build().Events, e => e.Kind == FigureKind.Injured);

        Assert.Equal(1100, injured.Headline);
        Assert.Equal("1,101–∞", BriefingText.Range(injured.Lower, injured.Upper));
    }

    private static async Task<string> Render(IBriefingRenderer renderer, Briefing briefing)
    {
        using var stream = new MemoryStream();
        await renderer.RenderAsync(briefing, stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static int CountOf(string text, string what) => Regex.Count(text, Regex.Escape(what));

    /// <summary>RFC 4180 fields of one line (quotes doubled inside quoted fields).</summary>
    private static string[] CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private sealed class Fixed : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 5, 16, 6, 0, 0, TimeSpan.Zero);
    }
}
